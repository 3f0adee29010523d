"""A unit's letter after a figure ("rose by 2.3 C", "fell to -4 F") is no name: the relation
check does not ask the source to join it to the words around it, as it would a name's. Another
unit is still a name not in the sources. Sentences written for this test."""

from summarizer import verify
from summarizer.verify.relations import tokens_of

ARTICLE = (
    "Wheat in the Orvel valley now ripens about ten days earlier than in the 1980s, a new study finds. "
    "Over the same period, the average air temperature of the valley in April rose by 2.3 C, the study said. "
    "Farmers say they have moved their harvest dates."
)


def _problems(line: str, parser: str) -> list[tuple[str, str]]:
    result = verify(ARTICLE, [line], checker_settings={"parser": parser})
    return [(p.kind, p.message) for checked in result.lines for p in checked.problems]


def test_a_unit_letter_after_a_figure_is_no_name():
    for parser in ("off", "auto"):
        assert _problems("Average April air temperatures in the valley rose by 2.3 C over the same period.", parser) == []


def test_another_unit_is_still_caught():
    assert any(kind == "name" for kind, _ in _problems("Average April air temperatures in the valley rose by 2.3 F over the same period.", "off"))


def test_only_a_single_letter_after_a_figure():
    tokens = {t.text: t.capitalised for t in tokens_of("It rose by 2.3 C while Plan 2 Bravo and 4 Oak Street stayed.")}
    assert tokens["C"] is False
    assert tokens["Bravo"] is True and tokens["Oak"] is True
