"""Italian: "art./artt." (articolo), "cfr." (confronta)."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "it",
    "italian",
    punkt=True,
    stemmer="snowball",
    abbreviations=words("sig sigg dott prof on avv ing pag es mln mld gen art artt cfr"),
    list_end=re.compile(r"\becc\.$"),
)
