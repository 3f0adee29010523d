"""Two words crossed over a run of words the line copies from its sentence, in sentences written for
this test: possessors swapped ("the guild rejected the harbour board's offer"), two common-noun
parties swapped across a clause ("volunteers matter because sensors cannot ..."), two verbs swapped
over their objects. A passive/active switch, a converse verb ("bought from" / "sold to"), an
apposition or relative clause around a name, and a genitive turned round ("the council's leader" /
"leader of the council") keep the meaning and pass. Words alone, so parser on or off."""

import pytest

from summarizer.verify.crossed import crossed_problems
from summarizer.verify.verification import make_checker, verify

CROSSED = [
    (
        "Jonah Wilde said the Harbour Board had rejected the guild's offer to share the dredging costs.",
        "Jonah Wilde said the guild had rejected the Harbour Board's offer to share the dredging costs.",
    ),
    (
        "The curator said volunteers stayed essential because the sensors could not check every nest box each morning.",
        "The curator said the sensors stayed essential because volunteers could not check every nest box each morning.",
    ),
    (
        "The ramblers' association praised the new footpath but condemned the closure of the ferry.",
        "The ramblers' association condemned the new footpath but praised the closure of the ferry.",
    ),
    (
        "Según Ortega, la cooperativa rechazó la oferta del ayuntamiento para ceder el molino.",
        "Según Ortega, el ayuntamiento rechazó la oferta de la cooperativa para ceder el molino.",
    ),
]

KEPT = [
    # passive / active switch
    (
        "The tanker struck the pier at about 5 a.m. as it turned into the channel.",
        "The pier was struck by the tanker at about 5 a.m. as it turned into the channel.",
    ),
    # converse verb
    (
        "Halden Foods bought the bakery from Marlow Mills for £3 million.",
        "Marlow Mills sold the bakery to Halden Foods for £3 million.",
    ),
    # a description around a name, turned round
    (
        "Choir director Imogen Salt said the festival would return next year.",
        "Imogen Salt, who directs the choir, said the festival would return next year.",
    ),
    (
        "Ferry captain Liam Orr, a former fisherman, said the crossing was calm.",
        "Former fisherman Liam Orr, a ferry captain, said the crossing was calm.",
    ),
    # the speaker put after the words
    (
        "Grant Hollis said the bridge would stay shut until the spring.",
        "The bridge would stay shut until the spring, said Grant Hollis.",
    ),
    # two clauses told in the other order keep their words together
    (
        "The club signed the goalkeeper and sold the winger to a rival.",
        "The club sold the winger to a rival and signed the goalkeeper.",
    ),
]


def _messages(article: str, line: str, parser: str) -> list[str]:
    checker = make_checker("default", parser=parser)
    return [p.message for checked in verify(article, [line], checker=checker).lines for p in checked.problems]


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("article, line", CROSSED)
def test_words_crossed_over_a_copied_run_are_reversed(article: str, line: str, parser: str) -> None:
    assert any(m.startswith("relation reversed") for m in _messages(article, line, parser))


@pytest.mark.parametrize("article, line", CROSSED)
def test_the_crossing_alone_is_named(article: str, line: str) -> None:
    language = "spanish" if "Según" in article else "english"
    found = crossed_problems(line, [article], language)
    assert [p.kind for p in found] == ["relation"]
    assert "its source the other way round" in found[0].message


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("article, line", KEPT)
def test_a_rephrasing_that_keeps_the_roles_passes(article: str, line: str, parser: str) -> None:
    assert crossed_problems(line, [article]) == []
    assert not any(m.startswith("relation reversed") for m in _messages(article, line, parser))


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_the_genitive_turned_round_is_no_reversal(parser: str) -> None:
    # (the word role check read "council's leader" as the council leading Reeve, parser off)
    article = "Tamsin Reeve, leader of the district council, said the road would reopen in May."
    line = "The district council's leader, Tamsin Reeve, said the road would reopen in May."
    assert crossed_problems(line, [article]) == []
    assert not any(m.startswith("relation reversed") for m in _messages(article, line, parser))


def test_german_is_left_out() -> None:
    article = "Der Verein lehnte das Angebot der Stadtwerke ab, den Platz zu teilen."
    line = "Die Stadtwerke lehnten das Angebot des Vereins ab, den Platz zu teilen."
    assert crossed_problems(line, [article], "german") == []
