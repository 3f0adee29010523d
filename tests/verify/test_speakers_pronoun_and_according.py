"""Who said it, in German, French and Spanish sentences written for this test:
- a speaker who speaks elsewhere through a pronoun in the next sentence ("Er sagte, ...") is a
  party of the article, and words of another given to them are caught (verify/claimants.py);
- a report the source gives to "Sie" after naming the line's speaker passes (verify/swaps.py);
- after "selon"/"según" the speaker follows: a claim given to another body the article names is
  caught, the body named where its source describes it passes."""

from checking import problem_kinds

STRASSE = (
    "Der Naturschutzbund kritisierte den Ausbau der Landstraße. "
    "Dessen Sprecherin Anna Roth sagte, für die Straße müssten rund 200 alte Bäume gefällt werden. "
    "Bürgermeister Klaus Imhof wies die Kritik zurück. "
    "Er sagte, die Stadt habe genug Ersatzpflanzungen geplant."
)
PEGEL = (
    "Nach tagelangem Regen ist die Lauter über die Ufer getreten. "
    "Bürgermeisterin Eva Lind sprach von einem schweren Tag für die Stadt. "
    "Sie sagte, das Wasser sei in der Nacht um zwei Meter gestiegen."
)
MINE = (
    "La mine de Saint-Brès a fermé vendredi. "
    "Selon l'exploitant, la société Minéra, la remise en état du site coûtera environ 30 millions d'euros. "
    "La préfecture étudie un projet de parc solaire sur le terrain."
)
MINA = (
    "La mina de Riosa cerró el viernes. "
    "Según los geólogos, la restauración del terreno costará unos 30 millones de euros. "
    "Los ecologistas piden instalar placas solares en la zona."
)


def test_words_given_to_a_speaker_who_speaks_through_a_pronoun_elsewhere_are_caught():
    assert "attribution" in problem_kinds(STRASSE, "Bürgermeister Klaus Imhof sagte, für die Straße müssten rund 200 alte Bäume gefällt werden.")


def test_words_given_to_their_own_speaker_pass():
    assert "attribution" not in problem_kinds(STRASSE, "Anna Roth sagte, für die Straße müssten rund 200 alte Bäume gefällt werden.")


def test_a_report_the_source_gives_to_a_pronoun_after_the_speaker_passes():
    assert "attribution" not in problem_kinds(PEGEL, "Bürgermeisterin Eva Lind zufolge stieg das Wasser in der Nacht um zwei Meter.")


def test_a_claim_given_to_another_body_after_according_is_caught():
    assert "attribution" in problem_kinds(MINE, "La remise en état du site coûtera environ 30 millions d'euros, selon la préfecture.")
    assert "attribution" in problem_kinds(MINA, "La restauración del terreno costará unos 30 millones de euros, según los ecologistas.")


def test_the_claims_own_speaker_or_its_name_after_according_passes():
    assert "attribution" not in problem_kinds(MINE, "Selon l'exploitant, la remise en état du site coûtera environ 30 millions d'euros.")
    assert "attribution" not in problem_kinds(MINE, "Selon Minéra, la remise en état du site coûtera environ 30 millions d'euros.")
    assert "attribution" not in problem_kinds(MINA, "Según los geólogos, la restauración del terreno costará unos 30 millones de euros.")
