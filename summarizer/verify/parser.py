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
from collections import OrderedDict
from collections.abc import Iterable, Sequence
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


# Kept for every language asked about, those without a pipeline too (None): a bound of 8 let a
# run through more languages push English out, and its pipeline was loaded again (half a second),
# the old copy kept alive by the parses that hold it. The languages are a fixed few dozen.
@lru_cache(maxsize=None)
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
        _index_as_sets(nlp)
        return nlp
    return None


def _index_as_sets(nlp: Any) -> None:
    """The lemmatizer's index of known words per part of speech (`lemma_index`) held as sets.

    spaCy keeps them as lists, and a word it has not lemmatised before is looked up in them once
    per rule that fits it. English has 57,528 nouns: a miss took about 0.5 ms, and the lemmatizer
    cost more than the tagger. spaCy's lemmatizers only ask whether a word is in the index
    (`form in index`), and a set gives the same answer."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


load_parser.cache_clear = _load_parser.cache_clear  # type: ignore[attr-defined]  # as lru_cache offers


def _import_spacy():
    """spaCy, imported without torch: its thinc layer imports torch whenever it is installed
    (a second and hundreds of MB), and the small pipelines never use it. Importing it draws from
    Python's global `random` (through a library it imports); the application's random state is
    put back, so that a program seeding `random` gets the same draws with or without a check."""
    import random
    import sys

    state = random.getstate()
    if "torch" in sys.modules or "thinc" in sys.modules:
        try:
            import spacy
        finally:
            random.setstate(state)
        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` fail inside thinc
    try:
        import spacy
    finally:
        del sys.modules["torch"]  # a later `import torch` finds the real one
        random.setstate(state)
    return spacy


def missing_message(language: str = "english") -> str:
    """The one line to show when `language` has no parser installed."""
    return MISSING.format(language=language, pipeline=(*pipelines(language), "a spaCy pipeline")[0])


# Parses kept for the last 512 texts asked for: every line of a summary cites the same sentences,
# and several summaries of one article cite them again.
_KEPT = 512
_parses: OrderedDict[tuple[str, str], Any] = OrderedDict()
# Texts the checks are about to ask for (a summary's lines), parsed together with the first of
# them that is asked for: spaCy's fixed cost per call (about 1 ms of 4 for a 26-word line) is
# then paid once. A parse is the same alone or in a batch (its vectors are bit-identical).
# Each thread says what it expects for itself: two threads verifying at once must not replace
# each other's texts (which would not be wrong, only lose the batching).
_expected_here = threading.local()
_KEEPING = threading.Lock()


def _expected() -> dict[str, frozenset[str]]:
    """This thread's expected texts by language."""
    if not hasattr(_expected_here, "texts"):
        _expected_here.texts = {}
    return _expected_here.texts


def expect(texts: Iterable[str], language: str = "english") -> None:
    """Say which texts will be parsed next (they replace any said before): the first of them
    asked for is parsed with the others not parsed yet, in one batch. Nothing is parsed now."""
    _expected()[language] = frozenset(_normal(text, language) for text in texts)


def parse(text: str, language: str = "english") -> Any:
    """The parsed `text` (a spaCy Doc), cached: every line of a summary cites the same sentences.
    English apostrophes are read as straight ones: the small pipeline tags "O’Toole" as a common
    noun and "O'Toole" as a name, and a line and its article often differ in which they use."""
    text = _normal(text, language)
    key = (language, text)
    with _KEEPING:
        doc = _parses.get(key)
        if doc is not None:
            _parses.move_to_end(key)
            return doc
        expected = _expected().get(language, frozenset())
        batch = [text] + sorted(t for t in expected if t != text and (language, t) not in _parses) if text in expected else [text]
    nlp = load_parser(language)
    docs = list(nlp.pipe(batch)) if len(batch) > 1 else [nlp(text)]  # type: ignore[union-attr]
    with _KEEPING:
        for batch_text, batch_doc in zip(batch, docs):
            _parses[(language, batch_text)] = batch_doc
            _parses.move_to_end((language, batch_text))
        _parses.move_to_end(key)  # the one asked for is the newest, as when parsed alone
        while len(_parses) > _KEPT:
            _parses.popitem(last=False)
    return docs[0]


def parse_together(texts: Sequence[str], language: str = "english") -> list[Any]:
    """`parse` of each of `texts`, those not kept yet parsed in one batch: a check that reads one
    cited sentence's parse reads the others', and spaCy's cost per call is then paid once."""
    normal = [_normal(text, language) for text in texts]
    with _KEEPING:
        missing = sorted({text for text in normal if (language, text) not in _parses})
    if len(missing) > 1:
        nlp = load_parser(language)
        docs = list(nlp.pipe(missing))  # type: ignore[union-attr]
        with _KEEPING:
            for text, doc in zip(missing, docs):
                _parses[(language, text)] = doc
                _parses.move_to_end((language, text))
            while len(_parses) > _KEPT:
                _parses.popitem(last=False)
    return [parse(text, language) for text in texts]


def forget_parses() -> None:
    """Drop every kept parse and this thread's expected texts (a pipeline loaded again parses afresh)."""
    with _KEEPING:
        _parses.clear()
        _expected().clear()


def _normal(text: str, language: str) -> str:
    text = " ".join(text.split())
    return text.replace("’", "'") if language == "english" else text
