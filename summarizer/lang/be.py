"""Belarusian: no Punkt model or stemmer (the universal splitter reads it). Its names take case
endings, and a stem's final ў turns to в before one: "Мінска", "Магілёва" for "Мінск",
"Магілёў"."""

from summarizer.lang import Language

LANGUAGE = Language("be", "belarusian", name_endings=3, support_prefix=5, stem_alternations=("вў",))
