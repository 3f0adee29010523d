"""Hungarian: a Snowball stemmer, but no Punkt model (the universal splitter reads it)."""

from summarizer.lang import Language

LANGUAGE = Language(
    "hu",
    "hungarian",
    stemmer="snowball",
    # "Budapesten", "Debrecenből" for "Budapest", "Debrecen"; a final vowel lengthens ("Dunán").
    name_endings=4,
    stem_alternations=("aá", "eé"),
)
