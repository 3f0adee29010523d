"""Results are frozen, so they can be set members and dict keys (a cache keyed by the article,
a set of distinct summaries): `hash()` of a `Document`, `Summary` or `Verification` raised
"unhashable type: 'dict'" (their metadata and stats), and would have hashed the timings that
equality leaves out. Equal results hash alike."""

from pathlib import Path

from summarizer import summarize, verify
from summarizer.together.run import summarize_together

from story_samples import BRIDGE_A, BRIDGE_B


def test_two_summaries_of_one_file_are_one_set_member(samples_dir: Path):
    first, second = summarize(samples_dir / "city-budget.txt"), summarize(samples_dir / "city-budget.txt")
    assert first.stats["timing_ms"] is not second.stats["timing_ms"]
    assert hash(first) == hash(second) and len({first, second}) == 1
    assert len({first, summarize(samples_dir / "city-budget.txt", sentences=2)}) == 2


def test_a_document_is_a_key(samples_dir: Path):
    document = summarize(samples_dir / "harbour-strike.md").document
    cache = {document: "seen"}
    assert cache[summarize(samples_dir / "harbour-strike.md").document] == "seen"


def test_checks_and_summaries_of_several_sources_hash(samples_dir: Path):
    line = "The Marlow Falls city council approved a $1.5bn budget."
    first, second = verify(samples_dir / "city-budget.txt", line), verify(samples_dir / "city-budget.txt", line)
    assert hash(first) == hash(second) and len({first, second}) == 1
    story = summarize_together([BRIDGE_A, BRIDGE_B], sentences=2)
    assert story in {story}
