"""Which capitalised words are names in a language that writes every noun with a capital (German).

There a capital tells nothing, but the way news writes a name does: it stands right after the
noun that classes it, with no article between ("der Landkreis Hohenau", "Bürgermeisterin Katrin
Wehling", "die Talsperre Grauweiler"), where two common nouns are joined into one word or by an
article or preposition. A noun after a figure and its unit ("120 Liter Regen") and a month after
its part ("Ende Mai") are not names.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.verify.lexicon import lexicon
from summarizer.verify.relations import tokens_of


@lru_cache(maxsize=16)  # every line of a summary reads the same article
def name_terms(article: tuple[str, ...], language: str) -> frozenset[str]:
    """The terms of the article's words that are names by their place: right after another
    capitalised word of the same clause."""
    dates = lexicon(language).dates
    found = set()
    for sentence in article:
        tokens = tokens_of(sentence, language)
        for k in range(1, len(tokens)):
            token, before = tokens[k], tokens[k - 1]
            if not token.capitalised or token.term is None or token.term.startswith("<") or token.lower in dates:
                continue
            if before.term is None or not before.text[:1].isupper() or before.clause != token.clause:
                continue
            if k >= 2 and tokens[k - 2].text[:1].isdigit():
                continue  # "120 Liter Regen": a measure of a thing
            found.add(token.term)
    return frozenset(found)
