"""A role given an owner where the cited sentence gives it with a possessive, which means the party
the sentence before opens with: "Lena Marsh, the mayor's spokeswoman" where the source has "The
Friends of Holt Pier have raised ... . Its spokeswoman, Lena Marsh, said ..." (sentences written
for this test)."""

from __future__ import annotations

from summarizer.verify.parties import owned_role_problems

BEFORE = "The Friends of Holt Pier have raised more than £40,000 to repair the pier's ballroom."
SOURCE = "Its spokeswoman, Lena Marsh, said the ballroom was the heart of the town and its loss would be unbearable."
BEFORE_ES = "La asociación Amigos del Muelle ha reunido más de 3.000 firmas para salvar el salón de baile."
SOURCE_ES = "Su portavoz, Lena Marsh, dijo que el salón es el corazón del pueblo."


def _kinds(line: str, source: str = SOURCE, before: str = BEFORE, language: str = "english") -> list[str]:
    return [p.kind for p in owned_role_problems(line, [source], [before], language)]


def test_parties_owned_role_other_owner_caught() -> None:
    line = "Lena Marsh, the mayor's spokeswoman, said the ballroom was the heart of the town."
    assert _kinds(line) == ["coreference"]


def test_parties_owned_role_other_owner_after_caught() -> None:
    line = "Lena Marsh, spokeswoman of the council, said the ballroom was the heart of the town."
    assert _kinds(line) == ["coreference"]


def test_parties_owned_role_right_owner_passes() -> None:
    line = "Lena Marsh, spokeswoman for the Friends of Holt Pier, said the ballroom was the heart of the town."
    assert _kinds(line) == []
    assert _kinds("Lena Marsh, the Friends' spokeswoman, said the ballroom was the heart of the town.") == []


def test_parties_owned_role_sentence_before_opens_with_no_party_passes() -> None:
    # "Repairs ..." opens with no party: whom "its" means is not read from it.
    before = "Repairs to the ballroom have been delayed by the weather."
    line = "Lena Marsh, the mayor's spokeswoman, said the ballroom was the heart of the town."
    assert _kinds(line, before=before) == []


def test_parties_owned_role_other_owner_caught_es() -> None:
    line = "Lena Marsh, portavoz del alcalde, dijo que el salón es el corazón del pueblo."
    assert _kinds(line, SOURCE_ES, BEFORE_ES, "spanish") == ["coreference"]


def test_parties_owned_role_right_owner_passes_es() -> None:
    line = "Lena Marsh, portavoz de la asociación, dijo que el salón es el corazón del pueblo."
    assert _kinds(line, SOURCE_ES, BEFORE_ES, "spanish") == []
