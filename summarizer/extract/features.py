"""Sentence vectors shared by the rankers and the selector: TF-IDF over stemmed content words.

Up to `DENSE_LIMIT` sentences every pair is compared in one dense matrix. Longer
articles keep TF-IDF sparse and compare each sentence only with its `WINDOW` nearest neighbours
on either side (`band`), plus, for the selector, with whatever shares a rare enough word
(`similar_to`), so that time and memory grow with the article instead of with its square.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain

import numpy as np

from summarizer.errors import InputError
from summarizer.extract.stopwords import stopwords_for
from summarizer.lang import UNSPACED_LETTERS, word_count
from summarizer.types import Document, lowered as lower_text

_STEMS: dict[str, str] = {}
# Normal articles (tens of sentences) stay far below this and keep their exact dense scores.
DENSE_LIMIT = 1000
# Neighbours on each side that a sentence is compared with above DENSE_LIMIT: several articles' worth.
WINDOW = 128
# The dense matrices are refused beyond this many sentences (8 bytes * n * n would pass 2 GiB).
MAX_DENSE = 16_000
BAND_BLOCK = 8192  # sentences whose band is built at once
# At most this many band cells (8 bytes each): millions of one-line "sentences" get a narrower window.
MAX_BAND = 2**25


@lru_cache(maxsize=1)
def _porter():
    from summarizer.extract.porter import QuickPorter

    return QuickPorter()


def stem(word: str) -> str:
    """Porter stem, memoised: news reuses a small vocabulary, so the cache hit rate is high."""
    cached = _STEMS.get(word)
    if cached is None:
        cached = _STEMS[word] = _porter().stem(word) if len(word) > 3 else word
        if len(_STEMS) > 200_000:  # a bound, so a long batch run cannot grow it forever
            _STEMS.clear()
    return cached


# Words of any script, for languages whose module gives no pattern of its own.
_ANY_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
# Letters of the scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan):
# a run of them is read as overlapping character pairs, the usual word unit when words are not
# marked. Other words in such text (numbers, Latin names) stay words.
_UNSPACED_RUN = UNSPACED_LETTERS
_UNSPACED_TOKEN = re.compile(f"[{_UNSPACED_RUN}]+|(?:(?![{_UNSPACED_RUN}])[^\\W_])+")
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED_RUN}]")


@lru_cache(maxsize=32)
def _snowball(name: str):
    """The language's Snowball stem function, memoised; one per language, so that the terms of
    sentences and the relation checks' word reads share what it has stemmed."""
    from nltk.stem.snowball import SnowballStemmer

    return lru_cache(maxsize=200_000)(SnowballStemmer(name).stem)


def _unspaced_terms(text: str, stopwords: frozenset[str], stop_chars: frozenset[str]) -> list[str]:
    terms: list[str] = []
    for token in _UNSPACED_TOKEN.findall(text):
        if not _UNSPACED_CHAR.match(token):
            if token not in stopwords:
                terms.append(token)
        elif len(token) == 1:
            if token not in stop_chars:
                terms.append(token)
        else:
            terms.extend(
                pair
                for pair in map(str.__add__, token, token[1:])
                if pair not in stopwords and not (pair[0] in stop_chars and pair[1] in stop_chars)
            )
    return terms


@lru_cache(maxsize=128)
def terms_function(language: str):
    """`text -> content terms` for a language: its words (or character pairs), stopwords out, stemmed
    where it has a stemmer. Built once per language, so the per-sentence call stays one comprehension."""
    import summarizer.lang as lang

    info = lang.get(language)
    stopwords = stopwords_for(language)
    if info.unspaced:
        stop_chars = frozenset(w for w in stopwords if len(w) == 1)
        return lambda text: _unspaced_terms(text.lower(), stopwords, stop_chars)
    pattern = info.word_pattern or _ANY_WORD
    if info.stemmer == "porter":
        return WordTerms(pattern, stopwords, lambda w: stem(w.replace("’", "'")))
    if info.stemmer == "snowball":
        stemmer = _snowball(info.name)
        return WordTerms(pattern, stopwords, lambda w: stemmer(w) if len(w) > 3 else w)
    return WordTerms(pattern, stopwords, lambda w: w)


# Word patterns whose matches in ASCII text are plain runs of the listed characters, except in a
# run that holds an apostrophe (which the pattern may end a word at), and whose only non-ASCII
# word character is "’": for these, sentences without a "’" are split with bytes.translate + split,
# ~3x faster than the regex (same words: see `words_of_spans`).
_ASCII_WORD_CHARS = {r"[a-z0-9]+(?:['’][a-z]+)?": b"abcdefghijklmnopqrstuvwxyz0123456789'"}


