"""A judgement word before a noun of condition ("in good health", "in bad shape") reports a state,
as a hospital's "in good condition" does, not the writer's opinion. The same word judging
something else stays caught. Sentences written for this test."""

from checking import problem_kinds as _kinds

FOAL = "A rare Przewalski's horse foal was born at Kelby Park on Monday, and keepers said the mare and foal were doing well."


def test_a_state_of_health_is_no_judgement():
    assert "judgement" not in _kinds(FOAL, "Keepers at Kelby Park said the mare and the foal, born on Monday, were in good health.")


def test_a_judgement_of_the_birth_is_still_caught():
    assert "judgement" in _kinds(FOAL, "A rare Przewalski's horse foal was born at Kelby Park on Monday, a great success for the keepers.")
