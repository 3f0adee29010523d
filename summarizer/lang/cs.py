"""Czech."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "cs",
    "czech",
    punkt=True,
    months=words("ledna února března dubna května června července srpna září října listopadu prosince"),
)
