"""A span of years written in another unit, in sentences written for this test: "thirty years"
for "three decades", "two millennia" for "2,000 years", "two centuries" for "200 years", and
back; in French, German and Spanish too. A span of another length is still caught."""

from checking import problem_kinds

from summarizer.verify.spans import time_spans

FEUD = "The boundary feud between the Harlow and Peck families has run for three decades, the parish council said."
WALL = "The Tarnby wall has stood for 2,000 years, according to the county archaeologist."
MILL = "The Oxley paper mill closed two decades ago and has been empty ever since, residents said."
CHAPEL = "The Brisco chapel was built 200 years ago by local quarrymen, the trust said."
KONFLIKT = "Der Streit um die Brücke von Wendhausen dauert seit drei Jahrzehnten an, sagte der Bürgermeister."
EGLISE = "L'église de Saint-Aubin-les-Prés a été construite il y a deux siècles par des tailleurs de pierre."
PUENTE = "El puente de Villarcayo tiene dos siglos de historia, según el ayuntamiento."


def test_years_for_decades():
    assert "number" not in problem_kinds(FEUD, "The boundary feud between the Harlow and Peck families has run for thirty years.")


def test_another_number_of_years_is_still_caught():
    assert "number" in problem_kinds(FEUD, "The boundary feud between the Harlow and Peck families has run for forty years.")


def test_millennia_for_years():
    assert "number" not in problem_kinds(WALL, "The Tarnby wall has stood for two millennia, the county archaeologist said.")


def test_another_number_of_millennia_is_still_caught():
    assert "number" in problem_kinds(WALL, "The Tarnby wall has stood for three millennia, the county archaeologist said.")


def test_years_for_decades_in_digits():
    assert "number" not in problem_kinds(MILL, "The Oxley paper mill closed 20 years ago and has been empty since, residents said.")


def test_centuries_for_years():
    assert "number" not in problem_kinds(CHAPEL, "The Brisco chapel was built two centuries ago by local quarrymen.")


def test_german_years_for_decades():
    assert "number" not in problem_kinds(KONFLIKT, "Der Streit um die Brücke von Wendhausen dauert seit 30 Jahren an.")
    assert "number" in problem_kinds(KONFLIKT, "Der Streit um die Brücke von Wendhausen dauert seit 40 Jahren an.")


def test_french_years_for_centuries():
    assert "number" not in problem_kinds(EGLISE, "L'église de Saint-Aubin-les-Prés a été construite il y a 200 ans.")
    assert "number" in problem_kinds(EGLISE, "L'église de Saint-Aubin-les-Prés a été construite il y a 300 ans.")


def test_spanish_years_for_centuries():
    assert "number" not in problem_kinds(PUENTE, "El puente de Villarcayo tiene 200 años de historia, según el ayuntamiento.")
    assert "number" in problem_kinds(PUENTE, "El puente de Villarcayo tiene 250 años de historia, según el ayuntamiento.")


def test_a_span_is_read_as_its_years():
    assert [(s.number, int(s.years)) for s in time_spans("a 20-year wait, three decades, 2,000 years")] == [
        ("20", 20), ("3", 30), ("2000", 2000)
    ]
