"""German clauses that put their verb last and stop before it (verify/fragments.py): a line with
no end mark whose clause after a comma has no verb second ("forderte, die Daten künftig nur
noch"), and an infinitive clause opened by "um" that ends on no infinitive. The finished
sentences, a reported main clause with its verb second, and a strong verb's past form ending a
subordinate clause ("blieb") pass (sentences written for this test)."""

import pytest

from summarizer.verify.fragments import fragment_problems
from summarizer.verify.lexicon import lexicon

GERMAN = lexicon("german")


@pytest.mark.parametrize("line", [
    "Der Stadtrat verlangte, die Gebühren für Anwohner künftig nur noch",
    "Der Verein sammelte Spenden, um die Halle im Winter wieder",
])
def test_fragments_verb_last_clause_cut_before_its_verb(line):
    problems = fragment_problems(line, GERMAN)
    assert [p.kind for p in problems] == ["incomplete"], problems


@pytest.mark.parametrize("line", [
    "Der Stadtrat verlangte, die Gebühren für Anwohner künftig nur noch jährlich zu erheben.",
    "Der Verein sammelte Spenden, um die Halle im Winter wieder zu öffnen.",
    "Der Stadtrat sagte, die Gebühren seien zu hoch",
    "Der Zug fuhr nicht, weil das Stellwerk gestört blieb.",
    "Der Stadtrat verlangte, die Gebühren für Anwohner künftig nur noch.",  # a marked end: a main clause may end so
])
def test_fragments_verb_last_finished_clause_passes(line):
    assert fragment_problems(line, GERMAN) == []


def test_fragments_verb_last_steps_aside_without_verb_endings():
    french = lexicon("french")
    assert fragment_problems("Le conseil a exigé, les frais désormais seulement", french) == []
