"""nltk's Porter stemmer (its default NLTK_EXTENSIONS mode), with each step skipped where the word
cannot match it.

Each of nltk's steps builds its list of rules and tries their suffixes one by one, even though
most words end with none of them; a step whose suffixes a word lacks returns the word unchanged.
Asking first whether the word ends with any of the step's suffixes (one `str.endswith` with a
tuple) gives the same stems at about half the cost. A fresh process stems every new word it
meets, thousands per run of `verify`. tests/extract/test_porter_same_stems.py holds it to nltk's
stems.
"""

from __future__ import annotations

from nltk.stem.porter import PorterStemmer

# Every suffix a step's rules (and, in step 1a and step 2, the special case before them) look for.
_STEP1A = ("s",)
_STEP1B = ("ed", "ing")  # "eed" and "ied" too
_STEP1C = ("y",)
_STEP2 = (
    "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization",
    "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "fulli",
    "logi",
)
_STEP3 = ("icate", "ative", "alize", "iciti", "ical", "ful", "ness")
_STEP4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize",
)
_STEP5B = ("ll",)


class QuickPorter(PorterStemmer):
    """`PorterStemmer()`, the same stems: a step runs only where the word ends with one of its
    suffixes (step 5a already returns at once otherwise)."""

    def __init__(self) -> None:
        super().__init__(mode=PorterStemmer.NLTK_EXTENSIONS)

    def _step1a(self, word: str) -> str:
        return super()._step1a(word) if word.endswith(_STEP1A) else word

    def _step1b(self, word: str) -> str:
        return super()._step1b(word) if word.endswith(_STEP1B) else word

    def _step1c(self, word: str) -> str:
        return super()._step1c(word) if word.endswith(_STEP1C) else word

    def _step2(self, word: str) -> str:
        return super()._step2(word) if word.endswith(_STEP2) else word

    def _step3(self, word: str) -> str:
        return super()._step3(word) if word.endswith(_STEP3) else word

    def _step4(self, word: str) -> str:
        return super()._step4(word) if word.endswith(_STEP4) else word

    def _step5b(self, word: str) -> str:
        return super()._step5b(word) if word.endswith(_STEP5B) else word
