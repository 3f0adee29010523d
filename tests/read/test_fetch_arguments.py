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


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"timeout": -1}, r"^timeout must be more than 0 and at most 3600 seconds, got -1$"),
        ({"timeout": float("nan")}, "^timeout must be a number, got nan$"),
        ({"timeout": 1e12}, r"^timeout must be more than 0 and at most 3600 seconds, got 1e\+12$"),
        ({"timeout": "soon"}, "^timeout must be a number, got 'soon'$"),
        ({"max_bytes": -5}, "^max_bytes must be positive, got -5$"),
        ({"max_bytes": "lots"}, "^max_bytes must be a whole number, got 'lots'$"),
    ],
)
def test_read_url_refuses_a_bad_limit_before_fetching(arguments, message):
    # ValueError ("Timeout value out of range"), TypeError or OverflowError came from the socket;
    # a negative max_bytes was taken as no limit at all
    with pytest.raises(OptionsError, match=message):
        read_url("http://127.0.0.1:9/", allow_private=True, **arguments)


def test_a_limit_written_as_text_is_taken(monkeypatch):
    from summarizer.read import fetch

    asked = {}
    monkeypatch.setattr(fetch, "fetch_url", lambda url, **limits: asked.update(limits) or (_ for _ in ()).throw(InputError(url, "stop")))
    with pytest.raises(InputError, match="stop"):
        read_url("http://127.0.0.1:9/", allow_private=True, timeout="5", max_bytes="1000")
    assert (asked["timeout"], asked["max_bytes"]) == (5.0, 1000)
