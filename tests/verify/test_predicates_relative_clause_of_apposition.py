"""A relative clause that hangs on an apposition belongs to the name it describes: in "Brisco
bought the patent from Velna Labs, a small firm that will receive fees on every sale", Velna
Labs receives the fees. A line giving them to Brisco is a `relation` problem (sentences written
for this test; read from the parse)."""

from __future__ import annotations

from checking import parsed_problem_kinds

ARTICLE = (
    "A new hip implant cut revision surgery by a fifth in a three-year study, Brisco Medical said on Monday. "
    "Brisco bought the patent in 2020 from Velna Labs, a small engineering firm that will receive fees on every future sale. "
    "Surgeons at 40 hospitals took part."
)


def test_relative_clause_of_apposition_given_to_another_name_is_caught() -> None:
    line = "Brisco, which bought the patent from Velna Labs in 2020, will receive fees on every future sale."
    assert "relation" in parsed_problem_kinds(ARTICLE, line)


def test_relative_clause_of_apposition_kept_with_its_name_passes() -> None:
    line = "Velna Labs, which sold the patent to Brisco in 2020, will receive fees on every future sale."
    assert "relation" not in parsed_problem_kinds(ARTICLE, line)
