"""Date words written short, as wire copy writes them ("Jan. 5", "Sept 3", "Wed."): the same date
as the word in full, either way round; a different one is still caught. Sentences written for
this test."""

from summarizer import verify
from summarizer.verify.date_forms import short_dates

ARTICLE = (
    "The county's new recycling depot opened on Sept. 3 after a two-year delay. "
    "Works manager Olu Barnes said the first lorries arrived on Wed. morning."
)


def _date_problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems if p.kind == "date"]


def test_a_month_in_full_matches_its_short_form_in_the_source():
    assert _date_problems(ARTICLE, "The county's new recycling depot opened on September 3.") == []


def test_a_short_form_in_the_line_matches_the_month_in_full():
    article = "The county's new recycling depot opened on January 14 after a two-year delay."
    assert _date_problems(article, "The county's new recycling depot opened on Jan. 14.") == []


def test_another_month_written_short_is_caught():
    article = "The county's new recycling depot opened on January 14 after a two-year delay."
    assert _date_problems(article, "The county's new recycling depot opened on Feb. 14.")


def test_another_month_in_full_is_still_caught():
    assert _date_problems(ARTICLE, "The county's new recycling depot opened on October 3.")


def test_only_a_capitalised_form_before_a_stop_or_figure_is_a_date():
    assert short_dates("They sat on the wed bench in the sun.", "english") == frozenset()
    assert short_dates("On Sat. and Sun 4 the depot opens; Sept 3 too.", "english") == {"saturday", "sunday", "september"}
    assert short_dates("Jan. 5", "italian") == frozenset()  # a language without the forms reads none
