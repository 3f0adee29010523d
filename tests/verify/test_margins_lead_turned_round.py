"""A lead by a figure turned round ("Osei had a 112-vote lead over Marsh" where the source says
"Marsh won 112 more votes than Osei"; German "Vorsprung vor" for "mehr ... als") is a
`relation` problem; the lead kept, said either way, passes (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.margins import margin_problems

ENGLISH = (
    "Ballots in the Dunmore council by-election will be counted again on Friday. "
    "Councillor Rhona Marsh won 112 more votes than her rival Daniel Osei, the returning officer said. "
    "Turnout was 31 percent."
)


def test_margins_lead_turned_round_is_caught() -> None:
    assert "relation" in problem_kinds(ENGLISH, "Daniel Osei had a 112-vote lead over Councillor Rhona Marsh, the returning officer said.")
    source = ["Im ersten Wahlgang hatte Bürgermeister Jonas Feld 54 Stimmen mehr erhalten als seine Rivalin Petra Lunz."]
    assert margin_problems("Im ersten Wahlgang hatte Petra Lunz 54 Stimmen Vorsprung vor Bürgermeister Jonas Feld.", source, "german")


def test_margins_lead_kept_passes() -> None:
    assert "relation" not in problem_kinds(ENGLISH, "Rhona Marsh had a 112-vote lead over Daniel Osei, the returning officer said.")
    source = ["Im ersten Wahlgang hatte Bürgermeister Jonas Feld 54 Stimmen mehr erhalten als seine Rivalin Petra Lunz."]
    assert not margin_problems("Bürgermeister Jonas Feld hatte 54 Stimmen Vorsprung vor Petra Lunz.", source, "german")
