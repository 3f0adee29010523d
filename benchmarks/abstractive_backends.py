"""The same .gguf model through llama.cpp and through transformers' GGUF loader: speed, memory, quality.

    python benchmarks/abstractive_backends.py seed MODEL.gguf [ARTICLE ...] [--repeat 1]
    python benchmarks/abstractive_backends.py cnndm MODEL.gguf DATA.jsonl [--limit 30]

`seed` runs the whole command, `summarize ARTICLE --model MODEL.gguf --format json`, in a fresh
process per run and backend, and reports its wall time, CPU time (user + system of the process
tree: on a shared machine the steadier figure) and peak memory (the largest resident set of the
process tree, from getrusage of a child that does nothing but wait for it), and whether every
line is cited and every number in it appears in the article. Default article:
../shared/seeds/zelenskyy-diplomacy.txt. `--roots OLD,NEW` alternates the code of several checkouts
run by run (OLD, NEW, OLD, NEW, ...), so that a busy machine slows each alike.

`cnndm` summarises the first --limit articles of a CNN/DailyMail JSONL file (rows with "article"
and "reference") through each backend, each in its own process: ROUGE-1/2/Lsum (rouge-score,
stemmed, F1 x 100, mean over articles), the guard's counts, seconds per article (generation and
checking, model load apart) and peak memory. Needs `pip install rouge-score`. It also counts what
issue 19 asks about: summaries with a "cut off" warning, summaries whose line count differs from the
sentences asked for (and how many of those the guard explains), near-duplicate line pairs (two lines
sharing a cited sentence and half the shorter line's content words, or 70% of them whatever they
cite), lines that open with the article's dateline place as their subject ("Rome is ..." from "ROME
(CNN) -- Italy is ..."), and fragments (under 5 words, or no closing punctuation).
`--root DIR` runs the code of another checkout (e.g. a `git worktree` at an older commit), so that
before and after are measured by the same script.

Backends: "llamacpp" needs `pip install 'summarizer[llamacpp]'`; "transformers" is the same file
through transformers' gguf_file= loader (`pip install gguf`), chosen by hiding llama_cpp from the
process, exactly what a user without the llamacpp extra gets. Threads follow SUMMARIZER_THREADS.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "zelenskyy-diplomacy.txt"
BACKENDS = ("llamacpp", "transformers")
# Run the CLI or a worker with llama_cpp unimportable, so that a .gguf model takes the transformers path.
HIDE_LLAMACPP = "import sys; sys.modules['llama_cpp'] = None\n"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _python(backend: str, code: str) -> list[str]:
    prefix = HIDE_LLAMACPP if backend == "transformers" else ""
    return [sys.executable, "-c", prefix + code]


def measured(command: list[str], env: dict[str, str], cwd: Path | None = None) -> dict:
    """Run `command` under a small waiting parent and return its wall time, peak RSS and output."""
    probe = (
        "import json, resource, subprocess, sys, time\n"
        "started = time.perf_counter()\n"
        "done = subprocess.run(json.loads(sys.argv[1]), capture_output=True, text=True)\n"
        "wall = time.perf_counter() - started\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime\n"
        "print(json.dumps({'wall_s': wall, 'cpu_s': cpu, 'peak_mb': peak, 'rc': done.returncode, 'stdout': done.stdout, 'stderr': done.stderr}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, json.dumps(command)], capture_output=True, text=True, env=env, check=True, cwd=cwd)
    return json.loads(result.stdout)


def numbers_absent(line: str, source: str) -> list[str]:
    present = {n.replace(",", "") for n in _NUMBER.findall(source)}
    return [n for n in _NUMBER.findall(line) if n.replace(",", "") not in present]


def run_seed(args: argparse.Namespace) -> None:
    rows = []
    for article in args.articles or [SEED]:
        source = Path(article).read_text(encoding="utf-8")
        for backend in args.backends:
            cli = f"import sys; sys.argv = ['summarize'] + {[str(Path(article).resolve()), '--model', args.model, '--format', 'json']!r}\nfrom summarizer.cli import main; main()"
            for attempt in range(args.repeat):
                for root in args.roots:  # alternated run by run
                    # Run from the checkout itself: `python -c` puts the working folder first on sys.path.
                    run = measured(_python(backend, cli), {**os.environ, "PYTHONPATH": str(root)}, cwd=root)
                    row = {"article": Path(article).name, "code": str(root), "backend": backend, "run": attempt + 1,
                           "wall_s": round(run["wall_s"], 2), "cpu_s": round(run["cpu_s"], 2), "peak_mb": round(run["peak_mb"]), "rc": run["rc"]}
                    if run["rc"] == 0:
                        data = json.loads(run["stdout"])
                        lines = data["lines"]
                        row.update(
                            lines=len(lines),
                            all_cited=all(line["citations"] for line in lines),
                            numbers_absent=sorted({n for line in lines for n in numbers_absent(line["text"], source)}),
                            guard={k: data["stats"]["guard"][k] for k in ("generated", "kept", "replaced", "dropped")},
                            kind=data["stats"]["model"]["kind"],
                            text=[line["text"] for line in lines],
                        )
                    else:
                        row["error"] = run["stderr"].strip().splitlines()[-1:] if run["stderr"].strip() else []
                    row["stderr_lines"] = len(run["stderr"].strip().splitlines())
                    rows.append(row)
                    print(json.dumps(row), file=sys.stderr)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; SUMMARIZER_THREADS={os.environ.get('SUMMARIZER_THREADS', 'unset')}")
    print("| article | code | backend | run | wall s | CPU s | peak MB | lines | all cited | numbers not in source | guard kept/replaced/dropped of generated |")
    print("|---|---|---|---|---:|---:|---:|---:|---|---|---|")
    for r in rows:
        guard = r.get("guard") or {}
        print(
            f"| {r['article']} | {r['code']} | {r['backend']} | {r['run']} | {r['wall_s']} | {r['cpu_s']} | {r['peak_mb']} | {r.get('lines', '-')} | "
            f"{r.get('all_cited', '-')} | {', '.join(r.get('numbers_absent', [])) or 'none'} | "
            f"{guard.get('kept', '-')}/{guard.get('replaced', '-')}/{guard.get('dropped', '-')} of {guard.get('generated', '-')} |"
        )
    for root in args.roots:
        for backend in args.backends:
            done = [r for r in rows if r["code"] == str(root) and r["backend"] == backend and r["rc"] == 0]
            if done:
                print(f"{root} {backend}: median wall {statistics.median(r['wall_s'] for r in done):.2f} s, "
                      f"median CPU {statistics.median(r['cpu_s'] for r in done):.2f} s over {len(done)} run(s)")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


WORKER = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from rouge_score import rouge_scorer
from summarizer import Summarizer
from summarizer.read.document import build_document
from summarizer.read.sources import raw_from_bytes
{measures}

data, model, skip, limit, sentences, settings = {data!r}, {model!r}, {skip!r}, {limit!r}, {sentences!r}, {settings!r}
rows = [json.loads(line) for line in open(data, encoding="utf-8").read().splitlines()[skip:skip + limit]]
documents = [build_document(raw_from_bytes(r["article"].encode("utf-8"), "cnndm#" + r["id"])) for r in rows]
summarizer = Summarizer(sentences=sentences, mode="abstractive", model=model, device="cpu", **settings)
started = time.perf_counter()
backend = summarizer.abstractive.backend
load_s = time.perf_counter() - started
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
scores, guard, caught, seconds = [], {{}}, {{}}, []
issues = {{"cut_off": 0, "short": 0, "short_explained": 0, "long": 0, "lines": 0, "near_duplicates": 0, "dateline_subjects": 0, "fragments": 0}}
outputs = []
for row, document in zip(rows, documents):
    started = time.perf_counter()
    summary = summarizer.summarize_document(document)
    seconds.append(time.perf_counter() - started)
    got = scorer.score(row["reference"], "\\n".join(line.text for line in summary.lines))
    scores.append({{k: v.fmeasure * 100 for k, v in got.items()}})
    for key, value in summary.stats["guard"].items():
        if isinstance(value, int):
            guard[key] = guard.get(key, 0) + value
    lines = summary.lines
    issues["lines"] += len(lines)
    issues["cut_off"] += any("cut off" in w for w in summary.warnings)
    if len(lines) < sentences:
        issues["short"] += 1
        issues["short_explained"] += any("guard dropped" in w or "lines of the" in w for w in summary.warnings)
    issues["long"] += len(lines) > sentences
    issues["near_duplicates"] += near_duplicate_pairs(lines)
    issues["dateline_subjects"] += dateline_subjects(document, lines)
    issues["fragments"] += sum(is_fragment(line.text) for line in lines)
    outputs.append({{"id": row["id"], "lines": [[line.origin, line.text] for line in lines], "warnings": list(summary.warnings)}})
print(json.dumps({{
    "kind": backend.kind, "articles": len(rows), "load_s": load_s,
    "rouge": {{k: sum(s[k] for s in scores) / len(scores) for k in scores[0]}},
    "guard": guard, "seconds_per_article": sum(seconds) / len(seconds),
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "issues": issues, "outputs": outputs,
}}))
"""

