"""A missing item among many (None: a row of a data set with no text) is bad input for that item,
an `InputError` as any other value that is not text, not the `OptionsError` "give exactly one of
source, path=, url= or stream= (got none)" that says the call itself was wrong."""

import pytest

from summarizer import InputError, Summarizer

TEXT = "The council met on Monday to debate the budget. It voted 7-4 to approve it."


@pytest.mark.parametrize("workers", [1, 2])
def test_a_missing_item_is_bad_input_and_the_others_are_summarised(workers):
    outcomes = list(Summarizer(language="en").summarize_many([TEXT, None, TEXT], workers=workers))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert (outcomes[1].error_type, outcomes[1].error) == ("InputError", "None: is not text (str), bytes or a pathlib.Path")


def test_pipe_raises_it_as_input_error():
    with pytest.raises(InputError, match=r"^None: is not text"):
        list(Summarizer(language="en").pipe([TEXT, None]))
