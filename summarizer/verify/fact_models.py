"""Fact-checking models read from local files, without any model's own code (no `trust_remote_code`).

Each family turns a (passage, claim) pair into the probability that the passage supports the
claim in its own way; the family is told by the model's config.json:

- ``classifier``: a sequence classifier (MiniCheck RoBERTa and DeBERTa, FactCG, NLI models):
  softmax over its labels, read at the one meaning "supported" (`supported_label`).
- ``hhem``: Vectara's HHEM-2.1-Open. Its published weights are a flan-t5-base encoder with a
  two-way token-classification head (keys ``t5.transformer.*``, ``t5.classifier.*``); its remote
  code fills a prompt with the premise and hypothesis, runs ``T5ForTokenClassification`` and
  takes the softmax of the logits at the first token, class 1. The same is done here with
  transformers' own T5 classes, flan-t5-base's config and tokenizer (kept in ``foundation/``
  beside the weights by ``summarize models download``) and the weights loaded by name.
- ``seq2seq``: MiniCheck-Flan-T5: one decoder step from the start token, softmax over the
  logits of two label tokens (no, yes), as MiniCheck's own inference reads it.

How the pair is written into the model's input (``input``): ``pair`` (the tokenizer's two-text
form), ``joined`` (passage, the end token, claim: MiniCheck's training format) or ``template``
(a preset's text with ``{passage}``, ``{claim}`` and ``{eos}``; FactCG's instruction, HHEM's
prompt, MiniCheck-Flan-T5's "predict:" line).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import MissingResourceError, ModelError, OptionsError

if TYPE_CHECKING:
    from summarizer.models.store import ModelSpec

INPUTS = ("joined", "pair", "template")
ARCHITECTURES = ("classifier", "hhem", "seq2seq")
# HHEM-2.1-Open's prompt, as its configuration publishes it ({passage} is its premise, {claim}
# its hypothesis); used when the downloaded config.json does not carry one.
HHEM_PROMPT = "<pad> Determine if the hypothesis is true given the premise?\n\nPremise: {passage}\n\nHypothesis: {claim}"
# MiniCheck-Flan-T5's input and the two tokens it answers with ("no support", "support").
MINICHECK_T5_TEMPLATE = "predict: {passage}{eos}{claim}"
MINICHECK_T5_TOKENS = (3, 209)


@dataclass(frozen=True, slots=True)
class Reading:
    """How one model is fed and read."""

    architecture: str = "classifier"
    input: str = "pair"
    template: str | None = None
    label_tokens: tuple[int, int] | None = None  # seq2seq: the (unsupported, supported) answer tokens

    def __post_init__(self) -> None:
        if self.architecture not in ARCHITECTURES:
            raise OptionsError(f"architecture must be one of {', '.join(ARCHITECTURES)}, got {self.architecture!r}")
        if self.input not in INPUTS:
            raise OptionsError(f"input must be one of {', '.join(INPUTS)}, got {self.input!r}")
        if self.input == "template" and (not self.template or "{passage}" not in self.template or "{claim}" not in self.template):
            raise OptionsError("input 'template' needs a template holding {passage} and {claim}")

    def text(self, passage: str, claim: str, eos: str) -> str:
        """The single text a joined or templated model reads."""
        if self.input == "joined":
            return passage + eos + claim
        assert self.template is not None
        return self.template.replace("{eos}", eos).replace("{passage}", passage).replace("{claim}", claim)


def read_config(path: Path) -> dict[str, Any]:
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path} has no readable config.json ({exc})") from None
    return config if isinstance(config, dict) else {}


def architecture_of(config: Mapping[str, Any]) -> str:
    """The family a model belongs to, by its config.json."""
    names = [str(a) for a in config.get("architectures") or []]
    if str(config.get("model_type", "")).lower().startswith("hhemv2") or any(a.startswith("HHEMv2") for a in names):
        return "hhem"
    if config.get("is_encoder_decoder") and not any(a.endswith("ForSequenceClassification") for a in names):
        return "seq2seq"
    return "classifier"


def reading_for(path: Path, preset_checker: Mapping[str, Any], input_format: str | None, template: str | None) -> Reading:
    """How to read the model at `path`: its family from its config, the input as the setting,
    else the preset, else the family's own format says."""
    config = read_config(path)
    architecture = architecture_of(config)
    template = template or preset_checker.get("template")
    tokens = preset_checker.get("label_tokens")
    if architecture == "hhem":
        prompt = config.get("prompt")
        # The published prompt names its slots text1 and text2.
        default = prompt.replace("{text1}", "{passage}").replace("{text2}", "{claim}") if isinstance(prompt, str) else HHEM_PROMPT
        return Reading("hhem", "template", template or default)
    if architecture == "seq2seq":
        pair = tuple(int(t) for t in tokens) if tokens else MINICHECK_T5_TOKENS
        if len(pair) != 2:
            raise OptionsError(f"label_tokens must name two tokens (unsupported, supported), got {tokens!r}")
        return Reading("seq2seq", "template", template or MINICHECK_T5_TEMPLATE, (pair[0], pair[1]))
    chosen = input_format or preset_checker.get("input") or ("template" if template else "pair")
    return Reading("classifier", chosen, template)


