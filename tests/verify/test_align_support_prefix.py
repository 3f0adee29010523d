"""Support in an inflecting language without a stemmer: the article's words in other cases still
support a line (words compared by their first letters), an unrelated line still does not, and
figures are compared whole."""

from summarizer import verify

_ARTICLE = (
    "Nowa szkoła miejska w Gdańsku przyjmie w przyszłym roku czterystu uczniów. "
    "Budowa szkoły kosztowała dwadzieścia milionów złotych. "
    "Rada miasta zatwierdziła też remont starego stadionu."
)


def _support(line: str) -> float:
    return verify(_ARTICLE, [line], language="pl").lines[0].support


def test_align_words_in_other_cases_support_a_line() -> None:
    # "szkoły miejskiej", "Gdańska", "uczniom" for "szkoła miejska", "Gdańsku", "uczniów".
    assert _support("Do nowej szkoły miejskiej Gdańska przyszłoroczni uczniowie trafią w liczbie czterystu.") >= 0.5


def test_align_an_unrelated_line_stays_unsupported() -> None:
    assert _support("Prezydent kraju podpisał ustawę o podatkach rolnych.") < 0.5


def test_align_figures_stay_whole() -> None:
    # "1200000" and "12000" share five digits but are not one figure.
    result = verify("Miasto wyda 1200000 złotych na drogi.", ["Miasto wyda 12000 złotych na drogi."], language="pl")
    assert result.lines[0].support < 1.0
