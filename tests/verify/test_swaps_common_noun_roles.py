"""Roles swapped between two common nouns around one verb ("The agency criticised the council"
from "The council criticised the agency"), in English, French and Spanish: a determiner marks
where each noun starts, and a name after the verb still takes the other side first. Sentences
written for this test."""

from __future__ import annotations

from summarizer import verify


def kinds(article: str, line: str, language: str = "english") -> set[str]:
    return {p.kind for p in verify(article, line, language=language).lines[0].problems}


RIVER = (
    "Flood barriers on the River Tamsin were raised on Friday, the water board said. "
    "The parish council criticised the water board for failing to clear the weir last autumn. "
    "The event was attended by the regional mayor."
)


def test_two_common_nouns_swapped_is_a_reversal() -> None:
    assert "relation" in kinds(RIVER, "The water board criticised the parish council for failing to clear the weir.")


def test_the_same_roles_pass() -> None:
    assert "relation" not in kinds(RIVER, "The parish council criticised the water board for failing to clear the weir.")


def test_a_participle_before_its_agent_reads_as_passive() -> None:
    article = "The exhibition, opened by the museum's director, drew 4,000 visitors in its first week.\n"
    assert "relation" not in kinds(article, "The museum's director opened the exhibition.")


def test_french_nouns_with_an_elided_article() -> None:
    article = "L'association des commerçants a attaqué la municipalité en justice, selon son président.\n"
    assert "relation" in kinds(article, "La municipalité a attaqué l'association des commerçants en justice.", "french")
    assert "relation" not in kinds(article, "L'association des commerçants a attaqué la municipalité en justice.", "french")


def test_spanish_nouns() -> None:
    article = "El sindicato denunció a la empresa por impagos, según fuentes sindicales.\n"
    assert "relation" in kinds(article, "La empresa denunció al sindicato por impagos.", "spanish")
    assert "relation" not in kinds(article, "El sindicato denunció a la empresa por impagos.", "spanish")


def test_a_pronoun_subject_is_the_name_before_it_in_its_sentence() -> None:
    article = "Councillor Mina Saeed said she would ask the transport minister to fund the bypass.\n"
    assert "relation" in kinds(article, "The transport minister asked Mina Saeed to fund the bypass.")
    assert "relation" not in kinds(article, "Mina Saeed will ask the transport minister to fund the bypass.")
