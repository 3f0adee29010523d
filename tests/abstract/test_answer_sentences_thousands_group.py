"""A small model may write a number's thousands group after a space ("14. 000"); the answer reads
it as one number in one sentence, not a sentence ending "14." and another opening "000"
(found with a real 0.5B GGUF model on a Spanish article; text written for this test)."""

from summarizer.abstract.answer_sentences import generated_sentences


def test_answer_sentences_a_spaced_thousands_group_stays_in_its_number() -> None:
    answer = "La granja prevé recoger 12. 500 kilos de miel este año. La causa es la sequía."
    assert generated_sentences(answer, "spanish") == ["La granja prevé recoger 12.500 kilos de miel este año.", "La causa es la sequía."]


def test_answer_sentences_a_year_then_a_figure_are_two_sentences() -> None:
    # A year has four digits: a sentence that follows may open with a figure.
    assert generated_sentences("The mill closed in 2019. 300 jobs went.", "english") == ["The mill closed in 2019.", "300 jobs went."]
    # A comma between groups ends no sentence and is left as the model wrote it.
    assert generated_sentences("Wards 4, 200 beds in all, stay open.", "english") == ["Wards 4, 200 beds in all, stay open."]
