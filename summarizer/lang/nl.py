"""Dutch."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "nl",
    "dutch",
    punkt=True,
    stemmer="snowball",
    abbreviations=words("dhr mevr mr dr prof bijv ca blz nr mln mld ir ing drs"),
    list_end=re.compile(r"\b(?:enz|etc)\.$"),
)
