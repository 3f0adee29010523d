"""Titles written short and long ("Lt. Col." and "Lieutenant Colonel", "CEO" and "chief
executive", "Det. Insp." and "Detective Inspector"): a line that writes one where its source has
the other adds no word, no name and no other speaker. Sentences written for this test."""

from summarizer import verify
from summarizer.verify.title_forms import title_words


def _problems(article: str, line: str, parser: str) -> list[tuple[str, str]]:
    result = verify(article, [line], checker_settings={"parser": parser})
    return [(p.kind, p.message) for checked in result.lines for p in checked.problems]


def test_a_rank_written_short_in_the_source_and_long_in_the_line():
    article = "Lt. Col. Maren Holt said the battalion would return to its barracks in June."
    for parser in ("off", "auto"):
        assert _problems(article, "Lieutenant Colonel Maren Holt said the battalion would return to its barracks in June.", parser) == []


def test_chief_executive_for_ceo():
    article = "The brewery's CEO, Maren Holt, said on Monday that the bottling plant would close in June."
    for parser in ("off", "auto"):
        assert _problems(article, "The brewery's chief executive, Maren Holt, said the bottling plant would close in June.", parser) == []


def test_a_police_rank_written_short_in_the_line():
    article = "Detective Inspector Maren Holt said officers had arrested two men on Monday."
    for parser in ("off", "auto"):
        assert _problems(article, "Det. Insp. Maren Holt said officers had arrested two men on Monday.", parser) == []


def test_only_the_forms_as_written():
    assert title_words("The CEO and Lt. Col. Holt", "english") == "chief executive lieutenant colonel"
    assert title_words("the ceo said", "english") == ""
