"""Slovak: no Punkt model or stemmer (the universal splitter reads it). Its names take case
endings: "Bratislave", "Fica" for "Bratislava", "Fico"."""

from summarizer.lang import Language

LANGUAGE = Language("sk", "slovak", name_endings=3, support_prefix=5)
