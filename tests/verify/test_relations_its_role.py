"""A role the source gives with "its" ("Its chair, Teresa Quill, said") where "its" is a body
named just before, told in the line as a relative clause ("Teresa Quill, who chairs Marlow
Voice, said"): the name after the role's verb is the one "its" stands for (sentences written for
this test)."""

from checking import problem_kinds

ARTICLE = (
    "Patients' group Marlow Voice called the delay unacceptable and demanded an independent inquiry. "
    "Its chair, Teresa Quill, said families had been left waiting for days."
)


def test_who_chairs_the_body_its_stands_for():
    kinds = problem_kinds(ARTICLE, "Teresa Quill, who chairs Marlow Voice, said families had been left waiting for days.")
    assert "relation" not in kinds