def load_model(spec: ModelSpec, device: str, reading: Reading, preset_checker: Mapping[str, Any]) -> tuple[Any, Any]:
    """Tokenizer and model for `reading`'s family, from local files only."""
    from summarizer.models.loading import load_pretrained

    if reading.architecture == "classifier":
        return load_pretrained(spec, device, "AutoModelForSequenceClassification")
    if reading.architecture == "seq2seq":
        return load_pretrained(spec, device, "AutoModelForSeq2SeqLM")
    return load_hhem(spec, device, preset_checker)


def load_hhem(spec: ModelSpec, device: str, preset_checker: Mapping[str, Any]) -> tuple[Any, Any]:
    """HHEM-2.1-Open as transformers' T5ForTokenClassification: flan-t5-base's config and
    tokenizer, HHEM's weights with their "t5." prefix taken off."""
    import torch
    import transformers

    from summarizer.models.loading import first_line, quiet_loading

    path = Path(spec.path)
    foundation = _foundation_dir(path, spec.name, preset_checker)
    weights = path / "model.safetensors"
    try:
        with quiet_loading(transformers, False):
            tokenizer = transformers.AutoTokenizer.from_pretrained(str(foundation), local_files_only=True)
            config = transformers.T5Config.from_pretrained(str(foundation), local_files_only=True)
            config.num_labels = 2
            model = transformers.T5ForTokenClassification(config)
        if weights.is_file():
            from safetensors.torch import load_file

            raw = load_file(str(weights))
        else:
            raw = torch.load(str(path / "pytorch_model.bin"), map_location="cpu", weights_only=True)
    except (OSError, ValueError, RuntimeError) as exc:
        raise ModelError(f"model {spec.name!r} could not be loaded from {path} ({first_line(exc)}); download it again") from None
    state = {key[len("t5."):]: value for key, value in raw.items() if key.startswith("t5.")}
    missing, unexpected = model.load_state_dict(state, strict=False)
    # The encoder's embedding is the shared one; the weights may store it once.
    if unexpected or not state or any(not key.endswith("embed_tokens.weight") for key in missing):
        raise ModelError(f"model {spec.name!r}: {path} does not hold HHEM's weights (missing {list(missing)[:3]}, unexpected {list(unexpected)[:3]})")
    with torch.no_grad():
        for key in missing:
            module = model.get_submodule(key.rsplit(".", 1)[0])
            module.weight.copy_(model.transformer.shared.weight)
    model.to(device)
    model.eval()
    return tokenizer, model


def _foundation_dir(path: Path, name: str, preset_checker: Mapping[str, Any]) -> Path:
    from summarizer.models.store import FOUNDATION_DIR, _from_hf_cache, download_command

    local = path / FOUNDATION_DIR
    if (local / "config.json").is_file():
        return local

    hub_id = preset_checker.get("foundation", "google/flan-t5-base")
    cached = _from_hf_cache(hub_id, preset_checker.get("foundation_revision"))
    if cached is None:
        raise MissingResourceError(f"model {name!r} needs {hub_id}'s config and tokenizer in {local}; get both with: {download_command(name)}")
    return cached


def support_probability(model: Any, tokenizer: Any, reading: Reading, supported_label: int, passage: str, claim: str, max_tokens: int) -> float:
    """The model's probability that `passage` supports `claim`."""
    import torch

    eos = tokenizer.eos_token or tokenizer.sep_token or " "
    if reading.input == "pair":
        encoded = tokenizer(passage, claim, truncation="only_first", max_length=max_tokens, return_tensors="pt")
    else:
        encoded = tokenizer(reading.text(passage, claim, eos), truncation=True, max_length=max_tokens, return_tensors="pt")
    encoded = {key: value.to(model.device) for key, value in encoded.items() if key in ("input_ids", "attention_mask", "token_type_ids")}
    with torch.no_grad():
        if reading.architecture == "seq2seq":
            assert reading.label_tokens is not None
            start = torch.full((1, 1), int(model.config.decoder_start_token_id or 0), dtype=torch.long, device=model.device)
            logits = model(**encoded, decoder_input_ids=start).logits[0, -1, list(reading.label_tokens)].float()
            return float(torch.softmax(logits, dim=-1)[1])
        if reading.architecture == "hhem":
            encoded.pop("token_type_ids", None)
            logits = model(**encoded).logits[0, 0].float()  # the first token's two classes
            return float(torch.softmax(logits, dim=-1)[1])
        logits = model(**encoded).logits[0].float()
    return float(torch.softmax(logits, dim=-1)[supported_label])


def template_overhead(tokenizer: Any, reading: Reading) -> int:
    """Tokens the input takes besides the passage and the claim."""
    if reading.input == "pair":
        return 4
    eos = tokenizer.eos_token or tokenizer.sep_token or " "
    return len(tokenizer(reading.text("", "", eos))["input_ids"]) + 2
