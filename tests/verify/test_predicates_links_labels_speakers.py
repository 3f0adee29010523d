"""Round-8 shapes, in sentences written for this test: neighbours of a line that no grammatical
relation joins (a free paraphrase) are not read as a relation where a parse is at hand; a short
quoted label repeated as the line's own judgement; words a named speaker's phrase said ("analysts
at X") given to someone else."""

import pytest

from checking import problem_kinds as _kinds
from summarizer import verify
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

BY_ELECTION = (
    "Voters in the market town of Halvern elected Mira Okoye to the council on Thursday. "
    "Okoye, a retired nurse and school governor, won 58% of the vote. "
    "Dr Ines Varga, a chemist from Lisbon, came second. "
    "Mayor Tom Reyes later opened a new library in Porlock."
)
FREE = "Mira Okoye won the Halvern mayoral race with 58% of the vote."


def _kinds_without_parser(article: str, line: str) -> list[str]:
    return [p.kind for checked in verify(article, line, checker_settings={"parser": "off"}).lines for p in checked.problems]


@needs_parser
def test_neighbours_no_relation_joins_are_no_relation_with_a_parse():
    # "won the Halvern mayoral race": Halvern belongs to the race, not to "won".
    assert _kinds(BY_ELECTION, FREE) == []


def test_without_a_parse_word_distance_still_judges_every_neighbour():
    assert "relation" in _kinds_without_parser(BY_ELECTION, FREE)


@needs_parser
def test_neighbours_a_relation_joins_are_still_checked():
    # Varga is the subject of "opened" in the line; no source sentence has her near it.
    assert "relation" in _kinds(BY_ELECTION, "Dr Ines Varga opened a new library in Porlock.")


STATION = (
    "Trains at Ostbury Station ran an average of 14 minutes late in March. "
    'The passenger group Ravel Trust described the delays as "shameful". '
    "The operator said new timetables would start in June."
)


def test_a_quoted_label_stated_as_the_lines_own_judgement_is_a_dropped_hedge():
    assert "hedge" in _kinds(STATION, "The delays at Ostbury Station are shameful.")


def test_the_label_given_to_its_speaker_passes():
    assert _kinds(STATION, "The Ravel Trust called the delays shameful.") == []


def test_a_french_quoted_label_stated_as_fact_is_a_dropped_hedge():
    article = (
        "La région va fermer trois lignes de car le 1er septembre. "
        "Les syndicats ont qualifié la réforme de « brutale et injuste ». "
        "La région dit vouloir économiser 4 millions d'euros."
    )
    assert "hedge" in _kinds(article, "La réforme est brutale et injuste.")
    assert _kinds(article, "Selon les syndicats, la réforme est « brutale et injuste ».") == []


RESULTS = (
    "Sales at Corvin Foods fell 6% in the three months to June. "
    "Analysts at Pellham Partners said the results were weaker than hoped. "
    "Chief executive Anna Berg announced 300 job cuts."
)


@needs_parser
def test_words_of_a_speaker_phrase_with_a_name_given_to_another_name_are_caught():
    assert "attribution" in _kinds(RESULTS, "Anna Berg said the results were weaker than hoped.")


@needs_parser
def test_the_speaker_phrase_named_its_own_way_passes():
    assert _kinds(RESULTS, "Pellham Partners analysts said the results were weaker than hoped.") == []


SHIPYARD = (
    "Workers at the Tarn shipyard elected Kofi Mensah as their union's leader on Monday. "
    "Mensah, a welder for 20 years, won the vote easily, against Rhys Doyle. "
    "Doyle congratulated him but said the yard's order book was thin."
)


def test_a_name_for_the_sources_object_pronoun_that_means_it_passes():
    # "congratulated him": "him" is not Doyle, who does the congratulating, but Mensah before.
    line = "Rhys Doyle congratulated Kofi Mensah but said the yard's order book was thin."
    assert _kinds(SHIPYARD, line) == []
    assert _kinds_without_parser(SHIPYARD, line) == []


def test_a_name_the_object_pronoun_cannot_mean_is_still_a_relation():
    # The workers elected Mensah; no sentence has anyone elect Doyle.
    assert "relation" in _kinds_without_parser(SHIPYARD, "Workers at the Tarn shipyard elected Rhys Doyle as their union's leader.")


def test_a_short_line_that_is_someones_quoted_label_is_a_dropped_hedge_in_german():
    article = (
        "Die Gemeinde Arnsfeld will 2027 eine neue Grundschule eröffnen. "
        'Der Elternbeirat lobte den Bau, kritisierte aber, dass er "viel zu spät" komme. '
        "Die Schule soll 300 Kinder aufnehmen."
    )
    assert "hedge" in _kinds(article, "Der Bau kommt viel zu spät.")


def test_the_company_described_by_another_of_the_articles_nouns_is_the_same_speaker():
    article = (
        "Pellow Dairies, the Devon-based maker of yoghurts, said on Monday it would shut its Exeter plant. "
        "The company said sales of its fruit yoghurts fell 9% in the year to June."
    )
    assert _kinds(article, "The yoghurt maker said fruit yoghurt sales dropped 9% in the year to June.") == []


@needs_parser
def test_she_said_means_a_person_not_the_acronym_before_it():
    article = (
        "A new eye scan can spot early glaucoma, according to a study led by Dr Irene Salo. "
        "It could be offered by the NHS within three years if a larger trial confirms the results, she said."
    )
    assert _kinds(article, "The scan could be offered by the NHS within three years if a larger trial backs the results, Dr Salo said.") == []


@needs_parser
def test_a_speaker_the_tagger_reads_as_a_noun_is_still_the_source_speaker():
    # A name opening its sentence may be tagged as a common noun; the document writes it as a name.
    article = (
        "The Harwick Gallery will reopen on 2 May after a £6m refit, its director Anna Voss said on Friday. "
        "Voss said ticket sales could double in the first year. "
        "Local councillor Tom Reyes, who backed the refit, said the reopening was overdue."
    )
    assert "attribution" in _kinds(article, "Tom Reyes said ticket sales could double in the first year.")


def test_narration_given_to_a_named_speaker_is_an_attribution_problem():
    article = (
        "El Museo del Mar de Vigo reabrirá en junio tras un año de obras. "
        "Su director, Pablo Rey, dijo que la sala principal tendrá 400 piezas. "
        "Los comerciantes de la zona se quejaron del cierre de la calle durante meses."
    )
    assert "attribution" in _kinds(article, "Los comerciantes de la zona se quejaron del cierre de la calle, dijo Pablo Rey.")
    assert _kinds(article, "Pablo Rey dijo que la sala principal tendrá 400 piezas.") == []


def test_words_a_pronoun_speaks_in_the_source_may_be_given_to_a_name():
    article = (
        "Coach Lena Berg named her squad for the final on Friday. "
        "The young side had trained hard all winter, she said."
    )
    assert "attribution" not in _kinds(article, "The young side had trained hard all winter, Lena Berg said.")
