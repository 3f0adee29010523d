"""German roles reversed around one verb. Every German noun takes a capital and the subject may
follow the verb, so roles are read only from sentences that open with their subject: a swap is
caught there, and fronted times and objects read no roles at all. Sentences written for this test."""

from __future__ import annotations

from summarizer import verify

ARTICLE = (
    "Der Mieterbund Falkenau verklagt die Wohnungsgesellschaft Nordblick wegen überhöhter Nebenkosten. "
    "Am Montag kritisierte die Stadtverwaltung den Vermieter scharf. "
    "Den Vergleich lehnte die Gesellschaft ab, sagte eine Sprecherin."
)


def problems(line: str) -> list[str]:
    return [p.kind for p in verify(ARTICLE, line, language="german").lines[0].problems]


def test_a_swapped_subject_and_object_is_a_relation_problem() -> None:
    assert "relation" in problems("Die Wohnungsgesellschaft Nordblick verklagt den Mieterbund Falkenau.")


def test_the_same_roles_in_other_words_pass() -> None:
    assert problems("Der Mieterbund Falkenau verklagt die Wohnungsgesellschaft Nordblick.") == []


def test_a_time_before_the_verb_is_not_its_subject() -> None:
    # "Am Montag kritisierte die Stadtverwaltung ..." has the subject after the verb.
    assert "relation" not in problems("Die Stadtverwaltung kritisierte am Montag den Vermieter scharf.")


def test_an_object_opening_the_sentence_is_not_its_subject() -> None:
    # "Den Vergleich lehnte die Gesellschaft ab": "den" marks the object.
    assert "relation" not in problems("Die Gesellschaft lehnte den Vergleich ab.")
