"""Cost of very long articles: seconds and peak memory of the real CLI on 0.1 to 20 MB of text.

    python benchmarks/big_inputs.py [--sizes 0.1 1 5 20] [--seed 13] [--keep DIR] [--together N] [-- OPTIONS]

Each article is synthetic news-like text built from the word lists below with a fixed seed, so
a run is reproducible; invented names keep the vocabulary growing with the text, as it does in
real long documents. Every size runs `python -m summarizer FILE --format json` in a fresh process,
and the table gives that process's wall time and peak RSS (from wait4), the sentences it found
and its own read/summarise timings. The goal (issue 13) is 20 MB in under 60 s and 2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ONSETS = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "ie"]
_CODAS = ["", "n", "r", "s", "l", "nd", "rt", "ck", "m", "th", "x"]
_FIRST = ["Amara", "Bruno", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Rosa", "Sven", "Tomas", "Uma", "Vera", "Yusuf"]
_ROLES = ["mayor", "minister", "spokesperson", "engineer", "analyst", "nurse", "union leader", "economist", "judge", "farmer", "teacher", "police chief", "researcher", "shop owner"]
_BODIES = ["city council", "health ministry", "port authority", "regional court", "water board", "transport agency", "central bank", "school district", "fire service", "weather office"]
_ACTS = ["approved", "rejected", "delayed", "announced", "questioned", "expanded", "cut", "reviewed", "defended", "suspended"]
_THINGS = ["a new budget", "the bridge repairs", "a housing plan", "the night trains", "flood barriers", "the fuel tax", "a hiring freeze", "the clinic closures", "a solar farm", "school meals", "the harbour dredging", "rent controls"]
_PLACES = ["the northern district", "the old harbour", "the river valley", "the eastern suburbs", "the market square", "the industrial park", "the coastal villages", "the university quarter"]
_DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "this month", "overnight", "late on Sunday"]
_FEELINGS = ["worried", "relieved", "angry", "hopeful", "surprised", "tired", "cautious"]
_UNITS = ["households", "workers", "pupils", "passengers", "patients", "families", "businesses"]

_TEMPLATES = [
    "The {body} {act} {thing} {day}, a decision that affects about {num} {unit} in {place}.",
    "{name}, {a_role} in {place}, said the change came {ratio} than expected.",
    '"We are {feeling} about {thing}," said {name}, who has worked as {a_role} for {small} years.',
    "Officials estimate the cost at {money} million, up from {money2} million a year ago.",
    "Residents of {place} {act2} the plan at a meeting {day}, and {name} asked for a second vote.",
    "According to the {body}, {pct} percent of {unit} in {place} were affected by {thing}.",
    "{name} told reporters that {thing} would be {act} unless the {body} found {money} million more.",
    "The dispute over {thing} began in {year}, when the {body} first {act} a similar proposal.",
    "Critics say the {body} has {act} {thing} too often, while supporters point to {num} new jobs.",
    "By the end of the day, {num} {unit} had signed a letter to {name}, the {role}.",
    "A report from the {body} found that {thing} in {place} cost {money} million over {small} years.",
    "{name} and {name2} met {day} to discuss {thing}, but neither would comment afterwards.",
]


def _invented(rng: random.Random) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(rng.randint(2, 3))).capitalize()


def _name(rng: random.Random, people: list[str]) -> str:
    # Mostly recurring people, sometimes a new one: the cast (and the vocabulary) keeps growing.
    if not people or rng.random() < 0.15:
        people.append(f"{rng.choice(_FIRST)} {_invented(rng)}")
    return rng.choice(people[-200:]) if rng.random() < 0.8 else rng.choice(people)


def _sentence(rng: random.Random, people: list[str]) -> str:
    return rng.choice(_TEMPLATES).format(
        body=rng.choice(_BODIES),
        act=rng.choice(_ACTS),
        act2=rng.choice(_ACTS),
        thing=rng.choice(_THINGS),
        day=rng.choice(_DAYS),
        num=f"{rng.randint(2, 90_000):,}",
        unit=rng.choice(_UNITS),
        place=rng.choice(_PLACES),
        name=_name(rng, people),
        name2=_name(rng, people),
        role=(role := rng.choice(_ROLES)),
        a_role=("an " if role[0] in "aeiou" else "a ") + role,
        ratio=rng.choice(["sooner", "later", "faster", "slower"]),
        feeling=rng.choice(_FEELINGS),
        small=rng.randint(2, 30),
        money=rng.randint(2, 900),
        money2=rng.randint(2, 900),
        pct=rng.randint(2, 98),
        year=rng.randint(1990, 2023),
    )


def make_article(size_bytes: int, seed: int = 13) -> str:
    """A headline and paragraphs of 2-6 sentences: at most `size_bytes` of UTF-8 text in all."""
    rng = random.Random(seed)
    people: list[str] = []
    parts = [f"{rng.choice(_BODIES).title()} {rng.choice(_ACTS)} {rng.choice(_THINGS)} in {rng.choice(_PLACES)}"]
    size = len(parts[0]) + 1
    while True:
        paragraph = " ".join(_sentence(rng, people) for _ in range(rng.randint(2, 6)))
        if size + len(paragraph.encode("utf-8")) + 2 > size_bytes:  # never past the size, so 20 MB fits the limit
            return "\n\n".join(parts) + "\n"
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2


def run_one(path: Path | list[Path], extra: list[str]) -> dict:
    """Summarise `path` (or several paths, --together) in a fresh process; its wall time, peak RSS and reported stats."""
    paths = path if isinstance(path, list) else [path]
    command = [sys.executable, "-m", "summarizer", *map(str, paths), "--format", "json", *extra]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err)
        # wait4 gives this one child's own peak RSS, not the maximum over every child so far.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    row: dict = {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),  # steadier than wall time on a busy machine
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "exit": process.returncode,
    }
    if process.returncode == 0:
        stats = json.loads(stdout)["stats"]
        row["sentences"] = stats["sentences_in"]
        row["timing_ms"] = stats.get("timing_ms", {})
    else:
        lines = stderr.decode("utf-8", "replace").strip().splitlines()
        row["error"] = lines[-1] if lines else ""
        row["traceback"] = any(line.startswith("Traceback") for line in lines)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 5, 20], help="article sizes in MB")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--keep", type=Path, help="write the generated articles here and keep them")
    parser.add_argument("--together", type=int, default=0, metavar="N", help="cut each article into N files and summarise them --together")
    parser.add_argument("extra", nargs="*", help="more `summarize` options, after --")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="big_inputs_"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'MB':>6} {'sentences':>10} {'seconds':>8} {'cpu s':>7} {'peak MB':>8}  read s  summarise s")
    for mb in sorted(args.sizes):
        path = folder / f"article_{mb:g}mb.txt"
        if not path.exists():
            path.write_text(make_article(int(mb * 1024 * 1024), args.seed), encoding="utf-8")
        if args.together > 1:
            paragraphs = path.read_text(encoding="utf-8").split("\n\n")
            step = -(-len(paragraphs) // args.together)
            pieces = []
            for k in range(args.together):
                piece = folder / f"article_{mb:g}mb_part{k + 1}.txt"
                piece.write_text("\n\n".join(paragraphs[k * step : (k + 1) * step]), encoding="utf-8")
                pieces.append(piece)
            row = run_one(pieces, [*args.extra, "--together"])
        else:
            row = run_one(path, args.extra)
        timing = row.get("timing_ms", {})
        if row["exit"] == 0:
            print(
                f"{mb:>6g} {row['sentences']:>10,} {row['seconds']:>8.1f} {row['cpu_seconds']:>7.1f} {row['peak_rss_mb']:>8.0f}"
                f"  {timing.get('read', 0) / 1000:>6.1f}  {timing.get('summarize', 0) / 1000:>11.1f}"
            )
        else:
            kind = "TRACEBACK" if row["traceback"] else "error"
            print(f"{mb:>6g} {'-':>10} {row['seconds']:>8.1f} {row['cpu_seconds']:>7.1f} {row['peak_rss_mb']:>8.0f}  exit {row['exit']} ({kind}): {row['error']}")
        sys.stdout.flush()
    if args.keep is None:
        for path in folder.iterdir():
            os.unlink(path)
        folder.rmdir()


if __name__ == "__main__":
    main()
