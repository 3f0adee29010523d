"""A share counts no thing after it: in "by 40 percent relative to the old one" the word after
"40 percent" is no counted noun that could have been swapped for the source's "compared", with
the parser off as with it on. A count's scale still counts the noun after it ("40 million
tablets" for "40 million doses" is caught). Sentences written for this test."""

from summarizer import verify

VACCINE = (
    "A new vaccine cut hospital admissions among older adults by 40 percent compared with the old one, the "
    "health agency said on Monday. It will be offered from October."
)
DOSES = (
    "Brisk Pharma shipped 40 million doses of its flu vaccine to clinics in the north last winter, the company "
    "said. Demand fell this year."
)


def _kinds(article: str, line: str, parser: str) -> list[str]:
    checked = verify(article, line, checker="default", checker_settings={"parser": parser})
    return [problem.kind for line_checked in checked.lines for problem in line_checked.problems]


def test_the_word_after_a_share_is_no_swapped_noun():
    line = "A new vaccine cut hospital admissions among older adults by 40 percent relative to the old one, the health agency said on Monday."
    assert _kinds(VACCINE, line, "off") == []


def test_the_noun_after_a_scaled_count_is_still_compared():
    line = "Brisk Pharma shipped 40 million tablets of its flu vaccine to clinics in the north last winter, the company said."
    assert "substitution" in _kinds(DOSES, line, "off")
