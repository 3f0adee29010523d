"""Every false alarm and miss that issue 18 lists, in sentences of the same shape written for
these tests: the false alarms pass, the misses are caught with the right problem kind.

The checks that read a parse skip (with the reason) where spaCy's small English pipeline is not
installed; `pip install -e '.[dev]'` installs it."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")


def kinds(article: str, line: str) -> set[str]:
    return {p.kind for p in verify(article, [line]).problems}


def passes(article: str, line: str) -> bool:
    result = verify(article, [line])
    return result.supported or pytest.fail(result.to_text())


STAKE = """Baltic Freight reported higher profits on Tuesday.

Baltic Freight's 8% stake in Northwind Logistics, bought in 2019, is now worth $40m, the company said.
"""

STUDIO = """Sales at the studio rose 12% to $900m, helped by the final film of the Dragon Isles trilogy, while profit slumped 27% to $284m.
The studio blamed the fall in profit on the cost of its new streaming service.
"""

SPEAKERS = """Deputy leader Owen Pratt said the party would publish its accounts in June.
Party chair Helen Marsh said Mr Corrie was never at the meetings where the donations were discussed.
"""

COACHES = """Former coach Gerard Lund praised his successor Rafael Ortiz on Tuesday.
"He is the right man at the right place," said Lund, who left the club in May.
"""

ROBBED = """Coach Marta Jensen said her side had been "robbed" by the referee's late decision in the cup final.
The referee awarded a penalty in the last minute of the game.
"""

BRIDGE = """The Kell Sound bridge opens to traffic next spring.
"The new bridge will halve the journey to the coast for thousands of families," said transport minister Ivo Brandt.
"""

STUDY = """A large-scale study of 12,000 adults has found that people who walk to work sleep better than those who drive.
Singer Dana Frost agreed to judge the national choir contest next year.
"""

RUMOUR = """The airline may cut 400 jobs at its Leeds base next year, according to union officials.
Staff at the base were told of the plans at a meeting on Monday.
"""

AWARDS = """On Sunday, the Lantern awards gave their top prize to Harbour Light, the drama by director Sun-hee Park.
The film had already won the jury prize in Venice.
"""

TRANSFER = """Goalkeeper Tom Okoro, 29, has joined the club on a free transfer from Dunmore.
He signed a two-year contract on Friday.
"""

FESTIVAL = """The Rotterdam Film Festival will show a new documentary about the life of singer Nina Vale, its organisers said.
The film was made by her brother over ten years.
"""

SPANISH = """El presidente Duarte comenzó a desmantelar las políticas medioambientales de su predecesora, Elena Robles.
La medida fue criticada por los grupos ecologistas del país.
"""

SPANISH_NEXT = """El gobierno firmó un acuerdo comercial con sus vecinos el lunes.
El texto incluye a Estados Unidos, que negoció durante dos años.
"""


# -- misses: caught with the right kind ------------------------------------------------------


@needs_parser
def test_a_reversed_stake_is_a_relation_problem():
    assert "relation" in kinds(STAKE, "Northwind Logistics now owns 8% of Baltic Freight.")
    assert passes(STAKE, "Baltic Freight owns 8% of Northwind Logistics.")


@needs_parser
def test_a_cause_moved_to_another_figure_is_a_circumstance_problem():
    line = "Profit at the studio slumped 27% to $284m, helped by the final film of the Dragon Isles trilogy."
    assert "circumstance" in kinds(STUDIO, line)
    assert passes(STUDIO, "Sales at the studio rose 12% to $900m, helped by the final film of the Dragon Isles trilogy.")


@needs_parser
def test_words_given_to_the_wrong_speaker_are_an_attribution_problem():
    assert "attribution" in kinds(SPEAKERS, "Owen Pratt said Mr Corrie was never at the meetings where the donations were discussed.")
    assert passes(SPEAKERS, "Helen Marsh said Mr Corrie was never at the meetings where the donations were discussed.")


@needs_parser
def test_the_speakers_he_given_to_the_speaker_is_a_coreference_problem():
    assert "coreference" in kinds(COACHES, "Lund is the right man at the right place.")
    assert passes(COACHES, "Lund said Ortiz is the right man at the right place.")


def test_a_quoted_word_stated_as_fact_is_a_hedge_problem():
    assert "hedge" in kinds(ROBBED, "Marta Jensen's side was robbed by the referee's late decision in the cup final.")
    assert passes(ROBBED, "Marta Jensen said her side had been robbed by the referee's late decision in the cup final.")


def test_a_quotation_without_its_marks_and_speaker_is_a_hedge_problem():
    assert "hedge" in kinds(BRIDGE, "The new bridge will halve the journey to the coast for thousands of families.")
    assert passes(BRIDGE, "Ivo Brandt said the new bridge will halve the journey to the coast for thousands of families.")


def test_a_dropped_may_is_a_hedge_problem():
    assert "hedge" in kinds(RUMOUR, "The airline will cut 400 jobs at its Leeds base next year.")
    # The doubt kept with whose it is (without "union officials" the union's claim loses its
    # holder: verify/holders.py).
    assert passes(RUMOUR, "The airline may cut 400 jobs at its Leeds base next year, union officials said.")


def test_a_spanish_reversal_is_a_relation_problem():
    line = "La presidenta Robles comenzó a desmantelar las políticas medioambientales de su predecesor."
    assert "relation" in kinds(SPANISH, line)
    assert passes(SPANISH, "Duarte comenzó a desmantelar las políticas medioambientales de Elena Robles.")


def test_fragments_that_stop_before_what_was_found_or_agreed_are_incomplete():
    assert "incomplete" in kinds(STUDY, "A large-scale study has found.")
    assert "incomplete" in kinds(STUDY, "Dana Frost agreed.")
    assert "incomplete" in kinds(STUDY, "A study of 12,000 adults has found.")  # a number's comma ends no clause
    assert passes(STUDY, "A large-scale study has found that people who walk to work sleep better.")


# -- false alarms: pass ----------------------------------------------------------------------


def test_a_name_in_the_next_source_sentence_is_found_in_spanish():
    assert passes(SPANISH_NEXT, "El acuerdo comercial incluye a Estados Unidos.")


@needs_parser
def test_a_prize_won_on_a_day_reads_as_the_source_says():
    assert passes(AWARDS, "Harbour Light won the top prize at the Lantern awards on Sunday.")


@needs_parser
def test_a_player_arriving_from_his_old_club_passes():
    assert passes(TRANSFER, "Tom Okoro arrives from Dunmore.")


def test_a_documentary_shown_at_a_festival_passes():
    assert passes(FESTIVAL, "A documentary about Nina Vale's life will be shown at the Rotterdam Film Festival.")


def test_without_a_parser_the_checker_says_so_in_one_line(monkeypatch):
    from summarizer.errors import OptionsError
    from summarizer.verify import parser
    from summarizer.verify.checkers import RelationChecker

    monkeypatch.setattr(parser, "pipelines", lambda language: ("no_such_pipeline_xx",))
    parser.load_parser.cache_clear()
    try:
        result = verify(STAKE, ["Baltic Freight owns 8% of Northwind Logistics."])
        assert result.supported  # the word-distance checks still run
        status = result.stats["parser"]
        assert "\n" not in status and "summarizer[parser]" in status and "no_such_pipeline_xx" in status
        with pytest.raises(OptionsError, match=r"summarizer\[parser\]"):
            RelationChecker(parser="on")
        assert verify(STAKE, ["x y z."], checker_settings={"parser": "off"}).stats["parser"] == "off"
    finally:
        parser.load_parser.cache_clear()


def test_a_saying_verb_that_ends_a_reported_line_is_no_fragment():
    line = "People who walk to work sleep better than those who drive, a large-scale study has found."
    assert "incomplete" not in kinds(STUDY, line)
