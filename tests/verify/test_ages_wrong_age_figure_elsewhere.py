"""An age the article gives no one is a wrong age even where its figure stands in a date: "the
six-year-old mare" for "the five-year-old mare" in an article dated "March 6". An age the article
states, in digits or words, passes. Sentences written for this test."""

from checking import problem_kinds as _kinds

FOAL = (
    "A Przewalski's horse foal was born at Kelby Park on March 6 to a five-year-old mare called Tula, "
    "the park said on Friday."
)


def test_an_age_the_article_gives_no_one_is_caught():
    assert "number" in _kinds(FOAL, "A Przewalski's horse foal was born at Kelby Park on March 6 to six-year-old Tula.")


def test_the_stated_age_passes():
    assert "number" not in _kinds(FOAL, "A Przewalski's horse foal was born at Kelby Park on March 6 to five-year-old Tula.")


def test_an_age_with_spaced_hyphens_is_read_as_stated():
    article = "The 38 - year - old rider fell at the last fence on june 4, the course said."
    assert "number" not in _kinds(article, "The 38-year-old rider fell at the last fence on june 4.")
