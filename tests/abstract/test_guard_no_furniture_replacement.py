"""The guard never puts page furniture in the summary: a generated line it replaces gets a source
sentence a reader would be shown, not a caption glued to its sentence."""

from __future__ import annotations

from summarizer import Summarizer
from summarizer.extract.candidates import furniture

from fake_backends import ScriptedBackend

# Written for this test.
ARTICLE = """Harbour ferry service resumes

Scroll down for video Back at sea: the ferry Kestrel leaves Portvale harbour for Saltmarsh Island on Friday morning after the three-day strike ended.

Ferry crossings between Portvale and Saltmarsh Island resumed on Friday after a three-day strike by deckhands.

About 2,400 passengers had been stranded on the island since Tuesday, the operator said.

Repairs to the pier cost an estimated 310,000 euros.
"""
# The wrong day: the guard must replace or drop it.
WRONG = "The ferry Kestrel left Portvale harbour for Saltmarsh Island on Monday morning after the three-day strike ended."


def test_the_caption_is_furniture_to_begin_with():
    assert furniture(ARTICLE.split("\n\n")[1]) is not None


def test_a_replaced_line_is_never_the_caption_glued_to_its_sentence():
    summarizer = Summarizer(mode="abstractive", sentences=1)
    summarizer.abstractive.attach(ScriptedBackend(lambda text: WRONG), "scripted")
    summary = summarizer.summarize(ARTICLE)
    guard = summary.stats["guard"]
    assert guard["kept"] == 0 and guard["replaced"] + guard["dropped"] == 1
    assert all("Scroll down" not in line.text and "Back at sea" not in line.text for line in summary.lines)
