"""A view told as fact where its source holds it under a verb of belief ("believes", "opina",
"pense", "glaubt") or in the second reported clause of a saying verb ("said A and that B").
Sentences written for these tests: each flawed line drops the holder and is caught as a dropped
attribution; its faithful twin names the holder and passes; a verb of belief that takes no clause
("have thought about moving") reports no view, and a line sharing a few nouns with a belief tells
another thing."""

from __future__ import annotations

import pytest

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.lexicon import lexicon
from summarizer.verify.reported import unattributed_problems

CASES = [
    ("en", "Parish councillor Ruth Okafor believes the water board should pay for new pipes in every village.",
     "The water board should pay for new pipes in every village.",
     "Ruth Okafor believes the water board should pay for new pipes in every village."),
    ("es", "Su portavoz, Lucía Ferrer, opina que la alcaldía usa la sequía como excusa para subir las tarifas.",
     "La alcaldía usa la sequía como excusa para subir las tarifas.",
     "Lucía Ferrer opina que la alcaldía usa la sequía como excusa para subir las tarifas."),
    ("fr", "La présidente du club, Anne Berthier, pense que la mairie laisse le stade tomber en ruine.",
     "La mairie laisse le stade tomber en ruine.",
     "Anne Berthier pense que la mairie laisse le stade tomber en ruine."),
    ("de", "Vereinschef Jan Brandt glaubt, dass die Stadtverwaltung das alte Stadion bewusst verfallen lässt.",
     "Die Stadtverwaltung lässt das alte Stadion bewusst verfallen.",
     "Jan Brandt glaubt, dass die Stadtverwaltung das alte Stadion bewusst verfallen lässt."),
    # The second reported clause of one saying verb is the speaker's as much as the first.
    ("en", "Local shopkeeper Tomas Reyes said the market hall had been neglected for years and that the new "
           "parking charges were a disgrace.",
     "The new parking charges at the market hall were a disgrace.",
     "Tomas Reyes said the new parking charges at the market hall were a disgrace."),
]


def _problems(language: str, line: str, source: str) -> list:
    return unattributed_problems(line, [source], lexicon(language), stopwords_for(language))


@pytest.mark.parametrize(("language", "source", "flawed", "faithful"), CASES)
def test_reported_a_held_view_without_its_holder_is_caught(language: str, source: str, flawed: str, faithful: str) -> None:
    assert [p.kind for p in _problems(language, flawed, source)] == ["attribution"]


@pytest.mark.parametrize(("language", "source", "flawed", "faithful"), CASES)
def test_reported_a_held_view_with_its_holder_passes(language: str, source: str, flawed: str, faithful: str) -> None:
    assert _problems(language, faithful, source) == []


def test_reported_a_belief_verb_without_a_clause_reports_no_view() -> None:
    source = "A survey by the college found that many tenants have thought about moving out of the city centre."
    assert _problems("en", "Many tenants have thought about moving out of the city centre.", source) == []


def test_reported_a_few_shared_nouns_do_not_tell_the_belief() -> None:
    source = "Officers believe the woman was the same driver seen leaving the car park in Eastfield shortly afterwards."
    assert _problems("en", "A search is under way for a driver missing from Eastfield since the weekend.", source) == []


def test_reported_a_belief_verb_after_a_person_pronoun_holds_the_view_without_that() -> None:
    # "a service she believes pays ...": English leaves the relative clause's "that" out, so the
    # verb of belief is followed by a verb, yet its pronoun subject still names who holds the view.
    source = ("Councillor Ann Price welcomed the scheme but said she thought it was a stopgap for a care service "
              "that pays its carers too little.")
    faithful = ("Councillor Ann Price welcomed the new scheme while seeing it as a stopgap for a care service "
                "she believes pays its carers too little.")
    flawed = ("The new scheme was welcomed by Councillor Ann Price but it is a stopgap for a care service that "
              "pays its carers too little.")
    assert _problems("en", faithful, source) == []
    assert [p.kind for p in _problems("en", flawed, source)] == ["attribution"]
