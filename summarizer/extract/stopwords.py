"""Function words that carry no topic: English written for this project, other languages from
the maintained `stopwordsiso` lists (loaded once per language, on first use)."""

from functools import lru_cache


STOPWORDS = frozenset(
    """
    a about above after again against all almost also although am among an and another any anyone
    anything are around as at be became because become been before being below between both but by
    can cannot could did do does doing done down during each either else enough even ever every
    few for from further get gets got had has have having he her here hers herself him himself his
    how however i if in into is it its itself just least less like made make many may me might
    more most much must my myself neither no nor not now of off often on once one only onto or
    other others our ours ourselves out over own per perhaps quite rather really said same say
    says see seem seemed seems several shall she should since so some such than that the their
    theirs them themselves then there these they this those though through thus to too toward
    towards under until up upon us very via was we well were what whatever when where whether
    which while who whom whose why will with within without would yet you your yours yourself
    yourselves it's i'm he's she's that's there's they're we're you're isn't aren't wasn't weren't
    don't doesn't didn't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't mr mrs ms
    """.split()
)


@lru_cache(maxsize=32)
def stopwords_for(language: str) -> frozenset[str]:
    """The stopwords of a language named in read/language.py's table (empty where none exist)."""
    if language == "english":
        return STOPWORDS
    from summarizer.read.language import language_info

    info = language_info(language)
    if not info.stopwords:
        return frozenset()
    import stopwordsiso

    return frozenset(w.lower() for w in stopwordsiso.stopwords(info.code))
