"""A company's trade after "the" ("the supplier", "the carmaker", "the chain") stands for the
company named before, as "the company" does; sentences written for this test."""

from checking import problem_kinds as _kinds

WATER = (
    "Customers of Brightwell Water will pay £38 more a year from April, the company said on Monday. "
    "The campaign group Clear Tap accused Brightwell of putting shareholders before customers, pointing out that the supplier "
    "had paid dividends of £40m last year."
)


def test_the_supplier_stands_for_the_company_named_before():
    kinds = _kinds(WATER, "Noting that Brightwell had paid dividends of £40m last year, Clear Tap accused the supplier of putting shareholders before customers.")
    assert "relation" not in kinds

