"""German roles in the perfect: the event is the participle that closes the stretch ("hatte ...
angeboten"), and a name with no article right after the auxiliary is the object ("Der Verein hatte
Kessler ... eingeladen"). A swap of the two around it is a `relation` problem; the roles kept pass,
and a passive auxiliary reads no roles (sentences written for this test)."""

from __future__ import annotations

from summarizer import verify

ARTICLE = (
    "Der Sportverein Lindach hatte Bürgermeister Kessler im Frühjahr eingeladen, die neue Halle zu eröffnen, was dieser jedoch absagte. "
    "Die Halle kostete rund 2,1 Millionen Euro."
)


def problems(line: str) -> list[str]:
    return [p.kind for p in verify(ARTICLE, line, language="german").lines[0].problems]


def test_swaps_perfect_roles_reversed_are_a_relation_problem() -> None:
    assert "relation" in problems("Kessler hatte den Sportverein Lindach im Frühjahr eingeladen, die neue Halle zu eröffnen.")


def test_swaps_perfect_roles_kept_pass() -> None:
    assert "relation" not in problems("Der Sportverein Lindach hatte Kessler im Frühjahr eingeladen, die neue Halle zu eröffnen.")
