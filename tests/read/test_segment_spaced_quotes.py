"""A double quote standing alone between spaces after a sentence's end (text written with its marks
apart, as tokenised corpora and some scraped pages have it), which Punkt leaves at the end of the
sentence before, opens the next sentence where the marks around it say so: it closes no quotation a
mark before it plainly opened, and a later mark plainly closes it. Where they do not tell, it stays.
English keeps its own rule, tuned on its news."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_spaced_opening_quote_starts_the_next_sentence() -> None:
    estonian = ["Vanaema istus akna all ja kudus sukka.", "“ Mul pole kiiret kuhugi, ” ütles ta.", "Õues sadas lund."]
    assert _split(" ".join(estonian), "estonian") == estonian
    romanian = ["Primarul a vizitat școala ieri.", '" Copiii merită clase calde " , a spus el.']
    assert _split(" ".join(romanian), "romanian") == romanian


def test_spaced_closing_quote_stays_with_its_sentence() -> None:
    # The quotation opened with '"Ei' (against its word) is still open: the spaced quote closes it.
    estonian = ['"Ei tea.', 'Homme sõidan linna. "', "Naaber noogutas vaikselt."]
    assert _split(" ".join(estonian), "estonian") == estonian
    german = ["Er rief: „Kommt schnell.", "Es brennt. “", "Niemand antwortete ihm."]
    assert _split(" ".join(german), "german") == german


def test_closing_quote_before_a_speech_tag_goes_on() -> None:
    one = 'Ông ấy nói : " Tôi mệt lắm rồi ... " - người thợ kể .'
    assert [s for s in _split(one, "vietnamese") if s.endswith('" - người thợ kể .')]


def test_quote_with_nothing_to_close_it_is_left_where_it_was() -> None:
    # No later mark closes the quote after "kohal.": nothing tells its side, and Punkt's reading stays.
    text = 'Kõik olid kohal. " Algul oli raske.'
    assert _split(text, "estonian") == ['Kõik olid kohal. "', "Algul oli raske."]


def test_english_keeps_the_quote_with_the_sentence_before() -> None:
    text = '"He was kind," said Smith. " He came back every winter."'
    assert _split(text, "english") == ['"He was kind," said Smith. "', 'He came back every winter."']
