"""A joined predicate whose infinitive complement stands after a comma (German "und empfiehlt
allen Mietern, die Zahlung einzubehalten ... zu kürzen"): the complement is part of what is added,
not the rest of the line the evidence must hold (verify/joined_predicates.py; sentences written
for this test)."""

from summarizer import verify

ARTICLE = (
    "Der Mieterverein Lindental hat die Nebenkostenabrechnung der Wohnbau GmbH scharf kritisiert. "
    "Vereinschefin Ursula Brehm sagte, die Heizkosten seien angesichts der milden Winter deutlich zu hoch berechnet worden. "
    "Die Wohnbau GmbH wies die Vorwürfe zurück."
)


def _problems(line):
    return [(p.kind, p.message) for p in verify(ARTICLE, [line], checker_settings={"parser": "off"}).problems]


def test_joined_predicates_infinitive_complement_counts_with_the_addition():
    line = ("Ursula Brehm, Chefin des Mietervereins Lindental, hält die Heizkosten für deutlich zu hoch berechnet "
            "und empfiehlt allen Mietern, die Zahlung zu verweigern.")
    problems = _problems(line)
    assert any(kind == "support" and "empfiehlt allen Mietern, die Zahlung zu verweigern" in message for kind, message in problems), problems


def test_joined_predicates_line_without_the_addition_passes():
    line = "Ursula Brehm, Chefin des Mietervereins Lindental, hält die Heizkosten für deutlich zu hoch berechnet."
    assert not any("unsupported addition" in message for _, message in _problems(line))
