"""Swahili: no Punkt model or stemmer (the universal splitter reads it, words unstemmed); the
abbreviations of titles that go on before a name ("Dkt. Amina Juma", "Mhe. Rais", "Bw. Ali")."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "sw",
    "swahili",
    abbreviations=words("dkt dk mhe mh bw bi prof mch nd"),
)
