"""What a script's letters are and how its wrapped lines join: a bottom layer, importing nothing
of the package, so that `types.py` can use it."""

from __future__ import annotations

import re
import unicodedata

# Kana: hiragana, katakana and half-width katakana, as a character class body.
KANA_LETTERS = "\u3040-\u30ff\uff66-\uff9f"
# Letters of the scripts written without spaces (Thai, Lao, Tibetan, Myanmar, Khmer, kana, Han),
# as a character class body.
UNSPACED_LETTERS = (
    f"\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff{KANA_LETTERS}"
)
_KANA = re.compile(f"[{KANA_LETTERS}]")


def has_kana(text: str) -> bool:
    """Whether `text` writes any kana (Japanese, not Chinese, where its Han is mixed with kana)."""
    return _KANA.search(text) is not None
_WRAPPED_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(?=[a-z])")
# A line break inside a script written without spaces: its letters and the ideographic and
# full-width punctuation on both sides, or digits on one side ("2013年" / "12月").
_UNSPACED_MARKS = f"{UNSPACED_LETTERS}\u3000-\u303f\uff01-\uff65"
_WRAPPED_UNSPACED = re.compile(
    f"(?<=[{_UNSPACED_MARKS}])[ \t]*\n[ \t]*(?=[{_UNSPACED_MARKS}0-9])"
    f"|(?<=[0-9])[ \t]*\n[ \t]*(?=[{_UNSPACED_MARKS}])"
)


_UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")
CHARS_PER_WORD = 2  # about what a word takes in Chinese and Japanese (1.5 to 2.5 characters)


def word_count(text: str) -> int:
    """Words in `text`: space-separated ones, with a run of unspaced script counted as one word per
    CHARS_PER_WORD characters, so that length rules read Chinese as they read English."""
    unspaced = len(_UNSPACED.findall(text)) if not text.isascii() else 0
    if not unspaced:
        return len(text.split())
    return len(_UNSPACED.sub(" ", text).split()) + -(-unspaced // CHARS_PER_WORD)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def joined_lines(text: str) -> str:
    """`text` with its line breaks and runs of spaces collapsed to one space, as a reader sees it.

    A line that a hard wrap broke after a hyphen ("south-" / "western") joins without a space:
    wrapping tools break at a compound's hyphen, and "south- western" reads wrong. So does a line
    broken inside a script written without spaces: "北京" / "市" is "北京市".
    """
    if "\n" in text:
        if "-" in text:
            text = _WRAPPED_HYPHEN.sub("-", text)
        if not text.isascii():
            text = _WRAPPED_UNSPACED.sub("", text)
    joined = " ".join(text.split())
    if not joined.isprintable() and _CONTROL.search(joined):  # (isprintable: a fast test, in C)
        joined = " ".join(_CONTROL.sub(" ", joined).split())  # a NUL or ESC a broken export left
    return joined


# Scripts one language writes together: Japanese mixes kana with Han; Han alone is Chinese's.
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "FULLWIDTH": "LATIN"}
_SCRIPT_SAMPLE = 2000  # letters enough to tell a text's script
_ANY_LETTER = re.compile(r"[^\W\d_]")
# A letter outside the Latin blocks (Basic Latin to Latin Extended-B, and Latin Extended Additional).
_NOT_LATIN = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")


def main_script(text: str) -> str | None:
    """The script most of `text`'s letters are written in ("LATIN", "CJK" for Han and kana,
    "ARABIC", "CYRILLIC", "DEVANAGARI", ...), from its first letters; None without letters."""
    if text.isascii() or not _NOT_LATIN.search(text):  # most text: no letter to look up one by one (C-speed tests)
        return "LATIN" if _ANY_LETTER.search(text) else None
    counts: dict[str, int] = {}
    seen = 0
    for char in text:
        if not char.isalpha():
            continue
        script = unicodedata.name(char, "").split(" ", 1)[0]
        script = _SAME_SCRIPT.get(script, script)
        counts[script] = counts.get(script, 0) + 1
        seen += 1
        if seen >= _SCRIPT_SAMPLE:
            break
    return max(counts, key=counts.__getitem__) if counts else None
