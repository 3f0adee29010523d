"""An optional dependency parser for the relation checks: spaCy's small pipelines, loaded lazily.

    pip install 'summarizer[parser]'   # spaCy; then: python -m spacy download en_core_web_sm

With a parser, the checks read who did what to whom from the parse (`predicates.py`); without
one they fall back on word distances (`relations.py`) and lose: role reversals whose words stand
close in the source ("Time Warner's stake in Google" read as "Google owns Time Warner"), a
time, place or cause moved to another event of the same sentence, and a quote's speaker matched
to the words he said rather than to any saying in the cited sentences. The hedging, negation
and quotation checks are lexical and run either way.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any


def pipelines(language: str) -> tuple[str, ...]:
    """The spaCy pipelines tried for `language`, in order: its module's `parser_pipelines`."""
    from summarizer.verify.lexicon import lexicon

    return lexicon(language).parser_pipelines


MISSING = (
    "parser checks off: no spaCy pipeline for {language} is installed "
    "(pip install 'summarizer[parser]' && python -m spacy download {pipeline})"
)


_LOADING = threading.Lock()


def load_parser(language: str = "english") -> Any | None:
    """The spaCy pipeline for `language` (tagger, parser, lemmatizer; no entities), or None.

    Loaded once per process; a thread asking while another loads it (the abstractive stage loads
    it ahead, while the model writes) waits for that load rather than starting a second."""
    with _LOADING:
        return _load_parser(language)


@lru_cache(maxsize=8)
def _load_parser(language: str) -> Any | None:
    names = pipelines(language)
    if not names:
        return None
    try:
        spacy = _import_spacy()
    except ImportError:
        return None
    from summarizer.verify.attribute_rules import use_rule_table

    for name in names:
        try:
            nlp = spacy.load(name, exclude=["ner", "senter"])
        except (OSError, ImportError, ValueError):  # not installed, or built for another spaCy
            continue
        use_rule_table(nlp)
        return nlp
    return None


load_parser.cache_clear = _load_parser.cache_clear  # type: ignore[attr-defined]  # as lru_cache offers


def _import_spacy():
    """spaCy, imported without torch: its thinc layer imports torch whenever it is installed
    (a second and hundreds of MB), and the small pipelines never use it."""
    import sys

    if "torch" in sys.modules or "thinc" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` fail inside thinc
    try:
        import spacy
    finally:
        del sys.modules["torch"]  # a later `import torch` finds the real one
    return spacy


def missing_message(language: str = "english") -> str:
    """The one line to show when `language` has no parser installed."""
    return MISSING.format(language=language, pipeline=(*pipelines(language), "a spaCy pipeline")[0])


@lru_cache(maxsize=512)
def _parse(language: str, text: str) -> Any:
    return load_parser(language)(text)  # type: ignore[misc]


def parse(text: str, language: str = "english") -> Any:
    """The parsed `text` (a spaCy Doc), cached: every line of a summary cites the same sentences.
    English apostrophes are read as straight ones: the small pipeline tags "O’Toole" as a common
    noun and "O'Toole" as a name, and a line and its article often differ in which they use."""
    text = " ".join(text.split())
    return _parse(language, text.replace("’", "'") if language == "english" else text)
