"""How many real sentences the word-class fragment rules (verify/fragments.py) call cut off.

    .venv/bin/python benchmarks/fragment_false_alarms.py ARTICLES.jsonl [MORE.jsonl ...]

Every row's "article" is split into paragraphs and sentences in its detected language, and
each sentence is checked alone as if it were a summary line. A source sentence is complete, so
every hit is a false alarm of the rules: the script prints each one and the count per file, and
exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from summarizer.read.language import detect_language
    from summarizer.read.segment import sentence_spans
    from summarizer.verify.fragments import fragment_problems
    from summarizer.verify.lexicon import lexicon

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", type=Path, nargs="+", help="JSONL with an 'article' per row")
    args = parser.parse_args()
    total = 0
    for path in args.files:
        seen: set[str] = set()
        sentences = hits = 0
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            article = json.loads(line).get("article", "")
            if not article or article in seen:
                continue
            seen.add(article)
            language = detect_language(article)[0]
            for paragraph in article.split("\n"):
                for start, end in sentence_spans(paragraph, language=language):
                    sentences += 1
                    problems = fragment_problems(paragraph[start:end], lexicon(language))
                    if problems:
                        hits += 1
                        print(f"{path.name} [{language}] {paragraph[start:end]!r}\n    {problems[0].message}")
        print(f"{path.name}: {hits} of {sentences} source sentences called incomplete")
        total += hits
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
