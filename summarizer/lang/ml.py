"""Malayalam."""

from summarizer.lang import Language

LANGUAGE = Language(
    "ml",
    "malayalam",
    punkt=True,
    stopwords=frozenset(),  # stopwordsiso has no Malayalam list
)
