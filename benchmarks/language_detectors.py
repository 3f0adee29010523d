"""Language detectors compared on Universal Dependencies text: the label `summarize` reports
(py3langid over all its languages, with the shortcut for plain English), py3langid alone
and, when installed, lingua (`pip install lingua-language-detector`), on 10-sentence paragraphs
(an article's worth of evidence) and on single sentences.

    python benchmarks/language_detectors.py /tmp/ud/de_gsd-ud-test.conllu:de /tmp/ud/fr_gsd-ud-test.conllu:fr ...
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def texts(path: Path, group: int, limit: int) -> list[str]:
    sentences = [line[len("# text =") :].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text =")]
    return [" ".join(sentences[i : i + group]) for i in range(0, len(sentences) - group + 1, group)][:limit]


def detectors(codes: list[str]) -> dict[str, Callable[[str], str | None]]:
    import py3langid

    from summarizer import lang
    from summarizer.read.language import detect_language

    found: dict[str, Callable[[str], str | None]] = {
        "summarize": lambda text: lang.get(detect_language(text)[0]).code,  # the label it reports
        "py3langid": lambda text: py3langid.classify(text)[0],
    }
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:
        return found

    def named(detector):
        def detect(text: str) -> str | None:
            language = detector.detect_language_of(text)
            return language.iso_code_639_1.name.lower() if language else None

        return detect

    started = time.perf_counter()
    every = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()
    print(f"lingua, all languages, loaded in {time.perf_counter() - started:.1f} s")
    chosen = LanguageDetectorBuilder.from_iso_codes_639_1(*(IsoCode639_1.from_str(c) for c in codes)).build()
    found["lingua (all)"] = named(every)
    found[f"lingua ({len(codes)} languages)"] = named(chosen)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="PATH:ISO_CODE")
    parser.add_argument("--limit", type=int, default=200, help="texts per file and shape")
    args = parser.parse_args()
    files = [(Path(p), code) for p, _, code in (item.rpartition(":") for item in args.files)]
    found = detectors([code for _, code in files])
    for detect in found.values():
        detect("A first call loads the model; it is not timed.")
    for group, shape in ((10, "10-sentence paragraphs"), (1, "single sentences")):
        print(f"\n{shape}: accuracy per language, then overall and ms per text")
        totals = {name: [0, 0, 0.0] for name in found}
        for path, code in files:
            items = texts(path, group, args.limit)
            row = []
            for name, detect in found.items():
                started = time.perf_counter()
                right = sum(detect(text) == code for text in items)
                totals[name][0] += right
                totals[name][1] += len(items)
                totals[name][2] += time.perf_counter() - started
                row.append(f"{name} {right / max(1, len(items)):.3f}")
            print(f"  {code} ({len(items)}): " + ", ".join(row))
        for name, (right, count, seconds) in totals.items():
            print(f"  {name}: {right / max(1, count):.3f}, {1000 * seconds / max(1, count):.2f} ms")


if __name__ == "__main__":
    main()
