"""Latvian: no Punkt model or stemmer (the universal splitter reads it). Its names take case
endings: "Rīgā", "Latvijas" for "Rīga", "Latvija"."""

from summarizer.lang import Language

LANGUAGE = Language("lv", "latvian", name_endings=3, support_prefix=5)
