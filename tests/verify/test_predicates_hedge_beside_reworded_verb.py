"""A line that keeps one hedge of its source sentence ("könnten") and drops the other
("vermutlich") while rewording the small verb before it ("seien ... zurückzuführen" -> "gingen
... zurück") still drops a doubt: the hedge is placed by the content word before that verb
(sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "In Weilbach ist am Sonntag die Wasserversorgung für sechs Stunden ausgefallen. "
    "Stadtwerke-Chefin Anja Kroll sagte, die Störung sei vermutlich auf einen Rohrbruch zurückzuführen und könnte sich wiederholen. "
    "Die Reparatur soll bis Freitag dauern."
)


def test_hedge_dropped_beside_a_reworded_verb_is_caught() -> None:
    line = "Stadtwerke-Chefin Anja Kroll sagte, die Störung gehe auf einen Rohrbruch zurück und könnte sich wiederholen."
    assert "hedge" in problem_kinds(ARTICLE, line)


def test_both_hedges_kept_pass() -> None:
    line = "Stadtwerke-Chefin Anja Kroll sagte, die Störung gehe vermutlich auf einen Rohrbruch zurück und könnte sich wiederholen."
    assert "hedge" not in problem_kinds(ARTICLE, line)
