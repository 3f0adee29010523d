"""French and Spanish pronouns stand in for the person named before them, as "he" and "she" do
in English: a line naming that person passes, a line naming someone else is caught."""

from __future__ import annotations

import pytest

from summarizer import verify

FRENCH = (
    "La ministre Claire Dubois a présenté le budget mardi à Paris. "
    "Elle a promis de réduire le déficit de 2 milliards d'euros."
)
SPANISH = (
    "El alcalde Pedro Ruiz inauguró el puente el lunes en Valencia. "
    "Él dijo que la obra costó 40 millones de euros."
)


@pytest.mark.parametrize(
    ("article", "line"),
    [
        (FRENCH, "Claire Dubois a promis de réduire le déficit de 2 milliards d'euros."),
        (SPANISH, "Pedro Ruiz dijo que la obra costó 40 millones de euros."),
    ],
)
def test_relations_pronoun_resolved_to_its_person_passes(article: str, line: str) -> None:
    verification = verify(article, line)
    assert verification.supported, [p.message for p in verification.lines[0].problems]


def test_relations_pronoun_given_to_someone_else_is_caught() -> None:
    article = (
        "El alcalde Pedro Ruiz inauguró el puente el lunes en Valencia. "
        "La ministra Ana López lo visitó por la tarde. "
        "Ella dijo que la obra costó 40 millones de euros."
    )
    verification = verify(article, "Pedro Ruiz dijo que la obra costó 40 millones de euros.")
    assert not verification.supported
