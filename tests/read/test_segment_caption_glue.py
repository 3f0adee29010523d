"""A photo caption that a scraped page runs into the next sentence with no end mark between them
is its own sentence (segment._split_caption_glue), so that neither the caption nor a line that
holds one becomes a summary line."""

from __future__ import annotations

import pytest

from summarizer.read.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_caption_glued_to_the_next_sentence_is_split() -> None:
    text = (
        "Volunteers carry sandbags along the flooded towpath near the old mill "
        "The river rose by two metres overnight, the county council said. It is expected to fall by Friday."
    )
    assert _sentences(text) == [
        "Volunteers carry sandbags along the flooded towpath near the old mill",
        "The river rose by two metres overnight, the county council said.",
        "It is expected to fall by Friday.",
    ]


def test_caption_ending_in_pictured_and_a_sentence_opening_with_a() -> None:
    text = "Harbour master Ilse Brandt (pictured) A ferry ran aground off the north pier on Sunday morning."
    assert _sentences(text) == ["Harbour master Ilse Brandt (pictured)", "A ferry ran aground off the north pier on Sunday morning."]


@pytest.mark.parametrize(
    "text",
    [
        "The trainer told The Daily Courier that the horse would run again next season.",  # a name after a verb
        "She wrote to the board of The harbour trust about the new berths for the ferries.",  # a stopword before it
        "The surveyors marked the plots on the map as A and B before the sale went ahead.",  # labels
        "The home side finished top of Group A while the visitors went out in the first round.",  # a label after a capital
        "Short caption The end.",  # too few words on one side to be a caption
        "The station aired a documentary called A day on the harbour wall last night.",  # a title
        "She starred in a film titled The last summer of the old town before moving to the stage.",
    ],
)
def test_article_inside_a_sentence_is_no_glue(text: str) -> None:
    assert _sentences(text) == [text]


def test_other_languages_keep_their_sentences() -> None:
    text = "Le maire a inauguré le nouveau pont sur la rivière The bridge était attendu depuis dix ans."
    assert len(sentence_spans(text, language="french")) == 1


def test_video_notice_glued_to_the_next_sentence_is_furniture_of_its_own() -> None:
    from summarizer import Summarizer

    text = (
        "Media playback is not supported on this deviceThe visitors held on for a draw at Kingsmead after "
        "losing three wickets in the final hour. Rain had cut the second day's play to 40 overs. "
        "The fourth test starts in Durban on Thursday."
    )
    assert _sentences(text)[:2] == [
        "Media playback is not supported on this device",
        "The visitors held on for a draw at Kingsmead after losing three wickets in the final hour.",
    ]
    lines = [line.text for line in Summarizer().summarize(text).lines]
    assert lines and not any("Media playback" in line for line in lines)
