"""A smiley standing alone ends a sentence that has no end mark, as web posts write them: before a
capital the next sentence starts. Before a lowercase word it goes on, and a colon inside a score
or a label ("3:2 (Final)", "Note: (A)") is no smiley."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str = "english") -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_smiley_before_a_capital_ends_the_sentence() -> None:
    english = ["Friendly staff and quick service :)", "We will come again next week."]
    assert _split(" ".join(english)) == english
    estonian = ["Oleks mul ka nii :((", "Ma ise väldin kohtinguid."]
    assert _split(" ".join(estonian), "estonian") == estonian
    finnish = ["Kiitos vinkistä :D", "Kokeilen sitä huomenna."]
    assert _split(" ".join(finnish), "finnish") == finnish


def test_smiley_before_lowercase_and_colons_in_scores_go_on() -> None:
    one = "He wrote :) and went back to work."
    assert _split(one) == [one]
    score = "The ratio was 3:2 (Final) after extra time."
    assert _split(score) == [score]


def test_smiley_glued_to_an_end_mark_ends_the_sentence_before_a_capital() -> None:
    finnish = ["Neuletakki oli tosi kaunis.:)", "Huomenna menen taas kauppaan.", "Tuleeko joku mukaan?;)", "Kerro pian."]
    assert _split(" ".join(finnish), "finnish") == finnish


def test_colon_after_a_word_before_a_bracket_goes_on() -> None:
    one = "Hinnat (katso liite:) Ostoskori on tyhjä."
    assert len(_split(one, "finnish")) == 1
