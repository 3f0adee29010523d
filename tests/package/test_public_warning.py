"""The warning the README names for the library (`CheckLimitWarning`: a check cut short on a
line thousands of words long) is importable from `summarizer`, as its errors are, so that an
application can filter or escalate it: `from summarizer import CheckLimitWarning` failed."""

import warnings

import summarizer
from summarizer import verify


def test_check_limit_warning_is_public_and_is_what_verify_warns_with():
    assert "CheckLimitWarning" in summarizer.__all__
    from summarizer import CheckLimitWarning

    article = "The council met on Monday to approve the budget. " * 120
    line = " ".join(["the council met on monday and approved the budget"] * 60) + "."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        verify(article, [line])
    assert any(issubclass(w.category, CheckLimitWarning) for w in caught)
