"""A long quotation's first and last sentences may be summary lines, shown as excerpts: the quote
mark they lack and an ellipsis where the quotation goes on. Its middle sentences never are, and a
line never opens or closes a quotation it does not close or open."""

from __future__ import annotations

from summarizer import Summarizer, summarize
from summarizer.extract.candidates import candidate_weights
from summarizer.extract.units import excerpt_marks, line_text, quotation_units
from summarizer.read.quotes import unbalanced

# One paragraph: a quotation of four sentences (too long to be one unit), then the attribution.
LONG = (
    'The harbour master, Ana Ruiz, said: "The ferry has run every day for forty years and the town depends on it '
    "for food, fuel and post. We asked the ministry three times for money to repair the pier. Three times we were "
    "told to wait for the next budget. Nobody in the capital seems to understand what a closed pier means for a "
    'town of two thousand people," she told reporters at the quay on Monday.'
)
AFTER = "\n\nThe ministry said a decision on the repairs would be taken before the end of the month."


def _units(text: str):
    units, _ = quotation_units(Summarizer().read(text))
    return units


def test_first_and_last_sentences_of_a_long_quotation_are_excerpts_the_middle_ones_are_not() -> None:
    units = _units(LONG + AFTER)
    marks = [excerpt_marks(units, s) for s in units.sentences]
    assert marks[0] == ("", " \u2026\"") and marks[3] == ('"\u2026 ', "")
    assert marks[1] is None and marks[2] is None and marks[4] is None
    reasons = [c.reason for c in candidate_weights(units)]
    assert reasons[0] != "part of a quotation" != reasons[3]
    assert reasons[1] == reasons[2] == "part of a quotation"


def test_an_excerpt_line_shows_its_marks_and_cites_the_sentence_as_it_stands() -> None:
    summary = summarize(LONG + AFTER, sentences=1)
    (line,) = summary.lines
    first = LONG[: LONG.index("post.") + len("post.")]
    assert line.text == first + ' \u2026"' and not unbalanced(line.text)
    assert [c.text for c in line.citations] == [first]


def test_the_closing_sentence_is_shown_after_an_opening_mark_and_an_ellipsis() -> None:
    units = _units(LONG)
    last = units.sentences[-1]
    assert line_text(units, last) == '"\u2026 ' + last.text and not unbalanced(line_text(units, last))


def test_curly_and_single_quotations_get_their_own_marks() -> None:
    for opening, closing in [("\u201c", "\u201d"), ("\u2018", "\u2019"), ("'", "'")]:
        units = _units(LONG.replace('"', opening, 1).replace('," she', f",{closing} she"))
        assert excerpt_marks(units, units.sentences[0]) == ("", " \u2026" + closing)
        assert excerpt_marks(units, units.sentences[-1]) == (opening + "\u2026 ", "")


def test_french_marks_set_off_by_a_space_get_an_added_mark_set_off_too() -> None:
    text = (
        "Le maire a déclaré lundi devant le conseil municipal : « Le bac circule tous les jours depuis quarante "
        "ans et la ville en dépend pour la nourriture. Nous avons demandé trois fois de l’argent au ministère pour "
        "réparer la jetée. Trois fois, on nous a dit d’attendre le prochain budget de l’État. Personne dans la "
        "capitale ne semble comprendre ce que signifie une jetée fermée pour une ville de deux mille habitants », "
        "a-t-il ajouté devant la presse sur le quai."
    )
    units, _ = quotation_units(Summarizer(language="fr").read(text))
    # (« … » set off by spaces do not pair here: the closing one is a stray, so the quotation is one
    # the paragraph never closes, shown closed after its speaker.)
    shown = line_text(units, units.sentences[0])
    assert shown.endswith("nourriture. \u2026 \u00bb") and not unbalanced(shown)
    assert Summarizer(language="fr", sentences=1).summarize(text).lines[0].text == shown


def test_a_quotation_the_paragraph_never_closes_is_an_excerpt_after_words_of_the_sentence() -> None:
    # News goes on with a quotation in the next paragraph, which opens it again.
    text = (
        "The mayor spoke to the council on Tuesday evening about the storm damage. She said: 'We will rebuild the pier "
        "before the summer season and the ferries will run again.\n\n'The ministry has promised the money for it,' "
        "she added."
    )
    units = _units(text)
    said = next(s for s in units.sentences if s.text.startswith("She said"))
    assert excerpt_marks(units, said) == ("", " \u2026'")
    assert candidate_weights(units)[said.index].reason != "part of a quotation"


def test_a_sentence_that_starts_with_an_unclosed_mark_is_no_excerpt() -> None:
    # The mark may close an earlier quotation and stand after the space: not the sentence's own.
    text = (
        'The minister said: "We will not cut the ferry budget. "The council will decide on the new pier by the end '
        "of the month, and the work should start in spring. The islanders have waited long enough for an answer."
    )
    units = _units(text)
    council = next(s for s in units.sentences if s.text.startswith('"The council'))
    assert excerpt_marks(units, council) is None
    assert candidate_weights(units)[council.index].reason == "part of a quotation"


def test_quoted_words_alone_are_no_excerpt() -> None:
    # Who says it stands in another sentence: a line of quoted words alone reads as the article's own.
    text = LONG.replace("The harbour master, Ana Ruiz, said: ", "").replace(
        '," she told reporters at the quay on Monday.', '."'
    ) + " The harbour master, Ana Ruiz, told reporters at the quay on Monday."
    units = _units(text)
    assert units.sentences[0].text.startswith('"The ferry') and units.sentences[3].text.endswith('people."')
    assert excerpt_marks(units, units.sentences[0]) is None and excerpt_marks(units, units.sentences[3]) is None
    assert [c.reason for c in candidate_weights(units)][:4] == ["part of a quotation"] * 4


def test_summaries_of_long_quotations_have_balanced_lines() -> None:
    text = LONG + AFTER + "\n\n" + LONG.replace("Ana Ruiz", "Tom Berg").replace("ferry", "bus")
    for sentences in range(1, 8):
        lines = [line.text for line in summarize(text, sentences=sentences).lines]
        assert lines and not [line for line in lines if unbalanced(line)]
