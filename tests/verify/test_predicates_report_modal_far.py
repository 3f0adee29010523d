"""Round-9 shape, in sentences written for this test: a reporting line that keeps its speaker but
drops the speaker's "could", where the speaker is named at one end of a long source sentence and
the hedged claim stands at the other."""

from checking import problem_kinds as _kinds

BRIDGE = (
    "Tom Elder, who chairs the Harnley Residents' Group, said the closure of the Wendle bridge would add "
    "twenty minutes to school runs for hundreds of families in the villages east of the river, leave carers "
    "\"cut off for most of the day\" and could push several shops in the high street out of business."
)


def test_a_far_modal_dropped_by_a_reporting_line_is_caught():
    line = "The closure will push several shops in the high street out of business, the residents' group said."
    assert "hedge" in _kinds(BRIDGE, line)


def test_the_modal_kept_passes():
    line = "The closure could push several shops in the high street out of business, the residents' group said."
    assert "hedge" not in _kinds(BRIDGE, line)
