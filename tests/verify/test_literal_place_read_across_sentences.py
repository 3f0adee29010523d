"""The thing-placed check reads the source's place after "<thing> in": it must not take a
sentence's first word ("in 12 years. The ...") for a place, nor call a place moved where the
source itself puts the thing there too. Sentences written for this test."""

from checking import problem_kinds as _kinds

AQUARIUM = (
    "Fenwick Aquarium in Harlow announced on Tuesday the hatching of two sea turtles, the first born at the aquarium in 12 years. "
    "The turtles, which weighed 40 grams each, hatched on May 3 from eggs laid by a female called Pip."
)


def test_a_thing_in_the_place_the_source_gives_it_passes():
    line = "Two sea turtles, the first born at Fenwick Aquarium in Harlow in 12 years, hatched on May 3 from eggs laid by Pip."
    assert "circumstance" not in _kinds(AQUARIUM, line)


def test_the_thing_put_in_another_named_place_is_still_caught():
    article = AQUARIUM + " Pip came from a marine park in Selby in 2019."
    assert "circumstance" in _kinds(article, "Pip came from a marine park in Harlow in 2019.")
