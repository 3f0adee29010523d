"""With the parser, a name inside a modifier of the subject ("Researchers led by Dr. Amsel of
Tarne University say") is not who speaks; a subject that opens with a name keeps its body
checked ("Nia Pryce, spokeswoman for the Quarry Trust, said"). Sentences written for this test."""

import pytest

from summarizer import verify
from summarizer.verify.parser import load_parser

pytestmark = pytest.mark.skipif(load_parser("english") is None, reason="needs spaCy's English pipeline")

ARTICLE = (
    "Salmon in the River Tarne are returning to spawn about ten days later than in the 1990s, "
    "which researchers say is most likely linked to lower summer flows. The team, led by Dr. Jonas "
    "Amsel of Tarne University, compared counts from two decades. \"We expected the opposite,\" Amsel said."
)


def _attribution(line: str, parser: str = "auto") -> list[str]:
    return [p.message for checked in verify(ARTICLE, [line], checker_settings={"parser": parser}).lines
            for p in checked.problems if p.kind == "attribution"]


def test_researchers_led_by_a_named_scientist_speak_themselves():
    line = "Researchers led by Dr. Jonas Amsel of Tarne University say the later return is most likely linked to lower summer flows."
    assert _attribution(line) == []


def test_a_body_named_beside_the_verb_speaks_where_the_subject_opens_with_a_name():
    line = "Jonas Amsel, a biologist at Harlow College, said the later return is most likely linked to lower summer flows."
    assert _attribution(line)
