"""German, where every noun takes a capital: a sentence that opens on a preposition ("Laut Bauamt
kostet ...") puts an adverbial first and its subject after the verb, so no roles are read from it;
a noun given another owner than its cited sentence gives it ("die Vergabepraxis des Amts" for
"... der Stadtwerke") is caught. Sentences written for this test."""

from checking import problem_kinds
from summarizer.verify.relations import tokens_of
from summarizer.verify.swaps import _subject_first_roles

BAU = "Die Brücke kostet nach Angaben der Bauverwaltung rund zwölf Millionen Euro. Laut Bauverwaltung sollen die Arbeiten im Mai beginnen."
AMT = (
    "Der Landesrechnungshof prüft seit Januar die Ausgaben der Stadtwerke. "
    "Der Bund der Steuerzahler kritisierte die Vergabepraxis der Stadtwerke."
)


def test_an_opening_according_phrase_is_no_subject():
    kinds = problem_kinds(BAU, "Laut Bauverwaltung kostet die Brücke rund zwölf Millionen Euro.")
    assert "relation" not in kinds
    assert not _subject_first_roles(tokens_of("Laut Bauverwaltung kostet die Brücke viel.", "german"), "german")


def test_a_noun_given_another_owner_is_caught():
    kinds = problem_kinds(AMT, "Der Bund der Steuerzahler kritisierte die Vergabepraxis des Landesrechnungshofs.")
    assert "relation" in kinds


def test_the_nouns_own_owner_passes():
    kinds = problem_kinds(AMT, "Der Bund der Steuerzahler kritisierte die Vergabepraxis der Stadtwerke.")
    assert "relation" not in kinds
