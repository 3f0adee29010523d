"""verify(): each summary line cited against its source, its problems named by kind."""

from __future__ import annotations

import json

import pytest

from summarizer import Verification, verify
from summarizer.errors import OptionsError, UnknownComponentError
from checking import check

# Written for these tests.
ARTICLE = """Harbour Lane library reopens after repairs

The Harbour Lane library reopened on Monday after a two-year repair of its flooded basement.

Librarian Nadia Petrov, who led the reopening, said the reading room would now open on Saturdays.

City engineer Tom Becker designed the drainage system that now protects the building.

Petrov thanked the volunteers, and Becker said the new drains would last fifty years.

Councillor Ruth Adeyemi praised the work but warned that the budget for books had not grown.
"""


def kinds(result: Verification) -> list[set[str]]:
    return [{p.kind for p in line.problems} for line in result.lines]


def test_verify_faithful_lines_are_supported_and_cited_with_spans():
    result = verify(ARTICLE, "The Harbour Lane library reopened on Monday after a two-year repair.\nTom Becker designed the drainage system.")
    assert result.supported, result.to_text()
    document = result.document
    for line in result.lines:
        assert line.citations and line.support >= 0.5
        for citation in line.citations:
            assert document.text[citation.start : citation.end] == citation.text


def test_verify_a_swapped_subject_is_a_relation_problem():
    # Every word is in the article; the article says Becker designed it, not Petrov.
    result = verify(ARTICLE, "Nadia Petrov designed the drainage system that now protects the building.")
    assert not result.supported
    assert "relation" in kinds(result)[0]
    assert verify(ARTICLE, "Tom Becker designed the drainage system that now protects the building.").supported


def test_verify_a_lowercase_summary_is_checked_by_the_sources_names():
    assert "relation" in kinds(verify(ARTICLE, "nadia petrov designed the drainage system that now protects the building."))[0]
    assert verify(ARTICLE, "tom becker designed the drainage system that now protects the building.").supported


def test_verify_words_given_to_the_wrong_speaker_are_an_attribution_problem():
    wrong = verify(ARTICLE, "Petrov said the new drains would last fifty years.")
    assert "attribution" in kinds(wrong)[0], wrong.to_text()
    assert verify(ARTICLE, "Becker said the new drains would last fifty years.").supported


def test_verify_a_summary_opening_with_a_pronoun_is_a_coreference_problem():
    result = verify(ARTICLE, ["He designed the drainage system that now protects the building."])
    assert "coreference" in kinds(result)[0]
    later = verify(ARTICLE, ["Tom Becker is a city engineer.", "He designed the drainage system that now protects the building."])
    assert "coreference" not in kinds(later)[1]


def test_verify_a_negation_the_sources_lack_and_a_cut_off_line_are_caught():
    assert "negation" in kinds(verify(ARTICLE, "The Harbour Lane library did not reopen on Monday."))[0]
    assert "incomplete" in kinds(verify(ARTICLE, ["The Harbour Lane library reopened on Monday after a"]))[0]


def test_verify_an_invented_number_keeps_its_literal_kind():
    result = verify(ARTICLE, "The Harbour Lane library reopened on Monday after a three-year repair.")
    assert "number" in kinds(result)[0]


def test_verify_a_sequence_is_taken_line_by_line_and_a_string_is_split():
    two = "The library reopened on Monday. Becker designed the drainage system."
    assert len(verify(ARTICLE, two).lines) == 2
    assert len(verify(ARTICLE, [two]).lines) == 1


