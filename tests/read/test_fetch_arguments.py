"""`read_url`'s arguments are checked before anything is fetched: a language that is not text
raised AttributeError ('int' object has no attribute 'strip') after the page was fetched, and a
URL that is not a str (None, a number) raised AttributeError from inside the fetch."""

import pytest

from summarizer import InputError, OptionsError, read_url


@pytest.mark.parametrize("language", [5, ["de"]])
def test_read_url_refuses_a_language_that_is_not_text_before_fetching(language):
    with pytest.raises(OptionsError, match="^language must be text"):
        read_url("http://127.0.0.1:9/", language=language)


@pytest.mark.parametrize("url", [None, 5])
def test_read_url_refuses_a_url_that_is_not_text(url):
    with pytest.raises(InputError, match=r"is not a URL \(a str such as https://example.com/story\)$"):
        read_url(url)
