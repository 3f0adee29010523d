"""A share written as a fraction without a numerator ("half of the costs", "die Hälfte der
Kosten", "la moitié du budget") must be a share its sources give: "half" where the source says
"two thirds" is a wrong number. A rounded share ("about half") stands for a source's share near
it, a bound ("more than half") for one beyond it; a half of time or a quantity is no share."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ENGLISH = (
    "The town council said the regional heritage fund would pay two thirds of the cost of repairing the clock tower. "
    "Work will begin in the second half of the year and should take about four months."
)
GERMAN = "Die Stadt teilte mit, das Landesamt übernehme zwei Drittel der Kosten für die Reparatur der Turmuhr."
FRENCH = "La subvention représentait près de 40 % du budget de la radio, a indiqué sa directrice."


@pytest.mark.parametrize(
    "article, line",
    [
        (ENGLISH, "The regional heritage fund will pay half of the cost of repairing the clock tower, the council said."),
        (ENGLISH, "The regional heritage fund will pay about half of the cost of repairing the clock tower, the council said."),
        (ENGLISH, "The regional heritage fund will pay a third of the cost of repairing the clock tower, the council said."),
        (GERMAN, "Das Landesamt übernimmt nach Angaben der Stadt die Hälfte der Kosten für die Reparatur der Turmuhr."),
        (FRENCH, "La subvention représentait la moitié du budget de la radio, selon sa directrice."),
    ],
)
def test_a_fraction_the_sources_do_not_give_is_a_number_problem(article, line):
    assert "number" in problem_kinds(article, line, "off")


@pytest.mark.parametrize(
    "article, line",
    [
        (ENGLISH, "The regional heritage fund will pay two thirds of the cost of repairing the clock tower, the council said."),
        (ENGLISH, "The regional heritage fund will pay more than half of the cost of repairing the clock tower, the council said."),
        (ENGLISH, "Work on the clock tower will begin in the second half of the year and take about four months."),
        (FRENCH, "La subvention représentait près de 40 % du budget de la radio, a indiqué sa directrice."),
    ],
)
def test_a_share_the_sources_give_or_bound_or_a_half_of_time_passes(article, line):
    assert "number" not in problem_kinds(article, line, "off")
