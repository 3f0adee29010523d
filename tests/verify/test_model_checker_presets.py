"""Each fact-checking preset, loaded offline from a tiny random model of its architecture, reads
its input and its answer the way the model's own published inference does; and rules and model
combine as documented (veto, either, model)."""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from summarizer import verify  # noqa: E402
from summarizer.errors import MissingResourceError, OptionsError  # noqa: E402
from summarizer.models.store import presets  # noqa: E402
from summarizer.verify.model_checker import ModelChecker  # noqa: E402

# Written for these tests.
ARTICLE = """Library opens in Marston

The new library in Marston opened on Saturday with room for 40,000 books.

Librarian Hugo Brandt said the reading room would stay open until nine in the evening.

The town council paid for the building with a loan from the regional bank.
"""
PASSAGE = "The new library in Marston opened on Saturday with room for 40,000 books."
CLAIM = "A library opened in Marston on Saturday."
CHECKER_PRESETS = ["minicheck-roberta", "minicheck-deberta", "minicheck-flan-t5", "factcg-deberta", "hhem-2.1-open"]


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SUMMARIZER_MODEL_STORE", str(tmp_path / "store"))
    monkeypatch.setattr("summarizer.models.store._from_hf_cache", lambda hub_id, revision: None)
    return tmp_path / "store"


def test_every_checker_preset_is_pinned_and_licensed():
    table = presets()
    for name in CHECKER_PRESETS:
        preset = table[name]
        assert preset.kind == "nli"
        assert len(preset.revision) == 40 and int(preset.revision, 16) >= 0, name  # a commit, never a branch
        assert preset.licence in ("mit", "apache-2.0"), name
    assert len(table["hhem-2.1-open"].checker["foundation_revision"]) == 40


def _reference_classifier(directory: Path, text_a: str, text_b: str | None = None) -> float:
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(directory)
    model = AutoModelForSequenceClassification.from_pretrained(directory).eval()
    encoded = tokenizer(text_a, text_b, return_tensors="pt") if text_b is not None else tokenizer(text_a, return_tensors="pt")
    with torch.no_grad():
        return float(torch.softmax(model(**encoded).logits[0], dim=-1)[1])


@pytest.mark.parametrize(("preset", "model_type"), [("minicheck-roberta", "roberta"), ("minicheck-deberta", "deberta-v2")])
def test_minicheck_classifiers_read_passage_end_token_claim(store: Path, preset: str, model_type: str):
    from tiny_models import build_tiny_fact_classifier

    directory = build_tiny_fact_classifier(store / preset, ARTICLE.splitlines() + [CLAIM], model_type)
    checker = ModelChecker(model=preset)
    # MiniCheck's inference: one text, the passage and the claim joined by the end token.
    expected = _reference_classifier(directory, PASSAGE + "[SEP]" + CLAIM)
    assert checker.judge.probability(PASSAGE, CLAIM) == pytest.approx(expected, abs=1e-5)
    assert checker.judge.reading.input == "joined"


def test_factcg_reads_its_instruction_with_the_passage_and_claim(store: Path):
    from tiny_models import build_tiny_fact_classifier

    directory = build_tiny_fact_classifier(store / "factcg-deberta", ARTICLE.splitlines() + [CLAIM, "choose your answer based on"], "deberta-v2")
    checker = ModelChecker(model="factcg-deberta")
    template = presets()["factcg-deberta"].checker["template"]
    expected = _reference_classifier(directory, template.replace("{passage}", PASSAGE).replace("{claim}", CLAIM))
    assert checker.judge.probability(PASSAGE, CLAIM) == pytest.approx(expected, abs=1e-5)
    assert "Choose your answer" in template and template.index("{passage}") < template.index("{claim}")


def test_minicheck_flan_t5_reads_the_yes_token_of_its_first_decoded_step(store: Path):
    from tiny_models import build_tiny_t5
    from transformers import AutoTokenizer, T5ForConditionalGeneration

    directory = build_tiny_t5(store / "minicheck-flan-t5")
    checker = ModelChecker(model="minicheck-flan-t5")
    tokenizer = AutoTokenizer.from_pretrained(directory)
    model = T5ForConditionalGeneration.from_pretrained(directory).eval()
    encoded = tokenizer("predict: " + PASSAGE + tokenizer.eos_token + CLAIM, return_tensors="pt")
    with torch.no_grad():
        logits = model(**encoded, decoder_input_ids=torch.zeros((1, 1), dtype=torch.long)).logits[0, 0]
    expected = float(torch.softmax(logits[[3, 209]], dim=-1)[1])  # token 3: unsupported, 209: supported
    assert checker.judge.probability(PASSAGE, CLAIM) == pytest.approx(expected, abs=1e-5)
    assert checker.judge.reading.architecture == "seq2seq"


