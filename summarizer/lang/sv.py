"""Swedish."""

from summarizer.lang import Language

LANGUAGE = Language(
    "sv",
    "swedish",
    punkt=True,
    can_end=frozenset({"i"}),  # "... å ta tak i." ends a sentence
    stemmer="snowball",
)
