"""A French claim whose sentence puts its speaker after the verb ("..., a annoncé la société
Ventora") given by the line to another party that speaks in the article ("L'Autorité régionale des transports a annoncé
..."), where the line glues a clause of the next sentence to the claim and writes a name with an
elided article ("d'Elara-2"): the saying verb's own clause is matched, and the party is told by
its capitalised words (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "La mise en service du tramway Elara-2 a été repoussée mardi à la dernière minute, a annoncé l'exploitant Ventora. "
    "Les essais ont été arrêtés à 300 mètres du terminus après une panne de freinage. "
    "L'Autorité régionale des transports, qui a financé la ligne avec la société Brelot, s'est dite déçue mais patiente."
)


def test_claimants_claim_given_to_another_speaker_is_caught() -> None:
    line = "L'Autorité régionale des transports a annoncé mardi le report de la mise en service d'Elara-2, arrêtée à 300 mètres du terminus."
    assert "attribution" in problem_kinds(ARTICLE, line)


def test_claimants_claim_given_to_its_speaker_passes() -> None:
    line = "L'exploitant Ventora a annoncé mardi le report de la mise en service d'Elara-2, arrêtée à 300 mètres du terminus."
    assert "attribution" not in problem_kinds(ARTICLE, line)
