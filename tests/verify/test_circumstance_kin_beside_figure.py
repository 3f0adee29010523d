"""A date or figure beside a word the source writes in other words ("agreed on Tuesday to
combine" where "announced on Tuesday that they had agreed to merge") stays on its own event; a
date moved onto another event of the sentence is still a circumstance problem."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Ostvik Bank and Larch Savings announced on Tuesday that they had agreed to merge in an all-share deal valuing the "
    "combined group at about $5.2 billion, creating the third-largest lender in the country. "
    "The deal is expected to close in March, the banks said."
)


def test_a_date_beside_a_synonym_of_its_own_word_passes():
    line = "Ostvik Bank and Larch Savings agreed on Tuesday to combine in an all-share deal worth about $5.2 billion."
    assert "circumstance" not in problem_kinds(ARTICLE, line, "off")


def test_a_date_put_on_another_event_is_still_caught():
    line = "Ostvik Bank and Larch Savings agreed to merge in a deal that is expected to close on Tuesday."
    assert problem_kinds(ARTICLE, line, "off")
