"""Two parties exchanged around verbs of one kind of act, read from word order alone (parser off):
"the port authority has accused Tallow Lines" from "Tallow Lines has blamed the port authority",
"called on X" from "X asked" (issue 18, reversal). The same order passes, and "called" without
"on" is no request. Sentences written for this test."""

from __future__ import annotations

import pytest

from summarizer.verify.verification import make_checker, verify

REPROACH = "The ferry operator, Tallow Lines, has blamed the port authority for the delays to the evening crossings."
REQUEST = "Rowing club chair Marta Quill has asked the Harbour Trust to dredge the channel before the regatta."


def _messages(article: str, line: str) -> list[str]:
    checker = make_checker("default", parser="off")
    return [p.message for checked in verify(article, [line], checker=checker).lines for p in checked.problems]


@pytest.mark.parametrize("article, line", [
    (REPROACH, "The port authority has accused Tallow Lines of causing the delays to the evening crossings."),
    (REQUEST, "The Harbour Trust has called on Marta Quill to dredge the channel before the regatta."),
])
def test_parties_exchanged_around_verbs_of_one_kind_are_reversed(article: str, line: str) -> None:
    assert any(m.startswith("relation reversed") for m in _messages(article, line))


@pytest.mark.parametrize("article, line", [
    (REPROACH, "Tallow Lines has accused the port authority of causing the delays to the evening crossings."),
    (REQUEST, "Marta Quill has called on the Harbour Trust to dredge the channel before the regatta."),
    (REQUEST, "The Harbour Trust called Marta Quill's request reasonable and said it would dredge the channel."),
])
def test_the_same_order_or_another_sense_passes(article: str, line: str) -> None:
    assert not any(m.startswith("relation reversed") for m in _messages(article, line))


ACCUSE_FR = "Le syndicat des guides a accusé la mairie de Vallorce d'avoir ignoré les alertes de l'hiver dernier."
BLAME_ES = "La asociación de vecinos criticó al Ayuntamiento de Olmeda por ignorar las quejas del verano."


@pytest.mark.parametrize("article, line", [
    (ACCUSE_FR, "La mairie de Vallorce a critiqué le syndicat des guides pour avoir ignoré les alertes de l'hiver dernier."),
    (BLAME_ES, "El Ayuntamiento de Olmeda censuró a la asociación de vecinos por ignorar las quejas del verano."),
])
def test_french_and_spanish_kinds_of_act_are_read_too(article: str, line: str) -> None:
    assert any(m.startswith("relation reversed") for m in _messages(article, line))


@pytest.mark.parametrize("article, line", [
    (ACCUSE_FR, "Le syndicat des guides a critiqué la mairie de Vallorce pour avoir ignoré les alertes de l'hiver dernier."),
    (BLAME_ES, "La asociación de vecinos censuró al Ayuntamiento de Olmeda por ignorar las quejas del verano."),
])
def test_french_and_spanish_same_order_passes(article: str, line: str) -> None:
    assert not any(m.startswith("relation reversed") for m in _messages(article, line))
