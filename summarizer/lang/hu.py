"""Hungarian: a Snowball stemmer, but no Punkt model (the universal splitter reads it)."""

from summarizer.lang import Language

LANGUAGE = Language("hu", "hungarian", stemmer="snowball")
