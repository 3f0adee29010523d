"""Who speaks in a reported line: "Patricia Ng, who chairs Little Steps, said ..." has Ng speak,
not the body her relative clause names. Words given to the wrong speaker are still caught.
Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

FRAUD = (
    "A former nursery manager has been jailed for four years for stealing £212,000 from the charity that ran "
    "her nursery in Bexcombe. Lorna Whitcliffe, 49, admitted fraud at Hallam Crown Court on Thursday.\n\n"
    "Judge Martin Oduya said Whitcliffe had \"betrayed the trust of parents and colleagues\". The charity, Little "
    "Steps, said it had been forced to cut staff hours after the losses were found during an audit. Its chair, "
    "Patricia Ng, said the nursery would stay open. Whitcliffe's barrister said she was \"deeply ashamed\"."
)


def test_the_name_before_a_relative_clause_speaks() -> None:
    line = "Patricia Ng, who chairs Little Steps, said the nursery would remain open."
    assert "attribution" not in problem_kinds(FRAUD, line)


def test_words_of_another_after_a_relative_clause_are_still_caught() -> None:
    line = "Patricia Ng, who chairs Little Steps, said Whitcliffe was deeply ashamed."
    assert "attribution" in problem_kinds(FRAUD, line)



MERGER = (
    "Corvane Foods will merge with Hallbrook next year. Analysts said the merger would cut 300 jobs at Corvane. "
    "Dana Pryce, who represents the union, has asked for talks."
)


def test_both_speaker_checks_read_the_name_before_a_participle_aside() -> None:
    # One reader for both: Pryce speaks, not the union her aside names (the union's check said "union" before).
    from summarizer import verify

    line = "Dana Pryce, representing the union, said the merger would cut 300 jobs at Corvane."
    messages = [problem.message for checked in verify(MERGER, line).lines for problem in checked.problems]
    assert messages == ["attribution not in its sources: no cited sentence has Pryce say it"]
