"""The server backend (`--model openai:NAME`): its token estimates, and what --concurrency buys.

    python benchmarks/server.py tokens VOCAB.gguf ... [--data DATA.jsonl] [--limit 120]
    python benchmarks/server.py concurrency DATA.jsonl --llama-cpp-server MODEL.gguf [--limit 30] [--levels 1,4]
    python benchmarks/server.py concurrency DATA.jsonl --api-base URL --model NAME [--limit 30]
    python benchmarks/server.py concurrency DATA.jsonl --fake-latency 0.5 [--limit 30]

`tokens` checks the two constants of abstract/server_backend.py against real tokenizers (the
vocabulary-only .gguf files in llama.cpp's models/ folder, read by llama-cpp-python): over the first
--limit CNN/DM articles, and over whole prompts as the backend sends them (instructions and the
first ten sentences, numbered), the fewest and most tokens per word-or-mark piece. Fitting assumes the most
(FIT_TOKENS_PER_PIECE), a cut prompt is read below the fewest (CUT_TOKENS_PER_PIECE).

`concurrency` summarises the first --limit articles of a CNN/DailyMail JSONL file (rows with
"article" and "reference") through a server at each --levels value of --concurrency, in one
`summarize_many` call each (what `summarize batch` does): seconds per article, ROUGE-1/2/Lsum
(rouge-score, stemmed, F1 x 100, mean), the guard's counts and the requests the server saw at once.
The server is python -m llama_cpp.server started here on loopback (needs llama-cpp-python[server]),
one you name with --api-base, or with --fake-latency a stand-in that answers every request after
that many seconds with the first two sentences it was given (unlimited parallel slots, as a GPU
server with many): the upper bound of what overlapping requests can buy.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer.abstract.backends import GenerationRequest  # noqa: E402
from summarizer.abstract.prompts import prompt_text  # noqa: E402
from summarizer.abstract.server_backend import CUT_TOKENS_PER_PIECE, FIT_TOKENS_PER_PIECE  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "cnndm_dev250.jsonl"
_PIECE = re.compile(r"\w+|[^\w\s]")


def tokens(args: argparse.Namespace) -> None:
    import llama_cpp

    from summarizer.read.document import build_document
    from summarizer.read.sources import raw_from_bytes

    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines()[: args.limit]]
    articles = [row["article"] for row in rows]
    prompts = []
    for row in rows:
        document = build_document(raw_from_bytes(row["article"].encode("utf-8"), "cnndm"))
        sentences = tuple(s.clean_text for s in document.sentences[:10])
        prompts.append(prompt_text(GenerationRequest(" ".join(sentences), 3, 66, 122, 0, sentences)))
    print(f"{len(rows)} articles of {args.data}; fitting assumes {FIT_TOKENS_PER_PIECE}, a cut is read below {CUT_TOKENS_PER_PIECE} tokens per piece")
    print(f"{'tokenizer':32} {'articles min':>12} {'max':>6} {'prompts min':>12} {'max':>6}")
    lows, highs = [], []
    for path in map(Path, args.vocab):
        vocab = llama_cpp.Llama(model_path=str(path), vocab_only=True, verbose=False)
        row = []
        for texts in (articles, prompts):
            ratios = [len(vocab.tokenize(text.encode("utf-8"), add_bos=False, special=False)) / len(_PIECE.findall(text)) for text in texts]
            row += [min(ratios), max(ratios)]
        lows.append(min(row[0], row[2]))
        highs.append(max(row[1], row[3]))
        print(f"{path.name:32} {row[0]:12.2f} {row[1]:6.2f} {row[2]:12.2f} {row[3]:6.2f}")
    print(f"fewest {min(lows):.2f} (cut threshold {CUT_TOKENS_PER_PIECE}), most {max(highs):.2f} (fitting {FIT_TOKENS_PER_PIECE})")


class _FakeHandler(BaseHTTPRequestHandler):
    latency = 0.5
    lock = threading.Lock()
    in_flight = 0
    most = 0

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        cls = type(self)
        with cls.lock:
            cls.in_flight += 1
            cls.most = max(cls.most, cls.in_flight)
        time.sleep(cls.latency)
        with cls.lock:
            cls.in_flight -= 1
        prompt = "\n".join(message["content"] for message in payload["messages"])
        sentences = re.findall(r"^\[\d+\] (.*)$", prompt, re.MULTILINE)
        text = " ".join(sentences[:2])
        body = json.dumps({
            "choices": [{"message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": len(_PIECE.findall(prompt)) + 10, "completion_tokens": len(_PIECE.findall(text))},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen[bytes] | None, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"no server on port {port} after {seconds:.0f} s")


def concurrency(args: argparse.Namespace) -> None:
    from rouge_score import rouge_scorer

    from summarizer import Summarizer
    from summarizer.read.document import build_document
    from summarizer.read.sources import raw_from_bytes

    process = None
    httpd = None
    if args.llama_cpp_server:
        port = _free_port()
        command = [sys.executable, "-m", "llama_cpp.server", "--model", args.llama_cpp_server, "--host", "127.0.0.1",
                   "--port", str(port), "--n_ctx", str(args.n_ctx), "--n_threads", str(args.threads)]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for(port, process)
        api_base, model = f"http://127.0.0.1:{port}/v1", "local"
        server = f"llama_cpp.server, {Path(args.llama_cpp_server).name}, n_ctx {args.n_ctx}, {args.threads} threads"
    elif args.fake_latency is not None:
        _FakeHandler.latency = args.fake_latency
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _FakeHandler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        api_base, model, server = f"http://127.0.0.1:{httpd.server_address[1]}/v1", "fake", f"stand-in answering after {args.fake_latency} s"
    else:
        api_base, model, server = args.api_base, args.model, args.api_base
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines()[: args.limit]]
    documents = [build_document(raw_from_bytes(r["article"].encode("utf-8"), f"cnndm#{r['id']}")) for r in rows]
    print(f"{len(rows)} articles of {args.data} through {server}")
    print(f"{'concurrency':>11} {'s/article':>9} {'R1':>6} {'R2':>6} {'RLsum':>6} {'failed':>6} {'resent':>6}  guard")
    try:
        for level in args.levels:
            _FakeHandler.most = 0
            summarizer = Summarizer(model=f"openai:{model}", api_base=api_base, concurrency=level, timeout=args.timeout, context_tokens=args.context_tokens)
            started = time.perf_counter()
            outcomes = list(summarizer.summarize_many(documents))
            seconds = time.perf_counter() - started
            scores = []
            guard: dict[str, int] = {}
            for row, outcome in zip(rows, outcomes):
                if outcome.summary is None:
                    continue
                lines = [line.text for line in outcome.summary.lines]
                scores.append({k: v.fmeasure * 100 for k, v in scorer.score(row["reference"], "\n".join(lines)).items()})
                for key, value in outcome.summary.stats["guard"].items():
                    if isinstance(value, int):
                        guard[key] = guard.get(key, 0) + value
            mean = {k: sum(s[k] for s in scores) / max(1, len(scores)) for k in ("rouge1", "rouge2", "rougeLsum")}
            failed = sum(1 for o in outcomes if o.summary is None)
            resent = sum(1 for o in outcomes if o.summary and any("sent again" in w for w in o.summary.warnings))
            overlap = f" (at most {_FakeHandler.most} at once)" if httpd is not None else ""
            print(f"{level:>11} {seconds / len(rows):9.2f} {mean['rouge1']:6.2f} {mean['rouge2']:6.2f} {mean['rougeLsum']:6.2f} {failed:>6} {resent:>6}  {guard}{overlap}")
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        if httpd is not None:
            httpd.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    token_parser = commands.add_parser("tokens")
    token_parser.add_argument("vocab", nargs="+", help="vocabulary .gguf files (llama.cpp's models/ggml-vocab-*.gguf)")
    token_parser.add_argument("--data", default=str(DEFAULT_DATA))
    token_parser.add_argument("--limit", type=int, default=120)
    run_parser = commands.add_parser("concurrency")
    run_parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    where = run_parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--llama-cpp-server", metavar="MODEL.gguf")
    where.add_argument("--api-base")
    where.add_argument("--fake-latency", type=float, metavar="SECONDS")
    run_parser.add_argument("--model", default="local", help="the server's model name (with --api-base)")
    run_parser.add_argument("--limit", type=int, default=30)
    run_parser.add_argument("--levels", type=lambda text: [int(x) for x in text.split(",")], default=[1, 4])
    run_parser.add_argument("--n-ctx", type=int, default=4096)
    run_parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="llama_cpp.server's threads [default: every core]")
    run_parser.add_argument("--context-tokens", type=int, default=None)
    run_parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    tokens(args) if args.command == "tokens" else concurrency(args)


if __name__ == "__main__":
    main()
