"""A numbered list run together on one line (results, steps): each item's number opens the item
after it, not the end of the one before, where the paragraph numbers its items in order. A number
after a word that is not a list ("Tabel 2.", "üle 2.") is left to the other rules."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_list_numbers_open_their_items() -> None:
    estonian = "Naised 1. Mari Tamm (EST-12) 2. Liis Kask (EST-40) 3. Anu Mets (EST-7)"
    assert _split(estonian, "estonian")[-2:] == ["2. Liis Kask (EST-40)", "3. Anu Mets (EST-7)"]
    finnish = ["Toimi näin: 1. Avaa sivu ja kirjaudu sisään ( tunnus / salasana )", "2. Kirjoita viesti “Hei kaikki”", "3. Odota vastausta."]
    assert _split(" ".join(finnish), "finnish") == finnish


def test_a_number_after_a_word_outside_a_list_stays() -> None:
    estonian = ["Tulemused on toodud tabelis 2.", "Meeste andmed on eraldi."]
    assert _split(" ".join(estonian), "estonian") == estonian
