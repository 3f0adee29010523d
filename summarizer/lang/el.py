"""Greek."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "el",
    "greek",
    punkt=True,
    # "Μητσοτάκη" for "Μητσοτάκης"; "Αθηνών" for "Αθήνα" (the accent moves).
    name_endings=3, support_prefix=5,
    stem_alternations=("αά", "εέ", "ηή", "ιίϊΐ", "οό", "υύϋΰ", "ωώ"),
    # "αριθ." (αριθμός, number), "παρ." (παράγραφος), "σελ." (page), "βλ." (see), "τηλ.".
    abbreviations=words("κ δρ π χ δηλ εκατ δισ κλπ αριθ παρ σελ βλ τηλ"),
    can_end=words("χλμ"),
    list_end=re.compile(r"(?:\bκλπ|\bκτλ|\bκ\.\s?ά)\.$"),
    question_marks=";",  # the Greek question mark is written as a semicolon (or U+037E)
)
