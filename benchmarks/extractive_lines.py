"""What the default extractive summaries look like over many articles: lines with an unbalanced
quotation, and documents without a title or whose title became a summary line.

    python benchmarks/extractive_lines.py ../shared/data/cnndm_dev250.jsonl ../shared/data/xsum_dev251.jsonl
    python benchmarks/extractive_lines.py samples/*.txt --show

Takes JSONL files (an 'article' per row) and text files. A line is unbalanced when its double
quotes do not pair up (an odd number of straight ones, or a different number of curly openings
and closings, German „…“ counted as a pair) or when it opens a single quotation it does not close, or closes one it did not
open (a straight or curly single quote at a word's start or end; the "s'" of a plural possessive
may close one but is never required to). A line shown as an excerpt of a longer quotation carries
the mark its sentence lacks, with an ellipsis ('… we came home,' she said), and pairs up.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# A single quote that opens: at the start or after a space or an opening mark, before a word (or
# before the ellipsis of an excerpt that starts inside the quotation: '… we came home,' she said).
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[“\"—–-]))['‘](?=[\w#@$£€(…])")
# One that closes: after a word, a sentence mark or a double quotation it holds ('as "the enemy"'),
# before a space, a mark or the end; not an apostrophe inside a word ("don't"), and not "s'" (a
# plural possessive; counted separately).
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?;:…%)\"”])(?<![sS])['’](?=[\s.,;:!?)\]”\"—–-]|$)")
_POSSESSIVE = re.compile(r"(?<=[sS])['’](?=[\s.,;:!?)\]”\"—–-]|$)")


def _curly_unpaired(line: str) -> bool:
    """Curly double quotes that do not pair: English “…”, or German „…“ (whose closing mark is
    English's opening one)."""
    if "„" in line:
        return line.count("„") != line.count("“") + line.count("”")
    return line.count("“") != line.count("”")


def unbalanced(line: str) -> bool:
    if line.count('"') % 2 or _curly_unpaired(line):
        return True
    opened = len(_SINGLE_OPEN.findall(line))
    closed = len(_SINGLE_CLOSE.findall(line))
    maybe = len(_POSSESSIVE.findall(line))
    return not closed <= opened <= closed + maybe


def articles(paths: list[Path]):
    for path in paths:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as stream:
                for n, line in enumerate(stream):
                    if line.strip():
                        yield f"{path.name}:{n}", json.loads(line)["article"]
        else:
            yield path.name, path.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="print every unbalanced line and every title")
    args = parser.parse_args()

    from summarizer import Summarizer

    summarizer = Summarizer(sentences=args.sentences)
    lines = bad = documents = untitled = 0
    for key, text in articles(args.inputs):
        summary = summarizer.summarize(text)
        documents += 1
        untitled += summary.document.title is None
        if args.show and summary.document.title is not None:
            print(f"{key}\ttitle\t{summary.document.title}")
        for line in summary.lines:
            lines += 1
            if unbalanced(line.text):
                bad += 1
                if args.show:
                    print(f"{key}\tunbalanced\t{line.text}")
    print(json.dumps({"documents": documents, "lines": lines, "unbalanced_quote_lines": bad, "documents_without_title": untitled}))


if __name__ == "__main__":
    main()
