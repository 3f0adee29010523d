"""German writes compounds as one word: a line's "Kosten für die Sicherheit" names the parts of
its source's "Sicherheitskosten", and counts as those words when support is counted. Words that
are no part of any source word still count for nothing. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.align import _compounds_of, _parts_of

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


RESERVOIR = (
    "Die 1962 errichtete Talsperre versorgt rund 90.000 Menschen mit Trinkwasser. "
    "Eine Gefahr für die Versorgung bestehe derzeit nicht, teilte der Verband mit."
)


def test_a_compound_of_two_source_words_supports_the_line() -> None:
    # "Trinkwasserversorgung": "Trinkwasser" and "Versorgung", both written in the sources
    line = "Die Trinkwasserversorgung der Menschen an der gebauten Talsperre ist laut Verband derzeit nicht gefährdet."
    assert "support" not in problem_kinds(RESERVOIR, line)
    # the compound is one word of the line: the rest must still be there
    assert "support" in problem_kinds(RESERVOIR, "Die Trinkwasserversorgung der Region gilt laut Verband derzeit als sicher.")


def test_a_compound_of_one_source_word_and_another_does_not() -> None:
    assert _compounds_of({"stromversorg"}, {"versorg", "trinkwass"}) == set()
    assert _compounds_of({"trinkwasserversorg"}, {"versorg", "trinkwass"}) == {"trinkwasserversorg"}