class WordTerms:
    """`text -> content terms` for a language written with spaces: its words, stopwords out, each
    word stemmed. What each word gives is kept in a table (None for a stopword), so a word met
    before costs one look-up; news reuses a small vocabulary."""

    LIMIT = 200_000  # words kept, so that a long batch run cannot grow the table forever

    def __init__(self, pattern: re.Pattern[str], stopwords: frozenset[str], stem_word):
        self.pattern = pattern
        self._stopwords = stopwords
        self._stem = stem_word
        self._table: dict[str, str | None] = {}
        # Whether some word's term is "": then `filter(None, ...)` would drop it, so `of_words`
        # takes the slower `is not None` test.
        self._empty_term = False
        chars = _ASCII_WORD_CHARS.get(pattern.pattern) if pattern.flags == re.UNICODE else None
        # byte -> itself for a word character, else a space
        self._ascii_table = None if chars is None else bytes(b if b in chars else 32 for b in range(256))

    def words_in(self, text: str, start: int, end: int) -> list[str]:
        """`pattern.findall(text, start, end)`. For an ASCII piece the pattern's matches are the
        maximal runs of its word characters, except that a run with an apostrophe in it is handed
        to the pattern alone (a match never spans a non-word character, and the pattern has no
        look-around or anchor, so a run matches alone as it does in its sentence)."""
        if self._ascii_table is None:
            return self.pattern.findall(text, start, end)
        return self.words_of_spans(text[start:end], [(0, end - start)])[0]

    def words_of_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[list[str]]:
        """`words_in(text, start, end)` for each span, with the bytes translation done once for
        the whole text: a non-ASCII character becomes one "?" byte (so offsets still hold), and
        so a space, as none is a word character of these patterns but the apostrophe "’": a span
        holding one is handed to the pattern."""
        table, findall = self._ascii_table, self.pattern.findall
        if table is None:
            return [findall(text, a, b) for a, b in spans]
        mapped = text.encode("ascii", "replace").translate(table).decode("ascii")
        found: list[list[str]] = []
        for a, b in spans:
            piece = text[a:b]
            if "’" in piece:
                found.append(findall(text, a, b))
                continue
            runs = mapped[a:b].split()
            if "'" in piece:
                words: list[str] = []
                for run in runs:
                    if "'" in run:
                        words += findall(run)
                    else:
                        words.append(run)
                runs = words
            found.append(runs)
        return found

    def _term(self, word: str) -> str | None:
        if len(self._table) >= self.LIMIT:
            self._table.clear()
        term = self._table[word] = None if word in self._stopwords else self._stem(word)
        if term == "":
            self._empty_term = True
        return term

    def of_words(self, words: list[str]) -> list[str]:
        """The terms of `words` (lowercase, as `pattern` finds them), in order."""
        table = self._table
        try:
            if not self._empty_term:  # no term is "", so None (a stopword) is the only falsy value
                return list(filter(None, map(table.__getitem__, words)))
            return [t for t in map(table.__getitem__, words) if t is not None]
        except KeyError:  # a word not met before
            return [t for t in (table[w] if w in table else self._term(w) for w in words) if t is not None]

    def __call__(self, text: str) -> list[str]:
        return self.of_words(self.pattern.findall(text.lower()))


def content_terms(text: str, language: str = "english") -> list[str]:
    """Stemmed words of `text` without stopwords, in order (character pairs in unspaced scripts)."""
    return terms_function(language)(text)


def _positions(starts: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """Every index in the ranges [starts[k], stops[k]), concatenated, without a Python loop."""
    lengths = stops - starts
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())


