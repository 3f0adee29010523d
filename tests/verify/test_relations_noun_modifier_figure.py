"""A modifier the article gives a noun in one sentence may be put on that noun beside its figure
from another ("83% of lung tumours" from "lung tumours" and "83% of tumours"); a figure put on a
word its source keeps apart is still a circumstance problem. Sentences written for this test."""

from checking import problem_kinds as _kinds

SCAN = (
    "A new scan can spot early lung tumours in smokers, researchers in Leeds said on Tuesday. "
    "The team scanned 2,300 smokers over five years and found the scan picked up 81% of tumours."
)


def test_a_modifier_of_the_noun_from_another_sentence():
    kinds = _kinds(SCAN, "The scan picked up 81% of lung tumours in smokers, the Leeds researchers said.")
    assert "circumstance" not in kinds
