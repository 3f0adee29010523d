"""A metric unit's symbol takes no dot of its own: after a number, a dot after one before a capital
ends a sentence, where Punkt reads the symbol as an abbreviation ("cm", "м") or an initial ("m").
A lowercase word after it goes on, and a symbol without a number before it is left to the rules
that read abbreviations."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_unit_symbol_after_a_number_ends_a_sentence_before_a_capital() -> None:
    estonian = ["Uus sild on 42,5 m.", "Selle ehitamine võttis kaks aastat.", "Auto sõitis 90 km/h.", "Politsei peatas selle."]
    assert _split(" ".join(estonian), "estonian") == estonian
    russian = ["Высота новой башни составила 120 м.", "Однако строители не остановились.", "Бутылка вмещает 500 мл.", "Цена не изменилась."]
    assert _split(" ".join(russian), "russian") == russian


def test_unit_symbol_before_a_lowercase_word_goes_on() -> None:
    one = "Kaugus oli umbes 300 m. kuid keegi ei kõndinud seda."
    assert _split(one, "estonian") == [one]
