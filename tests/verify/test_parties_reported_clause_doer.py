"""Another party put in a speaker's reported clause: "Ortiz dijo que el ayuntamiento revisará el
plan" where the cited sentence has "Ortiz dijo que la Diputación revisará el plan", and the town
hall acts elsewhere in the article (sentences written for this test)."""

from __future__ import annotations

from summarizer.verify.parties import other_party_problems

ARTICLE_ES = [
    "La fábrica Textiles Oriol de Benavente cerrará en mayo, anunció el lunes su dueño, Jaime Oriol.",
    "Textiles Oriol pierde dinero desde hace tres años, según la fábrica.",
    "El ayuntamiento estudia comprar la nave para un centro cultural.",
    "La diputada Elena Ortiz dijo el martes que la Diputación revisará el plan de empleo en las próximas semanas.",
]
ARTICLE_EN = [
    "Pellmore Mills will close its Hawick plant in May, its owner Jack Pellmore said on Monday.",
    "Pellmore said the mill had lost money for three years.",
    "The union wants the plant sold to a buyer who keeps the jobs.",
    "Minister Ellen Ortiz said on Tuesday that the Enterprise Agency would review the jobs plan in the coming weeks.",
]


def _kinds(line: str, source: str, article: list[str], language: str) -> list[str]:
    return [p.kind for p in other_party_problems(line, [source], article, language)]


def test_parties_reported_clause_other_body_caught_es() -> None:
    line = "La diputada Elena Ortiz dijo el martes que el ayuntamiento revisará el plan de empleo en las próximas semanas."
    assert _kinds(line, ARTICLE_ES[3], ARTICLE_ES, "spanish") == ["relation"]


def test_parties_reported_clause_same_body_passes_es() -> None:
    line = "La diputada Elena Ortiz dijo el martes que la Diputación revisará el plan de empleo en las próximas semanas."
    assert _kinds(line, ARTICLE_ES[3], ARTICLE_ES, "spanish") == []


def test_parties_reported_clause_main_body_kind_passes_es() -> None:
    # "la fábrica" is the body the article is about: its kind may stand for it anywhere.
    source = "Ortiz dijo el martes que Textiles Oriol revisará el plan de empleo en las próximas semanas."
    line = "Ortiz dijo el martes que la fábrica revisará el plan de empleo en las próximas semanas."
    assert _kinds(line, source, [*ARTICLE_ES, source], "spanish") == []


def test_parties_reported_clause_other_body_caught_en() -> None:
    line = "Minister Ellen Ortiz said on Tuesday that the union would review the jobs plan in the coming weeks."
    assert _kinds(line, ARTICLE_EN[3], ARTICLE_EN, "english") == ["relation"]


def test_parties_reported_clause_other_speaker_not_read() -> None:
    # Another speaker: the speaker checks' to weigh, not this one's.
    line = "Jack Pellmore said on Tuesday that the union would review the jobs plan in the coming weeks."
    assert _kinds(line, ARTICLE_EN[3], ARTICLE_EN, "english") == []
