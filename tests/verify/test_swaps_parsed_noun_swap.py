"""With the parse, a noun the article never uses, put between the same two words as a noun of the
cited sentence, is a `substitution` ("bleach" for "paraffin", "by ferry" for "by air"), also where
no determiner stands before it. Nouns with many near-synonyms (people and bodies described, acts
named after their verbs, and nouns ending as agent nouns do, "-er", "-or") are not read so, and a faithful paraphrase passes (sentences written for
this test)."""

from __future__ import annotations

from checking import parsed_problem_kinds

ARTICLE = (
    "About 900 litres of paraffin spilled into the River Lenn near Ashcombe on Monday after a tanker "
    "overturned, the county council said. "
    "The driver was treated for mild asthma at Lennford Infirmary and went home on Tuesday. "
    "Vaccines for the island's clinic will arrive by air in sealed boxes next week. "
    "Free meals will be served to volunteers at the village hall until Friday."
)


def _kinds(line: str) -> set[str]:
    return parsed_problem_kinds(ARTICLE, line)


def test_swaps_noun_after_a_preposition_is_caught() -> None:
    assert "substitution" in _kinds("About 900 litres of bleach spilled into the River Lenn near Ashcombe on Monday.")


def test_swaps_noun_after_an_adjective_is_caught() -> None:
    assert "substitution" in _kinds("The driver was treated for mild bronchitis at Lennford Infirmary.")


def test_swaps_noun_of_a_means_is_caught() -> None:
    assert "substitution" in _kinds("Vaccines for the island's clinic will arrive by ferry in sealed boxes next week.")


def test_swaps_bare_plural_noun_is_caught() -> None:
    assert "substitution" in _kinds("Free snacks will be served to volunteers at the village hall until Friday.")


def test_swaps_source_noun_kept_passes() -> None:
    assert "substitution" not in _kinds("About 900 litres of paraffin spilled into the River Lenn near Ashcombe on Monday.")
    assert "substitution" not in _kinds("Vaccines will reach the island's clinic by air next week.")


def test_swaps_person_noun_for_another_passes() -> None:
    # "helpers" for "volunteers": a person described another way, not a swap
    assert "substitution" not in _kinds("Free meals will be served to helpers at the village hall until Friday.")


def test_swaps_name_in_small_letters_is_not_read() -> None:
    # the parse calls "dorothy" a proper noun: a name the literal checks judge, not a thing swapped
    article = "the firm hired attorney mavis grell to handle the claim, the owner said."
    assert "substitution" not in parsed_problem_kinds(article, "the firm hired attorney dorothy grell to handle the claim.")


def test_swaps_verb_in_the_slot_is_not_read() -> None:
    # "leaked" for "spilled" is a verb: near-synonyms are too many for this check
    assert "substitution" not in _kinds("About 900 litres of paraffin leaked into the River Lenn near Ashcombe on Monday.")


def test_swaps_another_form_of_the_source_noun_passes() -> None:
    # "photography" for "photographs": one word's forms, not another thing
    article = "The museum will show photographs of the harbour from the 1920s in its east wing from March."
    assert "substitution" not in parsed_problem_kinds(article, "The museum will show photography of the harbour from the 1920s.")
    # while another noun in the same place is still a swap
    assert "substitution" in parsed_problem_kinds(article, "The museum will show postcards of the harbour from the 1920s.")
