"""News names a person, then goes on with a description of them as the next sentence's subject
("The wealthy Dorset businessman has admitted ...", "The Wales international has scored ..."): a
line giving that sentence's verb to the name keeps the source's relation. The description vouches
for a name from before only, never against one. Sentences written for this test."""

from summarizer import verify

COURT = (
    "A jury at Dorchester heard evidence on Tuesday against Peter Haldane, the owner of Corran Mills. "
    "The wealthy Dorset businessman has admitted four counts of fraud, the court was told. "
    "Judge Ann Oxley adjourned the case until May."
)
MATCH = (
    "Rhys Bowen joined Kelso Town from Arnwick in January. "
    "The Wales international has scored in each of his last four games for the club."
)


def _kinds(article: str, line: str) -> list[str]:
    return [p.kind for checked in verify(article, [line]).lines for p in checked.problems]


def test_a_description_stands_for_the_person_named_before():
    assert "relation" not in _kinds(COURT, "Peter Haldane has admitted four counts of fraud.")
    assert "relation" not in _kinds(MATCH, "Rhys Bowen has scored in each of his last four games.")


def test_a_person_named_after_the_description_is_still_caught():
    assert "relation" in _kinds(COURT, "Ann Oxley has admitted four counts of fraud.")
