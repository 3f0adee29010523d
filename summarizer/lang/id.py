"""Indonesian: no Punkt model or stemmer (the universal splitter reads it, words unstemmed); the
abbreviations of titles, addresses and places that go on before a capital ("Prof. Ir. Sutomo",
"Jl. Merdeka", "Kab. Bogor")."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "id",
    "indonesian",
    abbreviations=words("prof ir dr drs tb jl jln no dsn dk kel kec kab hj"),
    list_end=re.compile(r"\b(?:dll|dsb|dst)\.$"),
)
