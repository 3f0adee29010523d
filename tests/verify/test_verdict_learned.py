"""The learned verdict (`--checker learned`): its weights load, its features are computed, and it
decides which of the rules' problems reject a line and which are only reported as warnings."""

from __future__ import annotations

import json
import math

import pytest

from summarizer import verify
from summarizer.errors import OptionsError
from summarizer.verify.checkers import Evidence
from summarizer.verify.problems import Problem
from summarizer.verify.verdict import FEATURES, MODEL_FILE, LearnedChecker, VerdictModel, line_features

# Written for these tests.
ARTICLE = """Ferry service to Kellan Isle resumes

The ferry to Kellan Isle will run again from Thursday after a six-week repair of its landing ramp.

The island council said the repair cost 240,000 pounds, paid from its harbour fund.

Skipper Owen Marsh said bookings for the first week were already full.
"""
WRONG_NUMBER = "The island council said the repair cost 310,000 pounds."
FAITHFUL = "The ferry to Kellan Isle runs again from Thursday after its landing ramp was repaired."
VERBATIM = "Skipper Owen Marsh said bookings for the first week were already full."


def write_model(path, weights=None, bias=0.0, threshold=0.5):
    """A weights file of the shipped shape, with the weights a test wants (by feature name)."""
    weights = weights or {}
    path.write_text(json.dumps({
        "features": list(FEATURES), "mean": [0.0] * len(FEATURES), "scale": [1.0] * len(FEATURES),
        "weights": [weights.get(name, 0.0) for name in FEATURES], "bias": bias, "threshold": threshold,
    }))
    return str(path)


def test_the_shipped_model_loads_and_matches_the_features_computed():
    model = VerdictModel.load(MODEL_FILE)
    assert model.features == FEATURES
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(FEATURES)
    assert 0 < model.threshold < 1
    assert all(s > 0 for s in model.scale)
    assert "FRANK" in model.about["trained_on"]  # says what it was (not) trained on


def test_the_shipped_weights_move_a_lines_probability_their_way():
    model = VerdictModel.load(MODEL_FILE)
    row = list(model.mean)
    base = model.probability(row)
    for k, weight in enumerate(model.weights):
        if abs(weight) < 1e-6:
            continue
        moved = list(row)
        moved[k] += model.scale[k]
        assert (model.probability(moved) > base) == (weight > 0), FEATURES[k]


def test_features_count_the_problem_kinds_and_the_invented_number():
    from summarizer.verify.verification import read_source

    document = read_source(ARTICLE)
    cited = tuple(s.text for s in document.sentences if "island council" in s.text)
    evidence = Evidence(cited, 0.8, document=document)
    named = dict(zip(FEATURES, line_features(WRONG_NUMBER, evidence, [Problem("number", "number not in its sources: 310,000")])))
    assert len(named) == len(FEATURES)
    assert named["kind_number"] == 1.0 and named["kind_relation"] == 0.0
    assert named["problems"] == pytest.approx(math.log1p(1))
    assert named["novel_numbers"] > 0  # 310,000 is not in the cited sentence
    assert named["support"] == 0.8 and named["citations"] == 1.0
    clean = dict(zip(FEATURES, line_features(cited[0], evidence, [])))
    assert clean["novel_numbers"] == 0 and clean["novel_pairs"] == 0 and clean["problems"] == 0
    assert clean["copied_run"] == 1.0 and clean["novel_triples"] == 0


def test_features_measure_how_much_of_a_line_is_copied_and_their_products():
    from summarizer.verify.verification import read_source

    document = read_source(ARTICLE)
    evidence = Evidence(tuple(s.text for s in document.sentences if "island council" in s.text), 0.7, document=document)
    # Two stretches of the sentence, swapped: every word and most pairs are the source's.
    named = dict(zip(FEATURES, line_features("The repair cost 240,000 pounds, the island council said.", evidence, [])))
    assert 0.3 < named["copied_run"] < 1 and named["novel_triples"] > 0
    assert named["novel_triples"] > named["novel_pairs"]  # runs of three break where the stretches meet
    assert named["pronoun_start"] == 0 and named["lower_case"] == 0
    assert named["novel_triples*support"] == pytest.approx(named["novel_triples"] * 0.7)
    assert named["copied_run*support"] == pytest.approx(named["copied_run"] * 0.7)
    assert named["novel_triples*known_words"] == pytest.approx(named["novel_triples"] * (1 - named["novel_in_article"]))
    lower = dict(zip(FEATURES, line_features("it paid for the repair from its harbour fund.", evidence, [])))
    assert lower["pronoun_start"] == 1 and lower["lower_case"] == 1


def test_the_verdict_follows_the_weights_a_rule_problem_rejects_or_only_warns(tmp_path):
    rejects = write_model(tmp_path / "rejects.json", {"kind_number": 10.0}, bias=-5.0)
    result = verify(ARTICLE, WRONG_NUMBER, checker="learned", checker_settings={"model": rejects})
    assert not result.supported
    assert [p.kind for p in result.lines[0].problems] == ["number"]
    warns = write_model(tmp_path / "warns.json", {"kind_number": -10.0}, bias=-5.0)
    result = verify(ARTICLE, WRONG_NUMBER, checker="learned", checker_settings={"model": warns})
    assert result.supported
    assert [p.kind for p in result.lines[0].warnings] == ["number"]  # still reported, with its kind
    assert result.to_dict()["lines"][0]["warnings"][0]["kind"] == "number"
    assert "? number" in result.to_text()


def test_a_line_the_rules_pass_can_still_be_rejected_by_the_model(tmp_path):
    longer = write_model(tmp_path / "long.json", {"words": 10.0}, bias=-20.0)  # lines over ~7 words
    result = verify(ARTICLE, FAITHFUL, checker="learned", checker_settings={"model": longer})
    assert [p.kind for p in result.lines[0].problems] == ["model"]
    assert verify(ARTICLE, FAITHFUL, checker="relations").supported


def test_the_threshold_setting_decides_where_a_line_is_rejected(tmp_path):
    half = write_model(tmp_path / "half.json", {"kind_number": 1.0})  # sigmoid(1) = 0.73
    assert not verify(ARTICLE, WRONG_NUMBER, checker="learned", checker_settings={"model": half}).supported
    assert verify(ARTICLE, WRONG_NUMBER, checker="learned", checker_settings={"model": half, "threshold": 0.8}).supported
    with pytest.raises(OptionsError):
        LearnedChecker(threshold=1.5)


def test_a_line_that_is_its_sources_passes_even_a_model_that_rejects_everything(tmp_path):
    from summarizer.verify.verification import read_source

    everything = write_model(tmp_path / "all.json", bias=20.0)
    assert verify(ARTICLE, VERBATIM, checker="learned", checker_settings={"model": everything}).supported
    # The guard asks the checker line by line, without the verbatim shortcut of `verify`.
    document = read_source(ARTICLE)
    checker = LearnedChecker(model=everything)
    evidence = Evidence((VERBATIM,), 1.0, document=document)
    assert checker.verdict(VERBATIM, evidence, []) == ([], [])
    assert checker.verdict(FAITHFUL, Evidence((document.sentences[0].text,), 0.9, document=document), [])[0]


def test_a_weights_file_for_other_features_is_refused(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"features": ["support"], "mean": [0], "scale": [1], "weights": [1], "bias": 0, "threshold": 0.5}))
    with pytest.raises(OptionsError, match="retrain"):
        VerdictModel.load(path)
