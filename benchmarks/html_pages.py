"""What --format html costs a batch: 50 articles as pages plus index.html, against text files.

    python benchmarks/html_pages.py ../shared/data/cnndm_dev250.jsonl [--articles 50] [--repeats 3]

Takes the first N rows of a JSONL file with an ``article`` (or ``text``) field, writes each as a
.txt file in a temporary folder (nothing is copied into the repository), and runs the same batch
(one worker, this process) once per format, alternating formats, `--repeats` times. Prints the
best wall time of each, the ratio html/text, the rendering time alone per article, and the
page sizes. Without a JSONL file the repository's samples are repeated to make up N articles.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.batch.runner import BatchConfig, run_batch  # noqa: E402
from summarizer.options import Options  # noqa: E402


def articles(path: Path | None, count: int) -> list[str]:
    if path is None:
        samples = sorted((ROOT / "samples").glob("*.txt"))
        return [samples[i % len(samples)].read_text(encoding="utf-8") for i in range(count)]
    found = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            row = json.loads(line)
            found.append(row.get("article") or row["text"])
            if len(found) == count:
                break
    return found


def timed_batch(inputs: Path, out: Path, fmt: str, options: Options) -> float:
    started = time.perf_counter()
    report = run_batch(BatchConfig((inputs,), out, options, fmt, workers=1, force=True))
    assert report.failed == 0, report.summary_line()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", nargs="?", type=Path, help="rows with an 'article' or 'text' field")
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    texts = articles(args.jsonl, args.articles)
    options = Options(language="english")  # the same reading for both formats; detection is not measured here
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for number, text in enumerate(texts):
            (inputs / f"article-{number:03d}.txt").write_text(text, encoding="utf-8")
        timed_batch(inputs, Path(tmp) / "warm", "text", options)  # loads models and caches once
        seconds: dict[str, list[float]] = {"text": [], "html": []}
        for _ in range(args.repeats):
            for fmt in seconds:
                seconds[fmt].append(timed_batch(inputs, Path(tmp) / fmt, fmt, options))
        pages = sorted((Path(tmp) / "html").glob("article-*.html"))
        assert len(pages) == len(texts) and (Path(tmp) / "html" / "index.html").exists()
        sizes = [p.stat().st_size / 1024 for p in pages]
        index_kb = (Path(tmp) / "html" / "index.html").stat().st_size / 1024

        from summarizer import Summarizer
        from summarizer.render.html import render_html

        summaries = [Summarizer(options).summarize(p) for p in sorted(inputs.glob("*.txt"))]
        started = time.perf_counter()
        for summary in summaries:
            render_html(summary)
        render_ms = (time.perf_counter() - started) * 1000 / len(summaries)
    best = {fmt: min(values) for fmt, values in seconds.items()}
    print(f"{len(texts)} articles, best of {args.repeats} runs (one worker)")
    for fmt, value in best.items():
        print(f"  {fmt:5s} {value:6.2f} s  (runs: {', '.join(f'{v:.2f}' for v in seconds[fmt])})")
    print(f"  html/text wall-time ratio: {best['html'] / best['text']:.2f}")
    print(f"  render_html alone: {render_ms:.2f} ms per article")
    print(f"  page size: median {statistics.median(sizes):.1f} KB, max {max(sizes):.1f} KB; index.html {index_kb:.1f} KB")


if __name__ == "__main__":
    main()
