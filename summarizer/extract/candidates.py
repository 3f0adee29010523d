"""Which sentences may stand as a summary line, and how strongly, before any ranking.

Nothing here removes a sentence from the Document (citation indices and spans must stay valid):
each sentence gets a weight in [0, 1] that rankers multiply into their scores. Weight 0 marks a
sentence that should never be chosen while a real one is left: page furniture (bylines,
datelines, timestamps, captions and picture credits, image alt text, prompts to the reader,
read-more teasers, a repeated headline) and fragments. Values between 0 and 1 mark sentences that
should lose to plain reported fact (see neutrality.py) or that are probably cut off.

Every rule asks for the *whole* sentence to be furniture ("Posted 6:05 PM GMT, Fri May 2, 2025"),
never for a furniture word to appear in it, so that a news sentence that mentions a date, a photo
or a newsletter keeps its full weight.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

import summarizer.lang as lang
from summarizer.extract.neutrality import names_speaker, stance_weight
from summarizer.extract.units import excerpt_marks
from summarizer.read.quotes import has_quote_mark, paragraph_quotations, unbalanced
from summarizer.textpatterns import (
    BARE_DATELINE,
    CREDIT_NOUN,
    MD_EMPHASIS,
    MD_LINK,
    is_wire_dateline,
    quoted_spans,
)
from summarizer.types import Document, Paragraph, Sentence, lowered as lower_text

# Fewer words than this is a fragment ("No wonder.", "Updated."), not a statement worth a line.
MIN_WORDS = 5
# A sentence that ends in a bare ellipsis at the end of its paragraph was probably cut off.
TRUNCATED_WEIGHT = 0.3

# --- Markdown markup, dropped before judging a sentence ---------------------------------------
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")

# --- One-sentence furniture --------------------------------------------------------------------
_BOILERPLATE = re.compile(
    r"""^(?:
        media\s+playback\s+is\s+(?:not\s+supported\s+on\s+this|unsupported\s+on\s+your)\s+device\s*$  # a video's notice
      | (?:scroll\s+down|click\s+here|read\s+more|share\s+this|sign\s+up|follow\s+us|subscribe)\b  # page furniture
      | (?:related|see\s+also|also\s+read|read\s+next|more\s+from|advertisement)\s*[:|]             # link lists
      | \(?\s*(?:AP|Reuters|AFP)\s*\)?\s*[-—–]*\s*$                                              # bare agency tag
      | (?:copyright|©|\(c\))\s*(?:\d{4}|[A-Z])                                                    # copyright notice
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# "Photo: ...", "(Image credit: ...)", "Pictured | ...": a caption or credit by its label. ("Photo
# by ..." may open a real sentence, "Photos by a neighbour show ...": is_credit_line judges it.)
_CAPTION = re.compile(rf"^[(\[]?\s*{CREDIT_NOUN}\s*[:|]", re.IGNORECASE)
# "By Jane Doe", "By Jane Doe and Al Roe, Staff Writers": short, capitalised names right after "By".
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(rf"^(?:By|BY)\s+{_NAME}(?:\s+(?:and|&)\s+{_NAME})?\s*(?:$|[,|]\s*\S.*$)")
MAX_BYLINE_WORDS = 10

# A credit line is only names and credit words: "Kim Lo/Getty Images", "AP Photo/Kim Lo, File",
# "Photograph by Kim Lo / Valley Press". Every word capitalised or one of these connectors.
_CREDIT_WORD = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?|getty|reuters|afp|ap|epa|shutterstock|alamy|handout|courtesy)\b",
    re.IGNORECASE,
)
_CREDIT_CONNECTORS = frozenset(
    "by via for of and the courtesy from handout file staff photographer photographers contributor".split()
)
_CREDIT_TOKEN = re.compile(r"[^\s/|,;:()\[\]–—-]+")
MAX_CREDIT_WORDS = 12
MAX_CREDIT_CHARS = 200