def test_hhem_is_read_as_t5_token_classification_without_remote_code(store: Path):
    from tiny_models import TINY_HHEM_PROMPT, build_tiny_hhem

    _, model, tokenizer = build_tiny_hhem(store / "hhem-2.1-open")
    checker = ModelChecker(model="hhem-2.1-open")
    # What HHEM's remote code computes: its prompt filled, the T5 token classifier run, the
    # softmax of the first token's logits, class 1.
    encoded = tokenizer(TINY_HHEM_PROMPT.format(text1=PASSAGE, text2=CLAIM), return_tensors="pt")
    with torch.no_grad():
        expected = float(torch.softmax(model(**encoded).logits[:, 0, :], dim=-1)[0, 1])
    got = checker.judge.probability(PASSAGE, CLAIM)
    assert got == pytest.approx(expected, abs=1e-5)
    assert checker.judge.reading.architecture == "hhem"
    # The encoder's embedding, stored once in the weights, is the shared one again.
    loaded = checker.judge.model
    assert torch.equal(loaded.transformer.encoder.embed_tokens.weight, loaded.transformer.shared.weight)


def test_hhem_without_its_tokenizer_names_the_download(store: Path):
    from tiny_models import build_tiny_hhem

    build_tiny_hhem(store / "hhem-2.1-open", with_foundation=False)
    with pytest.raises(MissingResourceError, match="summarize models download hhem-2.1-open"):
        ModelChecker(model="hhem-2.1-open")


def test_hhem_download_fetches_the_foundation_at_its_pinned_revision(store: Path, monkeypatch: pytest.MonkeyPatch):
    import huggingface_hub

    from summarizer.models.store import download

    calls: list[tuple[str, str, str]] = []
    monkeypatch.setattr(huggingface_hub, "snapshot_download", lambda hub_id, revision, local_dir, **kw: calls.append((hub_id, revision, local_dir)))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    download("hhem-2.1-open")
    table = presets()["hhem-2.1-open"]
    assert calls[0][:2] == (table.hub_id, table.revision)
    assert calls[1][:2] == ("google/flan-t5-base", table.checker["foundation_revision"])
    assert calls[1][2].endswith("foundation")


# Rules and model together.

@pytest.fixture()
def fixed(tmp_path_factory: pytest.TempPathFactory):
    """fixed(p) -> a tiny classifier that gives every input support probability p."""
    import math

    from tiny_models import build_tiny_classifier

    def build(p: float) -> str:
        directory = tmp_path_factory.mktemp("fixed")
        return str(build_tiny_classifier(directory, ARTICLE.splitlines(), ["unsupported", "supported"], [0.0, math.log(p / (1 - p))]))

    return build


def test_veto_a_rule_settles_a_changed_number_without_asking_the_model(fixed):
    checker = ModelChecker(model=fixed(0.9))
    asked: list[str] = []
    probability = checker.judge.probability
    checker.judge.probability = lambda passage, claim: asked.append(claim) or probability(passage, claim)
    result = verify(ARTICLE, ["The new library in Marston opened on Saturday with room for 60,000 books."], checker=checker)
    assert [p.kind for p in result.problems] == ["number"]
    assert asked == []


def test_veto_leaves_a_paraphrase_to_the_model(fixed):
    paraphrase = "Marston's council borrowed from a regional bank to pay for the library."
    assert verify(ARTICLE, [paraphrase], checker=ModelChecker(model=fixed(0.9))).supported
    either = verify(ARTICLE, [paraphrase], checker=ModelChecker(model=fixed(0.9), combine="either"))
    assert "support" in [p.kind for p in either.problems]  # the lexical rule objects; veto drops it
    refused = verify(ARTICLE, [paraphrase], checker=ModelChecker(model=fixed(0.2)))
    assert [p.kind for p in refused.problems] == ["model"]


def test_model_alone_ignores_the_rules(fixed):
    result = verify(ARTICLE, ["The new library in Marston opened on Saturday with room for 60,000 books."], checker=ModelChecker(model=fixed(0.9), combine="model"))
    assert result.supported


def test_threshold_and_combine_are_settings(fixed, tmp_path: Path):
    from click.testing import CliRunner

    from summarizer.cli import cli

    assert not verify(ARTICLE, [CLAIM], checker=ModelChecker(model=fixed(0.7), threshold=0.8)).supported
    with pytest.raises(OptionsError, match="combine must be one of veto, either, model"):
        ModelChecker(model=fixed(0.7), combine="vote")
    article = tmp_path / "library.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = fixed(0.7)
    args = ["check", str(article), "-s", "-", "--checker", "model", "--checker-setting", f"model={path}"]
    assert CliRunner().invoke(cli, args, input=CLAIM).exit_code == 0
    strict = CliRunner().invoke(cli, [*args, "--checker-setting", "threshold=0.8"], input=CLAIM)
    assert strict.exit_code == 1 and "below 0.8" in strict.output


def test_faithfulness_scores_rules_with_a_model_and_reports_cpu_time(fixed, tmp_path: Path):
    import json

    from click.testing import CliRunner

    from summarizer.cli import cli

    rows = [
        {"dataset": "toy", "article": ARTICLE, "summary": CLAIM, "label": 1},
        {"dataset": "toy", "article": ARTICLE, "summary": "The new library in Marston opened on Saturday with room for 60,000 books.", "label": 0},
    ]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    args = ["faithfulness", str(labels), "--checker", "model", "--checker-setting", f"model={fixed(0.9)}", "--format", "json", "--resamples", "100"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    [toy] = json.loads(result.output)["results"]
    assert toy["balanced_accuracy"]["value"] == 1.0  # the number vetoes the flawed one, the model passes the other
    assert toy["cpu_ms_per_summary"] > 0
