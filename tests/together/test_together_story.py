"""Several articles on one story summarised together: lines cite every source that says them,
and a number the sources disagree on is reported, not cited as support."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import InputError, Summarizer
from summarizer.together.run import summarize_together

from story_samples import BRIDGE_A, BRIDGE_B, BRIDGE_C, SHARED_FACTS, story_sets


def _sources(summary, line) -> set[int]:
    return {c.source for c in line.citations}


def test_every_line_cites_a_source_and_a_shared_fact_cites_all_three():
    summary = summarize_together([BRIDGE_A, BRIDGE_B, BRIDGE_C], sentences=3)
    assert summary.lines and all(line.citations for line in summary.lines)
    closure = next(line for line in summary.lines if "closure" in line.text or "closed" in line.text)
    assert _sources(summary, closure) == {1, 2, 3}
    for line in summary.lines:
        for c in line.citations:
            span = summary.sources[c.source - 1]
            assert summary.document.text[c.start : c.end] == c.text
            assert span.first <= c.sentence < span.last and c.source_sentence == c.sentence - span.first


def test_sources_that_disagree_on_a_number_are_named_and_not_cited_as_support():
    summary = summarize_together([BRIDGE_A, BRIDGE_C], sentences=2)
    assert len(summary.disagreements) == 1
    disagreement = summary.disagreements[0]
    assert disagreement.kind == "number"
    assert sorted(says for _, says in disagreement.claims) == ["14", "19"]
    injured = summary.lines[disagreement.line]
    assert ("14" in injured.text) != ("19" in injured.text)
    assert len(_sources(summary, injured)) == 1  # the other figure is not counted as support
    assert any("disagree" in w for w in summary.warnings)
    data = json.loads(summary.to_json())
    assert data["disagreements"][0]["kind"] == "number"
    assert [s["number"] for s in data["sources"]] == [1, 2]


def test_sources_that_agree_give_no_disagreement():
    agreeing = BRIDGE_C.replace("19 people", "14 people")
    summary = summarize_together([BRIDGE_A, agreeing], sentences=2)
    assert not summary.disagreements
    injured = next(line for line in summary.lines if "14" in line.text)
    assert _sources(summary, injured) == {1, 2}


def test_one_source_is_refused():
    # the library's error names the library's call, not the command line's --together
    with pytest.raises(InputError, match="^summarize_together: needs at least two sources"):
        summarize_together([BRIDGE_A])


def test_a_source_that_cannot_be_read_is_named_and_nothing_is_summarised(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(BRIDGE_A, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError) as caught:
        summarize_together([good, missing])
    assert "missing.txt" in str(caught.value) and "none of the 2 sources" in str(caught.value)


def test_sources_in_different_languages_are_allowed_with_a_warning():
    german = (
        "Sturm schließt die Brücke von Varna\n\n"
        "Heftige Sturmböen haben am Dienstagabend zur Sperrung der Brücke über den Fluss Varna geführt. "
        "Ein umstürzender Kran traf zwei Autos auf der Brücke, und 14 Menschen kamen ins Krankenhaus. "
        "Die Polizei leitete den Verkehr die ganze Nacht durch die Altstadt um. "
        "Die Ingenieurin der Stadt sagte, die Stahlseile würden bei Tagesanbruch geprüft."
    )
    summary = summarize_together([BRIDGE_A, german], sentences=2)
    assert [s.language for s in summary.sources] == ["english", "german"]
    assert any("different languages" in w for w in summary.warnings)


def test_a_single_article_json_keeps_its_shape(samples_dir):
    data = json.loads(Summarizer().summarize(samples_dir / "city-budget.txt").to_json())
    citation = data["lines"][0]["citations"][0]
    assert set(citation) == {"sentence", "start", "end", "text", "score"}


@pytest.mark.parametrize("name", sorted(SHARED_FACTS))
def test_a_fact_several_sources_tell_is_cited_from_all_of_them(name):
    summary = summarize_together(story_sets()[name], sentences=3)
    assert len(summary.lines) == 3 and all(line.citations for line in summary.lines)
    for _fact, phrases in SHARED_FACTS[name]:
        telling = set()
        for source, phrase in phrases.items():
            span = summary.sources[source - 1]
            (index,) = [i for i in range(span.first, span.last) if phrase in summary.document.sentences[i].text]
            telling.add(index)
        for line in summary.lines:
            cited = {c.sentence for c in line.citations}
            if cited & telling:
                assert telling <= cited, (line.text, [c.label for c in line.citations])


def test_a_source_given_twice_is_read_once_and_never_backs_its_own_lines():
    summary = summarize_together([BRIDGE_A, BRIDGE_B, BRIDGE_A], sentences=3)
    assert len(summary.sources) == 2
    assert any("source 3" in w and "same text as source 1" in w for w in summary.warnings)
    alone_pair = summarize_together([BRIDGE_A, BRIDGE_B], sentences=3)
    assert [line.text for line in summary.lines] == [line.text for line in alone_pair.lines]


def test_two_copies_of_one_text_give_that_texts_own_summary_with_a_warning(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "copy.txt"
    first.write_text(BRIDGE_A, encoding="utf-8")
    second.write_text(BRIDGE_A, encoding="utf-8")
    summary = summarize_together([first, second], sentences=2)
    assert summary.sources == ()
    assert any("copy.txt" in w and "same text as source 1" in w for w in summary.warnings)
    own = Summarizer(sentences=2).summarize(BRIDGE_A)
    assert [line.text for line in summary.lines] == [line.text for line in own.lines]
