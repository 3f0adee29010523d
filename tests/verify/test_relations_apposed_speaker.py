"""A source's speaker stands before an apposition opened by an article, whatever names it holds."""

from __future__ import annotations

import pytest

from summarizer import verify

ARTICLE = ("Hallwick Mills, the flour maker behind Corran loaves and Brisk biscuits, said on Tuesday it would "
           "close its oldest bakery in March.")


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_the_named_body_before_the_apposition_speaks(parser: str) -> None:
    result = verify(ARTICLE, ["Hallwick Mills said on Tuesday it would close its oldest bakery in March."],
                    checker_settings={"parser": parser})
    assert [p.kind for l in result.lines for p in l.problems] == []


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_name_inside_the_apposition_is_still_no_speaker(parser: str) -> None:
    result = verify(ARTICLE, ["Corran said on Tuesday it would close its oldest bakery in March."], checker_settings={"parser": parser})
    assert any(p.kind in ("attribution", "relation") for l in result.lines for p in l.problems)
