"""Round-9 shapes, in sentences written for this test: a count written as a word is a figure whose
event is checked like one in digits ("from six a day to four from the end of March", where the end
of March belongs to another event); a participle or infinitive takes its subject from the verb
above it ("Storm Ilse brought gales ..., cutting power" has Ilse cut power); "ordered the firm"
stands for the body the article names; a date kept on its verb's lemma ("reached" / "reach")."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

BUSES = (
    "Harrow Coaches will cut weekday trips between Alnford and Cressby from eight a day to five from 1 September, the company said. "
    "Its director, Jane Moss, said the new timetable would run until the end of April."
)
STORM = (
    "Storm Ilse brought gusts of up to 110km/h to the east coast on Monday, cutting power to 9,000 homes. "
    "Dunmore Athletic reached the county cup final for the first time on Saturday after beating Pellham Town 3-1 at Oak Park. "
    "Fenley Water has been fined £1m for polluting the River Ash. "
    "The regulator also ordered the firm to repair the outfall."
)


def test_a_count_in_words_put_on_another_events_date_is_caught():
    assert "circumstance" in _kinds(BUSES, "Harrow Coaches will cut Alnford trips from eight a day to five from the end of April.")


def test_the_count_on_its_own_date_passes():
    assert "circumstance" not in _kinds(BUSES, "Harrow Coaches will cut Alnford trips from eight a day to five from 1 September.")


@needs_parser
def test_a_participles_subject_is_its_head_verbs_subject():
    assert "relation" not in _kinds(STORM, "Storm Ilse cut power to 9,000 homes on the east coast on Monday.")
    assert _kinds(STORM, "Dunmore Athletic beat Pellham Town 3-1 to reach their first county cup final.") == []


@needs_parser
def test_another_name_as_the_participles_subject_is_still_caught():
    assert _kinds(STORM, "Pellham Town beat Dunmore Athletic 3-1 to reach the county cup final.") != []


def test_the_firm_after_a_verb_stands_for_the_body_named_before():
    assert "relation" not in _kinds(STORM, "The regulator ordered Fenley Water to repair the outfall.")
