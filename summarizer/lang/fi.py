"""Finnish."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "fi",
    "finnish",
    punkt=True,
    stemmer="snowball",
    # "Helsingissä" for "Helsinki" (k and g alternate), "Vartiaisen" for "Vartiainen", "Tampereella".
    name_endings=4,
    stem_alternations=("kg", "td", "pv"),
    months=words(
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
        "marraskuuta joulukuuta"
    ),
)
