"""A name the evidence window holds counts for a line's support as it does for the name check:
"Trask said ..." citing "He said ..." where Trask is named in the sentence before (sentences
written for this test). A line whose other words its sources lack still has low support."""

from summarizer import verify

ARTICLE = (
    "A footbridge over the Wend at Cassington was shut on Monday after a crack was found, the county council said. "
    "Its bridges engineer, Hollis Trask, said repairs could take a month. "
    "He said the bridge would stay shut while divers inspected the piers."
)


def test_the_speaker_named_in_the_window_counts_for_support():
    line = verify(ARTICLE, "Trask said the crossing would stay closed while divers looked at the piers.").lines[0]
    assert line.support >= 0.5
    assert not [p for p in line.problems if p.kind == "support"]


def test_other_missing_words_still_lower_support():
    line = verify(ARTICLE, "Trask said the ferry service would restart once engineers had painted the railings.").lines[0]
    assert [p for p in line.problems if p.kind == "support"]
