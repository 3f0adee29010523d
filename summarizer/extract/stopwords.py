"""Function words that carry no topic, per language: a language module's own list (English's is
written for this project) or else the maintained `stopwordsiso` list (loaded once, on first use)."""

from functools import lru_cache

from summarizer.lang.en import STOPWORDS

__all__ = ["STOPWORDS", "stopwords_for"]


@lru_cache(maxsize=128)
def stopwords_for(language: str) -> frozenset[str]:
    """The stopwords of a language given by name or code (empty where none exist)."""
    import summarizer.lang as lang

    info = lang.get(language)
    if info.stopwords is not None:
        return info.stopwords
    import stopwordsiso

    if not stopwordsiso.has_lang(info.code):
        return frozenset()
    return frozenset(w.lower() for w in stopwordsiso.stopwords(info.code))
