"""Layout users and chat models paste around a summary's lines, read as layout, not as words of
the claims: arrow and emoji bullets ("→ ", "📌 "), "i." and "b." item markers, a blockquote's
"> ", bold, italics, code and links inside a line, a "Source: <url>" line, a lead-in on the
claim's own line ("Summary: ...", "TL;DR: ...", "Résumé : ...", "Zusammenfassung: ..."), and a
Markdown table of figures. Each was kept in a line's text (the marker a word, "TL" a name the
source lacks, the link's address an unsupported addition), or, for "i.", split off as a
sentence of its own. Article and lines written for this test."""

import pytest

from summarizer import verify
from summarizer.verify.summary_lines import summary_lines

ARTICLE = (
    "The Dunmore harbour board voted 5-2 on Monday to dredge the north channel before the winter storms. "
    "The work will cost about $3.1 million and is expected to take eleven weeks, the board's engineer, Priya Anand, said. "
    "Fishing boats will use the south quay while the channel is closed."
)
FIRST = "The Dunmore harbour board voted 5-2 on Monday to dredge the north channel."
SECOND = "The work will cost about $3.1 million."
THIRD = "Fishing boats will use the south quay while the channel is closed."


def texts(summary: str, language: str = "en") -> list[str]:
    return [line for line, _ in summary_lines(summary, language)]


@pytest.mark.parametrize("bullet", ["→", "📌", "✅", "🔹", "➤", "👉🏽"])
def test_arrow_and_emoji_bullets_are_markers(bullet):
    assert texts(f"{bullet} {FIRST}\n{bullet} {SECOND}") == [FIRST, SECOND]


@pytest.mark.parametrize("markers", [("i.", "ii.", "iii."), ("a.", "b.", "c."), ("i)", "ii)", "iii)"), ("(i)", "(ii)", "(iii)")])
def test_roman_and_letter_item_markers_are_not_sentences(markers):
    summary = "\n".join(f"{m} {line}" for m, line in zip(markers, [FIRST, SECOND, THIRD]))
    assert summary_lines(summary, "en") == [(FIRST, [FIRST]), (SECOND, [SECOND]), (THIRD, [THIRD])]


def test_a_line_starting_with_a_word_keeps_it():
    # "v. " or "a. " only as a marker; a line's own first word stays
    assert texts("a dredger arrives in May.\nAnand said: work starts soon.") == ["a dredger arrives in May.", "Anand said: work starts soon."]


def test_a_blockquote_is_its_lines():
    assert texts(f"> {FIRST}\n> {SECOND}") == [FIRST, SECOND]
    # a quotation wrapped over quoted lines is one line
    assert texts("> The Dunmore harbour board voted 5-2 on Monday to dredge\n> the north channel.") == [FIRST]


def test_bold_italics_code_and_links_inside_a_line_are_markup():
    summary = (
        "- The **Dunmore harbour board** voted *5-2* on Monday to dredge the north channel.\n"
        "- The work will cost about `$3.1 million`.\n"
        "- Fishing boats will use [the south quay](https://example.com/quay_map) while the channel is closed."
    )
    assert texts(summary) == [FIRST, SECOND, THIRD]
    # underscores and stars that mark nothing stay
    assert texts("The file_name_here holds 5 * 3 rows.") == ["The file_name_here holds 5 * 3 rows."]


@pytest.mark.parametrize("source", ["Source: https://example.com/dunmore-dredging", "Sources: <https://example.com/a>", "Source: [Dunmore Post](https://example.com/a)"])
def test_a_source_line_is_not_a_claim(source):
    assert texts(f"{FIRST}\n{SECOND}\n\n{source}") == [FIRST, SECOND]


@pytest.mark.parametrize(
    ("lead_in", "language"),
    [("Summary:", "en"), ("TL;DR:", "en"), ("**TL;DR**", "en"), ("TLDR -", "en"), ("In short:", "en"), ("Résumé :", "fr"), ("Zusammenfassung:", "de"), ("Resumen:", "es")],
)
def test_a_lead_in_on_the_claims_line_is_layout(lead_in, language):
    assert texts(f"{lead_in} {FIRST}", language)[0] == FIRST


def test_a_word_like_a_lead_in_that_starts_the_claim_stays():
    # no colon, dash or bold after it: the words are the claim's
    assert texts("Summary judgment was entered on Monday.") == ["Summary judgment was entered on Monday."]
    assert texts("Overview: ") == []  # a bare label says nothing


def test_a_table_of_figures_is_read_row_by_row():
    summary = f"{FIRST}\n\n| Item | Figure |\n|------|-------:|\n| Cost | $3.1 million |\n| Duration | eleven weeks |\n"
    assert texts(summary) == [FIRST, "Cost: $3.1 million", "Duration: eleven weeks"]


def test_a_faithful_summary_in_these_layouts_is_supported():
    summary = (
        "Sure! Here's a concise summary of the article:\n\n"
        "TL;DR: The Dunmore harbour board voted 5-2 on Monday to dredge the north channel.\n\n"
        "📌 The work will cost about `$3.1 million`.\n"
        "→ Fishing boats will use [the south quay](https://example.com/quay) while the channel is closed.\n\n"
        "Source: https://example.com/dunmore\n"
    )
    result = verify(ARTICLE, summary)
    assert [line.text for line in result.lines] == [FIRST, SECOND, THIRD]
    assert result.supported
