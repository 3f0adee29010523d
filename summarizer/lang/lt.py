"""Lithuanian: no Punkt model or stemmer (the universal splitter reads it). Its names take case
endings: "Vilniuje", "Lietuvos" for "Vilnius", "Lietuva"."""

from summarizer.lang import Language

LANGUAGE = Language("lt", "lithuanian", name_endings=3, support_prefix=5)
