"""Italian: "art./artt." (articolo), "cfr." (confronta)."""

import re

from summarizer.lang import Language, words

_ELIDED_TENS = ((20, "vent"), (30, "trent"), (40, "quarant"), (50, "cinquant"), (60, "sessant"), (70, "settant"), (80, "ottant"), (90, "novant"))

LANGUAGE = Language(
    "it",
    "italian",
    punkt=True,
    stemmer="snowball",
    abbreviations=words("sig sigg dott prof on avv ing pag es mln mld gen art artt cfr"),
    list_end=re.compile(r"\becc\.$"),
    # Glued as written: "ventitré", "trecentoventi", "duemila"; a ten drops its vowel before "uno"
    # and "otto" ("ventuno", "trentotto"). A lone "un", "una", "uno" is an article or a pronoun.
    spelled_numbers=(
        (0, "zero"), (1, "uno una un"), (2, "due"), (3, "tre tré"), (4, "quattro"), (5, "cinque"), (6, "sei"), (7, "sette"),
        (8, "otto"), (9, "nove"), (10, "dieci"), (11, "undici"), (12, "dodici"), (13, "tredici"), (14, "quattordici"),
        (15, "quindici"), (16, "sedici"), (17, "diciassette"), (18, "diciotto"), (19, "diciannove"), (20, "venti"),
        (30, "trenta"), (40, "quaranta"), (50, "cinquanta"), (60, "sessanta"), (70, "settanta"), (80, "ottanta"),
        (90, "novanta"), (100, "cento"), (1000, "mille mila"),
        *((ten + 1, f"{word}uno") for ten, word in _ELIDED_TENS), *((ten + 8, f"{word}otto") for ten, word in _ELIDED_TENS),
    ),
    number_idioms=frozenset({"i due", "le due", "tutti e due", "tutte e due", "per cento"}),
)
