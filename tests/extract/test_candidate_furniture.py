"""Page furniture never becomes a summary line while a real sentence is left; news sentences that
merely mention a date, a photo or a newsletter keep their full weight.

Each case is a short invented article with the furniture placed first in its body, where the
position prior would favour it most.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Summarizer
from summarizer.extract.candidates import TRUNCATED_WEIGHT, Candidate, assess, candidate_weights

TITLE = "New cranes reach the port of Wexmouth"
BODY = [
    "Three container cranes arrived at the port of Wexmouth on Saturday after a six-week voyage from the builder's yard.",
    "The cranes, each taller than the town's cathedral, will double the number of ships the port can unload at once.",
    "Port officials said the first of them would start work in the autumn once engineers have finished testing.",
    "The project cost about 90 million pounds, most of it paid by a regional development fund.",
    "Dock workers' unions welcomed the investment but asked for training places for younger staff.",
]
SUMMARY_SENTENCES = 3  # fewer than the real sentences, so furniture is never needed to fill it

TIMESTAMPS = [
    "Updated 7:15 PM BST, Mon March 3, 2025",
    "Posted on March 3, 2025 by webdesk",
    "First published 45 minutes ago",
    "2024-11-02T08:05:31Z | updated 2024-11-02T09:40:12Z | 4 min read",
    "Last modified on Sunday: 02/11/2024 08:05 UTC",
    "Published Monday 3 March 2025, 11.20 GMT",
]
CAPTIONS_AND_CREDITS = [
    "(Photo: Harbour Wire/Lena Park for the Wexmouth Gazette)",
    "Photograph by Lena Park / Coastline Press Agency",
    "Image credit: Lena Park, Wexmouth Port Authority",
    "Lena Park/Getty Images for Wexmouth Port Authority",
    "AP Photo/Lena Park for the Wexmouth Gazette, File",
]
MARKDOWN_FURNITURE = [
    "*By Omar Reyes | Transport Correspondent*",
    "**By Omar Reyes and Ada Quill**",
    "**Read more:** [Wexmouth jobs fair draws record crowds](https://example.org/jobs)",
    "**Sign up to get the port briefing in your inbox**",
    "_Share this story with someone who works at the docks_",
]
READER_PROMPTS = [
    "Send your questions about the port to the newsroom using this form.",
    "Click through for the whole gallery of the arrival.",
    "Get the latest port news delivered to your inbox every morning.",
    "Download the app to follow every ship arriving at Wexmouth.",
    "This article was originally published by the Wexmouth Gazette.",
]
TEASERS = [
    "Dock workers say the new cranes will change the way the port runs and could bring back night shifts [...]",
    "Engineers spent the whole weekend checking the giant machines for damage after the long crossing at sea […]",
    "Residents gathered on the sea wall to watch the barge come in, and some had waited since before dawn (...)",
]


def write_article(tmp_path: Path, furniture: str, suffix: str = ".txt") -> Path:
    heading = f"# {TITLE}" if suffix == ".md" else TITLE
    path = tmp_path / f"article{suffix}"
    path.write_text("\n\n".join([heading, furniture, *BODY]) + "\n", encoding="utf-8")
    return path


def chosen_furniture(path: Path, furniture: str) -> list[str]:
    """The chosen lines whose source sentence lies inside the furniture's span."""
    summarizer = Summarizer(sentences=SUMMARY_SENTENCES)
    document = summarizer.read(path)
    start = document.text.index(furniture)
    end = start + len(furniture)
    inside = {s.index for s in document.sentences if s.start < end and s.end > start}
    assert inside, "the furniture must be read as a sentence of the body"
    summary = summarizer.summarize_document(document)
    assert len(summary.lines) == SUMMARY_SENTENCES
    return [line.text for line in summary.lines if line.citations[0].sentence in inside]


@pytest.mark.parametrize("furniture", TIMESTAMPS + CAPTIONS_AND_CREDITS + READER_PROMPTS + TEASERS)
def test_candidates_furniture_never_chosen_in_text(tmp_path: Path, furniture: str) -> None:
    assert chosen_furniture(write_article(tmp_path, furniture), furniture) == []


@pytest.mark.parametrize("furniture", MARKDOWN_FURNITURE)
def test_candidates_furniture_never_chosen_in_markdown(tmp_path: Path, furniture: str) -> None:
    assert chosen_furniture(write_article(tmp_path, furniture, ".md"), furniture) == []


