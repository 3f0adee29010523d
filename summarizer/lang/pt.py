"""Portuguese."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "pt",
    "portuguese",
    punkt=True,
    stemmer="snowball",
    list_end=re.compile(r"\betc\.$"),
    abbreviations=words("sr sra srs dr dra prof av pág ex nº mi bi"),
    # "vinte e dois", "cento e vinte", "duzentos"; a lone "um", "uma" is an article.
    spelled_numbers=(
        (0, "zero"), (1, "um uma"), (2, "dois duas"), (3, "três"), (4, "quatro"), (5, "cinco"), (6, "seis"), (7, "sete"),
        (8, "oito"), (9, "nove"), (10, "dez"), (11, "onze"), (12, "doze"), (13, "treze"), (14, "catorze quatorze"),
        (15, "quinze"), (16, "dezesseis dezasseis"), (17, "dezessete dezassete"), (18, "dezoito"), (19, "dezenove dezanove"),
        (20, "vinte"), (30, "trinta"), (40, "quarenta"), (50, "cinquenta"), (60, "sessenta"), (70, "setenta"), (80, "oitenta"),
        (90, "noventa"), (100, "cem cento"), (200, "duzentos duzentas"), (300, "trezentos trezentas"),
        (400, "quatrocentos quatrocentas"), (500, "quinhentos quinhentas"), (600, "seiscentos seiscentas"),
        (700, "setecentos setecentas"), (800, "oitocentos oitocentas"), (900, "novecentos novecentas"), (1000, "mil"),
    ),
    number_joiners=words("e"),
    number_idioms=frozenset({"os dois", "as duas", "por cento"}),
)
