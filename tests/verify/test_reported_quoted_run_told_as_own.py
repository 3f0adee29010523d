"""Part of someone's quotation told as the line's own: the line rewords the quotation but repeats
five of its words in a row, two content words among them, that no cited sentence writes outside
quotation marks (sentences written for this test). The line that names the speaker passes, and
so does a run that the reporter's own words also hold."""

from __future__ import annotations

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.lexicon import lexicon
from summarizer.verify.reported import unattributed_problems

QUOTED = '"A village without a bus service is a village that slowly forgets how to meet its neighbours," Okoro said.'


def _problems(line: str, sources: list[str]) -> list:
    return unattributed_problems(line, sources, lexicon("english"), stopwords_for("english"))


def test_reported_a_quoted_run_told_as_the_line_s_own_is_caught() -> None:
    line = "Once the route is cut, Millbrook will slowly forget how to meet its neighbours."
    assert [p.kind for p in _problems(line, [QUOTED])] == ["hedge"]


def test_reported_a_quoted_run_with_its_speaker_passes() -> None:
    line = "Okoro said that once the route is cut, Millbrook will slowly forget how to meet its neighbours."
    assert _problems(line, [QUOTED]) == []


def test_reported_a_run_the_reporter_also_writes_passes() -> None:
    narration = "The council said the village would slowly forget how to meet its neighbours without the bus."
    line = "Once the route is cut, Millbrook will slowly forget how to meet its neighbours."
    assert _problems(line, [QUOTED, narration]) == []


def test_reported_a_plain_event_recounted_in_a_quotation_passes() -> None:
    source = '"My brother left the harbour at dawn and sailed alone to the northern islands," Okoro said.'
    # Reworded but for a run of five words, with no view or forecast: the record a summary may state.
    assert _problems("A fisherman left the harbour at dawn and reached the islands by himself.", [source]) == []


def test_reported_a_line_naming_the_speaker_in_its_own_words_passes() -> None:
    line = "Okoro warned in a speech that Millbrook will slowly forget how to meet its neighbours."
    assert _problems(line, [QUOTED]) == []
