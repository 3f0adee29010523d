"""Sentence-boundary F1 and language detection on the hand-written samples in samples/lang/.

    python benchmarks/languages.py [--write-samples]

For each sample: F1 of the sentences found against the gold sentences in samples/lang/gold.json,
read with English Punkt and rules (what every language got before) and with the detected
language; the language detected, and what detection costs per article. `--write-samples`
(re)writes samples/lang/<code>.txt from the gold file (headline, blank line, paragraphs).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "samples" / "lang" / "gold.json"


def sample_text(entry: dict) -> str:
    return entry["title"] + "\n\n" + "\n\n".join(" ".join(p) for p in entry["paragraphs"]) + "\n"


def boundary_f1(found: list[str], gold: list[str]) -> float:
    """F1 over sentences matched exactly (whitespace-normalised): a split or a merge costs both."""
    found_set = {" ".join(s.split()) for s in found}
    gold_set = {" ".join(s.split()) for s in gold}
    hits = len(found_set & gold_set)
    if not hits:
        return 0.0
    precision, recall = hits / len(found_set), hits / len(gold_set)
    return 2 * precision * recall / (precision + recall)


def sentences_of(text: str, language: str):
    from summarizer.read.document import build_document
    from summarizer.read.raw import RawText

    document = build_document(RawText(text, "<sample>"), language)
    return [s.text for s in document.sentences], document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-samples", action="store_true")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    if args.write_samples:
        for code, entry in gold.items():
            (GOLD.parent / f"{code}.txt").write_text(sample_text(entry), encoding="utf-8")
    from summarizer.read.language import detect_language

    detect_language("Warm-up: ein deutscher Satz, damit das Modell geladen ist.")
    print(f"{'sample':8} {'detected':12} {'ms':>6} {'F1 english rules':>17} {'F1 after':>9}")
    correct = 0
    for code, entry in gold.items():
        text = sample_text(entry)
        expected = [s for p in entry["paragraphs"] for s in p]
        started = time.perf_counter()
        detected, _ = detect_language(text)
        ms = (time.perf_counter() - started) * 1000
        before, _ = sentences_of(text, "english")
        after, document = sentences_of(text, "auto")
        correct += _code(document.language) == code
        print(f"{code:8} {detected:12} {ms:6.2f} {boundary_f1(before, expected):17.3f} {boundary_f1(after, expected):9.3f}")
    print(f"detection: {correct}/{len(gold)} correct")


def _code(name: str) -> str:
    from summarizer.lang import get

    return get(name).code


if __name__ == "__main__":
    main()
