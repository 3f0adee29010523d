"""One splitter of a summary line into its sentences, read by the relation and cut-off checks;
lines written for this test."""

from summarizer.verify.line_sentences import line_sentences


def test_line_sentences_split_whatever_the_next_words_case():
    assert line_sentences("Harlow won the cup this season. the striker left in May.") == [
        "Harlow won the cup this season.", "the striker left in May."]


def test_line_sentences_split_after_a_number():
    assert line_sentences("The festival runs from May 27 to June 7. Gareth Ellery will open it.") == [
        "The festival runs from May 27 to June 7.", "Gareth Ellery will open it."]


def test_line_sentences_keep_initials_and_abbreviations_whole():
    assert line_sentences("The U.S. Army and Mr. Tolland met J. Ruiz.") == ["The U.S. Army and Mr. Tolland met J. Ruiz."]


def test_line_sentences_split_after_a_word_no_sentence_ends_on():
    assert line_sentences("The mural shows a harbour scene by a. Police said", frozenset({"a", "by"})) == [
        "The mural shows a harbour scene by a.", "Police said"]


def test_line_sentences_split_after_a_closed_quotation():
    assert line_sentences("She said 'we all became more radical' It is believed she left.") == [
        "She said 'we all became more radical'", "It is believed she left."]
