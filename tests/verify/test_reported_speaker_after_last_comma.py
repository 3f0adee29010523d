"""A line may state what a body reports (sentences written for this test): the speaker after the
sentence's last comma is that body, though the claim before it names a person. The same claim
reported by a person is still an attribution dropped."""

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.lexicon import lexicon
from summarizer.verify.reported import unattributed_problems

EN = lexicon("english")
STOP = stopwords_for("english")


def test_reported_a_body_after_the_last_comma_is_the_speaker() -> None:
    sources = ["Harbour Air will fly daily to Port Ellis from June 2, the regional carrier announced, restoring a link "
               "that Anna Greer's airline ended in 2019."]
    line = "The flights restore a link that Anna Greer's airline ended in 2019."
    assert unattributed_problems(line, sources, EN, STOP) == []
    # The same claim told by a person after the comma keeps its speaker.
    person = [sources[0].replace("the regional carrier announced", "its director, Tom Vane, announced")]
    assert [p.kind for p in unattributed_problems(line, person, EN, STOP)] == ["attribution"]


def test_reported_a_comma_closing_an_apposition_does_not_hide_the_speaker() -> None:
    # After the last comma stands the speaker's verb, not a speaker: the person before it still speaks.
    sources = ["The regional minister, Lisa Brandt, visited the orchards on Thursday and said the government would study direct aid."]
    assert [p.kind for p in unattributed_problems("The government will study direct aid for growers.", sources, EN, STOP)] == ["attribution"]
