"""A line that opens where its source's subject goes on after "of": "Lucien Marsh opened at
Wexbridge Crown Court on Monday" copied from "The trial of art dealer Lucien Marsh opened at
Wexbridge Crown Court on Monday". The copy drops the subject's own noun, and the name that stood
after "of" becomes the doer (a small model's cut; `relation`).

Lexical, in every language whose module gives `part_of_words` ("of", "de"): the line's first
words stand later in a cited sentence, whose words before them are a short phrase with no comma,
opening with a determiner, whose last "of" stands at most three words before the line's first
word; that word is a name (capitalised in the source); and the noun before "of" is no kind of
place ("the city of Leeds" is Leeds).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verify.lexicon import lexicon
from summarizer.verify.parties import _words
from summarizer.verify.problems import Problem

_RUN = 4  # the line's first words that must stand in a row in the source
_PREFIX = 7  # words of the source's subject before the line's first word, at most
_AFTER_OF = 3  # words between "of" and the line's first word, at most


def cut_subject_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """The line's subject is what its source's subject is "of" (module docstring)."""
    words = lexicon(language)
    if not words.part_of_words:
        return []
    line = [w for _, w in _words(text)]
    if len(line) < _RUN:
        return []
    opening = line[:_RUN]
    for sentence in sources:
        written = _words(sentence)
        theirs = [w for _, w in written]
        for p in range(1, min(len(theirs) - _RUN, _PREFIX) + 1):
            if theirs[p : p + _RUN] != opening or not written[p][0][:1].isupper():
                continue
            prefix = theirs[:p]
            if prefix[0] not in words.determiners:
                continue
            links = [k for k, w in enumerate(prefix) if w in words.part_of_words]
            if not links or links[-1] == 0 or p - links[-1] - 1 > _AFTER_OF:
                continue
            if prefix[links[-1] - 1] in words.place_kind_nouns:
                continue
            start = sentence.find(written[p][0])
            if start < 0 or "," in sentence[:start]:
                continue
            end = p
            while end < len(written) and written[end][0][:1].isupper():
                end += 1
            name = " ".join(w for w, _ in written[p:end])
            subject = " ".join(w for w, _ in written[:end])
            return [Problem(
                "relation", f"relation not in its sources: the line makes “{name}” the doer, where its source's is “{subject}”"
            )]
    return []
