"""A negated subject's verb kept without the negation, the subject reworded (`predicates._denied_verb`)."""

import pytest

from summarizer import verify

ARTICLE = (
    "The harbour board met on Thursday to discuss the silted channel. Its chair, Dora Penhale, said "
    "dredging would start in the spring, though she said no money had been committed. Fishermen "
    "say the channel is already too shallow at low tide."
)


def _kinds(line: str, parser: str) -> list[str]:
    result = verify(ARTICLE, [line], checker_settings={"parser": parser})
    return [problem.kind for verified in result.lines for problem in verified.problems]


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_denied_verb_kept_without_its_negation_is_caught(parser):
    line = "Penhale said dredging would start in the spring and that funding had already been committed."
    assert "negation" in _kinds(line, parser)


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("line", [
    "Penhale said dredging would start in the spring, though no funding had been committed.",
    "Penhale said dredging would start in the spring but that funding had not been committed.",
])
def test_denied_verb_with_the_negation_kept_passes(parser, line):
    assert _kinds(line, parser) == []