@pytest.mark.parametrize(
    "summary",
    [
        # wrapped at 60 columns, as a text editor or an e-mail leaves it
        "The Harbour Lane library reopened on Monday after a two-year\nrepair. City engineer Tom Becker designed the drainage system\nthat now protects the building.\n",
        # broken after a comma and after a word no sentence ends on, and with Windows line ends
        "The Harbour Lane library reopened on Monday after a\r\ntwo-year repair.\r\nCity engineer Tom Becker designed the drainage system that now protects the building.\r\n",
        # a list item going on on a hanging line
        "- The Harbour Lane library reopened on Monday after a two-year\n  repair.\n- City engineer Tom Becker designed the drainage system that\n  now protects the building.",
    ],
)
def test_verify_a_sentence_broken_over_lines_is_one_sentence(summary):
    result = verify(ARTICLE, summary)
    assert [line.text.lstrip("- ") for line in result.lines] == [
        "The Harbour Lane library reopened on Monday after a two-year repair.",
        "City engineer Tom Becker designed the drainage system that now protects the building.",
    ]
    assert result.supported


def test_verify_lines_that_each_end_or_start_anew_stay_apart():
    summary = "- Library reopened on Monday\n- Tom Becker designed the drainage system\nPetrov thanked the volunteers."
    assert len(verify(ARTICLE, summary).lines) == 3


def test_verify_json_holds_lines_citations_and_problem_kinds():
    data = json.loads(verify(ARTICLE, "Nadia Petrov designed the drainage system.").to_json())
    assert data["supported"] is False and data["checker"] == "relations"
    line = data["lines"][0]
    assert line["citations"] and {"sentence", "start", "end", "text"} <= set(line["citations"][0])
    assert any(p["kind"] == "relation" for p in line["problems"])


def test_verify_the_literal_checker_misses_what_the_default_catches():
    line = "Nadia Petrov designed the drainage system that now protects the building."
    assert verify(ARTICLE, line, checker="literal").supported
    assert not verify(ARTICLE, line).supported


def test_verify_refuses_an_unknown_checker_and_a_bad_threshold():
    with pytest.raises(UnknownComponentError, match="literal"):
        verify(ARTICLE, "The library reopened.", checker="nope")
    with pytest.raises(OptionsError):
        verify(ARTICLE, "The library reopened.", min_support=1.5)


def test_verify_guard_check_uses_the_same_checker():
    sources = [
        "City engineer Tom Becker designed the drainage system that now protects the building.",
        "Librarian Nadia Petrov, who led the reopening, said the reading room would now open on Saturdays.",
    ]
    problems = check("Nadia Petrov designed the drainage system.", sources, support=1.0)
    assert any(p.startswith("relation") for p in problems)
    assert check("Tom Becker designed the drainage system.", sources, support=1.0) == []


# Written for these tests: a group and, in another clause, a city that is not one of its members.
SUMMIT = """Mayors meet on river pollution

Mayor Lena Hartmann held talks with the river cities, including Oberfeld, Lindau and Marrow, as Kestrel Bay faced a fresh spill.

Farmers such as Piet Okoro and Anna Voss were among the speakers.
"""


def test_verify_a_place_listed_under_a_group_it_is_not_in_is_a_relation_problem():
    line = "Mayor Lena Hartmann held talks with the river cities, including Kestrel Bay, as a fresh spill spread."
    assert "relation" in kinds(verify(SUMMIT, [line]))[0]
    assert not kinds(verify(SUMMIT, [line], checker="literal"))[0]  # every word is in the source


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Lena Hartmann held talks with the river cities, including Marrow.",  # last of a long list
        "The speakers included farmers such as Anna Voss.",  # "such as" in the source
        "Speakers at the meeting included farmers, including Piet Okoro.",  # "among" in the source
    ],
)
def test_verify_members_the_source_lists_pass_the_membership_check(line):
    problems = [p for p in verify(SUMMIT, [line]).problems if p.message.endswith("lists it so")]
    assert not problems, problems


@pytest.mark.parametrize("summary", ["", "  \n\n", [], "👍"])
def test_verify_an_empty_summary_is_not_supported(summary) -> None:
    # a model that answered nothing passed a service's check: no line had a problem, so
    # `supported` was True ("SUPPORTED: 0 of 0 lines supported")
    result = verify(ARTICLE, summary)
    assert result.lines == () and not result.supported
