"""Vietnamese: no Punkt model or stemmer (the universal splitter reads it, words unstemmed); the
abbreviations of titles and places that go on before a capital ("TP. HCM", "ThS. Lan")."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "vi",
    "vietnamese",
    abbreviations=words("tp ths ts pgs gs bs ks tt"),
)
