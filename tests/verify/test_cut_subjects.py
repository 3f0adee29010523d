"""A line that opens where its source's subject goes on after "of" makes the name after "of" the
doer (`relation`); the whole subject, a place named "the city of ...", a name the source opens
with, or a name after a comma (an apposition) pass (sentences written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.cut_subjects import cut_subject_problems

SOURCE = "The funeral of former mayor Agnes Varley took place at St Cuthbert's church on Friday afternoon."


def test_cut_subjects_the_name_after_of_made_the_doer() -> None:
    line = "Agnes Varley took place at St Cuthbert's church on Friday afternoon."
    assert [p.message for p in cut_subject_problems(line, [SOURCE])] == [
        "relation not in its sources: the line makes “Agnes Varley” the doer, where its source's is "
        "“The funeral of former mayor Agnes Varley”"
    ]
    assert "relation" in problem_kinds(SOURCE + " Hundreds attended.", line)


@pytest.mark.parametrize(
    ("source", "line"),
    [
        (SOURCE, "The funeral of Agnes Varley took place at St Cuthbert's church on Friday."),
        ("The city of Harrowgate will host the rowing finals in 2031.", "Harrowgate will host the rowing finals in 2031."),
        ("Agnes Varley took place of honour at the dinner on Friday.", "Agnes Varley took place of honour at the dinner."),
        # A name after a comma stands for the subject itself (an apposition).
        ("The head of the parish council, Agnes Varley, thanked the nurses at the hospice.",
         "Agnes Varley thanked the nurses at the hospice."),
    ],
)
def test_cut_subjects_a_whole_subject_a_place_or_a_comma_passes(source: str, line: str) -> None:
    assert cut_subject_problems(line, [source]) == []


def test_cut_subjects_in_french() -> None:
    source = "Le procès du marchand d'art Lucien Morel s'est ouvert lundi devant le tribunal de Rennes."
    line = "Lucien Morel s'est ouvert lundi devant le tribunal de Rennes."
    assert [p.kind for p in cut_subject_problems(line, [source], "french")] == ["relation"]
