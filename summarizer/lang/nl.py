"""Dutch."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "nl",
    "dutch",
    punkt=True,
    stemmer="snowball",
    abbreviations=words("dhr mevr mr dr prof bijv ca blz nr mln mld ir ing drs"),
    list_end=re.compile(r"\b(?:enz|etc)\.$"),
    # Glued as written: "eenentwintig", "drieëntwintig", "driehonderd"; a lone "een" is an article.
    spelled_numbers=(
        (0, "nul"), (1, "één een"), (2, "twee"), (3, "drie"), (4, "vier"), (5, "vijf"), (6, "zes"), (7, "zeven"), (8, "acht"),
        (9, "negen"), (10, "tien"), (11, "elf"), (12, "twaalf"), (13, "dertien"), (14, "veertien"), (15, "vijftien"),
        (16, "zestien"), (17, "zeventien"), (18, "achttien"), (19, "negentien"), (20, "twintig"), (30, "dertig"),
        (40, "veertig"), (50, "vijftig"), (60, "zestig"), (70, "zeventig"), (80, "tachtig"), (90, "negentig"),
        (100, "honderd"), (1000, "duizend"),
    ),
    number_joiners=words("en ën"),
)
