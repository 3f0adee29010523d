"""Sentence vectors shared by the rankers and the selector: TF-IDF over stemmed content words."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

import numpy as np

from summarizer.extract.stopwords import STOPWORDS
from summarizer.types import Document

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STEMS: dict[str, str] = {}


@lru_cache(maxsize=1)
def _porter():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def stem(word: str) -> str:
    """Porter stem, memoised: news reuses a small vocabulary, so the cache hit rate is high."""
    cached = _STEMS.get(word)
    if cached is None:
        cached = _STEMS[word] = _porter().stem(word) if len(word) > 3 else word
        if len(_STEMS) > 200_000:  # a bound, so a long batch run cannot grow it forever
            _STEMS.clear()
    return cached


def content_terms(text: str) -> list[str]:
    """Stemmed words of `text` without stopwords, in order."""
    return [stem(w.replace("’", "'")) for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


class SentenceFeatures:
    """Lazily computed views of a document's sentences; each is built at most once."""

    def __init__(self, document: Document):
        self.document = document

    @cached_property
    def terms(self) -> list[list[str]]:
        return [content_terms(s.text) for s in self.document.sentences]

    @cached_property
    def word_counts(self) -> np.ndarray:
        return np.array([len(s.text.split()) for s in self.document.sentences], dtype=np.int64)

    @cached_property
    def tfidf(self) -> np.ndarray:
        """Rows are L2-normalised TF-IDF vectors, IDF taken over this document's sentences."""
        terms = self.terms
        n = len(terms)
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        columns: list[int] = []
        for row, sentence_terms in enumerate(terms):
            for term in sentence_terms:
                rows.append(row)
                columns.append(vocabulary.setdefault(term, len(vocabulary)))
        counts = np.zeros((n, max(1, len(vocabulary))), dtype=np.float64)
        # Vectorised: a Python loop per term costs more than the whole matrix product here.
        np.add.at(counts, (np.array(rows, dtype=np.intp), np.array(columns, dtype=np.intp)), 1.0)
        present = counts > 0
        idf = np.log((1 + n) / (1 + present.sum(axis=0))) + 1.0
        matrix = np.where(present, 1 + np.log(np.where(present, counts, 1.0)), 0.0) * idf
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return matrix / norms

    @cached_property
    def similarity(self) -> np.ndarray:
        """Cosine similarity between every pair of sentences."""
        matrix = self.tfidf
        # einsum, not `@`: these matrices are tiny, and BLAS's threads for them cost 2-3x the
        # whole pipeline's time on a machine whose cores are busy with other work.
        return np.clip(np.einsum("ik,jk->ij", matrix, matrix), 0.0, 1.0)
