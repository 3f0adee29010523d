"""Throughput of the abstractive mode against a plain per-article `model.generate` loop.

    python benchmarks/abstractive.py DATA.jsonl --model PATH_OR_PRESET [--limit 8] [--device cpu]

Both sides use the same loaded model, prompt, greedy decoding and token limits. The plain loop
is what a script without this package would do: one article at a time, the whole article
(truncated to the model's input budget), `model.generate` with the default settings. A second
plain loop over our key-line inputs separates the gain from reading less from the gain from
batching and the static cache. Peak memory is ru_maxrss of this process. DATA.jsonl rows need an
"article" field.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer import Summarizer  # noqa: E402
from summarizer.abstract.stage import plan_input, plan_length  # noqa: E402
from summarizer.abstract.backends import GenerationRequest  # noqa: E402
from summarizer.extract.features import SentenceFeatures  # noqa: E402
from summarizer.read.document import build_document  # noqa: E402
from summarizer.read.sources import raw_from_bytes  # noqa: E402


def plain_loop(backend, texts: list[str], plan) -> float:
    """One `model.generate` per article, as a script without batching would call it."""
    import torch

    started = time.perf_counter()
    for text in texts:
        request = GenerationRequest(text, plan.sentences, plan.words, plan.max_new_tokens, plan.min_new_tokens)
        if backend.kind == "causal":
            prompt = backend.prompt(request)
            inputs = backend.tokenizer(prompt, return_tensors="pt", add_special_tokens=False, truncation=True,
                                       max_length=backend.max_input_tokens).to(backend.device)
            extra = {"pad_token_id": backend.tokenizer.pad_token_id}
        else:
            inputs = backend.tokenizer(backend.prefix + text, return_tensors="pt", truncation=True,
                                       max_length=backend.max_input_tokens).to(backend.device)
            extra = {}
        with torch.no_grad():
            output = backend.model.generate(**inputs, **{"do_sample": False, **backend.generation}, **extra,
                                            max_new_tokens=plan.max_new_tokens, min_new_tokens=plan.min_new_tokens)
        backend.tokenizer.decode(output[0], skip_special_tokens=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data")
    parser.add_argument("--model", required=True, help="a preset, a local model directory, or a .gguf file")
    parser.add_argument("--device", default="cpu", choices=["auto", "cpu", "cuda"])
    parser.add_argument("--limit", type=int, default=8)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--skip-key-lines-loop", action="store_true", help="skip the second plain loop")
    args = parser.parse_args()

    lines = Path(args.data).read_text(encoding="utf-8").splitlines()[args.offset : args.offset + args.limit]
    rows = [json.loads(line) for line in lines]
    documents = [build_document(raw_from_bytes(r["article"].encode("utf-8"), f"row{i}")) for i, r in enumerate(rows)]

    summarizer = Summarizer(mode="abstractive", model=args.model, device=args.device, sentences=args.sentences)
    started = time.perf_counter()
    backend = summarizer.abstractive.backend
    load_s = time.perf_counter() - started
    plan = plan_length(summarizer.options.length, 30, backend.kind)

    # Warm-up on one article so neither side pays first-call costs.
    summarizer.summarize_documents(documents[:1], batch_size=1)

    started = time.perf_counter()
    summarizer.summarize_documents(documents, batch_size=args.batch_size)
    ours_s = time.perf_counter() - started

    full_texts = [" ".join(d.text.split()) for d in documents]
    plain_s = plain_loop(backend, full_texts, plan)

    result = {
        "model": args.model,
        "device": backend.device,
        "articles": len(documents),
        "batch_size": args.batch_size,
        "max_new_tokens": plan.max_new_tokens,
        "ours_articles_per_s": round(len(documents) / ours_s, 4),
        "plain_full_article_articles_per_s": round(len(documents) / plain_s, 4),
        "speedup_vs_plain_full_article": round(plain_s / ours_s, 2),
    }
    if not args.skip_key_lines_loop:
        budget = backend.text_budget()
        key_texts = []
        for document in documents:
            scores = summarizer.ranker.score(document, SentenceFeatures(document))
            counts = backend.count_tokens([s.clean_text for s in document.sentences])
            key_texts.append(plan_input(document, scores, counts, budget, summarizer.options.input_sentences).text)
        key_s = plain_loop(backend, key_texts, plan)
        result["plain_key_lines_articles_per_s"] = round(len(documents) / key_s, 4)
        result["speedup_vs_plain_key_lines"] = round(key_s / ours_s, 2)
    result["model_load_s"] = round(load_s, 1)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
