"""The attribute rules of the parser's pipeline are matched by table look-up: the same matches,
in the same order, as spaCy's own matcher; a pipeline with a rule of another shape keeps spaCy's."""

import pytest

from summarizer.verify.attribute_rules import RuleTable, use_rule_table
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

# Written for these tests: contractions, "gonna", a space token, "there is", aux verbs, "nothin'".
SENTENCES = [
    "I don't think it's gonna rain, but y'all should've brought umbrellas anyway.",
    "There is nothin' the council can do  about it, said the mayor, who had been warned.",
    "Let's see whether the board, which met on Friday, gets the deal it wanted.",
    "She ain't got the 4,200 votes that they'd promised her since March.",
    "",
]


def _before_ruler(nlp, text):
    """`text` run through the pipeline's components up to the attribute ruler."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = component(doc)
    return doc


@needs_parser
def test_attribute_rules_table_matches_as_spacy_does():
    from spacy.pipeline import AttributeRuler

    nlp = load_parser("english")
    ruler = nlp.get_pipe("attribute_ruler")
    table = RuleTable.of(ruler)
    assert table is not None
    for text in SENTENCES:
        doc = _before_ruler(nlp, text)
        assert table.match(doc) == AttributeRuler.match(ruler, doc)


@needs_parser
def test_attribute_rules_table_is_used_by_the_loaded_parser():
    nlp = load_parser("english")
    doc = nlp("She isn't gonna sign it.")
    assert [t.lemma_ for t in doc][:3] == ["she", "be", "not"]
    assert nlp.get_pipe("attribute_ruler").match.__self__.__class__ is RuleTable


def test_attribute_rules_table_leaves_rules_of_another_shape_to_spacy():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "+"}]], {"LEMMA": "x"})
    matcher = ruler.match
    use_rule_table(nlp)
    assert RuleTable.of(ruler) is None
    assert ruler.match == matcher


def test_attribute_rules_table_reads_plain_rules_without_a_parser():
    spacy = pytest.importorskip("spacy")
    from spacy.pipeline import AttributeRuler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    ruler.add([[{"LOWER": {"IN": ["is", "'s"]}}], [{"LOWER": "win"}]], {"LEMMA": "be"})
    ruler.add([[{"LOWER": {"NOT_IN": ["is", "all"]}, "IS_SPACE": False}]], {"NORM": "other"})
    text = "Y'all is gonna win"
    expected = AttributeRuler.match(ruler, nlp.make_doc(text))
    assert len(expected) >= 5
    assert RuleTable.of(ruler).match(nlp.make_doc(text)) == expected
    read = [(t.lemma_, t.norm_) for t in nlp(text)]
    use_rule_table(nlp)
    assert [(t.lemma_, t.norm_) for t in nlp(text)] == read
