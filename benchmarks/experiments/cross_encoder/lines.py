"""Per line of every labelled summary: the rules' problem kinds and a fact-checking model's support.

    .venv/bin/python benchmarks/experiments/cross_encoder/lines.py LABELS.jsonl... --model DIR --out lines.jsonl
    .venv/bin/python benchmarks/experiments/cross_encoder/lines.py combine lines.jsonl... [--threshold T]

The first form checks each summary once with the default rules beside the model (``combine=either``,
so both always answer) and writes, per summary, its label and data set and per line the rules'
problem kinds and the model's probability of support (first passage, and the best over the passages
the checker tries). The second form scores ways of combining the two from those files alone, so
that a policy's settings can be chosen on one set of files and reported on another without
running the model again.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

SURE_KINDS = frozenset({"number", "date", "name", "quantity", "quotation", "negation", "incomplete"})


def record(paths: list[Path], model: str, out: Path) -> None:
    from summarizer.evaluate.faithfulness import read_judged
    from summarizer.verify.model_checker import ModelChecker
    from summarizer.verify.verification import verify

    class Recorder(ModelChecker):
        lines: list = []

        def check(self, text, evidence):
            return self.rules.check(text, evidence) if self.rules is not None else []

        def verdict(self, text, evidence, problems):
            # Called once per line, with its final citations: the model is asked here only.
            passages = self._passages(text, evidence)
            first = self._judge(passages[0], text) if passages else 0.0
            best = first
            for passage in passages[1:]:
                if best >= 0.5:
                    break
                best = max(best, self._judge(passage, text))
            self.lines.append({"kinds": sorted({p.kind for p in problems}), "first": round(first, 4), "best": round(best, 4)})
            return list(problems), []

    checker = Recorder(model=model, rules="relations", combine="either")
    with out.open("w", encoding="utf-8") as handle:
        for path in paths:
            for item in read_judged(path, None):
                checker.lines = []
                verify(item.article, item.summary.splitlines(), checker=checker)
                handle.write(json.dumps({"id": item.id, "dataset": item.dataset if item.dataset != "handwritten" else path.stem,
                                         "flawed": item.flawed, "lines": checker.lines}) + "\n")


def balanced(rows: list[dict], reject) -> tuple[float, float, float, int, int]:
    flawed = [r for r in rows if r["flawed"]]
    clean = [r for r in rows if not r["flawed"]]
    caught = sum(1 for r in flawed if reject(r)) / max(1, len(flawed))
    passed = sum(1 for r in clean if not reject(r)) / max(1, len(clean))
    return (caught + passed) / 2, caught, passed, len(flawed), len(clean)


def policies(threshold: float, low: float, high: float):
    """Ways to decide a line from its rule kinds and model support."""
    def rules(line):
        return bool(line["kinds"])

    def model(line):
        return line["best"] < threshold

    def either(line):
        return rules(line) or model(line)

    def veto(line):  # the model checker's combine=veto with the relations rules
        return bool(set(line["kinds"]) & SURE_KINDS) or model(line)

    def overrule(line):  # sure kinds stand; other rule problems stand unless the model is confident; no rule problem: the model flags only when very unsure
        if set(line["kinds"]) & SURE_KINDS:
            return True
        if line["kinds"]:
            return line["best"] < high
        return line["best"] < low

    return {"rules": rules, "model": model, "either": either, "veto": veto, "overrule": overrule}


def combine(paths: list[Path], threshold: float, low: float, high: float) -> None:
    rows = [json.loads(line) for path in paths for line in path.open(encoding="utf-8")]
    datasets = sorted({r["dataset"] for r in rows})
    for name, decide in policies(threshold, low, high).items():
        print(f"-- {name} (threshold {threshold}, low {low}, high {high})")
        for dataset in datasets + ["ALL"]:
            chosen = [r for r in rows if dataset in ("ALL", r["dataset"])]
            ba, caught, passed, nf, nc = balanced(chosen, lambda r: any(decide(line) for line in r["lines"]))
            print(f"   {dataset:32s} BA {ba:.3f}  caught {caught:.3f} ({nf})  passed {passed:.3f} ({nc})")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "combine":
        parser = argparse.ArgumentParser()
        parser.add_argument("files", type=Path, nargs="+")
        parser.add_argument("--threshold", type=float, default=0.5)
        parser.add_argument("--low", type=float, default=0.1)
        parser.add_argument("--high", type=float, default=0.9)
        args = parser.parse_args(sys.argv[2:])
        combine(args.files, args.threshold, args.low, args.high)
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", type=Path, nargs="+")
    parser.add_argument("--model", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    record(args.labels, args.model, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
