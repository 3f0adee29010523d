"""A spaCy pipeline's attribute rules (its `attribute_ruler`) matched by table look-up.

spaCy's ruler runs every rule's pattern through its general `Matcher`: about half a millisecond a
sentence for the small English pipeline's 179 rules, a tenth of a parse. Those rules are all of
one plain shape (a token or two, each attribute equal to a value, in a list, out of a list, or
matching a regex), so the rules a token may start are looked up by its lowercase form or its tag,
and only those are tried. The matches are the ruler's own, in its order; the ruler still applies
them. A pipeline with any rule of another shape keeps spaCy's matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# The token attributes a rule may test, in the order of a row of `Doc.to_array`.
_COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_LOWER, _TAG = 0, 1

Row = list[int]  # one token's attributes, as string hashes (IS_SPACE: 0 or 1)
Test = Callable[[Row], bool]


class RuleTable:
    """The rules of one `AttributeRuler`, each alternative of a rule filed under the lowercase
    form or the tag its first token must have (one that names neither is tried at every token)."""

    def __init__(self, ruler: Any):
        from spacy.strings import get_string_id

        self._strings = ruler.vocab.strings
        self._hash = get_string_id
        # (rule number, match id, tokens matched, (token offset, test) pairs) for each alternative of each rule
        self.rules: list[tuple[int, int, int, tuple[tuple[int, Test], ...]]] = []
        self.filed: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})  # by lowercase form, by tag
        self.anywhere: list[int] = []
        for attr_id, rule in enumerate(ruler.patterns):
            match_id = self._strings[str(attr_id)]
            for tokens in rule["patterns"]:
                self._file(len(self.rules), tokens[0] if tokens else {})
                tests = tuple((k, self._test(a, w)) for k, spec in enumerate(tokens) for a, w in spec.items())
                self.rules.append((attr_id, match_id, len(tokens), tests))

    @classmethod
    def of(cls, ruler: Any) -> RuleTable | None:
        """The table for `ruler`, or None where one of its rules has a shape this does not read."""
        for rule in ruler.patterns:
            for tokens in rule["patterns"]:
                if not tokens or not all(spec and all(_readable(a, w) for a, w in spec.items()) for spec in tokens):
                    return None
        return cls(ruler)

    def _file(self, number: int, first: dict[str, Any]) -> None:
        for column in (_LOWER, _TAG):
            wanted = first.get(_COLUMNS[column])
            values = [wanted] if isinstance(wanted, str) else wanted["IN"] if isinstance(wanted, dict) and "IN" in wanted else None
            if values is not None:
                for value in values:
                    self.filed[column].setdefault(self._hash(value), []).append(number)
                return
        self.anywhere.append(number)

    def _test(self, attribute: str, wanted: Any) -> Test:
        column = _COLUMNS.index(attribute)
        if not isinstance(wanted, dict):
            value = wanted if isinstance(wanted, bool) else self._hash(wanted)
            return lambda row: row[column] == value
        ((kind, listed),) = wanted.items()
        if kind == "REGEX":
            pattern, seen = re.compile(listed), {}  # `seen`: the verdict for each form met

            def matches(row: Row) -> bool:
                found = seen.get(row[column])
                if found is None:
                    if len(seen) >= 100_000:  # a bound for a long run
                        seen.clear()
                    found = seen[row[column]] = pattern.search(self._strings[row[column]]) is not None
                return found

            return matches
        values = frozenset(self._hash(v) for v in listed)
        if kind == "IN":
            return lambda row: row[column] in values
        return lambda row: row[column] not in values

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """What `AttributeRuler.match` gives: (rule number, match id, start, end), sorted; a span
        that two alternatives of one rule match is given once (they would set the same attributes)."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        if not len(doc):
            return []
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        by_lower, by_tag = self.filed
        found = set()
        for start, row in enumerate(rows):
            for numbers in (by_lower.get(row[_LOWER], ()), by_tag.get(row[_TAG], ()), self.anywhere):
                for number in numbers:
                    attr_id, match_id, length, tests = self.rules[number]
                    if start + length > len(rows):
                        continue
                    for k, test in tests:
                        if not test(rows[start + k]):
                            break
                    else:
                        found.add((attr_id, match_id, start, start + length))
        return sorted(found)


def _readable(attribute: str, wanted: Any) -> bool:
    """Whether `RuleTable` reads this test of a token pattern as spaCy's matcher does."""
    if attribute not in _COLUMNS:
        return False  # "OP" among them: a repeated or optional token
    if not isinstance(wanted, dict):
        return isinstance(wanted, bool) == (attribute == "IS_SPACE") and isinstance(wanted, (str, bool))
    if len(wanted) != 1 or attribute == "IS_SPACE":
        return False
    ((kind, listed),) = wanted.items()
    if kind == "REGEX":
        return isinstance(listed, str)
    return kind in ("IN", "NOT_IN") and all(isinstance(v, str) for v in listed)


def use_rule_table(nlp: Any) -> None:
    """Has the pipeline's `attribute_ruler` find its matches by `RuleTable`, where its rules allow."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    table = RuleTable.of(ruler)
    if table is not None:
        ruler.match = table.match
