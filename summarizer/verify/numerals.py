"""Figures written with the scale characters of Chinese, Japanese and Korean, read as values.

A Chinese article writes thirty million as "三千万", "3000万", "3,000万" or "3千万", a Japanese one
four billion yen as "四十億円" or "40億円", a Korean one "3억 5천만 원" or "3.5억 원", and a year as
"二〇二八年" or "2028年". A line and its sources compare such figures by value, so a faithful line
that writes one in another form has invented no number, and one whose value changed ("三亿" for
"四亿", "3000万" for "3000") is caught. Read in every language: the characters say what they are.

Chinese numeral characters also stand in words ("一些" some, "万一" in case, "十分" very), so a
line's figure in characters alone is checked only where it cannot be a word: two characters or
more that start with a digit or a unit below ten thousand and hold a unit ("三千万", "十五",
"百三十"; not "千万" alone, "by all means"), or a run of digits with a zero ("二〇二八"). A source's figures in characters are all read, single ones too: that only backs more.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from summarizer.textpatterns import ascii_digits
from summarizer.verify.amounts import canonical_figure

_DIGITS = {c: n for n, chars in enumerate(("〇零", "一", "二两兩", "三", "四", "五", "六", "七", "八", "九")) for c in chars}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "십": 10, "백": 100, "천": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12, "만": 10**4, "억": 10**8, "조": 10**12}
_ENGLISH = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

_NUMBER = r"\d+(?:[.,]\d+)*"
_HAN = "".join((*_DIGITS, "十拾百佰千仟", "万萬亿億兆"))
_HANGUL_UNITS = "십백천만억조"
_FIGURE = re.compile(
    rf"(?:{_NUMBER}|[{_HAN}])*[{_HAN}](?:{_NUMBER})?"  # Han characters, with digits among them: "3億5000万"
    rf"|{_NUMBER}[{_HANGUL_UNITS}]+(?:\s?{_NUMBER}[{_HANGUL_UNITS}]+)*(?:\d+(?:,\d{{3}})*(?![.,]?\d))?"  # Korean: "3억 5천만", "21만1,828"
    rf"|{_NUMBER}\s(?:{'|'.join(_ENGLISH)})\b"  # "30 million" among them
)
_ADVERBS = frozenset({"千万", "千萬"})  # "千万不要": "by all means", more often than ten million alone
_TOKEN = re.compile(rf"{_NUMBER}|[{_HAN}{_HANGUL_UNITS}]|[a-z]+")


def _value(figure: str) -> Decimal | None:
    """The value of a figure, or None where it is not one ("万一" starts with a unit: a word)."""
    if figure[0] in _BIG:
        return None
    total, section, current, last_big = Decimal(0), Decimal(0), None, 0
    digit_run = not any(c.isdigit() or c in _SMALL or c in _BIG for c in figure)
    if digit_run:  # "二〇二八": read digit by digit
        return Decimal("".join(str(_DIGITS[c]) for c in figure))
    for token in _TOKEN.findall(figure):
        if token[0].isdigit():
            try:
                current = Decimal(token.replace(",", ""))
            except InvalidOperation:
                return None
        elif token in _DIGITS:
            current = Decimal(_DIGITS[token]) if current is None else current * 10 + _DIGITS[token]
        elif token in _SMALL:
            section += (Decimal(1) if current is None else current) * _SMALL[token]
            current = None
        else:
            big = _BIG.get(token) or _ENGLISH[token]
            value = (section + (current or 0)) or Decimal(1)
            total = (total + value) * big if big > last_big else total + value * big
            last_big = max(last_big, big)
            section, current = Decimal(0), None
    return total + section + (current or 0)


def _checked(figure: str) -> bool:
    """Whether a line's figure can only be a number: digits with a unit, or two Han characters or
    more that start with a digit or a small unit and hold a unit or a zero."""
    if any(c.isdigit() for c in figure):
        return not figure.replace(",", "").replace(".", "").isdigit()
    if len(figure) < 2 or figure[0] not in _DIGITS and figure[0] not in _SMALL or figure in _ADVERBS:
        return False
    return any(c in _SMALL or c in _BIG or c in "〇零" for c in figure)


@lru_cache(maxsize=512)
def scaled_figures(text: str, line: bool = False) -> tuple[tuple[str, int, int, str], ...]:
    """Each figure of `text` written with a scale character or in Han digits: (as written, start,
    end, value). `line`: only those that cannot be words (see the module's note)."""
    if not any(c in _HAN or c in _HANGUL_UNITS for c in text) and not re.search(rf"\d\s(?:{'|'.join(_ENGLISH)})\b", text):
        return ()
    digits = ascii_digits(text)
    found = []
    for match in _FIGURE.finditer(digits):
        figure = match.group()
        if line and not _checked(figure):
            continue
        value = _value(figure)
        if value is not None:
            found.append((text[match.start() : match.end()], match.start(), match.end(), canonical_figure(value)))
    return tuple(found)
