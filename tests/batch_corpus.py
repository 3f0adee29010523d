"""Made-up news articles for batch tests: sentences composed from word lists, seeded, never real text."""

from __future__ import annotations

import json
import random
from pathlib import Path

SUBJECTS = ["The council", "Local farmers", "The transport minister", "Hospital staff", "A group of teachers",
            "The harbour authority", "Residents of the valley", "The city's largest employer", "Regional police",
            "The weather service", "Two opposition parties", "A panel of engineers"]
VERBS = ["announced", "rejected", "delayed", "approved", "questioned", "welcomed", "criticised", "proposed",
         "reviewed", "postponed", "defended", "funded"]
OBJECTS = ["a plan to rebuild the old bridge", "new rules for night buses", "the budget for school repairs",
           "a study of river pollution", "higher fees for parking", "the merger of two clinics",
           "a tax on empty homes", "longer opening hours for libraries", "a ban on plastic packaging",
           "the closure of a rural station", "pay rises for nurses", "a new flood barrier"]
TAILS = ["on Monday", "after a long debate", "despite protests outside", "in a vote of nine to four",
         "following complaints from shop owners", "ahead of the winter", "for the second time this year",
         "without giving a reason", "at a packed public meeting", "after months of talks"]


def article(seed: int, sentences: int = 8, paragraphs: int = 3) -> str:
    rng = random.Random(seed)
    title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    body = []
    for _ in range(paragraphs):
        body.append(" ".join(
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
            for _ in range(max(1, sentences // paragraphs))
        ))
    return title + "\n\n" + "\n\n".join(body) + "\n"


def html_page(seed: int, sentences: int = 8) -> str:
    text = article(seed, sentences)
    title, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
    ps = "".join(f"<p>{p.strip()}</p>\n" for p in paragraphs)
    return (f"<html><head><title>{title}</title><meta name='author' content='Reporter {seed}'></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>\n{ps}</article>"
            f"<footer>All rights reserved</footer></body></html>")


def make_folder(root: Path, good: int, bad: int = 0, sentences: int = 8) -> dict[str, list[str]]:
    """`good` readable articles (txt, md and html, some nested) and `bad` broken inputs of different kinds."""
    made: dict[str, list[str]] = {"good": [], "bad": []}
    for i in range(good):
        sub = root / f"section{i % 4}" / ("deep" if i % 7 == 0 else "")
        kind = ("txt", "md", "html")[i % 3]
        path = sub / f"story{i:04d}.{kind}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html_page(i, sentences) if kind == "html" else article(i, sentences), encoding="utf-8")
        made["good"].append(path.relative_to(root).as_posix())
    makers = [
        ("empty.txt", b""),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20),
        ("latin1.txt", "Caf\u00e9 prices rose sharply in the town centre this week.".encode("latin-1")),
        ("nothing.html", b"<html><head></head><body><nav></nav></body></html>"),
        ("spaces.md", b"   \n\n   \n"),
    ]
    for i in range(bad):
        name, data = makers[i % len(makers)]
        path = root / "broken" / f"{i:02d}-{name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        made["bad"].append(path.relative_to(root).as_posix())
    return made


def make_jsonl(path: Path, rows: int, broken_lines: tuple[int, ...] = (), text_field: str = "text") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as stream:
        for i in range(rows):
            if i in broken_lines:
                stream.write('{"id": "broken", "text": "cut off\n')
                continue
            stream.write(json.dumps({"id": f"doc/{i}", text_field: article(1000 + i)}) + "\n")
