"""False alarms and a miss of the default checker, in sentences written for this test: a speaker
described in words the article never uses, "signed for" read as a reversal, and a multiplier in
a line with no figure of its own."""

from checking import problem_kinds as _kinds



ARREST = (
    "A man was arrested in Derby on Friday after a chase. "
    "The man, 34, had stolen a van at a depot in Belper, officers said. "
    "A spokesman for the van hire firm said staff were shaken. He will appear in court on Monday."
)


def test_a_speaker_described_in_other_words_is_the_sources_speaker():
    assert _kinds(ARREST, "The 34-year-old had stolen a van in Belper, police said.") == []


def test_another_party_of_the_article_given_the_words_is_still_caught():
    assert "attribution" in _kinds(ARREST, "The man had stolen a van at a depot in Belper, staff said.")


TRANSFER = (
    "Brenton Town have signed winger Ali Rez from Corby for £1m. "
    "The 21-year-old Iranian has agreed a four-year deal with the club. He scored 12 goals last season."
)


def test_signed_for_is_the_same_signing_seen_from_the_player():
    assert _kinds(TRANSFER, "Rez has signed for Brenton Town.") == []


def test_a_signing_turned_round_is_still_a_reversal():
    assert "relation" in _kinds(TRANSFER, "Corby have signed Ali Rez from Brenton Town.")


PARKING = (
    "Kelby council will raise parking charges by 10% from May, bringing in £900,000 a year. "
    "Last year the council spent £300,000 repainting car park lines. Drivers' groups criticised the rise."
)


def test_a_multiplier_without_a_figure_of_its_own_is_weighed_against_the_cited_one():
    line = "The parking rise will bring in {} what the council spent repainting car park lines last year."
    assert "number" in _kinds(PARKING, line.format("double"))
    assert _kinds(PARKING, line.format("triple")) == []
