"""German names told from nouns by their place (verify/capital_names.py), and the slot check that
reads them (verify/slot_swaps.py), in sentences written for this test: a name right after the noun
that classes it ("der Landkreis Vellmar") is one; a noun after a figure and its unit, or a month
after its part, is not. Another of the article's names put in a cited name's slot is caught; the
same name under another class noun passes."""

from summarizer import verify
from summarizer.verify.capital_names import name_terms
from summarizer.verify.relations import tokens_of

ARTICLE = (
    "Die Kosten von 12 Millionen Euro tragen das Land und der Landkreis Vellmar. "
    "Das Ingenieurbüro Brandt plant den Bau bis Ende Mai. "
    "In zwei Tagen fielen 120 Liter Regen."
)


def _term(word: str) -> str:
    return tokens_of(f"Der {word}", "german")[1].term


def test_names_are_the_words_right_after_a_capitalised_word():
    names = name_terms(tuple(ARTICLE.split(". ")), "german")
    assert {_term("Vellmar"), _term("Brandt")} <= names
    assert not {_term("Landkreis"), _term("Regen"), _term("Mai"), _term("Bau")} & names


def test_another_name_of_the_article_in_the_slot_is_caught():
    result = verify(ARTICLE, ["Die Kosten von 12 Millionen Euro tragen das Land und das Ingenieurbüro Brandt."])
    assert any(p.kind == "relation" and "Brandt" in p.message for p in result.problems), result.problems


def test_the_same_name_under_another_class_noun_passes():
    result = verify(ARTICLE, ["Die Kosten von 12 Millionen Euro tragen das Land und der Kreis Vellmar."])
    assert not [p for p in result.problems if p.kind == "relation"]

