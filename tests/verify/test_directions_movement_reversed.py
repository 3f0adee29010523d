"""A movement told the other way round (sentences written for this test): the line moves a thing
from one place or holder into another where its sources have it come from the second. The same
movement told the source's way passes, and so does a place its sources give both roles."""

from checking import problem_kinds

FUND = (
    "A former treasurer of the Dunmere rowing club was jailed for diverting £80,000 from the club's repair fund. "
    "Prosecutors said he had moved the money through two companies registered in Jersey."
)
TEAM = "The striker Ilan Brody moved from Kestrel Athletic into the Harwood squad last summer."
KASSE = "Der Kassenwart zweigte 80.000 Euro aus der Vereinskasse ab und schob das Geld in zwei Briefkastenfirmen auf Jersey."
USINE = "Les 40 salariés seront transférés depuis l'usine de Vierzon vers le site de Bourges en janvier."
PLANTA = "Los 40 trabajadores serán trasladados desde la planta de Linares hacia la fábrica de Jaén en enero."
SHUTTLE = "Boats run from the harbour into the bay each morning and from the bay into the harbour at night."


def test_a_movement_told_the_other_way_round_is_caught():
    assert "relation" in problem_kinds(FUND, "The treasurer moved £80,000 from two Jersey companies into the club's repair fund.")
    assert "relation" in problem_kinds(TEAM, "Ilan Brody moved into Kestrel Athletic from the Harwood squad last summer.")


def test_a_movement_reversed_in_german_french_spanish_is_caught():
    assert "relation" in problem_kinds(KASSE, "Der Kassenwart schob 80.000 Euro aus zwei Briefkastenfirmen in die Vereinskasse.")
    assert "relation" in problem_kinds(USINE, "Les 40 salariés seront transférés depuis le site de Bourges vers l'usine de Vierzon.")
    assert "relation" in problem_kinds(PLANTA, "Los 40 trabajadores serán trasladados desde la fábrica de Jaén hacia la planta de Linares.")


def test_the_movement_told_the_sources_way_passes():
    assert "relation" not in problem_kinds(FUND, "The treasurer moved £80,000 from the club's repair fund into two Jersey companies.")
    assert "relation" not in problem_kinds(TEAM, "Ilan Brody moved from Kestrel Athletic into the Harwood squad last summer.")
    assert "relation" not in problem_kinds(KASSE, "Der Kassenwart schob 80.000 Euro aus der Vereinskasse in zwei Briefkastenfirmen.")
    assert "relation" not in problem_kinds(USINE, "Les 40 salariés seront transférés depuis l'usine de Vierzon vers le site de Bourges.")
    assert "relation" not in problem_kinds(PLANTA, "Los 40 trabajadores serán trasladados desde la planta de Linares hacia la fábrica de Jaén.")


def test_a_place_the_sources_give_both_roles_passes():
    assert "relation" not in problem_kinds(SHUTTLE, "Boats run from the bay into the harbour each morning.")
