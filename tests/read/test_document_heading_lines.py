"""A heading inside a block of lines (a subheading, a caption credit, a label) stands on its own
when the text is not hard-wrapped: a short line with no final mark before a line that opens in a
capital is its own paragraph, not the start of the sentence after it. A line that a sentence goes
on from (a lowercase next line, a final comma or a word no sentence stops on) stays joined, and so
does a German line ending on a lowercase word before a noun."""

from __future__ import annotations

from summarizer.read.document import build_document
from summarizer.read.raw import RawText


def _sentences(text: str, language: str) -> list[str]:
    document = build_document(RawText(text, "<test>"), language)
    return [s.text for s in document.sentences]


def test_heading_line_in_a_block_is_its_own_sentence() -> None:
    text = (
        "Brannen i havna\nBrannvesenet rykket ut i natt. Ingen ble skadd.\n\n"
        "Frykter nye stengninger\nFiskerne er bekymret for vinteren. De vil ha svar.\n\n"
        "Foto: Kari Nordmann\nNeste møte holdes i mars.\n"
    )
    assert _sentences(text, "norwegian") == [
        "Brannvesenet rykket ut i natt.",
        "Ingen ble skadd.",
        "Frykter nye stengninger",
        "Fiskerne er bekymret for vinteren.",
        "De vil ha svar.",
        "Foto: Kari Nordmann",
        "Neste møte holdes i mars.",
    ]
    portuguese = "Título da notícia\nO texto começa aqui.\n\nChuva forte no Porto\nA cidade ficou sem luz durante a noite.\n"
    assert _sentences(portuguese, "portuguese")[-2:] == ["Chuva forte no Porto", "A cidade ficou sem luz durante a noite."]


def test_line_that_a_sentence_goes_on_from_stays_joined() -> None:
    text = "Overskrift\nIntro her.\n\nKommunen har bestemt at\nskolen skal stenges.\n\nStyret møttes i går,\nOg alle var enige.\n"
    assert _sentences(text, "norwegian") == ["Intro her.", "Kommunen har bestemt at\nskolen skal stenges.", "Styret møttes i går,\nOg alle var enige."]


def test_german_line_ending_lowercase_before_a_noun_stays_joined() -> None:
    text = "Überschrift\nEinleitung hier.\n\nDer Bund zahlt für marode\nAutobahnbrücken jedes Jahr mehr.\n\nNeue Pläne vorgestellt\nDie Stadt will bauen.\n"
    assert _sentences(text, "german") == [
        "Einleitung hier.",
        "Der Bund zahlt für marode\nAutobahnbrücken jedes Jahr mehr.",
        "Neue Pläne vorgestellt",
        "Die Stadt will bauen.",
    ]
