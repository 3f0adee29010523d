"""`verify`'s own arguments are checked as `Options` checks the same ones, each refused in one
`OptionsError` naming it: `min_support="0.5"` or None and `max_bytes="10"` raised TypeError from
a comparison, `max_bytes=-1` said the article was "over the size limit", `language=5` raised
AttributeError, a checker that is neither a name nor a checker raised "'int' object has no
attribute 'check'", and `checker_settings=[...]` a TypeError about `**`."""

import pytest

from summarizer import OptionsError, verify

ARTICLE = "The council met on Monday to approve the budget. It voted 7-4 in favour after a long debate."


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"min_support": None}, "^min_support must be a number, got None$"),
        ({"min_support": "half"}, "^min_support must be a number, got 'half'$"),
        ({"min_support": 1.5}, r"^min_support must be in \[0, 1\], got 1.5$"),
        ({"max_bytes": "lots"}, "^max_bytes must be a whole number, got 'lots'$"),
        ({"max_bytes": -1}, "^max_bytes must be positive, got -1$"),
        ({"language": 5}, "^language must be text"),
        ({"checker": 5}, "^checker must be a name in CHECKERS or a checker object"),
        ({"checker_settings": [1]}, "^checker_settings must map setting names to values, got"),
    ],
)
def test_a_bad_argument_is_refused_by_name(arguments, message):
    with pytest.raises(OptionsError, match=message):
        verify(ARTICLE, "The council met on Monday.", **arguments)


def test_numbers_written_as_text_are_taken():
    assert verify(ARTICLE, "The council met on Monday.", min_support="0.5", max_bytes="100000").supported
