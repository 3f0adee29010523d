"""`summarize_together` takes several sources: one text, file or document in their place is
refused in one line, not taken apart. A `str` was read as a sequence of its characters (26
sources, "<text>, <text>, ...: contains only whitespace; ..."), None raised a TypeError from
`len`, and a generator of sources (the way a pipeline hands them over) could not be counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import InputError, summarize
from summarizer.together.run import summarize_together

from story_samples import BRIDGE_A, BRIDGE_B


@pytest.mark.parametrize("one", [BRIDGE_A, BRIDGE_A.encode(), Path("story.txt"), None, 3])
def test_one_source_in_place_of_several_is_refused(one):
    with pytest.raises(InputError, match=r"^summarize_together: takes a sequence of sources \(a list of texts, Paths or Documents\), got "):
        summarize_together(one)


def test_a_document_in_place_of_several_is_refused():
    document = summarize(BRIDGE_A).document
    with pytest.raises(InputError, match="got Document$"):
        summarize_together(document)


def test_a_generator_of_sources_is_summarised_as_its_list():
    assert summarize_together(text for text in (BRIDGE_A, BRIDGE_B)) == summarize_together([BRIDGE_A, BRIDGE_B])
