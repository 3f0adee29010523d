"""A generated line whose subject is a name cut from its noun ("Bayline, said a timetable would be
published in March", from "Bayline's chief executive said ...") is a fragment: left out, its slot
refilled. The 0.5B model wrote it on samples/wire-quotes.txt and the guard kept it."""

from __future__ import annotations

import pytest

from summarizer.abstract.distinct import is_fragment


@pytest.mark.parametrize("line", [
    "Bayline, said a timetable would be published in March, once sea trials were complete.",
    "Marta Ilves, says the older boat ran through November.",
])
def test_a_name_set_off_from_its_saying_verb_is_a_fragment(line):
    assert is_fragment(line)


@pytest.mark.parametrize("line", [
    "The operator, Bayline, said repairs to the newer vessel would cost about 2.4m euros.",
    "Bayline said a timetable would be published in March.",
    "Tom Hale, said to be the island's oldest ferryman, retired on Friday.",
    "In March, said the operator, a timetable will be published.",
    "Repairs, said Marta Ilves, would take until April.",
])
def test_whole_sentences_are_not(line):
    assert not is_fragment(line)
