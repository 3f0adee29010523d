"""The guard's checker loads what it needs (a parser) while the model writes, not after."""

from __future__ import annotations

import threading
import time

from summarizer import Summarizer
from summarizer.verify.checkers import RelationChecker

from fake_backends import ScriptedBackend

ARTICLE = """Harbour ferry service resumes

Ferry crossings between Portvale and Saltmarsh Island resumed on Friday after a three-day halt.

About 2,400 passengers had been stranded on the island since Tuesday.

Repairs to the pier cost an estimated 310,000 euros.
"""


class PreparedChecker(RelationChecker):
    def __init__(self):
        super().__init__(parser="off")
        self.prepared = threading.Event()
        self.languages: set[str] = set()

    def prepare(self, languages):
        self.languages = set(languages)
        self.prepared.set()


def test_the_checker_is_prepared_in_another_thread_while_the_model_writes():
    checker = PreparedChecker()
    seen_while_writing: list[bool] = []

    def write(text: str) -> str:
        # The model is still writing: the checker was asked to get ready meanwhile, not afterwards.
        seen_while_writing.append(checker.prepared.wait(timeout=10))
        return "Ferry crossings resumed on Friday after a three-day halt."

    summarizer = Summarizer(mode="abstractive", sentences=1)
    summarizer.abstractive.attach(ScriptedBackend(write), "scripted")
    summarizer.abstractive._checker = checker
    summary = summarizer.summarize(ARTICLE)
    assert seen_while_writing == [True]
    assert checker.languages == {"english"}
    assert summary.lines and summary.lines[0].citations


def test_a_checker_that_fails_to_prepare_still_checks_in_the_callers_thread():
    class Failing(PreparedChecker):
        def prepare(self, languages):
            raise RuntimeError("no parser today")

    summarizer = Summarizer(mode="abstractive", sentences=1)
    summarizer.abstractive.attach(ScriptedBackend(lambda text: "Ferry crossings resumed on Friday after a three-day halt."), "scripted")
    summarizer.abstractive._checker = Failing()
    summary = summarizer.summarize(ARTICLE)
    assert summary.lines and summary.stats["guard"]["kept"] == 1


def test_prepare_loads_the_parser_once_for_all_threads(monkeypatch):
    from summarizer.verify import parser

    loads: list[str] = []
    release = threading.Event()

    def slow_load(language):
        loads.append(language)
        release.wait(timeout=10)
        return None

    monkeypatch.setattr(parser, "_load_parser", __import__("functools").lru_cache(maxsize=8)(slow_load))
    threads = [threading.Thread(target=RelationChecker(parser="auto").prepare, args=({"english"},)) for _ in range(3)]
    for thread in threads:
        thread.start()
    while not loads:  # the first load has begun; give the others time to ask meanwhile
        time.sleep(0.01)
    time.sleep(0.3)
    release.set()
    for thread in threads:
        thread.join(timeout=10)
    assert loads == ["english"]
