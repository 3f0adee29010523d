from summarizer.verify.align import align
from summarizer.extract.features import SentenceFeatures
from summarizer.read.document import build_document
from summarizer.read.sources import raw_from_bytes

TEXT = (
    "The harbour workers began a strike on Monday over pay.\n\n"
    "The port authority said 40 ships were waiting offshore.\n\n"
    "A union leader, Dana Price, said talks would resume next week.\n"
)


def _document():
    return build_document(raw_from_bytes(TEXT.encode(), "strike.txt"))


def test_a_copied_sentence_cites_its_source_with_full_support():
    document = _document()
    alignment = align(document.sentences[1].text, document, SentenceFeatures(document).terms)
    assert [c.sentence for c in alignment.citations] == [1]
    assert alignment.support == 1.0
    citation = alignment.citations[0]
    assert document.text[citation.start : citation.end] == document.sentences[1].text


def test_a_fused_sentence_cites_both_sources():
    document = _document()
    alignment = align("Harbour workers began a strike while 40 ships waited offshore.", document, SentenceFeatures(document).terms)
    assert [c.sentence for c in alignment.citations] == [0, 1]
    assert 0.5 < alignment.support <= 1.0
    assert all(0 < (c.score or 0) < 1 for c in alignment.citations)


def test_a_sentence_about_something_else_has_no_support():
    document = _document()
    alignment = align("Volcanic ash grounded flights across Iceland.", document, SentenceFeatures(document).terms)
    assert alignment.citations == ()
    assert alignment.support == 0.0
