"""A line left without an end mark that stops on an auxiliary waiting for its verb (issue 18,
round 19 "... las enfermeras escolares no han"). Each has a faithful counterpart that must
pass. Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer.verify.fragments import fragment_problems
from summarizer.verify.lexicon import lexicon


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("es", "La asociación de vecinos se queja de que los autobuses nocturnos no han"),
        ("es", "El alcalde dijo que la obra ha"),
        ("en", "The ferry company said the new timetable would"),
        ("en", "Residents say the council has"),
        ("fr", "Le syndicat affirme que les chauffeurs ne"),
    ],
)
def test_a_line_stopping_on_a_waiting_auxiliary_is_incomplete(language: str, line: str) -> None:
    assert [p.kind for p in fragment_problems(line, lexicon(language))] == ["incomplete"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("es", "Los vecinos dicen que ya no había"),  # existential "había" may end a clause
        ("es", "La asociación de vecinos se queja de que los autobuses nocturnos no han vuelto"),
        ("en", "The ferry is slower than it was"),  # an ellipsis on "was"
        ("en", "The ferry company said the new timetable would start in May"),
        ("en", "The crew said they sailed against their will"),
        ("fr", "Le syndicat affirme que les chauffeurs ne viendront pas"),
        ("de", "Die Stadt sagt, dass sie das Geld erhalten hat"),  # German puts its auxiliary last
    ],
)
def test_a_finished_line_without_an_end_mark_passes(language: str, line: str) -> None:
    assert fragment_problems(line, lexicon(language)) == []
