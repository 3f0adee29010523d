"""Each GGUF preset's chat-template handling, offline, with a tiny random model per template family.

The templates below are written for these tests in the style of each family's real one, keeping only
what our prompt depends on: Qwen3 and SmolLM3 switch their reasoning off when rendered with
enable_thinking=False; Gemma 3 has no system role and puts the instructions in the user's turn;
Llama 3.2 dates its system turn with strftime_now. Every llama.cpp preset must belong to a family
tested here, so a new preset comes with its template test."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.models import store as modelstore

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
QWEN3 = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n"
    "{% if enable_thinking is defined and enable_thinking is false %}<think>\n\n</think>\n\n{% endif %}{% endif %}"
)
SMOLLM3 = (
    "{% set mode = '/no_think' if (enable_thinking is defined and enable_thinking is false) else '/think' %}"
    "<|im_start|>system\n## Metadata\nReasoning Mode: {{ mode }}\n"
    "{% if messages[0]['role'] == 'system' %}{{ messages[0]['content'] }}{% endif %}<|im_end|>\n"
    "{% for m in messages if m['role'] != 'system' %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% if mode == '/no_think' %}<think>\n\n</think>\n{% endif %}{% endif %}"
)
GEMMA3 = (
    "{{ bos_token }}{% if messages[0]['role'] == 'system' %}{% set first = messages[0]['content'] + '\n\n' %}"
    "{% set turns = messages[1:] %}{% else %}{% set first = '' %}{% set turns = messages %}{% endif %}"
    "{% for m in turns %}<start_of_turn>{{ 'model' if m['role'] == 'assistant' else m['role'] }}\n"
    "{{ (first if loop.first else '') + m['content'] }}<end_of_turn>\n{% endfor %}"
    "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)
LLAMA3 = (
    "{% set date_string = strftime_now('%d %b %Y') if strftime_now is defined else '26 Jul 2024' %}"
    "<|start_header_id|>system<|end_header_id|>\n\nToday Date: {{ date_string }}\n\n"
    "{% if messages[0]['role'] == 'system' %}{{ messages[0]['content'] }}{% endif %}<|eot_id|>"
    "{% for m in messages if m['role'] != 'system' %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>\n\n{{ m['content'] }}<|eot_id|>{% endfor %}"
    "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}"
)
FAMILIES = {"qwen3-": QWEN3, "smollm3-": SMOLLM3, "gemma3-": GEMMA3, "llama3.2-": LLAMA3, "qwen2.5-": CHATML}


def _family(name: str) -> str:
    return next(prefix for prefix in FAMILIES if name.startswith(prefix))


def test_every_gguf_preset_belongs_to_a_tested_template_family():
    for name, preset in modelstore.presets().items():
        if preset.kind == "llamacpp":
            assert any(name.startswith(prefix) for prefix in FAMILIES), f"{name}: add its chat template family here"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The prompt each family's template renders for one request, through the real llama.cpp backend."""
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import build_tiny_gguf
    from summarizer.abstract.backends import GenerationRequest, load_backend

    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix == ".txt"]
    request = GenerationRequest("The port reopened on Monday.", 2, 44, 120, 0, ("The port reopened on Monday.",))
    prompts = {}
    for prefix, template in FAMILIES.items():
        path = build_tiny_gguf(tmp_path_factory.mktemp(prefix.strip("-.")) / "tiny.gguf", corpus, context=2048, chat_template=template)
        backend = load_backend(modelstore.resolve_model(str(path)), "cpu")
        (prompt,) = backend.preprocess([request])
        prompts[prefix] = backend.llm.detokenize(prompt.tokens, special=True).decode("utf-8")
        backend.close()
    return prompts


@pytest.mark.parametrize("name", sorted(n for n, p in modelstore.presets().items() if p.kind == "llamacpp"))
def test_each_preset_template_renders_our_prompt_as_the_model_expects(rendered, name):
    text = rendered[_family(name)]
    assert "exactly 2 complete sentences" in text and "[1] The port reopened on Monday." in text
    family = _family(name)
    if family in ("qwen3-", "smollm3-"):
        # Thinking off: the template itself closes an empty reasoning block before the answer.
        assert text.rstrip("\n").endswith("<think>\n\n</think>")
    else:
        assert "<think>" not in text
    if family == "gemma3-":
        assert "<start_of_turn>system" not in text  # no system turn: the instructions open the user's turn
        assert text.index("You summarise news.") < text.index("[1] The port reopened")
    if family == "llama3.2-":
        assert "Today Date: " in text and "You summarise news." in text
