"""Places written short as wire copy writes them: AP's state forms and Canada's provinces in a
dateline ("MILLBROOK, Vt. (AP) --"), before a noun ("a Pa. bakery"), after a party's letter
("D-Calif."), stand for the place's name in a line, and a line's short form for the source's
name; another state is still a name not in the sources, and "Wash." or "Mass." outside a
place's slot is no place. Sentences written for this test."""

from summarizer import verify
from summarizer.verify.place_forms import short_places


def _name_problems(article: str, line: str, parser: str = "off") -> list[str]:
    result = verify(article, [line], checker_settings={"parser": parser})
    return [p.message for checked in result.lines for p in checked.problems if p.kind in ("name", "substitution", "relation")]


DATELINE = (
    "MILLBROOK, Vt. (Ridgeline Wire) -- A county judge on Friday fined a dairy cooperative $80,000 "
    "for dumping whey into the Otter Brook."
)


def test_a_dateline_state_written_short_backs_the_state_in_full():
    assert _name_problems(DATELINE, "A Vermont judge fined a dairy cooperative $80,000 for dumping whey into the Otter Brook.") == []


def test_another_state_is_still_a_name_not_in_the_sources():
    assert _name_problems(DATELINE, "A Maryland judge fined a dairy cooperative $80,000 for dumping whey into the Otter Brook.")


def test_a_state_short_before_a_noun_backs_its_name():
    article = "A Pa. bakery chain said on Monday it would close nine stores and cut 140 jobs by March."
    assert _name_problems(article, "A Pennsylvania bakery chain said it would close nine stores and cut 140 jobs.") == []


def test_a_province_and_a_two_word_state_written_short():
    article = "The plant in Guelph, Ont., and its sister site in Utica, N.Y., will both close in June, the company said."
    line = "The company said its plants in Guelph, Ontario, and Utica, New York, will both close in June."
    assert _name_problems(article, line) == []


def test_a_party_and_state_after_a_name_back_the_state():
    article = "Sen. Dana Whitcomb, D-Calif., said on Tuesday she would vote against the water bill."
    assert _name_problems(article, "California Sen. Dana Whitcomb said she would vote against the water bill.") == []


def test_the_line_may_write_the_state_short_where_its_source_has_it_in_full():
    article = "A county judge in Millbrook, Vermont, on Friday fined a dairy cooperative $80,000 for dumping whey."
    for parser in ("off", "auto"):
        assert _name_problems(article, "A judge in Millbrook, Vt., fined a dairy cooperative $80,000 for dumping whey.", parser) == []


def test_a_short_form_outside_a_place_slot_is_no_place():
    assert short_places("Wash. the jars in hot water. He went to Mass. on Sunday.", "english") == ()
    assert short_places("SPOKANE, Wash. (AP) -- Crews", "english") == (("Wash.", "Washington"),)
    assert short_places("Utica, N.Y., and a Calif.-based firm", "english") == (("N.Y.", "New York"), ("Calif.", "California"))
