"""Every registry of components chosen by name, assembled in one place.

This is where a newcomer adds a ranker, a model backend, a checker, an output format or a
language: one line naming it and the ``"module:attribute"`` that builds it. Paths are imported
only when a component is used, so that naming or checking a choice (as `Options` does) never
loads numpy or torch. Other packages add each kind through its entry-point group (the
``*_ENTRY_POINTS`` names below), and what they add works everywhere a built-in does: the
library, `summarize` and `batch`.
"""

from __future__ import annotations

from typing import Any

from summarizer.registry import Registry

RANKER_ENTRY_POINTS = "summarizer.rankers"
BACKEND_ENTRY_POINTS = "summarizer.backends"
LANGUAGE_ENTRY_POINTS = "summarizer.languages"
CHECKER_ENTRY_POINTS = "summarizer.checkers"
RENDERER_ENTRY_POINTS = "summarizer.renderers"
VERIFICATION_RENDERER_ENTRY_POINTS = "summarizer.verification_renderers"

# Extractive rankers (summarizer/extract/rankers.py): each scores every sentence of a document.
RANKERS: Registry[Any] = Registry("method", RANKER_ENTRY_POINTS)
RANKERS.add("lead", "summarizer.extract.rankers:LeadRanker", "The first sentences in document order (Lead-N), the classic news baseline.")
RANKERS.add("centrality", "summarizer.extract.rankers:CentralityRanker", "LexRank-style centrality over TF-IDF cosine similarity, blended with a position prior.")
RANKERS.add("news", "summarizer.extract.rankers:NewsRanker", "Position prior blended with directed centrality; prefers plain reported fact (the default).")
RANKERS.alias("default", "news")

# Model backends (summarizer/abstract/): a model kind -> a `Backend` subclass (abstract/backends.py)
# built from (ModelSpec, device); `--model KIND:NAME` picks one for any model name.
BACKENDS: Registry[Any] = Registry("model kind", BACKEND_ENTRY_POINTS)
BACKENDS.add("seq2seq", "summarizer.abstract.transformers_backend:Seq2SeqBackend", "Encoder-decoder summarisers (BART, PEGASUS, T5) through transformers.")
BACKENDS.add("causal", "summarizer.abstract.transformers_backend:CausalBackend", "Instruction-tuned chat models through transformers, prompted with their chat template.")
BACKENDS.add("openai", "summarizer.abstract.server_backend:ServerBackend", "A model behind an OpenAI-compatible server (Ollama, llama-server, vLLM): --model openai:NAME --api-base URL.")
BACKENDS.add("llamacpp", "summarizer.abstract.llamacpp_backend:LlamaCppBackend", "Quantised chat models in one .gguf file through llama.cpp (the llamacpp extra): fast on a CPU.")

# Output formats (summarizer/render/renderers.py): a Summary -> str.
RENDERERS: Registry[Any] = Registry("format", RENDERER_ENTRY_POINTS)
RENDERERS.add("text", "summarizer.render.renderers:render_text", "Numbered lines, then the source sentence behind each [n] marker.")
RENDERERS.add("markdown", "summarizer.render.renderers:render_markdown", "A bulleted list with footnotes quoting the sources.")
RENDERERS.add("json", "summarizer.render.renderers:render_json", "The JSON contract: lines, citations with spans, warnings, stats.")
RENDERERS.add("html", "summarizer.render.html:render_html", "One self-contained page: the summary, and the article with each cited sentence highlighted.")

# Faithfulness checkers (summarizer/verify/checkers.py): ``check(text, evidence) -> [Problem]``.
CHECKERS: Registry[Any] = Registry("checker", CHECKER_ENTRY_POINTS)
CHECKERS.add("literal", "summarizer.verify.checkers:LiteralChecker", "Numbers, dates, names, quantities, quotations and judgement words the sources lack; low support.")
CHECKERS.add("relations", "summarizer.verify.checkers:RelationChecker", "The literal checks, plus source words put in a relation no source sentence states (the default).")
CHECKERS.add("model", "summarizer.verify.model_checker:ModelChecker", "The literal checks, plus a downloaded fact-checking model's judgement (optional: `summarize models download minicheck-roberta`).")
CHECKERS.add("judge", "summarizer.abstract.judge:JudgeChecker", "The literal checks, plus a chat model's Yes or No (a .gguf file, a chat model, or openai:NAME on a server).")
CHECKERS.add("learned", "summarizer.verify.verdict:LearnedChecker", "The relations checks, each problem reported; whether a line is rejected, a small model trained on human labels decides (verdict.py).")
CHECKERS.alias("default", "relations")

# Languages with rules of their own (summarizer/lang/): an ISO code -> the module's `LANGUAGE`.
# Any other language the detector knows is read by the universal path (summarizer/lang/__init__.py).
LANGUAGES: Registry[Any] = Registry("language", LANGUAGE_ENTRY_POINTS)
for _code in "en de fr es it pt nl pl ru el cs da et fi no sl sv tr ml hu ro vi id sw th uk lo bo dz sk hr sr lt lv be ko hi".split():
    LANGUAGES.add(_code, f"summarizer.lang.{_code}:LANGUAGE", f"summarizer/lang/{_code}.py")

# Output formats of `summarize check` and `verify()` (summarizer/render/verification.py): a Verification -> str.
VERIFICATION_RENDERERS: Registry[Any] = Registry("format", VERIFICATION_RENDERER_ENTRY_POINTS)
VERIFICATION_RENDERERS.add("text", "summarizer.render.verification:render_text", "The verdict, each line with its source numbers and problems, then the sources.")
VERIFICATION_RENDERERS.add("markdown", "summarizer.render.verification:render_markdown", "The verdict and a checklist of lines with footnotes quoting the sources.")
VERIFICATION_RENDERERS.add("json", "summarizer.render.verification:render_json", "Every line with its citations, support and problems.")
VERIFICATION_RENDERERS.add("html", "summarizer.render.html:render_verification_html", "The same page as a summary's, each line's problems listed.")
