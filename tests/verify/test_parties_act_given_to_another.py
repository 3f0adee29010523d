"""An act that the source gives to one named party, copied with another party of the same
article put before it ("The harbour police have ordered Tidewell to stop dredging" where the
Marine Management Board did). Sentences written for this test, in English, German and French."""

from checking import problem_kinds as _kinds

EN = (
    "A dredging barge sank in Tidewell harbour on Monday, spilling diesel into the water, according to the harbour police. "
    "The Marine Management Board, which licenses the work, has ordered Tidewell Dredging to stop work until its engineers "
    "have inspected the barge. "
    "The company, Tidewell Dredging, said the spill was small."
)
DE = (
    "Die Bibliothek von Ebersfeld bleibt bis Ende Juni geschlossen, teilte die Stadt mit. "
    "Der Freundeskreis Stadtbücherei Ebersfeld wirft dem Bauamt vor, die Feuchtigkeit im Keller zu lange übersehen zu haben. "
    "Der Heimatverein, der das Archiv im Keller lagert, will seine Akten in ein Lager bringen."
)
FR = (
    "Un incendie a détruit un hangar agricole à Vézac dans la nuit de samedi, a indiqué la gendarmerie. "
    "L'association Terres Paysannes a rappelé que le hangar ne disposait pas d'extincteurs. "
    "Selon la mairie, les dégâts dépassent 200 000 euros."
)


def test_another_party_of_the_article_given_the_act_is_caught():
    line = "The harbour police have ordered Tidewell Dredging to stop work until the barge has been inspected."
    assert "relation" in _kinds(EN, line)


def test_the_party_itself_or_a_description_beside_its_name_passes():
    assert "relation" not in _kinds(EN, "The Marine Management Board has ordered Tidewell Dredging to stop work until its engineers have inspected the barge.")
    assert "relation" not in _kinds(EN, "The company, Tidewell Dredging, said the spill was small.")
    assert "relation" not in _kinds(EN, "The board has ordered Tidewell Dredging to stop work until its engineers have inspected the barge.")


def test_a_german_club_given_another_clubs_reproach_is_caught():
    line = "Der Heimatverein wirft dem Bauamt vor, die Feuchtigkeit im Keller zu lange übersehen zu haben."
    assert "relation" in _kinds(DE, line)


def test_a_french_body_given_an_associations_reminder_is_caught():
    line = "La gendarmerie a rappelé que le hangar ne disposait pas d'extincteurs."
    assert "relation" in _kinds(FR, line)


def test_a_person_described_otherwise_passes():
    article = (
        "Maren Holt, 34, a mother of two from Dunmore, has swum the North Channel in 14 hours. "
        "The swimmer, who trained for three years, raised £12,000 for a hospice in the town. "
        "Her coach, Liam Tully, said she had swum through jellyfish for the last hour."
    )
    assert "relation" not in _kinds(article, "The 34-year-old raised £12,000 for a hospice in the town.")
