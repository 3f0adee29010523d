"""The novel-word substitution check reads a count and one word as determining the noun after
them ("two serious assaults"); where the word after the count is itself the counted noun, the
next word is a verb or an adverb, whose near-synonyms are not swaps (sentences written for this
test)."""

from checking import problem_kinds

HARBOUR = (
    "Three moored boats sank in Pentlow harbour during the storm on Friday night, and a quay wall "
    "about 40 metres long collapsed, the harbour master said. He watched two dinghies disappear beneath the waves."
)


def test_a_verb_after_a_count_and_its_noun_is_no_swap():
    kinds = problem_kinds(HARBOUR, "The harbour master watched two dinghies go beneath the waves in the storm.")
    assert "substitution" not in kinds


def test_a_measure_word_after_a_count_and_its_unit_is_no_swap():
    kinds = problem_kinds(HARBOUR, "In the storm a quay wall about 40 metres across collapsed, the harbour master said.")
    assert "substitution" not in kinds


def test_a_noun_after_a_count_and_an_adjective_is_still_a_swap():
    kinds = problem_kinds(HARBOUR, "Three moored yachts sank in Pentlow harbour during the storm on Friday night.")
    assert "substitution" in kinds
