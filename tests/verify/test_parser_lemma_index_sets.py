"""The lemmatizer's index of known words is held as sets (spaCy's lists took about 0.5 ms a new
word), and words are lemmatised as before."""

import pytest

from summarizer.verify.parser import load_parser, parse

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")


@needs_parser
def test_parser_lemma_index_is_held_as_sets():
    table = load_parser("english").get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())


@needs_parser
def test_parser_lemmas_of_new_words_are_found_in_the_index():
    # Written for this test: plural nouns and inflected verbs the index and its rules resolve.
    doc = parse("The harbour pilots were loading the ferries while two geese watched.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["pilots"] == "pilot" and lemmas["ferries"] == "ferry" and lemmas["geese"] == "goose"
    assert lemmas["were"] == "be" and lemmas["loading"] == "load" and lemmas["watched"] == "watch"
