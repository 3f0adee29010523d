"""A name put where the source has "its" or "their" before a figure ("Orla's 90,000 customers"
for "its 90,000 customers") says whose the figure is, where that name stands before the pronoun
first in the sentence. Sentences written
for this test."""

from checking import problem_kinds as _kinds

MERGER = (
    "Harbour Mutual agreed on Friday to take over the smaller society Tay Savings for £85m. "
    "Tay's long-serving chairman, Ewan Rudd, said the merger would secure the pensions of its 12,000 members. "
    "The regulator is expected to approve the deal in March."
)


def test_the_owner_named_for_its():
    kinds = _kinds(MERGER, "Ewan Rudd said the merger would secure the pensions of Tay's 12,000 members.")
    assert "circumstance" not in kinds

