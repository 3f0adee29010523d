"""Norwegian (Bokmål)."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "no",
    "norwegian",
    punkt=True,
    can_end=frozenset({"i"}),  # "... å ta tak i." ends a sentence
    stemmer="snowball",
    months=words("januar februar mars april mai juni juli august september oktober november desember"),
)
