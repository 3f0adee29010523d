"""Without a parse: a date on the verb that reports a clause ("announced on Friday that two
bridges ...") dates the report where a source dates the same verb, or a saying word for a saying
word ("..., the agency said on Friday"); the clause's first word is no neighbour of the date. A
report given another report's date is still caught. Sentences written for this test."""

from __future__ import annotations

from summarizer import verify
from summarizer.verify.verification import make_checker

ROADS = (
    "The Kelby roads agency will close two of its nine river bridges on 4 June for repairs, the agency said on Friday. "
    "Vandals damaged the ticket machines at Kelby station on Sunday, the rail operator said on Tuesday."
)
_NO_PARSE = make_checker("default", parser="off")


def _kinds(line: str) -> list[str]:
    return [p.kind for checked in verify(ROADS, line, checker=_NO_PARSE).lines for p in checked.problems]


def test_a_report_dated_as_its_source_dates_the_saying_passes() -> None:
    assert "circumstance" not in _kinds("The Kelby roads agency announced on Friday that two of its nine river bridges will close on 4 June for repairs.")


def test_a_report_dated_by_the_same_verb_passes() -> None:
    assert "circumstance" not in _kinds("The rail operator said on Tuesday that vandals damaged the ticket machines at Kelby station on Sunday.")


def test_another_reports_date_is_still_caught() -> None:
    assert _kinds("The rail operator said on Friday that vandals damaged the ticket machines at Kelby station.") != []
    assert _kinds("The Kelby roads agency said on Tuesday that two of its nine river bridges will close for repairs.") != []