def _near_pairs(terms: np.ndarray, rows: np.ndarray, values: np.ndarray, window: int, out: np.ndarray) -> None:
    """Add the dot product of rows i and i + k (k = 1..window, i < count) to out[i * window + k - 1],
    where `out` is flat and count * window long, from entries sorted by (term, row).

    Only entries that share a term are paired, so the cost follows the word overlap actually
    there. Entry e's partner at distance d is e + d; once that partner holds another term or lies
    beyond the window, every farther one does too, and e drops out.
    """
    count = len(out) // window
    keys: list[np.ndarray] = []
    products: list[np.ndarray] = []
    pending = 0
    alive = np.flatnonzero(rows[:-1] < count)
    distance = 1
    while alive.size:
        partner = alive + distance
        keep = partner < len(rows)
        alive, partner = alive[keep], partner[keep]
        gap = rows[partner] - rows[alive]
        keep = (terms[partner] == terms[alive]) & (gap <= window)
        alive, partner, gap = alive[keep], partner[keep], gap[keep]
        keys.append(rows[alive] * window + gap - 1)
        products.append(values[alive] * values[partner])
        pending += alive.size
        # Added up now and then, so that waiting pairs never take more memory than the band itself.
        if pending >= out.size // 4 or not alive.size:
            out += np.bincount(np.concatenate(keys), np.concatenate(products), minlength=out.size)
            keys, products, pending = [], [], 0
        distance += 1


