"""Run one `Summarizer` from several threads and compare with a serial run; print a JSON verdict.

    python threaded_run.py THREADS OPTIONS_JSON ARTICLE...

Run as a script (a crash inside a model library kills only this process): exit 0 with
``{"same": true, ...}`` when every threaded summary equals the serial one.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import Any


def comparable(summary: Any) -> dict[str, Any]:
    """A summary as JSON, less what measures time."""
    data = summary.to_dict()
    stats = data.get("stats", {})
    stats.pop("timing_ms", None)
    if isinstance(stats.get("generation"), dict):
        stats["generation"].pop("seconds", None)
    return data


def run(threads: int, options: dict[str, Any], texts: list[str]) -> dict[str, Any]:
    from summarizer import Summarizer

    with Summarizer(**options) as serial_summarizer:
        serial = [comparable(serial_summarizer.summarize(text)) for text in texts]
    results: dict[tuple[int, int], Any] = {}
    errors: list[str] = []
    start = threading.Barrier(threads)
    with Summarizer(**options) as shared:

        def work(worker: int) -> None:
            start.wait()
            # Each thread goes through the documents from a different starting point.
            for step in range(len(texts)):
                index = (step + worker) % len(texts)
                try:
                    results[(worker, index)] = comparable(shared.summarize(texts[index]))
                except Exception as exc:  # noqa: BLE001 - reported, and the comparison fails
                    errors.append(f"{type(exc).__name__}: {exc}")

        pool = [threading.Thread(target=work, args=(w,)) for w in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
    different = sorted(f"thread {w} document {i}" for (w, i), data in results.items() if data != serial[i])
    return {"same": not errors and not different and len(results) == threads * len(texts), "errors": errors[:3], "different": different[:5]}


if __name__ == "__main__":
    verdict = run(int(sys.argv[1]), json.loads(sys.argv[2]), [Path(p).read_text(encoding="utf-8") for p in sys.argv[3:]])
    print(json.dumps(verdict))
    sys.exit(0 if verdict["same"] else 1)
