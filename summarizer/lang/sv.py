"""Swedish."""

from summarizer.lang import Language

LANGUAGE = Language(
    "sv",
    "swedish",
    punkt=True,
    stemmer="snowball",
)
