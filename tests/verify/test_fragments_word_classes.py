"""Lines cut off mid-clause, told by word classes with or without a parser (issue 18, "fragments
kept"): a sentence that ends on an article, an unstrandable preposition or a conjunction; a
reported clause with a subject and no verb; a German noun phrase whose only verb stands in a
relative clause. Each has a faithful counterpart that must pass. Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.fragments import fragment_problems
from summarizer.verify.lexicon import lexicon

BRIDGE = (
    "The Kettering Road bridge in Marlow will close for six weeks from Monday while engineers replace "
    "its bearings, the county council said. Council leader Priya Shah said the work could not wait "
    "until the summer. She said the diversion would add about ten minutes to most journeys. Local "
    "traders said the closure was badly timed and asked for help with lost trade."
)
PUENTE = (
    "El puente de la calle Mayor de Tarbes cerrará seis semanas a partir del lunes mientras los "
    "ingenieros cambian sus apoyos, informó el ayuntamiento. La alcaldesa, Lucía Ferrer, dijo que su "
    "equipo había estudiado otras opciones. Los comerciantes pidieron ayuda para compensar las pérdidas."
)
PONT = (
    "Le pont de la rue Haute à Vézac fermera six semaines à partir de lundi pendant que des ingénieurs "
    "remplacent ses appuis, a annoncé la mairie. Le maire, Paul Rivière, a déclaré que son équipe avait "
    "étudié d'autres options. Les commerçants ont demandé une aide pour leurs pertes."
)
BRUECKE = (
    "Die Brücke an der Hauptstraße in Lindau wird ab Montag für sechs Wochen gesperrt, weil Ingenieure "
    "die Lager austauschen, teilte die Stadt mit. Die Bürgermeisterin, die das Projekt seit 2022 leitet, "
    "sagte, dass die Arbeiten nicht warten könnten. Die Händler forderten Hilfe für ihre Verluste."
)


def _kinds(article: str, line: str, parser: str) -> set[str]:
    verification = verify(article, line, checker_settings={"parser": parser})
    return {p.kind for checked in verification.lines for p in checked.problems}


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize(
    ("article", "cut", "whole"),
    [
        (BRIDGE, "The Kettering Road bridge in Marlow will close for six weeks while engineers replace the.",
         "The Kettering Road bridge in Marlow will close for six weeks while engineers replace its bearings."),
        (BRIDGE, "Council leader Priya Shah said the work could not wait and said the diversion would.",
         "Council leader Priya Shah said the diversion would add about ten minutes to most journeys."),
        (BRIDGE, "Local traders said that the closure.", "Local traders said the closure was badly timed."),
        (PUENTE, "La alcaldesa, Lucía Ferrer, dijo que su equipo.",
         "La alcaldesa, Lucía Ferrer, dijo que su equipo había estudiado otras opciones."),
        (PUENTE, "El puente de la calle Mayor de Tarbes cerrará seis semanas a partir del.",
         "El puente de la calle Mayor de Tarbes cerrará seis semanas a partir del lunes."),
        (PONT, "Le maire, Paul Rivière, a déclaré que son équipe.",
         "Le maire, Paul Rivière, a déclaré que son équipe avait étudié d'autres options."),
        (PONT, "Le pont de la rue Haute à Vézac fermera six semaines pendant que des ingénieurs remplacent ses.",
         "Le pont de la rue Haute à Vézac fermera six semaines pendant que des ingénieurs remplacent ses appuis."),
        (BRUECKE, "Die Bürgermeisterin, die das Projekt seit 2022 leitet.",
         "Die Bürgermeisterin, die das Projekt seit 2022 leitet, sagte, dass die Arbeiten nicht warten könnten."),
        (BRUECKE, "Die Brücke an der Hauptstraße in Lindau wird für sechs Wochen gesperrt, weil Ingenieure die Lager austauschen und.",
         "Die Brücke an der Hauptstraße in Lindau wird für sechs Wochen gesperrt, weil Ingenieure die Lager austauschen."),
    ],
)
def test_fragments_cut_line_incomplete_whole_line_passes(article: str, cut: str, whole: str, parser: str) -> None:
    assert "incomplete" in _kinds(article, cut, parser)
    assert "incomplete" not in _kinds(article, whole, parser)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # English strands prepositions and ends on pronouns, adverbs and bare auxiliaries.
        ("english", "It was not clear what the council was looking for."),
        ("english", "The decision was his."),
        ("english", "Prices stayed as they were."),
        ("english", "The club said it would appeal, though."),
        ("english", "The team will switch to Plan A."),
        ("english", "the team will switch to plan a."),
        ("english", "The chairman said the words."),
        ("english", "Police arrested Priya Shah, who leads the council."),
        ("spanish", "El 3 de marzo, que era lunes, llovió."),
        ("french", "Du Vatican, dont le voile ne tient plus."),
        # Spanish and French pronouns that look like articles, and words that are also nouns.
        ("spanish", "De los tres candidatos, solo quedó una."),
        ("spanish", "La oposición votó en contra."),
        ("french", "Des trois candidats, il n'en reste qu'un."),
        ("french", "Les élus ont voté pour."),
        # German separable prefixes, pronouns and lists look like prepositions, articles and relatives.
        ("german", "Der Zug kommt um acht Uhr an."),
        ("german", "Die Stadt, die Bahn und der Bund haben sich geeinigt."),
        ("german", "Genau das."),
        ("german", "Die Stadt teilte mit, dass sie die Kosten trägt."),
        ("german", "Sie sagte, dass die Stadt mehr zahlt als der Bund."),
        # A quotation cut off on purpose.
        ("english", "He said: \"We will not give up and...\""),
    ],
)
def test_fragments_complete_sentences_pass(language: str, sentence: str) -> None:
    assert fragment_problems(sentence, lexicon(language)) == []


@pytest.mark.parametrize(
    ("language", "cut", "whole"),
    [
        ("english", "Priya Shah, who said the work could not wait until the summer.",
         "Priya Shah, who leads the council, said the work could not wait until the summer."),
        ("english", "The Kettering Road Bridge, which will close for six weeks from Monday.",
         "The Kettering Road Bridge, which carries the A41, will close for six weeks from Monday."),
        ("spanish", "Lucía Ferrer, que dijo que su equipo había estudiado otras opciones.",
         "Lucía Ferrer, que es la alcaldesa, dijo que su equipo había estudiado otras opciones."),
        ("french", "Paul Rivière, qui a déclaré que son équipe avait étudié d'autres options.",
         "Paul Rivière, qui est le maire, a déclaré que son équipe avait étudié d'autres options."),
        ("german", "Die Bürgermeisterin sagte, dass die Arbeiten an der Brücke in Lindau.",
         "Die Bürgermeisterin sagte, dass die Arbeiten an der Brücke nicht warten könnten."),
        ("german", "Die Händler in Lindau, die Hilfe für ihre Verluste forderten.",
         "Die Händler in Lindau, die Hilfe für ihre Verluste forderten, wurden vertröstet."),
    ],
)
def test_fragments_relative_clause_or_verbless_report(language: str, cut: str, whole: str) -> None:
    # Outside German only a name shows the noun phrase: "Police arrested Priya Shah, who ..." is whole.
    assert fragment_problems(cut, lexicon(language))
    assert fragment_problems(whole, lexicon(language)) == []
