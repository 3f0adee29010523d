"""German writes compounds as one word: a line's "Kosten für die Sicherheit" names the parts of
its source's "Sicherheitskosten", and counts as those words when support is counted. Words that
are no part of any source word still count for nothing. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.align import _parts_of

FEST = (
    "Das Seefest in Lindau fällt in diesem Jahr aus. Der Veranstalter begründete die Absage mit stark "
    "gestiegenen Sicherheitskosten und einem Personalmangel beim Ordnungsdienst."
)


def test_parts_of_the_sources_compounds_support_the_line() -> None:
    line = "Der Veranstalter nannte höhere Kosten für die Sicherheit und fehlendes Personal als Gründe für die Absage."
    assert "support" not in problem_kinds(FEST, line)


def test_words_of_no_source_compound_still_lack_support() -> None:
    line = "Der Veranstalter nannte schlechtes Wetter und fehlende Sponsoren als Gründe für die Absage."
    assert "support" in problem_kinds(FEST, line)


def test_a_part_must_begin_or_end_the_compound_and_be_four_letters() -> None:
    terms = {"sicherheitskost", "personalmangel", "freibad"}
    assert _parts_of({"kost", "personal", "bad", "heit"}, terms) == {"kost", "personal"}
