"""German reported speech gives a possibility with "könne" (Konjunktiv I): a line that states it
with "werde" drops the doubt; one that keeps the modal in the indicative ("kann") or says "möglich"
keeps it (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Der Damm am Ostufer des Weilsees wird im Sommer saniert, teilte das Wasserwirtschaftsamt mit. "
    "Der Ingenieur Paul Brenner sagte, der Pegel könne in den kommenden Wochen weiter steigen, ein Dammbruch sei aber ausgeschlossen."
)


def test_lang_german_reported_possibility_dropped_is_caught() -> None:
    line = "Der Ingenieur Paul Brenner sagte, der Pegel werde in den kommenden Wochen weiter steigen, ein Dammbruch sei aber ausgeschlossen."
    assert "hedge" in problem_kinds(ARTICLE, line)


def test_lang_german_reported_possibility_kept_passes() -> None:
    kept = "Der Ingenieur Paul Brenner sagte, der Pegel kann in den kommenden Wochen weiter steigen, ein Dammbruch sei aber ausgeschlossen."
    assert "hedge" not in problem_kinds(ARTICLE, kept)
    possible = "Laut Paul Brenner ist es möglich, dass der Pegel in den kommenden Wochen weiter steigt."
    assert "hedge" not in problem_kinds(ARTICLE, possible)
