"""A capitalised word after a place word that is a length of time, or a German compound headed by
one ("im Vorjahr", "im Frühjahr"), names when, not where: a line that writes it where its source
writes "im vergangenen Jahr" moves nothing. A real place put there is still caught. Sentences
written for this test."""

from __future__ import annotations

from summarizer.verify.literal import _names_a_time, _thing_placed_elsewhere
from summarizer.verify.lexicon import lexicon

GERMAN = lexicon("german")


def _placed(line: str, source: str) -> list[str]:
    return [p.kind for p in _thing_placed_elsewhere(line, source, GERMAN.place_words, GERMAN.dates, GERMAN.time_units)]


def test_names_a_time_reads_units_and_compounds_headed_by_one() -> None:
    assert _names_a_time("Jahr", GERMAN.time_units)
    assert _names_a_time("Vorjahr", GERMAN.time_units)
    assert _names_a_time("Vorwoche", GERMAN.time_units)
    assert not _names_a_time("Bundestag", GERMAN.time_units)  # "Tag" is too short to head a compound here
    assert not _names_a_time("Hamburg", GERMAN.time_units)


def test_im_vorjahr_for_im_vergangenen_jahr_is_no_place() -> None:
    source = "Viele Mieter, die im vergangenen Jahr gewartet haben, ziehen jetzt um, sagte Ilse Brenner."
    line = "Ilse Brenner sagte, viele Mieter, die im Vorjahr gewartet hätten, zögen jetzt um."
    assert _placed(line, source) == []


def test_another_town_after_the_same_word_is_still_a_place() -> None:
    source = "Die Fabrik in Lindau schließt im Herbst, sagte Ilse Brenner."
    line = "Die Fabrik in Kempten schließt im Herbst, sagte Ilse Brenner."
    assert _placed(line, source) == ["circumstance"]


def test_a_german_line_with_im_vorjahr_verifies() -> None:
    from checking import problem_kinds

    article = (
        "Die Mieten in Welzheim sind gestiegen. "
        "„Viele Mieter, die im vergangenen Jahr gewartet haben, ziehen jetzt um“, sagte Maklerin Ilse Brenner."
    )
    line = "Maklerin Ilse Brenner sagte, viele Mieter, die im Vorjahr gewartet hätten, zögen jetzt um."
    assert "circumstance" not in problem_kinds(article, line)
