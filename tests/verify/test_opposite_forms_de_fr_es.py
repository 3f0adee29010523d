"""Opposites read in the forms German, French and Spanish news writes them (verify/opposite_forms.py),
in sentences written for this test: a French verb in a form the language module does not list
("gagnerait" for its "gagner"), one after an elided preposition ("d'avancer"), a German separable
verb split around its object ("wies ... zurück" against "schloss sich ... an"), a Spanish one by its
stem. A word of the same side, and the source's own word, pass."""

import pytest

from summarizer import verify
from summarizer.verify.opposite_forms import forms_of, opposite_table
from summarizer.verify.relations import tokens_of

SWAPPED = [
    (
        "Le conseil municipal a indiqué que la ville perdrait près de deux millions d'euros de dotations.",
        "Le conseil municipal a indiqué que la ville gagnerait près de deux millions d'euros de dotations.",
        "“gagnerait” where its source has “perdrait”",
    ),
    (
        "Le ministère envisage d'avancer la date de l'examen d'une semaine.",
        "Le ministère envisage de retarder la date de l'examen d'une semaine.",
        "“retarder” where its source has “d'avancer”",
    ),
    (
        "Der Verkehrsminister wies die Forderungen der Pendler am Montag zurück.",
        "Der Verkehrsminister schloss sich den Forderungen der Pendler am Montag an.",
        "“schloss … an” where its source has “wies … zurück”",
    ),
    (
        "La empresa decidió aplazar la apertura de la tienda hasta junio.",
        "La empresa decidió adelantar la apertura de la tienda hasta junio.",
        "“adelantar” where its source has “aplazar”",
    ),
    # German puts the infinitive last ("..., die Gebühren ... zu senken"); the line's verb comes
    # second, before the same object.
    (
        "Der Landkreis Ostheide kündigte am Freitag an, die Müllgebühren im kommenden Jahr um acht Prozent zu senken.",
        "Der Landkreis Ostheide erhöht die Müllgebühren im kommenden Jahr um acht Prozent.",
        "“erhöht” where its source has “senken”",
    ),
]

SAME_SIDE = [
    ("Der Verkehrsminister wies die Forderungen der Pendler am Montag zurück.",
     "Der Verkehrsminister lehnte die Forderungen der Pendler am Montag ab."),
    ("La empresa decidió aplazar la apertura de la tienda hasta junio.",
     "La empresa decidió posponer la apertura de la tienda hasta junio."),
    ("Le conseil municipal a indiqué que la ville perdrait près de deux millions d'euros de dotations.",
     "Le conseil municipal a indiqué que la ville perdrait près de deux millions d'euros de dotations."),
    ("Der Landkreis Ostheide kündigte am Freitag an, die Müllgebühren im kommenden Jahr um acht Prozent zu senken.",
     "Der Landkreis Ostheide senkt die Müllgebühren im kommenden Jahr um acht Prozent."),
]


def test_a_verb_last_opposite_of_another_object_is_no_substitution():
    # The clause-final "senken" is the parking fees' verb: words the line lacks stand between it
    # and the line's object.
    source = "Der Landkreis Ostheide will die Müllgebühren beibehalten und die Parkgebühren im kommenden Jahr senken."
    line = "Der Landkreis Ostheide erhöht die Müllgebühren im kommenden Jahr."
    assert not [p for p in verify(source, [line]).problems if p.kind == "substitution"]


@pytest.mark.parametrize(("source", "line", "message"), SWAPPED)
def test_an_opposite_in_another_form_is_caught(source, line, message):
    problems = verify(source, [line]).problems
    assert any(p.kind == "substitution" and message in p.message for p in problems), problems


@pytest.mark.parametrize(("source", "line"), SAME_SIDE)
def test_a_word_of_the_same_side_passes(source, line):
    assert not [p for p in verify(source, [line]).problems if p.kind == "substitution"]


def test_a_separable_verb_is_read_with_its_particle_only_at_the_clause_end():
    closed = tokens_of("Der Landrat wies die Kritik zurück.", "german")
    assert "zurückwies" in forms_of(closed, "german")[2]
    # "zurück" inside the clause is no particle of the verb: "wies auf die Zeit zurück vor der Wahl"
    # is read as written only where the particle ends its clause.
    open_clause = tokens_of("Der Landrat wies zurück auf die Kritik", "german")
    assert "zurückwies" not in forms_of(open_clause, "german")[2]


def test_a_stem_shared_by_two_sides_is_no_form():
    # "retard" (the noun and "retarder") and "avance" are opposites by stem; no stem is on both sides.
    table = opposite_table("french")
    assert not any(form in table.get(form, frozenset()) for form in table)
