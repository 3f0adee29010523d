"""Serbian (Cyrillic or Latin script): no Punkt model or stemmer (the universal splitter reads it).
Its names take case endings, and k, g, h of a stem turn to c, z, s before an ending in i or e:
"Beogradu", "Americi" for "Beograd", "Amerika"."""

from summarizer.lang import Language

LANGUAGE = Language(
    "sr", "serbian", name_endings=3, support_prefix=5, stem_alternations=("kc", "gz", "hs", "кц", "гз", "хс")
)