def test_candidates_markdown_picture_line_is_no_sentence(tmp_path: Path) -> None:
    picture = "![Three cranes on a barge entering Wexmouth harbour at sunset](https://example.org/cranes.jpg)"
    document = Summarizer().read(write_article(tmp_path, picture, ".md"))
    assert not any("cranes.jpg" in s.text or "sunset" in s.text for s in document.sentences)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_candidates_repeated_headline_never_chosen(tmp_path: Path, suffix: str) -> None:
    # The headline printed again under itself, in another case and with a full stop.
    repeated = TITLE.upper() + "."
    path = write_article(tmp_path, repeated, suffix)
    assert Summarizer().read(path).title == TITLE
    assert chosen_furniture(path, repeated) == []


def test_candidates_repeated_sentence_sinks_but_first_copy_stays() -> None:
    line = "Crowds lined the harbour wall to watch the first crane being lifted ashore."
    text = " ".join([BODY[0], line, BODY[1], BODY[2], line.upper()])
    document = Summarizer().read(text)
    weights = [c.weight for c in candidate_weights(document)]
    assert weights[1] == 1.0 and weights[4] == 0.0


def test_candidates_bare_ellipsis_closing_a_paragraph_sinks_only_there() -> None:
    cut = "Port officials expect the cranes to handle their first ships in the autumn, though…"
    text = f"{cut}\n\n" + "\n\n".join(BODY)
    document = Summarizer().read(text)
    assert candidate_weights(document)[0].weight == TRUNCATED_WEIGHT
    summary = Summarizer(sentences=1).summarize_document(document)
    assert summary.lines[0].citations[0].sentence != 0
    # Inside a paragraph, or inside a quote, an ellipsis is the writer's or the speaker's pause.
    inside = Summarizer().read(f"{cut} {BODY[0]}\n\n{BODY[1]}")
    quoted = Summarizer().read(f'"We will see what the autumn brings…" the harbour master said.\n\n{BODY[1]}')
    assert candidate_weights(inside)[0].weight == 1.0
    assert candidate_weights(quoted)[0].weight == 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "The council published its harbour budget on June 19, 2025, two weeks later than planned.",
        "Updated flood maps released on Monday put 2,000 more homes in the valley at risk.",
        "Photos by a neighbour show the roof of the school collapsing shortly after 3 a.m.",
        "Getty Images agreed on Tuesday to buy a smaller photo agency for $30 million.",
        "A photographer for the Wexmouth Gazette was injured when the barrier gave way.",
        "By the end of June, 2,000 homes had been connected to the new water main.",
        "Subscribers to the town's newsletter were told about the road closures on Friday.",
        "Read the report and you will see why the board changed course, the chairwoman said.",
        "Follow-up inspections found cracks in three of the crane's eight support legs.",
        "On March 3, 2025 at 7 p.m. the last ferry left the old terminal for good.",
        "This summer the port expects its busiest season since the cranes were ordered.",
    ],
)
def test_candidates_news_sentences_keep_full_weight(sentence: str) -> None:
    assert assess(sentence) == Candidate(1.0, None)


def test_quote_spans_are_found_per_sentence_as_a_plain_scan_would() -> None:
    import random

    from summarizer.extract.candidates import _overlapping
    from summarizer.types import Sentence

    rng = random.Random(7)
    spans, position = [], 0
    for _ in range(300):
        start = position + rng.randint(0, 40)
        end = start + rng.randint(1, 60)
        spans.append((start, end))
        position = end
    ends = [b for _a, b in spans]
    for _ in range(500):
        start = rng.randint(0, position)
        sentence = Sentence(0, start, start + rng.randint(1, 200), 0, "")
        expected = [(a, b) for a, b in spans if a < sentence.end and b > sentence.start]
        assert _overlapping(spans, ends, sentence) == expected


@pytest.mark.parametrize(
    "piece", ["a pay rise of 6% for dock workers this year,", "an end to zero-hours contracts for crane operators, and", "new training places for younger staff;"]
)
def test_candidates_a_list_item_that_goes_on_in_the_next_is_a_piece(piece: str) -> None:
    # "Their demands include:" then one sentence set out as a list: its items are not statements
    assert assess(piece) == Candidate(0.0, "fragment")


def test_candidates_a_listed_sentence_gives_no_piece_as_a_line(tmp_path: Path) -> None:
    items = ["a pay rise of 6% for dock workers this year,", "an end to zero-hours contracts for crane operators, and", "new training places for younger staff."]
    path = tmp_path / "article.md"
    path.write_text("\n\n".join([f"# {TITLE}", BODY[0], "Their demands include:\n\n" + "\n".join(f"- {i}" for i in items), *BODY[1:]]) + "\n", encoding="utf-8")
    lines = [line.text for line in Summarizer(sentences=5).summarize(path).lines]
    assert not any(item in lines for item in items), lines  # the last piece ends in a full stop, and is a piece all the same


def test_candidates_a_sentence_opening_in_lowercase_keeps_its_weight() -> None:
    assert assess("iPhone sales rose 5% in the quarter, the company said on Tuesday.") == Candidate(1.0, None)
