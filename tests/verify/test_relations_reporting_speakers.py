"""Who speaks in a reporting clause, in sentences written for this test: "it said" at a
sentence's end is its subject; "according to X" names X after it, not the name before it; a
Spanish "según anunció" with its subject left out is the sentence's subject; a role that opens a
line ("Head of quality Ola Berg said") is not a name."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

COLLEGE = (
    "Fenwick College will close its drama school and cut up to 60 posts to save £3.1m, it said on Tuesday. "
    "Its principal, Maya Lund, said students already enrolled would be able to finish their courses."
)
PLANT = (
    "Marlow Foods will shut its Redditch plant in June, with the loss of 140 jobs. "
    "Its managing director, Ines Carr, said some production could move to the firm's site in Leeds."
)
FERIA = (
    "El Ayuntamiento de Almadén suspenderá la feria de agosto por la sequía, según anunció el martes. "
    "La feria recibe cada año unos 30.000 visitantes."
)
SHOES = (
    "Strider Shoes is recalling 8,000 pairs of boots because their soles can crack. "
    "Its head of quality, Ola Berg, said customers would get a full refund and a voucher worth £20."
)


def test_it_said_at_the_end_is_the_sentences_subject():
    kinds = _kinds(COLLEGE, "Fenwick College said on Tuesday it would close its drama school and cut up to 60 posts to save £3.1m.")
    assert "attribution" not in kinds


def test_another_speaker_for_it_said_is_still_caught():
    kinds = _kinds(COLLEGE, "Maya Lund said on Tuesday that Fenwick College would close its drama school and cut up to 60 posts.")
    assert "attribution" in kinds


def test_according_to_names_its_speaker_after_it():
    kinds = _kinds(PLANT, "Some production could move to Leeds, according to the firm's managing director, Ines Carr.")
    assert "attribution" not in kinds


def test_a_spanish_subject_left_out_before_the_saying_word_speaks():
    kinds = _kinds(FERIA, "La feria de agosto de Almadén se suspenderá por la sequía, anunció el Ayuntamiento el martes.")
    assert "relation" not in kinds and "attribution" not in kinds


@needs_parser
def test_a_role_opening_the_line_is_no_speaker_name():
    kinds = _kinds(SHOES, "Head of quality Ola Berg said customers would receive a full refund and a £20 voucher.")
    assert "attribution" not in kinds
