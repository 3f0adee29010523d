from checking import check
from summarizer.verify.literal import JUDGEMENT_WORDS

SOURCE = [
    "The Marlow Falls council voted 7-4 on Wednesday to approve a $1.5bn budget.",
    'Mayor Teresa Okafor said the plan "protected the services residents rely on" and cut three posts.',
]


def test_a_faithful_paraphrase_passes():
    assert check("Marlow Falls council approved a $1.5bn budget on Wednesday.", SOURCE, support=0.9) == []


def test_an_invented_number_is_caught():
    problems = check("The council approved a $2.5bn budget on Wednesday.", SOURCE, support=0.9)
    assert any("number" in p and "2.5" in p for p in problems)


def test_number_words_and_digits_count_as_the_same_number():
    assert check("Okafor cut 3 posts.", SOURCE, support=0.9) == []
    assert any("number" in p for p in check("Okafor cut five posts.", SOURCE, support=0.9))


def test_an_invented_date_and_name_are_caught():
    problems = check("Mayor Okafor met Governor Blake on Friday.", SOURCE, support=0.9)
    assert any("date" in p and "friday" in p for p in problems)
    assert any("name" in p and "Blake" in p for p in problems)
    # Titles go before names without being one: "Governor" and "Mayor" are not names of their own.
    assert not any("Okafor" in p or "Governor" in p or "Mayor" in p for p in problems)


def test_a_quotation_must_be_in_the_sources_word_for_word():
    assert check('Okafor said the plan "protected the services residents rely on."', SOURCE, support=0.9) == []
    problems = check('Okafor said the plan "saved the city".', SOURCE, support=0.9)
    assert any("quotation" in p for p in problems)


def test_judgement_words_need_their_sources_to_use_them():
    assert "disastrous" in JUDGEMENT_WORDS
    problems = check("The council approved a disastrous budget.", SOURCE, support=0.9)
    assert any("judgement" in p and "disastrous" in p for p in problems)
    assert check("The council approved a disastrous budget.", [SOURCE[0] + " Critics called it disastrous."], 0.9) == []


def test_low_support_is_caught_at_the_threshold():
    # "debate" is in no source: a line whose every claim word the sources hold passes whatever its
    # support (a rewording, verify/clauses.py).
    text = "The council approved the budget after a debate."
    assert any("support" in p for p in check(text, SOURCE, support=0.4, min_support=0.5))
    assert check(text, SOURCE, support=0.5, min_support=0.5) == []


def test_typographic_and_plain_apostrophes_name_the_same_person():
    assert check("Peter O'Toole's last film was released.", ["The last film of Peter O’Toole was released."], 0.9) == []


def test_numbers_in_other_languages_compare_by_value_whatever_the_marks() -> None:
    from summarizer.verify.literal import number_values

    assert number_values("1.000,5") == number_values("1 000,5") == number_values("1,000.5") == {"1000.5"}
    assert number_values("3.5") == number_values("3,5") == {"3.5"}  # not 35
    assert number_values("40.000") == number_values("40 000") == {"40000"}
    assert number_values("3.500") == {"3.5", "3500"}  # German thousands or English decimals


def test_german_line_with_an_english_decimal_point_is_checked_by_value() -> None:
    sources = ["Die Inflation lag im Oktober bei 3,5 Prozent."]
    assert check("Die Inflation lag im Oktober bei 3.5 Prozent.", sources, 1.0, language="german") == []
    problems = check("Die Inflation lag im Oktober bei 35 Prozent.", sources, 1.0, language="german")
    assert problems and problems[0].startswith("number") and "35" in problems[0]
    changed = check("Die Inflation lag im Oktober bei 3.6 Prozent.", sources, 1.0, language="german")
    assert changed and "3.6" in changed[0]


def test_a_line_whose_every_claim_word_the_sources_hold_passes_below_the_threshold():
    assert check("The council approved the budget.", SOURCE, support=0.4, min_support=0.5) == []
