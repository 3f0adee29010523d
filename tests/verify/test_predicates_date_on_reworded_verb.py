"""With a parse and WordNet, a date the line hangs on a verb that rewords its source's ("was shut on
Monday" where "closed ... on Monday") stays on its event, even where the line's verb stands
elsewhere in the cited sentences ("will keep the bridge shut"). A date hung on a verb that is not its
source's event in other words stays caught, and without WordNet the rule steps aside.
Sentences written for these tests."""

import pytest

from checking import parsed_problem_kinds
from summarizer.verify.parser import load_parser, parse
from summarizer.verify.predicates import same_event_reworded
from summarizer.verify.wordnet import load_wordnet
from summarizer.verify.wordnet_kin import near_kin

pytestmark = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

BRIDGE = (
    "Engineers closed the Marsh Lane bridge over the River Wend on Monday after inspectors found cracks in two of its beams. "
    "\"We will keep the bridge shut until we are sure it is safe,\" county engineer Rhys Pell said. "
    "Repairs are expected to start on Thursday."
)

# The line's "shut" cites the quotation too, where the bridge is kept shut with no date.
LINE = "The Marsh Lane bridge was shut on Monday after cracks were found in two of its beams, county engineers said."


@pytest.mark.skipif(load_wordnet() is None, reason="WordNet (the lexicon extra) is not installed")
def test_a_date_on_a_reworded_verb_stays_on_its_event():
    assert "circumstance" not in parsed_problem_kinds(BRIDGE, LINE)


def test_a_date_moved_to_another_event_is_still_caught():
    kinds = parsed_problem_kinds(BRIDGE, "Repairs to the Marsh Lane bridge over the River Wend started on Monday after cracks were found.")
    assert "circumstance" in kinds


def test_without_kin_the_rule_steps_aside():
    line = parse(LINE, "english")
    sources = [parse(BRIDGE.split(". ")[0], "english")]
    at, verb = LINE.index("Monday"), LINE.index("shut")
    assert not same_event_reworded(line, at, verb, sources, lambda mine, theirs: False)
    if load_wordnet() is not None:
        assert same_event_reworded(line, at, verb, sources, near_kin)
