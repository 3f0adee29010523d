"""A line with no end mark whose last words stand together in its source, which goes on after
them, is a copy cut off before its end, in any language; a line that stops where its source's
sentence or clause stops only lacks its full stop (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.fragments import cut_copy_problems

SOURCE = "A new footbridge over the Trell would, by the council's first estimate, cost around 2.4 million pounds."


def test_fragments_cut_copy_stops_before_its_figure() -> None:
    source = (
        "Die neue Brücke über die Trell würde nach ersten Berechnungen der Gemeinde rund 2,4 Millionen Euro kosten. "
        "Der Gemeinderat will im Frühjahr darüber entscheiden."
    )
    line = "Die neue Brücke über die Trell würde nach ersten Berechnungen der Gemeinde rund"
    assert "incomplete" in problem_kinds(source, line)


def test_fragments_cut_copy_any_language() -> None:
    source = "El nuevo puente costaría, según los primeros cálculos, unos 2,4 millones de euros."
    assert [p.kind for p in cut_copy_problems("El nuevo puente costaría, según los primeros cálculos, unos", [source])] == ["incomplete"]


def test_fragments_cut_copy_whole_sentence_without_full_stop_passes() -> None:
    line = "A new footbridge over the Trell would, by the council's first estimate, cost around 2.4 million pounds"
    assert cut_copy_problems(line, [SOURCE]) == []


def test_fragments_cut_copy_clause_end_passes() -> None:
    assert cut_copy_problems("A new footbridge over the Trell would", ["A new footbridge over the Trell would, they said, cost more."]) == []


def test_a_copy_that_stops_where_its_source_opens_another_clause_passes():
    from summarizer.verify.lexicon import lexicon

    source = "La mairie rénovera la gare routière et construira un parking de 200 places."
    line = "La mairie rénovera la gare routière"
    assert cut_copy_problems(line, [source], lexicon("french")) == []
    assert [p.kind for p in cut_copy_problems(line, [source])] == ["incomplete"]  # told by marks alone


def test_a_reworded_headline_ending_on_the_sources_date_is_no_cut_copy():
    # Only "on April 1" stands together in the source, which goes on "from 14.2 cents": a
    # reworded line that puts the date last, not a copy cut off.
    source = "The levy itself will rise on April 1 from 14.2 cents to 17.6 cents per litre of gasoline."
    assert cut_copy_problems("Gasoline levy climbs to 17.6 cents per litre on April 1", [source]) == []
    assert [p.kind for p in cut_copy_problems("The levy itself will rise on April 1", [source])] == ["incomplete"]
