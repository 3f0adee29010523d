"""The body an article is about is read from its lead, the first sentence that is no byline,
without the dateline before it: a line may name it where its sentence says "the company".
Article written for this test."""

from summarizer import verify
from summarizer.verify.bodies import main_body

ARTICLE = (
    "Lantern Foods to close Ashby bakery\n\n"
    "By Sam Example, Business Reporter\n\n"
    "ASHBY, Kent (Weald Wire) -- Lantern Foods said on Monday it would close its Ashby bakery in June, "
    "ending 140 jobs.\n\n"
    "Lantern Foods runs 12 bakeries. Union officials said they would meet managers on Friday.\n\n"
    "The company said demand for packaged bread had fallen for three years."
)


def test_the_body_is_read_past_the_byline_and_dateline():
    sentences = tuple(s.text for s in verify(ARTICLE, ["x"]).document.sentences)
    assert main_body(sentences, "english") == ("Lantern", "Foods")


def test_a_line_may_name_the_body_where_its_sentence_says_the_company():
    kinds = [p.kind for line in verify(ARTICLE, ["Lantern Foods said demand for packaged bread had fallen for three years."]).lines
             for p in line.problems]
    assert "name" not in kinds


def test_another_name_where_it_says_the_company_is_still_caught():
    kinds = [p.kind for line in verify(ARTICLE, ["Harvest Mills said demand for packaged bread had fallen for three years."]).lines
             for p in line.problems]
    assert "name" in kinds
