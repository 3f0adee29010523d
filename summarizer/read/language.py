"""Which language an article is written in, and what reading it in that language lacks.

What each language has (a Punkt model, a stemmer, word lists) is in `summarizer/lang/`. Detection
uses `py3langid`, a small offline Naive Bayes model, over every language it knows: the language
it finds is the one reported, whether it has rules of its own or is read by the universal path.
The model loads once, on first use; text that reads plainly as English is recognised without
loading it (the common case stays cheap).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import summarizer.lang as lang

AUTO = "auto"
DEFAULT = "english"
# Characters read for detection: a few paragraphs decide, and a long input costs no more.
DETECT_CHARS = 2000
NO_LANGUAGE = "zxx"  # py3langid's class for text that is no language (numbers, code)
# Below this probability detection is unsure: the best guess is kept, with a warning.
MIN_CONFIDENCE = 0.8


# Words frequent in any English text and not words elsewhere ("was", "is", "to", "on" are German,
# Dutch, Polish): enough of them and the text is English without asking the model. They are
# at least 7.8% of every CNN/DM dev article's first 1,000 characters and 0% of the other samples.
ENGLISH_CHARS = 1000
MIN_WORDS = 8  # a short English notice is recognised too, without loading the model (~2 s)
_ENGLISH_MARKERS = frozenset("the of and that for with said it by has have were from are".split())
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.06
ASCII_SHARE = 0.9  # English text is ASCII but for its quotes and dashes


@dataclass(frozen=True, slots=True)
class Variety:
    """A regional variety the detector knows beside its standard written language."""

    standard: str  # the standard's code
    own_words: re.Pattern[str]  # words only the variety writes: its pronouns, particles, negation


# The detector splits Chinese three ways, and news in Standard Chinese about Shanghai or Nanjing
# reads as Wu to it (p 0.5-0.7, Mandarin the runner-up), while text written in Wu or Cantonese is
# named with p >= 0.9. So an unsure variety without its own words is the standard language.
VARIETIES = {
    "wuu": Variety("zh", re.compile("侬|伊拉|阿拉(?!伯)|覅|搿|㑚|哪能")),
    "yue": Variety("zh", re.compile("[嘅咗喺啲嘢嚟冇佢哋嗰唔]")),
}


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def supported() -> str:
    return lang.supported()


def resolve_language(value: str | None) -> str:
    """The name of a language given by name, ISO code or alias, or "auto" (also for None); else
    one clear error. An empty value is an error, not "auto": `-l "$LANG_VAR"` with the variable
    unset should say so rather than detect silently."""
    if value is not None and not isinstance(value, str):
        from summarizer.errors import OptionsError

        raise OptionsError(f"language must be text (str), got {value!r}")
    if value is not None and not value.strip():
        from summarizer.errors import OptionsError

        raise OptionsError("no language given (empty); use auto, a name or an ISO code such as de")
    text = (value or AUTO).strip().lower()
    if text == AUTO:
        return AUTO
    return lang.get(text).name


def language_info(name: str) -> lang.Language:
    return lang.get(name)


def _plainly_english(sample: str) -> bool:
    # Plain split, not a regex: this runs on every English article and costs ~0.02 ms this way.
    chunk = sample[:ENGLISH_CHARS]
    if len(chunk.encode("ascii", "ignore")) < ASCII_SHARE * len(chunk):
        return False  # another script with an English title or quote in it ("孤海浮燈（The Likes of Us）")
    words = chunk.lower().split()
    if len(words) < MIN_WORDS:
        return False
    # Two kinds of marker at least: one "for" or "of" is Danish, Norwegian or Dutch too.
    markers = list(filter(_ENGLISH_MARKERS.__contains__, words))
    return len(markers) >= ENGLISH_SHARE * len(words) and len(set(markers)) >= 2


def detect_language(text: str) -> tuple[str, float]:
    """The most likely language of `text` (its name) and the model's probability for it."""
    sample = text[:DETECT_CHARS]
    if _plainly_english(sample):
        return DEFAULT, 1.0
    if not _WORD.search(sample):
        return DEFAULT, 0.0
    ranked = _identifier().rank(sample)
    code, probability = ranked[0]
    if code == NO_LANGUAGE:  # "no linguistic content": the best language, however unsure
        code, probability = next((c, p) for c, p in ranked if c != NO_LANGUAGE)
    code, probability = _standard_unless_sure(code, float(probability), ranked, sample)
    return lang.get(code).name, float(probability)


def _standard_unless_sure(code: str, probability: float, ranked: list[tuple[str, float]], sample: str) -> tuple[str, float]:
    """The standard language for a variety named unsurely in text without the variety's own words,
    sure as the standard and its varieties together are; any other finding as it is."""
    variety = VARIETIES.get(code)
    if variety is None or probability >= MIN_CONFIDENCE or variety.own_words.search(sample):
        return code, probability
    family = {variety.standard} | {c for c, v in VARIETIES.items() if v.standard == variety.standard}
    return variety.standard, sum(p for c, p in ranked if c in family)


def choose_language(text: str, requested: str) -> tuple[str, list[str]]:
    """The language to read `text` in, for a requested name or "auto", and warnings about it."""
    name = resolve_language(requested)
    warnings: list[str] = []
    if name == AUTO:
        name, probability = detect_language(text)
        if 0.0 < probability < MIN_CONFIDENCE:  # 0: no letters at all, nothing to be unsure of
            warnings.append(
                f"language detection unsure ({name}, p={probability:.2f}); reading it as {name} "
                "(give --language to choose)"
            )
    missing = missing_resources(lang.get(name))
    if missing:
        warnings.append(f"reading {lang.get(name).label}: " + "; ".join(missing))
    return name, warnings


def missing_resources(info: lang.Language) -> list[str]:
    """What reading `info`'s language lacks next to English, said once, in a few words each."""
    if info.universal:
        import stopwordsiso

        stopwords = "" if info.stopwords or stopwordsiso.has_lang(info.code) else ", no stopword list"
        stems = "words stemmed by nltk's Snowball stemmer" if info.stemmer else "words unstemmed"
        return [
            "no rules of its own (summarizer/lang/ has no module for it): sentences split by the universal "
            f"rules, {stems}{stopwords}, bylines, captions and opinion wording recognised in English "
            "only, and the guard has no date or judgement words for it"
        ]
    missing = []
    if not info.furniture_rules:
        skipped = "calls to action" if info.first_person is not None else "opinion wording"
        missing.append(f"bylines, captions, credits, datelines that open a sentence and {skipped} are recognised in English only")
    if not info.date_words:
        missing.append("the guard has no date or judgement words for it")
    if not info.punkt:
        missing.append("no sentence model (sentences split by the universal rules)")
    if info.stemmer is None:
        missing.append("no stemmer (words compared unstemmed)")
    return missing
