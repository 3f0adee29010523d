"""One list of time units per language (`Language.time_units`), read by the duration check
(figures), the spans of time (spans) and the relation checks; sentences written for this test."""

from decimal import Decimal

import summarizer.lang as lang
from summarizer.verify.figures import duration_problems
from summarizer.verify.spans import time_spans


def test_lang_time_units_give_each_word_one_length():
    for code in ("en", "fr", "es", "de"):
        seen: dict[str, int] = {}
        for seconds, written in lang.get(code).time_units:
            for word in written.split():
                assert seen.setdefault(word, seconds) == seconds, (code, word)


def test_lang_time_units_a_wrong_unit_is_caught_and_named():
    problems = duration_problems("The depot closed for 6 months.", ["The depot closed for 6 weeks."])
    assert [p.message for p in problems] == ["number not in its sources: 6 month where its sources have 6 week"]


def test_lang_time_units_a_unit_is_compared_by_its_length():
    # "Tage" and "Tagen": one unit written two ways, not another unit
    assert not duration_problems("Die Brücke bleibt 2 Tage gesperrt.", ["Die Brücke war vor 2 Tagen gesperrt."], "german")
    assert duration_problems("Die Brücke bleibt 2 Wochen gesperrt.", ["Die Brücke war vor 2 Tagen gesperrt."], "german")


def test_lang_time_units_minutes_make_spans_too():
    assert [span.hours for span in time_spans("90 minutes, an hour and a half")] == [Decimal("1.5"), Decimal("1.5")]