class SparseTfidf:
    """The TF-IDF matrix as its non-zero entries, both by sentence (CSR) and by term (CSC).

    Entries are sorted by term, then sentence: `rows[term_ptr[t]:term_ptr[t + 1]]` are the
    sentences holding term t; `by_row` reorders them by sentence, then term.
    """

    def __init__(self, terms: list[list[str]]):
        n = len(terms)
        vocabulary: dict[str, int] = {}
        ids = np.fromiter(
            (vocabulary.setdefault(t, len(vocabulary)) for sentence in terms for t in sentence), dtype=np.int64
        )
        sentence_of = np.repeat(np.arange(n, dtype=np.int64), [len(sentence) for sentence in terms])
        keys, counts = np.unique(ids * max(n, 1) + sentence_of, return_counts=True)
        self.n, self.vocabulary_size = n, len(vocabulary)
        self.terms, self.rows = keys // max(n, 1), keys % max(n, 1)
        df = np.bincount(self.terms, minlength=self.vocabulary_size)
        self.term_ptr = np.concatenate(([0], np.cumsum(df)))
        # The same weights as the dense matrix: (1 + log tf) * idf, rows scaled to unit length.
        idf = np.log((1 + n) / (1 + df)) + 1.0
        values = (1 + np.log(counts)) * idf[self.terms]
        norms = np.sqrt(np.bincount(self.rows, weights=values * values, minlength=n))
        norms[norms == 0] = 1.0
        self.values = values / norms[self.rows]
        self.by_row = np.argsort(self.rows, kind="stable")
        self.row_ptr = np.concatenate(([0], np.cumsum(np.bincount(self.rows, minlength=n))))
        self._query = np.zeros(self.vocabulary_size)
        self._prefixes: dict[float, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def prefixes(self, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Prefix filtering (as in all-pairs similarity search) for cosine `threshold`.

        Order the terms once for all sentences, rarest first. A sentence's suffix is its run of
        most frequent terms whose weights have a norm below `threshold`; the rest is its prefix.
        Two sentences at or above `threshold` share a term that is in both prefixes: otherwise
        every shared term lies in the suffix of the one whose suffix starts earlier in the
        order, and with unit vectors those terms add less than `threshold`. Prefixes hold the
        rare terms, so few sentences share one.

        Returns, for every entry, whether it is in its sentence's prefix, then per term (CSC)
        the sentences that hold it in their prefix.
        """
        cached = self._prefixes.get(threshold)
        if cached is not None:
            return cached
        df = np.diff(self.term_ptr)
        size = self.vocabulary_size
        rank = np.empty(size, dtype=np.int64)
        rank[np.argsort(df, kind="stable")] = np.arange(size)  # rarest first, ties by term id
        order = np.argsort(self.rows * size + (size - 1 - rank[self.terms]))  # by sentence, most frequent term first
        running = np.concatenate(([0.0], np.cumsum(self.values[order] ** 2)))
        within = running[1:] - running[self.row_ptr[self.rows[order]]]
        in_prefix = np.empty(len(order), dtype=bool)
        # The margin keeps rounding in the running sums from ever shortening a prefix too much.
        in_prefix[order] = np.sqrt(np.maximum(within, 0.0)) >= threshold - 1e-6
        counts = np.bincount(self.terms[in_prefix], minlength=self.vocabulary_size)
        cached = self._prefixes[threshold] = (in_prefix, np.concatenate(([0], np.cumsum(counts))), self.rows[in_prefix])
        return cached

    def row(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Term ids and weights of sentence i."""
        entries = self.by_row[self.row_ptr[i] : self.row_ptr[i + 1]]
        return self.terms[entries], self.values[entries]

    def dot_rows(self, term_ids: np.ndarray, weights: np.ndarray, sentences: np.ndarray) -> np.ndarray:
        """Dot products of the vector with `weights` at `term_ids` with the given sentences' vectors."""
        starts, stops = self.row_ptr[sentences], self.row_ptr[sentences + 1]
        entries = self.by_row[_positions(starts, stops)]
        owner = np.repeat(np.arange(len(sentences)), stops - starts)
        # One reused vocabulary-length vector: allocating it per call would cost O(vocabulary).
        self._query[term_ids] = weights
        try:
            products = self._query[self.terms[entries]] * self.values[entries]
        finally:
            self._query[term_ids] = 0.0
        return np.bincount(owner, weights=products, minlength=len(sentences))


class cached_view:
    """functools.cached_property without its lock: before Python 3.12 that lock is one per
    property, shared by every instance, and taking it costs more than a short article's terms.
    A view computed twice by two threads is the same view."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)  # later reads find it there
        return value


class SentenceFeatures:
    """Lazily computed views of a document's sentences; each is built at most once.

    `dense` says which views the built-in rankers and selector use: the full `similarity` matrix
    (short articles) or `band` and `similar_to` (long ones). `dense_limit` and `window` exist so
    tests can force the long-article path on a short article.
    """

    def __init__(
        self,
        document: Document,
        dense_limit: int = DENSE_LIMIT,
        window: int = WINDOW,
        parts: tuple[Document, Sequence[range]] | None = None,
    ):
        self.document = document
        n = len(document.sentences)
        self.dense = n <= dense_limit
        self.window = max(1, min(window, MAX_BAND // max(n, 1)))
        # Where the sentences are units (extract/units.py: a short quotation's sentences joined), the
        # document as read and each unit's range of its sentences: `similarity` is then worked out
        # over the sentences as read (see there). Long documents compare their units themselves.
        self.parts = parts if parts is not None and self.dense and len(parts[0].sentences) <= dense_limit else None

    @cached_view
    def terms(self) -> list[list[str]]:
        language, text = self.document.language, self.document.text
        terms = terms_function(language)
        if isinstance(terms, WordTerms):
            lowered = lower_text(text)  # shared with the candidate judge's repeated-line test
            if len(lowered) == len(text):  # offsets still match: lower-case the text once, not per sentence
                spans = [(s.start, s.end) for s in self.document.sentences]
                return list(map(terms.of_words, terms.words_of_spans(lowered, spans)))
        return [terms(s.text) for s in self.document.sentences]

    @cached_view
    def judge(self):
        """`judge(i)` is sentence i's `Candidate` (extract/candidates.py), judged when first asked for."""
        from summarizer.extract.candidates import CandidateJudge

        return CandidateJudge(self.document)

    @cached_view
    def candidates(self) -> list:
        """Each sentence's `Candidate`: judged once for the ranker and the selector."""
        judge = self.judge
        return [judge(k) for k in range(len(self.document.sentences))]

    @cached_view
    def figures(self) -> list[frozenset[str]]:
        """Each sentence's figures: sentences that differ in them are no repeats (selection.py)."""
        from summarizer.textpatterns import figures

        return [figures(s.text) for s in self.document.sentences]

    @cached_view
    def word_counts(self) -> np.ndarray:
        return np.array([word_count(s.text) for s in self.document.sentences], dtype=np.int64)

    def _refuse_dense(self, what: str) -> None:
        n = len(self.document.sentences)
        if n > MAX_DENSE:
            raise InputError(
                self.document.source,
                f"has {n:,} sentences, too many for the {what} this ranker asks for (at most {MAX_DENSE:,}); "
                "use the default method or a shorter input",
            )

    @cached_view
    def tfidf(self) -> np.ndarray:
        """Rows are L2-normalised TF-IDF vectors, IDF taken over this document's sentences."""
        self._refuse_dense("dense TF-IDF matrix")
        terms = self.terms
        n = len(terms)
        # Term ids in order of first use (dict.fromkeys keeps it), looked up without a Python loop.
        flat = list(chain.from_iterable(terms))
        first_use = dict.fromkeys(flat)
        vocabulary = dict(zip(first_use, range(len(first_use))))
        columns = np.fromiter(map(vocabulary.__getitem__, flat), dtype=np.intp, count=len(flat))
        rows = np.repeat(np.arange(n, dtype=np.intp), list(map(len, terms)))
        width = max(1, len(vocabulary))
        # Vectorised: a Python loop per term costs more than the whole matrix product here. Only
        # the cells that hold a term are weighted; the rest of the matrix stays zero.
        counts = np.bincount(rows * width + columns, minlength=n * width)
        cells = np.flatnonzero(counts)
        cell_columns = cells % width
        idf = np.log((1 + n) / (1 + np.bincount(cell_columns, minlength=width))) + 1.0
        matrix = np.zeros(n * width)
        matrix[cells] = (1 + np.log(counts[cells].astype(np.float64))) * idf[cell_columns]
        matrix = matrix.reshape(n, width)
        # What np.linalg.norm(matrix, axis=1) computes (the same sums), without its Python checks.
        norms = np.sqrt(np.add.reduce(matrix * matrix, axis=1, keepdims=True))
        norms[norms == 0] = 1.0
        return np.divide(matrix, norms, out=matrix)  # in place: the same quotients, no second matrix

    @cached_view
    def similarity(self) -> np.ndarray:
        """Cosine similarity between every pair of sentences. Where they are units (`parts`), a unit
        is as similar to another as their most similar sentences as read: joining a quotation into
        one line leaves every other pair as it was (the ranker's centrality of the other sentences
        does not shift with it), and a unit repeats whatever one of its sentences repeats."""
        if self.parts is not None:
            source, groups = self.parts
            whole = SentenceFeatures(source).similarity
            firsts = np.fromiter((g[0] for g in groups), dtype=np.intp, count=len(groups))
            return np.maximum.reduceat(np.maximum.reduceat(whole, firsts, axis=0), firsts, axis=1)
        self._refuse_dense("sentence-by-sentence similarity matrix")
        matrix = self.tfidf
        # einsum, not `@`: these matrices are tiny, and BLAS's threads for them cost 2-3x the
        # whole pipeline's time on a machine whose cores are busy with other work.
        return np.clip(np.einsum("ik,jk->ij", matrix, matrix), 0.0, 1.0)

    @cached_view
    def sparse(self) -> SparseTfidf:
        return SparseTfidf(self.terms)

    @cached_view
    def band(self) -> np.ndarray:
        """band[i, k - 1] is the cosine similarity of sentences i and i + k, for k = 1..window
        (0 past the end): n * window numbers instead of n * n, built a block of sentences at a
        time so that the pairs waiting to be added up stay few."""
        sparse, n, window = self.sparse, len(self.document.sentences), self.window
        flat = np.zeros(n * window)
        for start in range(0, n, BAND_BLOCK):
            stop = min(n, start + BAND_BLOCK)
            inside = (sparse.rows >= start) & (sparse.rows < stop + window)
            rows = sparse.rows[inside] - start
            _near_pairs(sparse.terms[inside], rows, sparse.values[inside], window, flat[start * window : stop * window])
        return np.clip(flat, 0.0, 1.0, out=flat).reshape(n, window)

    def similarity_row(self, i: int) -> np.ndarray:
        """Similarity of sentence i to every sentence."""
        if self.dense:
            return self.similarity[i]
        sparse = self.sparse
        term_ids, weights = sparse.row(i)
        starts, stops = sparse.term_ptr[term_ids], sparse.term_ptr[term_ids + 1]
        positions = _positions(starts, stops)
        row = np.bincount(sparse.rows[positions], np.repeat(weights, stops - starts) * sparse.values[positions], minlength=sparse.n)
        return np.clip(row, 0.0, 1.0)

    def similar_to(self, i: int, threshold: float) -> np.ndarray:
        """Indices of the sentences whose similarity to sentence i reaches `threshold` (i included).

        Above the dense limit only the sentences that share a prefix term with i are compared
        (see `SparseTfidf.prefixes`), so a summary of thousands of lines stays cheap too.
        """
        if self.dense:
            return np.flatnonzero(self.similarity[i] >= threshold)
        if threshold <= 0:
            return np.arange(len(self.document.sentences))
        sparse = self.sparse
        in_prefix, prefix_ptr, prefix_rows = sparse.prefixes(threshold)
        entries = sparse.by_row[sparse.row_ptr[i] : sparse.row_ptr[i + 1]]
        probes = sparse.terms[entries[in_prefix[entries]]]
        candidates = np.unique(prefix_rows[_positions(prefix_ptr[probes], prefix_ptr[probes + 1])])
        scores = np.clip(sparse.dot_rows(sparse.terms[entries], sparse.values[entries], candidates), 0.0, 1.0)
        return candidates[scores >= threshold]
