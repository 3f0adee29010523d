"""Danish."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "da",
    "danish",
    punkt=True,
    can_end=frozenset({"i"}),  # "... å ta tak i." ends a sentence
    stemmer="snowball",
    months=words("januar februar marts april maj juni juli august september oktober november december"),
)
