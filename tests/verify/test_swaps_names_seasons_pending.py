"""Round-8 shapes, in sentences written for this test: a name put in another name's place between
the same words, a member of a closed set swapped for another (seasons; fear and welcome), and a
thing still needed had in the line."""

from checking import problem_kinds as _kinds

COUNCIL = (
    "Residents of Brackley elected Omar Reddy as council leader on Friday, ending 12 years of Green control. "
    "Reddy, a Labour councillor and former bus driver, won 47% of the vote. "
    "The new leisure centre still needs funding from the county."
)


def test_a_party_name_swapped_for_another_of_the_article_is_a_substitution():
    assert "substitution" in _kinds(COUNCIL, "Reddy, a Green councillor and former bus driver, won 47% of the vote.")


def test_the_same_party_name_passes():
    assert _kinds(COUNCIL, "Reddy, a Labour councillor and former bus driver, won 47% of the vote.") == []


def test_something_still_needed_stated_as_received_is_a_dropped_negation():
    assert "negation" in _kinds(COUNCIL, "The new leisure centre has received funding from the county.")


def test_something_still_needed_kept_pending_passes():
    assert _kinds(COUNCIL, "The new leisure centre has yet to receive funding from the county.") == []


def test_a_season_swapped_for_another_is_a_substitution():
    article = "The survey counted 310 nesting pairs over three summers. Numbers fell by a fifth."
    assert "substitution" in _kinds(article, "The survey counted 310 nesting pairs over three winters.")
    assert _kinds(article, "The survey counted 310 nesting pairs over three summers.") == []


def test_fear_turned_into_welcome_is_a_substitution_in_french():
    article = (
        "La mairie de Nantes va piétonniser la rue Crébillon en 2026. "
        "Les riverains du quartier craignent la fermeture de la rue aux voitures. "
        "Le projet coûtera 3 millions d'euros."
    )
    assert "substitution" in _kinds(article, "Les riverains du quartier se réjouissent de la fermeture de la rue aux voitures.")


def test_an_opposite_pinned_by_the_figure_beside_it_is_a_substitution():
    article = "The clinic saw 4,300 patients in May, 6% more than in May last year. Waiting times fell slightly."
    assert "substitution" in _kinds(article, "The clinic saw 4,300 patients in May, 6% fewer than a year earlier.")
    assert _kinds(article, "The clinic saw 4,300 patients in May, 6% more than a year earlier.") == []


def test_a_things_word_swapped_at_the_end_of_the_line_is_a_substitution():
    article = "Lifeboat crews rescued 12 people, including two walkers stranded on the ledge of a quarry. No one was hurt."
    assert "substitution" in _kinds(article, "Two walkers were stranded on the ledge of a cliff.")
    assert _kinds(article, "Two walkers were stranded on the ledge of a quarry.") == []


def test_what_one_named_party_paid_given_to_another_is_a_relation_problem_in_spanish():
    article = (
        "El nuevo puente de Tudela abrirá en mayo tras tres años de obras. "
        "La Diputación pagó la mitad del coste y el Ministerio de Fomento el resto."
    )
    assert "relation" in _kinds(article, "El Ministerio de Fomento pagó la mitad del coste.")
    assert _kinds(article, "La Diputación pagó la mitad del coste.") == []


def test_two_named_parties_doing_it_together_pass():
    article = "Arlo Foods and the Brenn Group bought the old brewery site in March. The price was not disclosed."
    assert _kinds(article, "The Brenn Group bought the old brewery site in March.") == []
