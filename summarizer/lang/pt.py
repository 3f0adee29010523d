"""Portuguese."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "pt",
    "portuguese",
    punkt=True,
    stemmer="snowball",
    list_end=re.compile(r"\betc\.$"),
    abbreviations=words("sr sra srs dr dra prof av pág ex nº mi bi"),
)
