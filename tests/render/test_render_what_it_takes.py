"""`render` takes a `Summary` or a `Verification`; anything else (a summary's `to_dict()` kept in
a store, None from a failed outcome, a text) is refused in one `InputError` naming what it got,
not an AttributeError ("'dict' object has no attribute 'supported'") from inside a renderer."""

import pytest

from summarizer import InputError, render, summarize

ARTICLE = "The council met on Monday to approve the budget. It voted 7-4 in favour after a long debate."


@pytest.mark.parametrize("result", [None, "text", {"lines": []}])
def test_what_is_no_result_is_refused(result):
    with pytest.raises(InputError, match=r"^render: takes a Summary or a Verification \(from summarize or verify\), got "):
        render(result, "text")


def test_a_stored_dict_is_named():
    with pytest.raises(InputError, match="got dict$"):
        render(summarize(ARTICLE).to_dict(), "markdown")
