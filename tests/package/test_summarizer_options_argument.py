"""`Summarizer(options)` takes an `Options`; anything else in its place (a dict of settings read
from a config file, a method's name) is refused in one `OptionsError` that says how to pass it,
not an AttributeError ("'dict' object has no attribute 'model'") from inside the constructor."""

import pytest

from summarizer import Options, OptionsError, Summarizer


@pytest.mark.parametrize("options", [{"sentences": 2}, "centrality", 3])
def test_options_that_are_not_options_are_refused(options):
    with pytest.raises(OptionsError, match=r"^options must be an Options \(Options.build\(\*\*settings\)\), got "):
        Summarizer(options)


def test_the_settings_as_keywords_or_options_are_taken():
    settings = {"sentences": 2, "method": "centrality"}
    assert Summarizer(**settings).options == Summarizer(Options.build(**settings)).options
