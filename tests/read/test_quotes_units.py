"""Quotations are units: no sentence split inside a short one, a quoted post stays with its
attribution, and the middle pieces of a long one are never summary lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import summarize
from summarizer.extract.candidates import candidate_weights
from summarizer.read.document import build_document
from summarizer.read.quotes import unbalanced
from summarizer.read.raw import RawText

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sentences(text: str) -> list[str]:
    return [s.text for s in build_document(RawText(text, "t.txt"), detect_headline=False).sentences]


def test_two_sentence_quotation_is_split_but_stays_one_unit_with_its_attribution():
    # Sentences as Universal Dependencies splits them; the extract stage's unit (and so a summary
    # line) is the whole quotation with its attribution, citing both sentences.
    from summarizer.extract.units import quotation_units

    text = 'The ferry sailed at dawn. "We had no spare parts. We improvised quite a lot," says engineer Marta Ilves.'
    assert _sentences(text) == [
        "The ferry sailed at dawn.",
        '"We had no spare parts.',
        'We improvised quite a lot," says engineer Marta Ilves.',
    ]
    document = build_document(RawText(text, "t.txt"), detect_headline=False)
    units, groups = quotation_units(document)
    assert [s.text for s in units.sentences][1] == text.split("dawn. ")[1] and groups == [range(0, 1), range(1, 3)]
    lines = summarize(text, sentences=2).lines
    assert [line.text for line in lines][1] == text.split("dawn. ")[1]
    assert [c.sentence for c in lines[1].citations] == [1, 2]


@pytest.mark.parametrize(
    "post",
    [
        "'Just watched the last boat leave, did anyone tell the school? #HarlowBay #ferry,' Osei wrote on Twitter.",
        # The same post as tokenised news text writes it, with a space after each hash.
        "'Just watched the last boat leave, did anyone tell the school? # HarlowBay # ferry, ' Osei wrote on Twitter.",
        '"Boats cancelled again, is anyone surprised? @Bayline https://example.org/ferry" was his post on Monday.',
    ],
)
def test_quoted_post_stays_with_its_attribution(post):
    assert _sentences("The service stopped in November. " + post) == ["The service stopped in November.", post]


def test_long_quotation_keeps_its_sentences_and_only_its_attributed_end_is_a_candidate():
    # The last, which names who says it, may be a line shown as an excerpt; the first is quoted words
    # alone (tests/extract/test_units_quotation_excerpts.py).
    quote = (
        '"People on the island have waited long enough for this boat. They need to know when the first one sails, '
        "what it will cost, and whether the winter gap will happen again next year. Nobody there can plan a week "
        "ahead of time. The operator owes them an answer this month and not another promise. Families are already "
        'deciding whether to move to the mainland before the school year starts," she said.'
    )
    document = build_document(RawText("The council met on Monday. " + quote, "t.txt"), detect_headline=False)
    assert len(document.sentences) > 2  # too long to be one unit
    reasons = [c.reason for c in candidate_weights(document)]
    assert reasons[0] is None and reasons[-1] != "part of a quotation"
    assert all(r == "part of a quotation" for r in reasons[1:-1])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('We improvised quite a lot," says Ilves.', True),
        ("He said: 'The boat is ready to sail again.", True),
        ("No heroes, just sailors,' the captain told reporters.", True),
        ('"We had no parts," says Ilves.', False),
        ("The players' union said 'no' to the offer.", False),
        ("It was the '90s and rock 'n' roll ruled.", False),
        ("„Das Boot fährt wieder“, sagte sie.", False),
        ("\u201cYes,\u201d she said.", False),
    ],
)
def test_unbalanced(line, expected):
    assert unbalanced(line) is expected


@pytest.mark.parametrize("sentences", [1, 3, 6, 12])
def test_summary_lines_of_the_quotes_sample_never_cut_a_quotation(sentences):
    summary = summarize(SAMPLES / "wire-quotes.txt", sentences=sentences)
    assert summary.lines and not [line.text for line in summary.lines if unbalanced(line.text)]


def test_in_word_apostrophes_alone_make_no_quotation():
    from summarizer.read.quotes import has_quote_mark, quotations

    for text in ["Harlow’s ferry isn't back.", "It's the captain's call", "rock'n'roll"]:
        assert not has_quote_mark(text) and quotations(text) == ([], []) and not unbalanced(text)
    for text in ["'Back,' she said.", "the players' union", "\u2018Soon\u2019"]:
        assert has_quote_mark(text)


def test_hebrew_acronym_gershayim_is_no_quote_mark():
    # יו"ר and ארה"ב hold a straight double mark between letters: an acronym, not a quotation.
    from summarizer.read.quotes import quotations

    text = 'יו"ר הוועדה אמר כי "העבודה הסתיימה". נציג ארה"ב לא הגיב.'
    found, strays = quotations(text)
    assert [(q.start, q.end) for q in found] == [(text.index('"הע'), text.index('".') + 1)] and not strays
    assert not unbalanced('נציג ארה"ב לא הגיב.')


def test_typewriter_double_quotes_pair_up():
    # ``...'' as in typewriter and TeX-style text: a pair, like “...”.
    from summarizer.read.quotes import quotations

    text = "Der Minister nannte die Lösung ``vorbildlich''. Die Stadt schwieg."
    found, strays = quotations(text)
    assert [(q.start, q.end) for q in found] == [(text.index("``"), text.index("''") + 2)] and not strays
    assert not unbalanced("Der Minister nannte die Lösung ``vorbildlich''.")
    assert unbalanced("``Wir fahren morgen.")


def test_unrelated_sentences_after_typewriter_quotes_are_not_joined():
    text = (
        "Der Minister nannte die Lösung ``vorbildlich''. Die Stadt schwieg am Montag. "
        "``Es ärgert uns sehr'', sagt der Sprecher. Der Zug fuhr um neun Uhr ab."
    )
    assert len(_sentences(text)) == 4


def test_quotation_of_several_sentences_in_a_caseless_script_is_split():
    # Hebrew has no capitals: a tail that starts with a letter still stands on its own.
    text = 'השר אמר כי "הכביש ייפתח בשבוע הבא. התושבים יוכלו לנסוע בו בלי תשלום".'
    assert _sentences(text) == ['השר אמר כי "הכביש ייפתח בשבוע הבא.', 'התושבים יוכלו לנסוע בו בלי תשלום".']


def test_two_word_tail_of_a_quotation_is_a_sentence_of_its_own():
    text = '"The equation pleases me. It is perfect," he said.'
    assert _sentences(text) == ['"The equation pleases me.', 'It is perfect," he said.']
    assert len(_sentences('"No. Never," she said.')) == 1  # a one-word tail stays with its quotation
