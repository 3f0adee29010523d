"""A sentence that starts in lowercase: after a long word's full stop, which no abbreviation is
(a fragment cut out of a longer text), and anywhere a writer capitalises nothing (web posts and
e-mails: "are you kidding? why would you ..."). Their counterparts go on: an abbreviation's dot,
a single letter's, a number in words made an ordinal by its dot, and a lowercase word after a
stop in a paragraph whose writer capitalises."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str = "english") -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_long_word_stop_ends_a_sentence_before_lowercase() -> None:
    italian = ["Il rifugio era chiuso per la neve caduta in montagna.", "poi arrivarono i soccorritori dalla valle."]
    assert _split(" ".join(italian), "italian") == italian
    romanian = ["Podul a fost redeschis după lucrările de reparații.", "circulația se desfășoară acum normal."]
    assert _split(" ".join(romanian), "romanian") == romanian


def test_abbreviation_stop_before_lowercase_goes_on() -> None:
    italian = "Si vendono libri, dischi, giornali ecc. anche di seconda mano."
    assert _split(italian, "italian") == [italian]
    romanian = "Vezi art. alin. anterior pentru detalii."
    assert _split(romanian, "romanian") == [romanian]


def test_turkish_number_word_with_a_dot_is_an_ordinal() -> None:
    one = "Kale onikinci. yüzyılda yapıldı ve dokuz. yüzyıldan kalma duvarlar üzerinde durur."
    assert _split(one, "turkish") == [one]
    two = ["Köprü geçen yıl yeniden açıldı.", "trafik şimdi normal akıyor."]
    assert _split(" ".join(two), "turkish") == two


def test_writer_who_never_capitalises_is_split_at_every_end() -> None:
    sentences = ["are you serious?", "why would anyone buy a parrot?", "they never stop talking."]
    assert _split(" ".join(sentences)) == sentences
    # A lowercase "i" says the same of a paragraph that starts with a capital.
    post = ["Thanks for the tip.", "i tried the bakery on main street.", "the bread was great!", "going back friday."]
    assert _split(" ".join(post)) == post


def test_writer_who_never_capitalises_keeps_initials_and_abbreviations() -> None:
    post = "we met at 10 a.m. near the station, e.g. the north exit."
    assert _split(post) == [post]


def test_lowercase_after_a_stop_goes_on_where_the_writer_capitalises() -> None:
    # English news: a caption runs on after a full stop in lowercase; no "i", first word capitalised.
    news = "The couple met the press at the hospital. as they did after their first child was born."
    assert _split(news) == [news]
    quote = '"Why?" she asked.'
    assert _split(quote) == [quote]



def test_name_particle_first_is_no_lowercase_writer() -> None:
    # "de Blasio" opens the paragraph in lowercase, but the writer capitalises: the speech tag stays.
    sentences = ["de Blasio met the nurses at noon.", '"Why now?" he asked them.', "The city will pay."]
    assert _split(" ".join(sentences)) == sentences
