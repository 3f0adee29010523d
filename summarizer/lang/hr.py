"""Croatian: no Punkt model or stemmer (the universal splitter reads it). Its names take case
endings, and k, g, h of a stem turn to c, z, s before an ending in i or e: "Zagrebu", "Americi"
for "Zagreb", "Amerika"."""

from summarizer.lang import Language

LANGUAGE = Language("hr", "croatian", name_endings=3, support_prefix=5, stem_alternations=("kc", "gz", "hs"))
