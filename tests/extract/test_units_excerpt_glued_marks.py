"""A sentence is shown as an excerpt of a quotation only where the line's straight double marks
pair up: text that lost its spaces glues a mark between two words (`evenings"It has`), which the
pairing passes over but a reader counts, and the added opening mark would then quote narration."""

from __future__ import annotations

from summarizer import Summarizer, summarize
from summarizer.extract.units import excerpt_marks, line_text, quotation_units
from summarizer.read.quotes import unbalanced

# A closing mark glued after a question ("...left?\"Under"), read as opening a long quotation, and
# a later quotation glued to the narration before it ("evenings\"It has").
GLUED = (
    "Drivers say the new lanes are too narrow for delivery vans, so what are they supposed to do when a van "
    'blocks the only lane left?"Under the plan, the lanes would be widened next spring after a review of the '
    "accident figures by the roads department, which has been collecting them since the lanes were first painted "
    "two years ago. Councillor Tomas Reyes, who chairs the transport committee of the city council, wants the "
    'review brought forward to this winter and the lanes painted again before the dark evenings"It has gone on '
    'far too long," Reyes says. "Every week I hear from another driver who was nearly hit."'
)


def test_no_excerpt_marks_for_a_sentence_with_a_glued_mark() -> None:
    units, _ = quotation_units(Summarizer().read(GLUED))
    (reyes,) = [s for s in units.sentences if s.text.startswith("Councillor")]
    assert unbalanced(reyes.text)  # the pairing sees a quotation closed that it did not open
    assert excerpt_marks(units, reyes) is None
    assert line_text(units, reyes) == reyes.clean_text


def test_no_summary_line_of_the_text_has_an_odd_number_of_straight_marks() -> None:
    for n in (1, 2, 3, 4):
        for line in summarize(GLUED, sentences=n).lines:
            assert line.text.count('"') % 2 == 0, line.text
