"""A line may glue one sentence's claim to another sentence's attribution or setting ("..., the
court heard"); the negation of the claim's own sentence still counts there (sentences written
for this test). Its subject may be named otherwise ("Castleford Marine" for "the company"), so
two words of the claim make one phrase enough ("accused of wrongdoing"). The faithful line that
keeps the negation passes."""

from checking import problem_kinds

TRIAL = (
    "A former finance director of Hallam Pumps was jailed for six years on Tuesday, a court in Brayford heard. "
    "He had moved £2m out of the firm's pension fund. "
    "The company itself was not accused of wrongdoing."
)
GERICHT = (
    "Ein früherer Finanzchef der Firma Hallmark wurde am Dienstag zu sechs Jahren Haft verurteilt, wie das Landgericht Wendorf mitteilte. "
    "Das Unternehmen selbst wurde nicht wegen Betrugs angeklagt."
)
TRIBUNAL = (
    "Un ancien directeur financier de la société Varlin a été condamné mardi à six ans de prison, a indiqué le tribunal de Rennes. "
    "La société elle-même n'a pas été accusée de fraude."
)
JUICIO = (
    "Un antiguo director financiero de la empresa Olmeda fue condenado el martes a seis años de cárcel, según informó el tribunal de Soria. "
    "La empresa no fue acusada de fraude."
)


def test_a_negation_dropped_beside_another_sentences_attribution_is_caught():
    assert "negation" in problem_kinds(TRIAL, "Hallam Pumps itself was also accused of wrongdoing, the court in Brayford heard.")
    assert "negation" in problem_kinds(GERICHT, "Auch die Firma Hallmark wurde wegen Betrugs angeklagt, wie das Landgericht Wendorf mitteilte.")
    assert "negation" in problem_kinds(TRIBUNAL, "La société Varlin a aussi été accusée de fraude, a indiqué le tribunal de Rennes.")
    assert "negation" in problem_kinds(JUICIO, "La empresa Olmeda también fue acusada de fraude, según informó el tribunal de Soria.")


def test_the_negation_kept_beside_the_attribution_passes():
    assert "negation" not in problem_kinds(TRIAL, "Hallam Pumps itself was not accused of wrongdoing, the court in Brayford heard.")
    assert "negation" not in problem_kinds(GERICHT, "Die Firma Hallmark wurde nicht wegen Betrugs angeklagt, wie das Landgericht Wendorf mitteilte.")
    assert "negation" not in problem_kinds(TRIBUNAL, "La société Varlin n'a pas été accusée de fraude, a indiqué le tribunal de Rennes.")
    assert "negation" not in problem_kinds(JUICIO, "La empresa Olmeda no fue acusada de fraude, según informó el tribunal de Soria.")


def test_the_other_sentences_claim_with_its_attribution_passes():
    assert "negation" not in problem_kinds(TRIAL, "Hallam Pumps' former finance director was jailed for six years, the court in Brayford heard.")
