import random

from nltk.stem.porter import PorterStemmer

from summarizer.extract import porter
from summarizer.extract.porter import QuickPorter

# Stems of each shape the steps' conditions tell apart: no vowel, measure 0, 1 and 2, a double
# consonant, a cvc ending, a 'y' after a vowel and after a consonant.
_STEMS = ["", "b", "tr", "sky", "tree", "hop", "fil", "troubl", "conflat", "siz", "fall", "hiss",
          "relat", "condit", "valen", "digit", "radic", "differ", "analog", "vietnam", "formal",
          "sensit", "sensib", "geo", "theo", "archaeo", "enjoy", "happ", "controll", "rol", "agr"]
_ALL_SUFFIXES = sorted(set(porter._STEP1A + porter._STEP1B + porter._STEP1C + porter._STEP2 + porter._STEP3 + porter._STEP4
                           + porter._STEP5B + ("sses", "ies", "ied", "eed", "ed", "ing", "e", "ly", "ness")))


def _words() -> list[str]:
    words = [stem + suffix for stem in _STEMS for suffix in _ALL_SUFFIXES]
    words += [stem + a + b for stem in _STEMS[:12] for a in _ALL_SUFFIXES for b in ("s", "ed", "ing", "ly")]
    rng = random.Random(18)
    letters = "aeiouyslbdtnrgcmz"
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    return words


def test_porter_same_stems_as_nltk():
    reference, quick = PorterStemmer(), QuickPorter()
    differing = [w for w in _words() if reference.stem(w) != quick.stem(w)]
    assert differing == []


def test_porter_same_stems_on_news_words():
    reference, quick = PorterStemmer(), QuickPorter()
    text = ("Relational databases were rationalized; the hopping, controlled, sensible valenci of "
            "theology and geology agreed with formalities, happiness and hopefulness of spies who "
            "tried, cried and lied: caresses, ponies, ties, feeds, agreed, plastered, motoring.")
    for word in text.lower().replace(",", " ").replace(";", " ").replace(":", " ").replace(".", " ").split():
        assert quick.stem(word) == reference.stem(word), word
