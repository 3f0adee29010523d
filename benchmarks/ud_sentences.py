"""Sentence-boundary F1 on Universal Dependencies test sets (public gold sentences).

    python benchmarks/ud_sentences.py de_gsd-ud-test.conllu:de fr_gsd-ud-test.conllu:french zh_gsd-ud-dev.conllu:zh ...

UD test files list each sentence's text (`# text =`); documents and paragraphs are marked in some
(`# newdoc`, `# newpar`), not in others, whose sentences are then joined in runs of GROUP into one
paragraph. Each paragraph is split as `summarize` splits one, with English Punkt and rules
(before) and with the file's language; F1 counts sentences whose span matches a gold one.
Many UD sentences are web text or headings without final punctuation: joined, no splitter can
find their ends, so the figures are a lower bound; `--punctuated` keeps only paragraphs whose
every sentence ends with a sentence end of any script (. ! ? … 。 ؟ । ...) or a quote or bracket
after one. "as one" counts the paragraphs of 5 or more gold sentences read as a single sentence.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GROUP = 10
_ENDED = re.compile(r"""[.!?…。！？｡．؟۔।॥።፧፨։။។៕།༎][""'”’»›」』》〉）)\]]*$""")


def paragraphs(path: Path) -> list[list[str]]:
    result: list[list[str]] = []
    current: list[str] = []
    marked = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newdoc", "# newpar")):
            marked = True
            if current:
                result.append(current)
            current = []
        elif line.startswith("# text ="):  # some files write no space after "="
            current.append(line[len("# text =") :].strip())
            if not marked and len(current) == GROUP:
                result.append(current)
                current = []
    if current:
        result.append(current)
    return result


def f1(groups: list[list[str]], language: str) -> tuple[float, int, int]:
    from summarizer.read.segment import sentence_spans

    hits = found_total = gold_total = as_one = 0
    for sentences in groups:
        text = " ".join(sentences)
        gold, pos = set(), 0
        for s in sentences:
            gold.add((pos, pos + len(s)))
            pos += len(s) + 1
        found = set(sentence_spans(text, language=language))
        as_one += len(sentences) >= 5 and len(found) == 1
        hits += len(found & gold)
        found_total += len(found)
        gold_total += len(gold)
    precision, recall = hits / max(found_total, 1), hits / max(gold_total, 1)
    return (2 * precision * recall / (precision + recall) if hits else 0.0), gold_total, as_one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="PATH:LANGUAGE")
    parser.add_argument("--punctuated", action="store_true")
    args = parser.parse_args()
    print(f"{'file':28} {'sentences':>9} {'F1 english':>10} {'F1 own':>7} {'as one':>6}")
    for item in args.files:
        path, _, language = item.rpartition(":")
        groups = paragraphs(Path(path))
        if args.punctuated:
            groups = [g for g in groups if all(_ENDED.search(s) for s in g)]
        before, n, _ = f1(groups, "english")
        after, _, as_one = f1(groups, language)
        print(f"{Path(path).name:28} {n:9d} {before:10.3f} {after:7.3f} {as_one:6d}")


if __name__ == "__main__":
    main()
