"""A line that puts its source's description before the name as a title ("Harwick College
climate researcher Dr Lena Obi" from "Dr Lena Obi, a climate researcher at Harwick College")
gives no doing to the college: a word after a comma in the source is no doing of the name before
it. A doer before the verb in the source's own stretch still counts (sentences written for this test)."""

from checking import problem_kinds

from summarizer.verify.swaps import _doings_of

OBI = "Dr Lena Obi, a climate researcher at Harwick College, said the floods were \"a warning we keep ignoring\"."


def test_swaps_apposed_description_as_title_passes() -> None:
    line = "Harwick College climate researcher Dr Lena Obi called the floods a warning that keeps being ignored."
    assert "relation" not in problem_kinds(OBI, line)


def test_swaps_apposed_description_is_no_doing_but_a_plain_verb_is() -> None:
    names = frozenset({"lena", "obi", "harwick", "college"})
    assert not any(verb == "climat" for _, verb, _, _ in _doings_of(OBI, "english", names))
    plain = "Lena Obi studies climate records at Harwick College."
    assert any(doer == frozenset({"lena", "obi"}) for doer, _, _, _ in _doings_of(plain, "english", names))


def test_swaps_apposed_description_gives_a_source_no_role_but_a_name_set_off_keeps_its_verb() -> None:
    from summarizer.verify.swaps import _roles_of

    names = frozenset({"lena", "obi", "harwick", "college"})
    assert not any(verb == "climat" for _, verb, _ in _roles_of(OBI, "english", names, skip_descriptions=True))
    ferrer = "La portavoz de la oposición, Lucía Ferrer, acusó al alcalde Pedro Sanz de actuar tarde."
    roles = _roles_of(ferrer, "spanish", frozenset({"lucía", "ferrer", "pedro", "sanz"}), skip_descriptions=True)
    assert any(verb.startswith("acus") for _, verb, _ in roles)
