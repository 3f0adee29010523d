"""Tibetan: written without spaces between words (syllables end with a tsheg "་"), with no Punkt
model or stemmer. Its sentences end with the shad "།", which also closes a clause after the
particles below ("དང་།" and, "ནས།" having done, "ཀྱང་།" even so): the sentence goes on after them
(read/segment.py holds the shad and tsheg rules of the script). py3langid knows no Tibetan: with
`--language auto` a Tibetan text is reported as Dzongkha, written in the same script (dz.py)."""

from summarizer.lang import Language, words

# Clause-closing particles of the written language: "and" (དང), the continuatives (ཅིང ཞིང ཤིང,
# སྟེ ཏེ), "having"/"from" (ནས), "even, although" (ཀྱང ཡང འང), "if, when" (ན).
CLAUSE_CLOSERS = words("དང ཅིང ཞིང ཤིང སྟེ ཏེ ནས ཀྱང ཡང འང ན")

LANGUAGE = Language("bo", "tibetan", unspaced=True, clause_closers=CLAUSE_CLOSERS)
