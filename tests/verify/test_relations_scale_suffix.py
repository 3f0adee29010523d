"""A scale glued to a decimal figure ("$3.8m", "$1.2bn") is part of the figure, as it is on a
whole one ("$700m"): its letter is no word of the line standing beside the figure ("3.8 … m"
read as the "m" of "8 a.m."). Sentences written for this test."""

from summarizer import verify
from summarizer.verify.relations import tokens_of

ARTICLE = (
    "The clinic will be open from 8 a.m. to 10 p.m. every day. "
    "It cost about $3.8 million to renovate and equip, according to the county."
)


def test_the_scale_stays_on_a_decimal_figure():
    assert [t.text for t in tokens_of("It cost $3.8m and $700m and $1.2bn.", "english") if t.term][1:4] == ["3.8m", "700m", "1.2bn"]


def test_a_figure_written_with_its_scale_glued_is_no_moved_circumstance():
    kinds = [p.kind for line in verify(ARTICLE, ["The clinic cost about $3.8m to renovate and equip."]).lines for p in line.problems]
    assert "circumstance" not in kinds and "relation" not in kinds


def test_a_wrong_figure_written_so_is_still_caught():
    kinds = [p.kind for line in verify(ARTICLE, ["The clinic cost about $4.8m to renovate and equip."]).lines for p in line.problems]
    assert "number" in kinds


def test_a_word_of_nearness_beside_a_figure_is_no_moved_circumstance():
    article = (
        "A judge ordered the landlord to repay about $2.1 million to tenants. "
        "The fees were charged to roughly 1,900 households from 2018 to 2023."
    )
    kinds = [p.kind for line in verify(article, ["A judge ordered the landlord to repay roughly $2.1 million to tenants."]).lines
             for p in line.problems]
    assert "circumstance" not in kinds
