"""A clause joined by "and" that names a party of the evidence and adds an act of it the evidence
lacks: "..., and the trust has offered free lunches to those who come" (sentences written for
this test). A clause opened otherwise still needs every claim term new."""

from __future__ import annotations

from summarizer.verify.clauses import added_clause

EVIDENCE = (
    "The Penmoor Heritage Trust said on Friday that the old signal box would open to visitors in May.",
    "Some volunteers have started repainting the signal box or tidying the platform garden.",
)


def test_clauses_added_act_of_named_party_found() -> None:
    line = "Some volunteers have started repainting the signal box, and the trust has offered free lunches to those who help."
    assert added_clause(line, EVIDENCE, EVIDENCE, "english") == "the trust has offered free lunches to those"


def test_clauses_added_act_of_named_party_held_act_passes() -> None:
    line = "Some volunteers have started repainting the signal box, and the trust said it would open to visitors in May."
    assert added_clause(line, EVIDENCE, EVIDENCE, "english") is None


def test_clauses_added_act_other_opener_needs_every_term_new() -> None:
    line = "The trust said on Friday that the signal box would welcome guests from May onwards."
    assert added_clause(line, EVIDENCE, EVIDENCE, "english") is None
