"""The accuser made the accused (verify/holders.py; issue 18, reversal "the Naturschutzbund accused
the Verband, not the other way round"): the line accuses the party its source sentence gives the
claim to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.holders import accused_holder_problems
from summarizer.verify.lexicon import lexicon

CASES = [
    ("de", "Der Mieterbund Lindau kritisierte, die Wohnbaugesellschaft habe Beschwerden über Schimmel jahrelang ignoriert.",
     "Die Wohnbaugesellschaft warf dem Mieterbund Lindau vor, Beschwerden über Schimmel jahrelang ignoriert zu haben.",
     "Der Mieterbund Lindau warf der Wohnbaugesellschaft vor, Beschwerden über Schimmel jahrelang ignoriert zu haben."),
    ("en", "The tenants' association said the landlord had ignored complaints about damp for years.",
     "The landlord accused the tenants' association of ignoring complaints about damp for years.",
     "The tenants' association accused the landlord of ignoring complaints about damp for years."),
    ("es", "La asociación de vecinos denunció que la constructora había ignorado las quejas durante años.",
     "La constructora acusó a la asociación de vecinos de ignorar las quejas durante años.",
     "La asociación de vecinos acusó a la constructora de ignorar las quejas durante años."),
]


def _problems(language: str, line: str, source: str) -> list:
    return accused_holder_problems(line, [source], lexicon(language), stopwords_for(language))


@pytest.mark.parametrize(("language", "source", "flawed", "faithful"), CASES[:2])
def test_accusing_the_party_that_makes_the_claim_is_a_reversal(language: str, source: str, flawed: str, faithful: str) -> None:
    assert [p.kind for p in _problems(language, flawed, source)] == ["relation"]


@pytest.mark.parametrize(("language", "source", "flawed", "faithful"), CASES)
def test_the_claimant_as_accuser_passes(language: str, source: str, flawed: str, faithful: str) -> None:
    assert _problems(language, faithful, source) == []


def test_a_joined_verb_takes_its_speaker_from_further_back() -> None:
    source = "Ines Kett said the firm had offered a new rota, and accused the union of refusing to talk."
    line = "Ines Kett said the firm had offered a new rota and accused the union of refusing to talk."
    assert _problems("en", line, source) == []


def test_a_passive_accusation_is_left_alone() -> None:
    source = "The tenants' association said the landlord had ignored complaints about damp for years."
    line = "The landlord has been accused by the tenants' association of ignoring complaints about damp."
    assert _problems("en", line, source) == []


def test_a_pronoun_speaker_is_no_holder_and_the_claims_subject_is_not_one() -> None:
    source = 'He said the water company had "ignored every warning about the pipes".'
    line = "Mr Ford accused the water company of ignoring every warning about the pipes."
    assert _problems("en", line, source) == []


def test_the_subject_of_a_passive_saying_verb_is_no_holder() -> None:
    source = "Tenants accused Harlow Homes of ignoring the damp, pointing out that the landlord had been warned in May."
    line = "Noting that Harlow Homes had been warned in May, tenants accused the landlord of ignoring the damp."
    assert _problems("en", line, source) == []