# A timestamp is nothing but labels, dates, times, zones and relative times:
# "Posted 6:05 PM GMT, Fri May 2, 2025", "Edited 20 minutes ago", "2025-05-02T18:05:00Z".
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
_STAMP_WORD = re.compile(
    rf"""(?<!\w)(?:
        (?:{_MONTHS}|{_DAYS})\.?
      | \d[\d:./+-]*(?:t\d[\d:.+-]*)?z?                 # 18:05, 02/05/2025, 2025-05-02T18:05:00Z
      | \d+(?:st|nd|rd|th)
      | [ap]\.?m\.?
      | utc|gmt|z|[ecmp][sd]?t|bst|cest?|eest?|ist|jst|aest|aedt
      | last|first|originally|updated?|modified|edited|published|posted|reviewed|created|dated?|time
      | on|at|of|the|an?|ago|today|yesterday|just|now|read               # "5 min read"
      | (?:second|sec|minute|min|hour|hr|day|week|month|year)s?
    )(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
# The words _STAMP_WORD knows (dots dropped: "a.m." is "am"), for the cheap first test.
_STAMP_VOCABULARY = frozenset(
    (_MONTHS + "|sep|sept|" + _DAYS + "|tue|tues|thu|thur|thurs|am|pm|a|m|p|utc|gmt|z|t|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt"
     "|bst|cet|ces|cest|eet|ees|eest|ist|jst|aest|aedt|last|first|originally|update|updated|modified|edited|published|posted"
     "|reviewed|created|date|dated|time|on|at|of|the|an|ago|today|yesterday|just|now|read|second|sec|minute|min|hour"
     "|hr|day|week|month|year|seconds|secs|minutes|mins|hours|hrs|days|weeks|months|years").split("|")
)
_STAMP_PUNCTUATION = ",;:()[]{}|•·—–-\"'“”‘’"
_LETTER_RUN = re.compile(r"[a-z]+")
_STAMP_ANCHOR = re.compile(rf"\d|\b(?:{_MONTHS}|{_DAYS}|ago|today|yesterday)\b", re.IGNORECASE)
MAX_STAMP_WORDS = 24  # the longest stamps ("Last modified: Wednesday, ... by Web Staff") have ~15
_STAMP_AUTHOR = re.compile(r"\s+by\s+\S+(?:\s+\S+){0,2}\s*$", re.IGNORECASE)  # "... by webteam"

# A prompt to the reader: an imperative that opens the sentence and points at the page or the
# reader ("Send us your pictures of the flood.", "Tap the link below for live scores.").
_ALWAYS_PROMPT = re.compile(r"^(?:please\s+)?(?:click|tap|scroll)\b", re.IGNORECASE)
_READER_VERB = re.compile(
    r"""^(?:please\s+)?(?:subscribe|sign\s+(?:up|in)|log\s+in|register|submit|send|e-?mail|share|follow
        |download|watch|listen|read|see|visit|join|get|support|donate|comment|view|continue|learn
        |find\s+out|check\s+out|tell\s+us|let\s+us\s+know|don['’]t\s+miss|never\s+miss|write\s+to\s+us)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_READER_OBJECT = re.compile(
    r"""\b(?:your|you|us|here|below|above|newsletters?|inbox|podcasts?|apps?
        |(?:this|the|our)\s+(?:form|link|page|site|website|app|article|story|post|video|newsletter|podcast
            |channel|journalism|coverage|conversation|whole\s+thing|full\s+(?:story|article|report)))\b""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_PROMPT_WORDS = 25
# "This article was originally published ...", "An earlier version of this story ...".
_ABOUT_THE_ARTICLE = re.compile(
    r"^(?:this\s+(?:article|story|post)\s+(?:was|has\s+been|is|first|originally|appeared)"
    r"|an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|post))\b",
    re.IGNORECASE,
)

# A read-more stub: a feed excerpt that stops mid-thought with "[…]", "[...]" or "(...)".
_TEASER_END = re.compile(r"[\[(]\s*(?:…|\.{3})\s*[\])]\W*$")
_ELLIPSIS_END = re.compile(r"(?:…|\.{3})\W*$")
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")


# Kinds that never become a summary line, even when nothing else is left (the summary then says
# the article had no sentence to give): a line made of them would misquote or show page furniture.
NEVER_CHOSEN = frozenset(
    {"part of a quotation", "caption", "credit", "image", "byline", "timestamp", "dateline", "page furniture",
     "teaser", "reader prompt", "repeated"}
)
# The kinds that are not the article's own text but the page's around it: what stands above the
# first sentence does not count as a position in the article (rankers.article_start).
PAGE_FURNITURE = NEVER_CHOSEN - {"part of a quotation"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """How fit a sentence is to be a summary line, and why it is weaker if it is."""

    weight: float
    reason: str | None = None


def _has_markup(text: str) -> bool:
    return "[" in text or "*" in text or "_" in text


def plain_text(text: str) -> str:
    """The sentence as a reader sees it: Markdown images gone, links reduced to their words,
    emphasis marks ("*By Kim Lo*", "**See also:**") removed."""
    if not _has_markup(text):
        return " ".join(text.split())  # no markup to drop: the common case, kept cheap
    text = MD_EMPHASIS.sub(r"\2", MD_LINK.sub(r"\1", _MD_IMAGE.sub(" ", text)))
    return " ".join(text.split())


def _plain_of_collapsed(text: str) -> str:
    """`plain_text` of text whose whitespace is already collapsed (a sentence's clean_text): the
    text itself when there is no markup, as collapsing it again changes nothing."""
    if "[" not in text and "*" not in text and "_" not in text:
        return text
    return plain_text(text)


def _is_byline(text: str) -> bool:
    return _BYLINE.match(text) is not None and len(text.split()) <= MAX_BYLINE_WORDS


def _has_plain_word(words: list[str]) -> bool:
    """Whether `words` hold, before their last four (room for a "by ..." author), a word without
    digits that no timestamp uses: a cheap, sound first test, since almost every real sentence
    fails it within a few words ("The", "council", ...)."""
    for word in words[: len(words) - 4]:
        word = word.lower().strip(_STAMP_PUNCTUATION)
        if not word or word.replace(".", "") in _STAMP_VOCABULARY:
            continue
        if word.isascii() and word.isalpha():  # the usual case: its one letter run is the word itself
            return True
        if any(c.isdigit() for c in word):
            continue
        if not all(run in _STAMP_VOCABULARY for run in _LETTER_RUN.findall(word)):
            return True
    return False


def is_timestamp(text: str) -> bool:
    words = text.split()
    if len(words) > MAX_STAMP_WORDS or _has_plain_word(words):
        return False
    body = _STAMP_AUTHOR.sub("", text)
    return _STAMP_ANCHOR.search(body) is not None and _WORD.search(_STAMP_WORD.sub(" ", body)) is None


def is_credit_line(text: str) -> bool:
    if len(text) > MAX_CREDIT_CHARS:  # cheaper than counting tokens, and no credit runs this long
        return False
    count = 0
    for token in _CREDIT_TOKEN.finditer(text):  # lazily: most sentences fail at their second word
        word = token.group()
        count += 1
        if count > MAX_CREDIT_WORDS or not (word[0].isupper() or word.lower().strip(".") in _CREDIT_CONNECTORS):
            return False
    return count > 0 and _CREDIT_WORD.search(text) is not None


def is_reader_prompt(own: str) -> bool:
    """An imperative to the reader; "Read the report and you will see ..., she said" is reported."""
    always = _ALWAYS_PROMPT.match(own) is not None
    if not always and _READER_VERB.match(own) is None:  # anchored: fails fast on most sentences
        return False
    if len(own.split()) > MAX_PROMPT_WORDS or names_speaker(own):
        return False
    return always or _READER_OBJECT.search(own) is not None


def furniture(text: str, own: str | None = None) -> str | None:
    """Which kind of page furniture `text` (whitespace collapsed) is, or None for a sentence.

    `own` is the text outside quotes: a quoted "Tell us your story," is reported speech.
    """
    plain = plain_text(text)
    return _furniture(text, _own_plain(text, own, plain), plain)


def _own_plain(text: str, own: str | None, plain: str) -> str:
    """The plain text of `own` (the sentence outside quotes), `plain` when nothing is quoted."""
    return plain if own is None or own is text else plain_text(own)


def _furniture(text: str, own: str, plain: str) -> str | None:
    """`furniture` with the plain texts of the sentence and of `own` already worked out (once per
    sentence; `plain` has its whitespace collapsed). The cheap tests in front of some rules are
    implied by the rule, so they only skip work."""
    if _is_image(text):
        return "image"
    if _BOILERPLATE.match(plain) or _ABOUT_THE_ARTICLE.match(plain):
        return "page furniture"
    if _CAPTION.match(plain):
        return "caption"
    if _is_byline(plain):
        return "byline"
    if ")" in plain and BARE_DATELINE.match(plain):  # a dateline ends in its "(Wire)"
        return "dateline"
    if _is_wire_dateline(plain):
        return "dateline"
    # Collapsed whitespace: one space fewer than words, so this is is_timestamp's word limit.
    if plain.count(" ") < MAX_STAMP_WORDS and is_timestamp(plain):
        return "timestamp"
    if is_credit_line(plain):
        return "credit"
    if _is_teaser(plain):
        return "teaser"
    if own and is_reader_prompt(own):
        return "reader prompt"
    return None


def _is_image(text: str) -> bool:
    """A markdown image and nothing else (but a full stop)."""
    return "![" in text and _MD_IMAGE.search(text) is not None and not _MD_IMAGE.sub("", text).strip(" .")


def _is_wire_dateline(plain: str) -> bool:
    return "," in plain and is_wire_dateline(plain)  # "МОСКВА, 1 дек — РИА Новости."


def _is_teaser(plain: str) -> bool:
    # _TEASER_END ends in "…" or "...", so the substring tests settle most sentences first.
    return ("…" in plain or "..." in plain) and _TEASER_END.search(plain) is not None


def assess(text: str, own: str | None = None) -> Candidate:
    """Judge one sentence's text (whitespace collapsed); `own` is its text outside quotes."""
    plain = plain_text(text)
    return _assess(text, own, plain, _own_plain(text, own, plain))


def _assess(text: str, own: str | None, plain: str, own_plain: str, language: str = "english") -> Candidate:
    """`assess` with the plain texts of the sentence and of `own` worked out."""
    kind = _furniture(text, own_plain, plain) if lang.get(language).furniture_rules else _furniture_any_language(text, plain)
    if kind:
        return Candidate(0.0, kind)
    if (len(plain.split()) < MIN_WORDS and lang.word_count(plain) < MIN_WORDS) or _goes_on(plain, language):
        return Candidate(0.0, "fragment")
    weight, reason = stance_weight(text, own, language)
    return Candidate(weight, reason)


def _goes_on(plain: str, language: str) -> bool:
    """A piece of a sentence that goes on in the next: it opens in lowercase and stops on a comma,
    a semicolon or "and"/"or", as the items of one sentence set out as a list do ("Their demands
    include:" / "- a pay rise of 6%," / "- an end to zero-hours contracts, and")."""
    if not plain[:1].islower():  # the cheap test first: sentences open in capitals
        return False
    return plain.endswith((",", ";")) or plain.rsplit(maxsplit=1)[-1].lower() in lang.get(language).coordinators


def _furniture_any_language(text: str, plain: str) -> str | None:
    """The furniture rules that need no word lists: the others are written for the languages whose
    module says `furniture_rules` (English) and step aside (`read/language.py` warns of it)."""
    if _is_image(text):
        return "image"
    if _is_teaser(plain):
        return "teaser"
    if _is_wire_dateline(plain):
        return "dateline"
    return None


def _blank(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """`text` (which starts at `offset` in the document) with the given spans blanked out."""
    pieces, kept_from = [], 0
    for a, b in spans:  # in order, not overlapping
        start, end = max(a - offset, 0, kept_from), min(b - offset, len(text))
        if start < end:
            pieces.append(text[kept_from:start])
            pieces.append(" ")  # one space stands for the span: whitespace is collapsed below
            kept_from = end
    pieces.append(text[kept_from:])
    return " ".join("".join(pieces).split())


def _ends_in_ellipsis(text: str) -> bool:
    # The substring tests are cheap and settle most sentences before the regex runs.
    return ("…" in text or "..." in text) and _ELLIPSIS_END.search(text) is not None


def _overlapping(spans: list[tuple[int, int]], ends: list[int], sentence: Sentence) -> list[tuple[int, int]]:
    """The spans (in order, not overlapping each other) that overlap the sentence: found by
    bisection, so a huge paragraph with many quotes costs n log n, not n squared."""
    found = []
    for a, b in spans[bisect.bisect_right(ends, sentence.start) :]:
        if a >= sentence.end:
            break
        found.append((a, b))
    return found


def _key(plain: str) -> str:
    """What two copies of a line share: its words, lower-cased, without markup or punctuation
    (`plain` is the line's `plain_text`)."""
    return _NON_WORD.sub(" ", plain.lower()).strip()  # = " ".join(its \w+ runs)


def _key_signature(plain: str) -> tuple[int, int, int]:
    """A cheap stand-in that lines with equal `_key`s share: the key keeps every word character of
    the lower-cased line, so it keeps their counts. Lines rarely share it unless they repeat."""
    lower = plain.lower()
    return lower.count("e"), lower.count("t"), lower.count("a")


class _Repeats:
    """Which lines repeat an earlier one by their `_key` (a line with no words repeats nothing),
    asked about in any order. Most lines repeat nothing: lines are grouped by `_key_signature`
    (worked out up to the latest line asked about), and keys only in a group of two or more."""

    def __init__(self, signature: Callable[[int], tuple[int, int, int]], plain: Callable[[int], str]):
        self._signature = signature  # line j's `_key_signature`
        self._plain = plain  # line j's plain text
        self._signatures: list[tuple[int, int, int]] = []  # of lines 0, 1, ... so far
        self._groups: dict[tuple[int, int, int], list[int]] = {}
        self._keys: dict[int, str] = {}

    def _key(self, j: int) -> str:
        key = self._keys.get(j)
        if key is None:
            key = self._keys[j] = _key(self._plain(j))
        return key

    def repeated(self, k: int) -> bool:
        signatures = self._signatures
        while len(signatures) <= k:  # only earlier lines can be repeated
            signature = self._signature(len(signatures))
            self._groups.setdefault(signature, []).append(len(signatures))
            signatures.append(signature)
        group = self._groups[signatures[k]]
        if group[0] == k:
            return False
        key = self._key(k)
        return bool(key) and any(self._key(j) == key for j in group if j < k)


def _inside_quotations(document: Document, paragraph: Paragraph) -> tuple[set[int], bool]:
    """The sentences of a paragraph that start or end inside a quotation (closed within the
    paragraph) without opening or closing it: the middle and end pieces of a quotation the
    segmenter left split; and whether the paragraph has a quote mark at all (no sentence
    elsewhere can cut a quotation)."""
    inside: set[int] = set()
    text = document.text
    if not has_quote_mark(text, paragraph.start, paragraph.end):
        return inside, False
    sentences = document.sentences
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    for quotation in paragraph_quotations(text, paragraph.start, paragraph.end)[0]:
        if quotation.end is None:
            continue  # unclosed: only the sentence that opens it is cut off (see `unbalanced`)
        a, b = quotation.start, quotation.end
        inside.update(range(bisect.bisect_right(starts, a), bisect.bisect_left(starts, b)))
        inside.update(range(bisect.bisect_right(ends, a), bisect.bisect_left(ends, b)))
    return inside, True


class CandidateJudge:
    """Each sentence's `Candidate`, judged when first asked for (`judge(i)`), so that a ranker can
    judge only the sentences that might make the summary. What a rule needs from the whole
    document (the quotes of a paragraph, the lines met before) is worked out once, when first
    needed. `candidate_weights` asks for every sentence."""

    def __init__(self, document: Document):
        self.document = document
        self._sentences = document.sentences
        self._judged: dict[int, Candidate] = {}
        self._before_teasers: dict[int, Candidate] = {}
        self._paragraphs: dict[int, tuple[list[tuple[int, int]], list[int], set[int], bool]] = {}
        self._texts: dict[int, tuple[str, str, str]] = {}  # (clean text, text, plain) by sentence
        self._repeats: _Repeats | None = None
        self._first_line = 0
        self._excerpts: dict[int, tuple[str, str] | None] = {}  # units.excerpt_marks, where worked out

    def __call__(self, position: int) -> Candidate:
        candidate = self._judged.get(position)
        if candidate is None:
            candidate = self._judged[position] = self._with_teasers(position)
        return candidate

    def excerpt_marks(self, position: int) -> tuple[str, str] | None:
        """`units.excerpt_marks` of a sentence, worked out once; None without asking for one that
        was judged and not found cut from a quotation (it pairs its marks on its own)."""
        if position in self._excerpts:
            return self._excerpts[position]
        judged = self._before_teasers.get(position)
        if judged is not None and judged.reason != "repeated":  # a repeat is judged before its quotes
            return None
        marks = self._excerpts[position] = excerpt_marks(self.document, self._sentences[position])
        return marks

    def _with_teasers(self, k: int) -> Candidate:
        """A line glued to a date that follows it with no space ("...its recovery?Monday, 6 January
        2020") is a teaser card's title from a list of other stories, not a sentence of this one."""
        candidate = self._judge(k)
        sentences = self._sentences
        if (
            candidate.weight > 0
            and k + 1 < len(sentences)
            and sentences[k + 1].start == sentences[k].end
            and self._judge(k + 1).reason == "timestamp"
        ):
            return Candidate(0.0, "teaser")
        return candidate

    def _paragraph(self, index: int) -> tuple[list[tuple[int, int]], list[int], set[int], bool]:
        """A paragraph's quoted spans, their ends, the sentences inside a quotation, and whether
        it has a quote mark."""
        found = self._paragraphs.get(index)
        if found is None:
            document = self.document
            paragraph = document.paragraphs[index]
            spans = quoted_spans(document.text, paragraph.start, paragraph.end)
            found = self._paragraphs[index] = (spans, [b for _a, b in spans], *_inside_quotations(document, paragraph))
        return found

    def _line(self, position: int) -> tuple[str, str, str]:
        """A sentence's clean text, its text as judged (the "!" of an image put back) and its
        plain text."""
        found = self._texts.get(position)
        if found is None:
            sentence = self._sentences[position]
            text = clean = sentence.clean_text
            if text.startswith("[") and self.document.text[sentence.start - 1 : sentence.start] == "!":
                text = "!" + text  # the segmenter split "![alt](url)" after its "!"
            found = self._texts[position] = (clean, text, _plain_of_collapsed(text))  # clean_text collapses whitespace
        return found

    def _repeated(self, position: int) -> bool:
        """Whether the sentence repeats the title or an earlier sentence."""
        if self._repeats is None:
            document = self.document
            title = plain_text(document.title) if document.title else None
            lowered = lower_text(document.text)  # the terms (features.py) lower-cased it too
            same = len(lowered) == len(document.text)  # offsets into `lowered` hold
            first = 0 if title is None else 1  # the title is line 0 when there is one
            sentences = self._sentences

            def signature(line: int) -> tuple[int, int, int]:
                # Letters of the lower-cased plain text; without markup, those of the raw text.
                if line < first:
                    return _key_signature(title)  # type: ignore[arg-type]
                sentence = sentences[line - first]
                if same and not _has_markup(sentence.text):
                    a, b = sentence.start, sentence.end
                    return lowered.count("e", a, b), lowered.count("t", a, b), lowered.count("a", a, b)
                return _key_signature(self._line(line - first)[2])

            self._first_line = first
            self._repeats = _Repeats(signature, lambda line: self._line(line - first)[2] if line >= first else title)  # type: ignore[arg-type,return-value]
        return self._repeats.repeated(position + self._first_line)

    def _judge(self, position: int) -> Candidate:
        """The sentence's Candidate before the glued-teaser rule (which looks at the next one)."""
        candidate = self._before_teasers.get(position)
        if candidate is not None:
            return candidate
        sentence = self._sentences[position]
        clean, text, plain = self._line(position)
        quoted, ends, inside, marked = self._paragraph(sentence.paragraph)
        spans = _overlapping(quoted, ends, sentence) if quoted else []
        # clean_text and _blank collapse whitespace
        own = _blank(sentence.text, sentence.start, spans) if spans else clean
        own_plain = plain if own is text else _plain_of_collapsed(own)
        if self._repeated(position):
            candidate = Candidate(0.0, "repeated")
        elif marked and (position in inside or unbalanced(text)) and self.excerpt_marks(position) is None:
            # A piece of a quotation (it opens one it does not close, or closes one it did not
            # open) that cannot be shown as an excerpt of it: as a summary line it would misquote.
            candidate = Candidate(0.0, "part of a quotation")
        else:
            candidate = _assess(text, own, plain, own_plain, self.document.language)
            if candidate.weight > 0 and plain[:1].islower() and position and _goes_on(self._line(position - 1)[2], self.document.language):
                candidate = Candidate(0.0, "fragment")  # the last piece of a sentence set out as a list
        sentences = self._sentences
        last_in_paragraph = position + 1 == len(sentences) or sentences[position + 1].paragraph != sentence.paragraph
        if candidate.weight > TRUNCATED_WEIGHT and last_in_paragraph and _ends_in_ellipsis(own):
            candidate = Candidate(TRUNCATED_WEIGHT, "truncated")
        self._before_teasers[position] = candidate
        return candidate


def candidate_weights(document: Document) -> list[Candidate]:
    """One Candidate per sentence; quotes are found per paragraph, so a quote running over several
    sentences counts as a quote in each of them. A sentence that repeats the title or an earlier
    sentence (the headline printed again, a caption shown twice) is furniture too."""
    judge = CandidateJudge(document)
    return [judge(k) for k in range(len(document.sentences))]
