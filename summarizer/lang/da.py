"""Danish."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "da",
    "danish",
    punkt=True,
    stemmer="snowball",
    months=words("januar februar marts april maj juni juli august september oktober november december"),
)
