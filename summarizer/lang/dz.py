"""Dzongkha: written in the Tibetan script with its shad and tsheg (read/segment.py). py3langid,
which knows no Tibetan, reports Tibetan text as Dzongkha, so this module reads the Tibetan clause
particles (bo.py) too; they were written for Tibetan and not checked on Dzongkha text."""

from summarizer.lang import Language
from summarizer.lang.bo import CLAUSE_CLOSERS

LANGUAGE = Language("dz", "dzongkha", unspaced=True, clause_closers=CLAUSE_CLOSERS)
