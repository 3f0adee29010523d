"""German writes a day and its part as one word ("am Dienstagabend"), in sentences written for this
test: another day so written is a date the sources lack; the same day with or without its part is
the sources' date."""

from summarizer import verify

FIRE = (
    "In einer Lagerhalle in Wendlingen ist am Dienstagabend ein Feuer ausgebrochen. "
    "Am Freitag will die Polizei erste Ergebnisse vorstellen."
)


def _problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems]


def test_another_day_with_its_part_is_a_date_not_in_the_sources() -> None:
    line = "In einer Lagerhalle in Wendlingen ist am Freitagabend ein Feuer ausgebrochen."
    assert any("date not in its sources: freitagabend" in m for m in _problems(FIRE, line))


def test_the_same_day_with_or_without_its_part_passes() -> None:
    assert _problems(FIRE, "In einer Lagerhalle in Wendlingen ist am Dienstag ein Feuer ausgebrochen.") == []
    article = "In einer Lagerhalle in Wendlingen ist am Dienstag gegen 22 Uhr ein Feuer ausgebrochen."
    assert _problems(article, "In einer Lagerhalle in Wendlingen ist am Dienstagabend ein Feuer ausgebrochen.") == []
