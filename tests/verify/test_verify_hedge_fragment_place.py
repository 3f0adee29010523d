"""Round-5 fixes of the default checker, each in sentences written for this test: a forecast
("expected to", French "devraient") dropped, a verb cut off before its object, a name the next
sentence gives, a place taken from another sentence, a judgement given in words ("called")."""

from checking import problem_kinds as _kinds

FERRY = (
    "Ferry operator Tidewell reported a loss of £3m for the year, a smaller loss than expected. "
    "Its chairman, Owen Pike, said the company expected to return to profit in 2026 after selling two old ships. "
    "Passenger numbers rose 4%."
)



def test_a_forecast_stated_as_certain_is_a_dropped_hedge():
    assert "hedge" in _kinds(FERRY, "Tidewell will return to profit in 2026.")


def test_a_forecast_before_a_light_verb_is_found_too():
    article = "Bakery chain Crumb lost £2m last year. Its founder, Ida Vale, said the firm expected to make a profit in 2026."
    assert "hedge" in _kinds(article, "Crumb will make a profit in 2026.")


def test_a_kept_forecast_and_a_than_expected_aside_pass():
    assert _kinds(FERRY, "Tidewell expects to return to profit in 2026.") == []
    assert _kinds(FERRY, "Tidewell reported a loss of £3m for the year.") == []


def test_a_french_conditional_of_devoir_dropped_is_a_hedge():
    article = (
        "La piscine municipale de Nantes fermera en janvier. "
        "Les travaux devraient durer huit mois, selon la mairie. Le coût atteint 2 millions d'euros."
    )
    assert "hedge" in _kinds(article, "Les travaux dureront huit mois.")
    # The hedge kept, with whose forecast it is (without "selon la mairie" the town hall's forecast
    # loses its holder: verify/holders.py).
    assert _kinds(article, "Les travaux devraient durer huit mois, selon la mairie.") == []


TRANSFER = (
    "Brenton Town have signed winger Ali Rez from Corby for £1m. "
    "The 21-year-old Iranian has agreed a four-year deal with the club. He scored 12 goals last season."
)


def test_a_verb_that_stops_before_its_object_is_incomplete():
    assert "incomplete" in _kinds(TRANSFER, "The 21-year-old Iranian has agreed.")
    assert "incomplete" in _kinds(TRANSFER, "Rez, 21, has agreed.")  # freely worded: still cut short


def test_a_perfect_verb_missing_from_the_sources_is_incomplete():
    article = "A survey of 900 farmers was published on Monday. Costs rose 9% in a year, it found."
    assert "incomplete" in _kinds(article, "A survey of 900 farmers has shown.")


def test_a_verb_its_source_also_ends_on_is_complete():
    article = "The two unions met on Monday. After six hours of talks, both sides agreed. Trains will run again on Friday."
    assert _kinds(article, "After six hours of talks, the unions have agreed.") == []


def test_a_name_the_next_sentence_gives_is_in_the_window():
    article = (
        "A vaccine made by Orlen Bio cut flu cases by 40% in a study of 3,000 adults, the firm said. "
        "The vaccine, called Fluvex, is given as a nasal spray. It could reach pharmacies next year."
    )
    assert _kinds(article, "In a study of 3,000 adults, Fluvex cut flu cases by 40%.") == []


def test_a_place_taken_from_another_sentence_is_a_wrong_circumstance():
    article = (
        "Police arrested a man in Derby on Friday after a chase. "
        "The man, 34, had stolen a van at a depot in Belper, officers said. He will appear in court on Monday."
    )
    assert "circumstance" in _kinds(article, "The man had stolen a van at a depot in Derby, officers said.")
    assert _kinds(article, "The man had stolen a van at a depot in Belper, officers said.") == []


def test_a_judgement_given_in_words_by_its_speaker_is_no_broken_relation():
    article = (
        "Hollin Borough Council voted on Tuesday to shut two branches from May. "
        "Councillor Mia Dorn, who chairs the culture committee, said the closures were \"sad but unavoidable\". "
        "Opposition leader Karl Bent said the council had broken a promise to keep libraries open and called "
        "for a public consultation. The buildings will be sold."
    )
    assert _kinds(article, "Mia Dorn called the library closures sad but unavoidable.") == []


def test_a_thing_swapped_before_an_aside_of_its_source_is_a_substitution():
    article = (
        "A drug made by Pellow Labs cut migraine attacks by half in a trial of 600 adults. "
        "Patients took the tablet, sold as Migrex, twice a week for a year. Side effects were mild."
    )
    assert "substitution" in _kinds(article, "Patients took the injection twice a week for a year.")
    assert _kinds(article, "Patients took the tablet twice a week for a year.") == []
