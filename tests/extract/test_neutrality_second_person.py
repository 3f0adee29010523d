"""The reader addressed in the writer's own words ("you would be forgiven for thinking ...") is an
opinion line, as first person is; "you" in reported speech or inside a quotation is not."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.extract.neutrality import is_opinion, stance_weight


@pytest.mark.parametrize(
    "text",
    [
        "You would be forgiven for thinking the old pier had been rebuilt from scratch.",
        "These pictures are about as close to a working mill as you can get.",
        "Anglers, mark your calendars: the river reopens to boats on Saturday.",
        "A new guide takes you through every stop on the coastal line.",
        "Here is all the information you'll need before the ferry timetable changes.",
        "Yours truly spent a morning at the depot watching the trams come in.",
    ],
)
def test_second_person_in_the_writers_words_is_opinion(text: str) -> None:
    assert is_opinion(text) == "second person"
    assert stance_weight(text)[0] < 1


@pytest.mark.parametrize(
    "text",
    [
        # Reported speech: a speaker is named, so "you" is the speaker's.
        "You can see the lighthouse from every room, the hotel's owner said.",
        '"You cannot run a ferry on hope," the union\'s regional officer told the meeting.',
        "Residents were told: 'Your bins will be collected on Tuesdays from March.'",
        # Words that merely begin like "you".
        "Young voters turned out in large numbers for the council election.",
        "The youth club on Mill Lane reopens in May after a two-year closure.",
        "Flooding along the bayou closed the road for a second day.",
    ],
)
def test_reported_or_lookalike_you_is_no_opinion(text: str) -> None:
    assert is_opinion(text) is None


def test_default_summary_passes_over_a_lead_that_talks_to_the_reader() -> None:
    article = (
        "You would be forgiven for thinking the harbour at Westcombe had always looked this busy.\n\n"
        "The town council reopened the harbour on Monday after a two-year, 4 million pound repair of its sea wall. "
        "Fishing boats and a passenger ferry to Lundy will use the harbour from this week, the council said. "
        "The sea wall was breached in a storm in January 2029, flooding 40 homes on Quay Street. "
        "Repairs were paid for by the council and a national flood defence grant."
    )
    line = summarize(article, sentences=1).lines[0].text
    assert line.startswith("The town council reopened the harbour on Monday")


def test_a_language_without_second_person_words_is_unchanged() -> None:
    # French keeps only its own tests: "vous" is not read as the reader addressed.
    assert is_opinion("Vous trouverez le nouveau port très animé cette semaine.", language="french") is None
