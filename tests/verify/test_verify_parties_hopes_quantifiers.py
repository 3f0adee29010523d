"""Round-6 shapes, in sentences written for this test: words of one speaking party given to
another (a name and a body), a hope stated as fact, and a negation by quantifier dropped."""

from checking import problem_kinds as _kinds



BRIDGE = (
    "The old bridge at Alnford was closed on Monday after engineers found cracks in two of its piers. "
    "Mayor Tessa Grant said the council had warned about the bridge for years. "
    "The Highways Agency said repairs would take until the spring."
)


def test_a_bodys_words_given_to_a_named_speaker_are_caught():
    assert "attribution" in _kinds(BRIDGE, "Tessa Grant said repairs would take until the spring.")


def test_a_named_speakers_words_given_to_a_body_are_caught():
    assert "attribution" in _kinds(BRIDGE, "The Highways Agency said the council had warned about the bridge for years.")


def test_each_party_with_its_own_words_passes():
    assert _kinds(BRIDGE, "Tessa Grant said the council had warned about the bridge for years.") == []
    assert _kinds(BRIDGE, "The Highways Agency said repairs would take until the spring.") == []


def test_the_group_for_a_named_group_is_the_same_speaker():
    article = (
        "Rebels of the Sable Front attacked the port on Friday. By Sunday, the Sable Front said its fighters "
        "held the harbour and two warehouses, but the army denied that. The group said it would hold talks."
    )
    assert _kinds(article, "The group said its fighters held the harbour and two warehouses.") == []


def test_a_hope_stated_as_fact_is_a_dropped_hedge():
    article = "The trust said a new 30-bed ward would open in June, which it hoped would ease the pressure on staff. Waits rose 10%."
    assert "hedge" in _kinds(article, "The new 30-bed ward will ease the pressure on staff.")


def test_the_month_may_is_no_hedge():
    article = "The trust said a new 30-bed ward would open in May and would ease the pressure on staff. Waits rose 10%."
    assert _kinds(article, "The new 30-bed ward will ease the pressure on staff.") == []


def test_no_one_hurt_turned_into_several_hurt_is_a_dropped_negation():
    article = "Flooding forced 600 people from their homes on Sunday. No one was seriously hurt, police said. More rain is due."
    assert "negation" in _kinds(article, "Several people were seriously hurt, police said.")
    assert _kinds(article, "Police said no one was seriously hurt.") == []
