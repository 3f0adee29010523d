"""A name that is the subject of two verbs joined by a coordinator of its language ("and", "or",
"y", "et": `Language.coordinators`) may stand before the second in a line, though a clause keeps
them apart in its source ("the union Brel complains that ... and threatens strikes"); a verb whose
own subject is another name between is still not the first name's (sentences written for this test)."""

from checking import problem_kinds

from summarizer.verify.relations import Sources, _coordinated_subject, tokens_of

UNION = ("El sindicato de conductores Brel se queja de que los autobuses nocturnos no tienen vigilancia "
         "y amenaza con una huelga en junio.")
DEPOT = "Harlow Transport complained that its depot lacked guards, and Corvane Buses threatens a strike in June."


def test_relations_coordinated_subject_second_verb_passes() -> None:
    assert "relation" not in problem_kinds(UNION, "El sindicato Brel amenaza con una huelga en junio porque los autobuses nocturnos no tienen vigilancia.")


def test_relations_coordinated_subject_other_name_between_is_not_shared() -> None:
    sources = Sources([DEPOT])
    threatens = tokens_of("threatens", "english")[0].term
    assert not _coordinated_subject(sources, ("harlow",), threatens)
    assert _coordinated_subject(Sources([DEPOT.replace(", and Corvane Buses", " and")]), ("harlow",), threatens)


def test_relations_coordinated_subject_joined_by_the_languages_coordinators() -> None:
    threatens = tokens_of("threatens", "english")[0].term
    alone = DEPOT.replace(", and Corvane Buses", " {} ")
    assert _coordinated_subject(Sources([alone.format("or")]), ("harlow",), threatens)
    assert not _coordinated_subject(Sources([alone.format("but")]), ("harlow",), threatens)
