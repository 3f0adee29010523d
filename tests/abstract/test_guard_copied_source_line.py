"""A generated line that is its source sentence word for word (small models copy) is kept as it
stands, whatever the checker says of it: "replacing" it gave the same words with a warning that
the guard had replaced a line, and flags naming problems of the source sentence itself."""

from __future__ import annotations

from summarizer.abstract.stage import guard_lines
from summarizer.extract.features import SentenceFeatures
from summarizer.options import Options
from summarizer.pipeline import Summarizer
from summarizer.verify.problems import Problem

# Written for this test.
ARTICLE = (
    "Folk singer Ruth Adler was taken to hospital on Sunday with a chest infection.\n\n"
    "Her illness was caused by a cold she caught on tour, but she “is much better,” her son told reporters.\n\n"
    "She will play in Boston next month as planned."
)


class FindsFaultEverywhere:
    """A checker with a false alarm on every line, as a rule misfiring on its own source sentence."""

    def check(self, text, evidence):
        return [Problem("attribution", "attribution not in its sources: no cited sentence has Los say it")]


def _guarded(lines):
    document = Summarizer().read(ARTICLE)
    options = Options.build(abstractive=True)
    return guard_lines(lines, document, SentenceFeatures(document), options, FindsFaultEverywhere()), document


def test_a_word_for_word_copy_of_its_source_is_kept_without_a_replacement_warning():
    copy = 'Her illness was caused by a cold she caught on tour, but she "is much better," her son told reporters.'
    (lines, warnings, counts), document = _guarded([copy])
    (line,) = lines
    assert line.origin == "generated" and not line.flags
    assert line.text == document.sentences[1].text  # as the source writes it, its curly quotes included
    assert [c.sentence for c in line.citations] == [1]
    assert warnings == [] and counts["kept"] == 1 and counts["replaced"] == 0


def test_a_line_that_is_not_a_copy_is_still_replaced():
    (lines, warnings, counts), _ = _guarded(["Her illness came from a cold caught on tour, her son told reporters."])
    assert [line.origin for line in lines] == ["replaced"] and counts["replaced"] == 1
    assert warnings and warnings[0].startswith("guard replaced generated line 1")
