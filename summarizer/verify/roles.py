"""Who is who: a role a line gives a named person ("the trust's chief nurse, Daniel Osei") that the
article gives to someone else ("The trust's chief nurse, Fiona Galloway, said ...").

A parse finds the role: a common noun standing beside the name as an apposition ("Osei, the
chief nurse" / "the chief nurse, Osei") or before it as a title ("chief nurse Osei"). The line is
wrong only where the article gives the same role that way to another name and no sentence of the
article holds the line's name and the role together (it may say "Osei, who became chief nurse").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.verify.problems import Problem

_MAX_PARSED = 8  # article sentences with the role word that are parsed, at most


def _role_of(token: Any) -> Any | None:
    """The role noun standing by the name whose head is `token`, or None."""
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        return token.head  # "the chief nurse, Fiona Galloway"
    for child in token.children:
        if child.pos_ == "NOUN" and child.dep_ in ("appos", "compound"):
            return child  # "Galloway, the chief nurse"; "chief nurse Galloway"
    return None


def _name_heads(doc: Any) -> list[Any]:
    """Heads of the names of `doc` (the last word of "Fiona Galloway")."""
    return [t for t in doc if t.pos_ == "PROPN" and not (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN")]


def _name(head: Any) -> tuple[frozenset[str], str]:
    """A name's words (its head and the names compounded to it) and the name as written."""
    tokens = sorted([head, *(c for c in head.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")], key=lambda t: t.i)
    return frozenset(t.lower_ for t in tokens), " ".join(t.text for t in tokens)


def _body_of(role: Any, head: Any) -> frozenset[str]:
    """The capitalised words that say whose role it is: "Halvard chief executive", "Tressel's
    chief executive", "the chief executive of Tressel" (the parse may hang the body on the name
    itself, before the role); empty where none does."""
    words = [c for c in role.children if c.dep_ in ("compound", "nmod", "poss") and c.text[:1].isupper()]
    words += [c for c in head.children if c.dep_ in ("nmod", "poss") and c.i < role.i and c.text[:1].isupper()]
    words += [g for c in role.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return frozenset(w.lower_ for w in words)


def _holders(doc: Any) -> list[tuple[str, str, frozenset[str], str, frozenset[str]]]:
    """(role lemma, role as written, name words, name as written, whose role) for each name that
    a role stands by; names joined to one by "and" share its role ("the nurses, Osei and Galloway")."""
    found = []
    for head in _name_heads(doc):
        role = _role_of(head)
        if role is None or not head.text[:1].isupper() or not role.text.isalpha():
            continue  # "10 p.m. ET": a time read as a name and its role
        for named in (head, *(other for other in head.conjuncts if other.pos_ == "PROPN")):
            found.append((role.lemma_.lower(), role.lower_, *_name(named), _body_of(role, head)))
    return found


def _other_body(
    role: str, words: frozenset[str], body: frozenset[str], holders: Sequence[tuple[str, str, frozenset[str], str, frozenset[str]]]
) -> list[str]:
    """Who holds `role` of `body` in the article where the line gives it to the person of `words`,
    whom the article gives the same role of another body only: "Halvard chief executive Leon
    Baptiste" where the article has "Halvard chief executive Miriam Sautner" and "Tressel chief
    executive Leon Baptiste". Empty where the article does not say both."""
    theirs = [h for h in holders if h[0] == role and h[4]]
    own = [h[4] for h in theirs if h[2] & words]
    if not own or any(b & body for b in own):
        return []
    return list(dict.fromkeys(h[3] for h in theirs if h[4] & body and not h[2] & words))


def role_problems(line: Any, article: Sequence[str], parse: Any) -> list[Problem]:
    """The roles of the parsed `line`'s names checked against the `article`'s sentences (texts;
    `parse` turns one into a Doc, and runs only on sentences that hold the role's word)."""
    claimed = _holders(line)
    if not claimed:
        return []
    lowered = [sentence.lower() for sentence in article]
    problems = []
    for role, role_text, words, shown, body in claimed:
        with_role = [i for i, s in enumerate(lowered) if role_text in s or role in s]
        if body:
            body_holders = _other_body(role, words, body, [h for i in with_role[:_MAX_PARSED] for h in _holders(parse(article[i]))])
            if body_holders:
                problems.append(Problem(
                    "relation", f"relation not in its sources: the line makes {shown} the {' '.join(sorted(body)).title()} "
                    f"{role_text}; the article gives that role to {' and '.join(body_holders)}"
                ))
                continue
        if any(any(w in lowered[i] for w in words) for i in with_role):
            continue  # a sentence holds the line's person and the role together
        if not any(any(w in s for w in words) for s in lowered):
            continue  # a name the article lacks is the name check's
        others: list[str] = []
        for i in with_role[:_MAX_PARSED]:
            for their_role, _, theirs, their_name, _ in _holders(parse(article[i])):
                if their_role == role and not theirs & words and their_name not in others:
                    others.append(their_name)
        if others:
            problems.append(Problem(
                "relation", f"relation not in its sources: the line makes {shown} the {role_text}; "
                f"the article gives that role to {' and '.join(others)}"
            ))
    return problems