# The issue's measures, written here (not imported from the package) so that old code is measured the same way.
MEASURES = r"""
import re
_WORDS = re.compile(r"[a-z0-9]+")
_STOP = set("a an the and or but of to in on at for from by with as is are was were be been has have had it its "
            "this that these those he she they his her their who which said says will would after over into "
            "about than also not no".split())
_DATELINE = re.compile(r"^((?:[A-Z][\w.'-]*(?:,?\s+[A-Z][\w.'-]*){0,4}),?\s+)\((?:[A-Z][\w.&'-]*\s?){1,4}\)\s*(?:--|\u2014|\u2013|-)?\s*")

def _terms(text):
    return {w[:6] for w in _WORDS.findall(text.lower()) if w not in _STOP}

def near_duplicate_pairs(lines):
    count = 0
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            a, b = _terms(lines[i].text), _terms(lines[j].text)
            if not a or not b:
                continue
            share = len(a & b) / min(len(a), len(b))
            cited = {c.sentence for c in lines[i].citations} & {c.sentence for c in lines[j].citations}
            count += (cited and share >= 0.5) or share >= 0.7
    return count

def dateline_subjects(document, lines):
    if not document.sentences:
        return 0
    first = document.sentences[0].clean_text
    match = _DATELINE.match(first)
    if not match:
        return 0
    place = match.group(1).split(",")[0].strip()
    after = first[match.end():]
    if after.lower().startswith(place.lower()):
        return 0
    return sum(line.text.lower().startswith(place.lower() + " ") for line in lines)

def is_fragment(text):
    return len(text.split()) < 5 or not re.search(r"[.!?][\"'\u201d\u2019)\]]*$", text)
"""


