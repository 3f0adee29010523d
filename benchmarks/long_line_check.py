"""CPU seconds to check one summary line of growing length against a short article.

    .venv/bin/python benchmarks/long_line_check.py
    .venv/bin/python benchmarks/long_line_check.py --words 100 250 490 1000 6000 --checker learned

The line is a written-here run of clauses joined by commas and semicolons, with saying words,
names, a figure, a negation and a clause of circumstance: what each parse check reads. A line
over the parse checks' limit (`checkers.MAX_PARSED_WORDS`) is checked without its parse and
warns; the figures show where that starts and that the time below it grows about linearly.
Before the fix, a 1,000-word line took 20 s here and a 2,000-word one 3 minutes.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ARTICLE = (
    "Harbour pilots in Westmere ended their strike on Monday after the port agreed to hire six more crew. "
    "Union leader Ida Brandt said the deal would stop the long night shifts. "
    "The port's director, Tomas Lind, said ships had waited up to four days to dock. "
    "According to Lind, the port did not lose any contracts during the strike. "
    "Brandt told members that the pilots had won 2.5 million euros in back pay."
)
CLAUSES = (
    "he said the pilots would not strike again after the port agreed to hire six more crew",
    "according to Tomas Lind the port lost no contracts",
    "Ida Brandt told members that the pilots had won 2.5 million euros",
    "the port did not say when the new crew would start, she added",
    "ships waited four days to dock in Westmere on Monday",
)


def line_of(words: int) -> str:
    text = ""
    k = 0
    while len(text.split()) < words:
        text += CLAUSES[k % len(CLAUSES)] + ("; " if k % 2 else ", ")
        k += 1
    return " ".join(text.split()[:words]).rstrip(",;") + "."


def main() -> int:
    from summarizer import verify

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, nargs="+", default=[50, 125, 250, 490, 1000, 6000])
    parser.add_argument("--checker", default="default")
    args = parser.parse_args()
    verify(ARTICLE, [line_of(20)], checker=args.checker)  # load the parser outside the timing
    print(f"{'words':>6} {'chars':>7} {'CPU s':>7}  parse checks")
    for words in args.words:
        line = line_of(words)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            start = time.process_time()
            verify(ARTICLE, [line], checker=args.checker)
            seconds = time.process_time() - start
        skipped = any(w.category.__name__ == "CheckLimitWarning" for w in caught)
        print(f"{words:>6} {len(line):>7} {seconds:>7.2f}  {'skipped (warned)' if skipped else 'ran'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
