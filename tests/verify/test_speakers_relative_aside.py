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