def _settings(pairs: list[str]) -> dict:
    """--option KEY=VALUE pairs as Summarizer keyword arguments (whole numbers become ints)."""
    settings = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        settings[key] = int(value) if value.lstrip("-").isdigit() else value
    return settings


def run_cnndm(args: argparse.Namespace) -> None:
    results = {}
    for backend in args.backends:
        code = WORKER.format(measures=MEASURES, root=str(args.root), data=str(args.data), model=args.model, skip=args.skip, limit=args.limit, sentences=args.sentences, settings=_settings(args.option))
        started = time.perf_counter()
        done = subprocess.run(_python(backend, code), capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{backend}: failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            continue
        results[backend] = {**json.loads(done.stdout.strip().splitlines()[-1]), "total_s": time.perf_counter() - started}
        print(json.dumps({backend: results[backend]}), file=sys.stderr)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; SUMMARIZER_THREADS={os.environ.get('SUMMARIZER_THREADS', 'unset')}")
    print(f"{args.limit} articles of {Path(args.data).name} after the first {args.skip}, {args.sentences} sentences, model {Path(args.model).name}, options {_settings(args.option)}, code at {args.root}")
    print("| backend | R-1 | R-2 | R-Lsum | generated | kept | replaced | dropped | s/article | load s | peak MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for backend, r in results.items():
        g = r["guard"]
        print(
            f"| {backend} | {r['rouge']['rouge1']:.2f} | {r['rouge']['rouge2']:.2f} | {r['rouge']['rougeLsum']:.2f} | "
            f"{g.get('generated', 0)} | {g.get('kept', 0)} | {g.get('replaced', 0)} | {g.get('dropped', 0)} | "
            f"{r['seconds_per_article']:.2f} | {r['load_s']:.1f} | {r['peak_mb']:.0f} |"
        )
    print("| backend | lines (asked) | summaries with a cut-off warning | fewer lines than asked (guard said why) | more | near-duplicate pairs | dateline subjects | fragments |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for backend, r in results.items():
        i = r["issues"]
        print(
            f"| {backend} | {i['lines']} ({args.sentences * r['articles']}) | {i['cut_off']} | {i['short']} ({i['short_explained']}) | {i['long']} | "
            f"{i['near_duplicates']} | {i['dateline_subjects']} | {i['fragments']} |"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    seed = commands.add_parser("seed", help="wall time and peak memory of the whole CLI call")
    seed.add_argument("model")
    seed.add_argument("articles", nargs="*")
    seed.add_argument("--repeat", type=int, default=1)
    seed.add_argument("--roots", default=str(ROOT), type=lambda v: [Path(p).resolve() for p in v.split(",") if p],
                      help="checkouts whose code is run, alternated run by run (default: this one)")
    cnndm = commands.add_parser("cnndm", help="ROUGE, guard counts and seconds per article")
    cnndm.add_argument("model")
    cnndm.add_argument("data")
    cnndm.add_argument("--limit", type=int, default=30)
    cnndm.add_argument("--skip", type=int, default=0, help="articles to pass over first (a held-out slice)")
    cnndm.add_argument("--option", action="append", default=[], metavar="KEY=VALUE", help="a Summarizer setting, e.g. input_sentences=7 (repeatable)")
    cnndm.add_argument("--sentences", type=int, default=3)
    cnndm.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code is measured (default: this one)")
    for sub in (seed, cnndm):
        sub.add_argument("--backends", default=",".join(BACKENDS), type=lambda v: [b for b in v.split(",") if b])
        sub.add_argument("--json", help="write the results here too")
    args = parser.parse_args()
    unknown = [b for b in args.backends if b not in BACKENDS]
    if unknown:
        parser.error(f"unknown backend(s) {', '.join(unknown)}; choose from {', '.join(BACKENDS)}")
    args.model = str(Path(args.model).resolve())
    (run_seed if args.command == "seed" else run_cnndm)(args)


if __name__ == "__main__":
    main()
