"""A hedge doubts the word it stands before (its verb, its noun), not every word of its sentence,
in sentences written for this test: a line that takes another clause of the sentence, or leaves
out the doubted noun ("his alleged victim", "a suspected leak"), drops no doubt. A line that
states the doubted verb itself as certain is still caught."""

from summarizer import verify

MILL = (
    "Workers at the Tarrow paper mill may strike next month over pay, the union said. "
    "The mill's owner, Brandt Paper, posted a profit of £40m last year, and analysts said it could afford a rise. "
    "The allegedly unpaid overtime was raised by staff in March, and the company said it would look into the claims."
)
MATCH = (
    "Kelso Town host Arnwick at Priory Park on Friday, and with the visitors missing five players you might expect "
    "a fourth league win in a row for the home side."
)
FINE = "Brandt Paper could face a fine from the regulator over the spill, its lawyers said."
PIPE = "Residents of Ferrow Street were moved out on Tuesday after a suspected gas leak under the road, the council said."


def _kinds(article: str, line: str) -> list[str]:
    return [p.kind for checked in verify(article, [line]).lines for p in checked.problems]


def test_a_hedge_on_a_noun_the_line_leaves_out_is_not_dropped():
    assert "hedge" not in _kinds(MILL, "Staff raised the issue of overtime in March.")
    assert "hedge" not in _kinds(PIPE, "Residents of Ferrow Street were moved out on Tuesday, the council said.")


def test_a_hedge_of_another_clause_is_not_dropped():
    assert "hedge" not in _kinds(MATCH, "Kelso Town host Arnwick in the league at Priory Park on Friday.")


def test_the_doubted_verb_stated_as_certain_is_still_caught():
    assert "hedge" in _kinds(MILL, "Workers at the Tarrow paper mill will strike next month over pay.")
    assert "hedge" in _kinds(MILL, "Brandt Paper can afford a pay rise.")
    assert "hedge" in _kinds(PIPE, "Residents of Ferrow Street were moved out on Tuesday after a gas leak under the road.")
    assert "hedge" in _kinds(FINE, "Brandt Paper will be given a fine by the regulator over the spill.")  # the verb's object
