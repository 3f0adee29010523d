"""Finnish."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "fi",
    "finnish",
    punkt=True,
    stemmer="snowball",
    months=words(
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
        "marraskuuta joulukuuta"
    ),
)
