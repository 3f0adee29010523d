"""The conditional of an unconfirmed claim in French and Spanish news ("le maire démissionnerait",
"estaría dispuesta a ofrecer") stated as certain, in sentences written for this test. The line that
keeps the conditional passes, and so does the conditional of reported speech ("dijo que ...
dimitiría", the future as seen from the past). English has no conditional ending: its "would" is
a word of its own; German's "soll" and "dürfte" are hedge words of its module already."""

import pytest

from summarizer import verify

CASES = [
    (
        "Selon la presse locale, le maire de Valbourg démissionnerait avant la fin du mois de mars.",
        "Le maire de Valbourg démissionnera avant la fin du mois de mars.",
        "Selon la presse locale, le maire de Valbourg démissionnerait avant la fin de mars.",
    ),
    (
        "Según fuentes del partido, la candidata Lorca estaría dispuesta a ofrecer a los ecologistas la consejería de Agua.",
        "La candidata Lorca ofrecerá a los ecologistas la consejería de Agua.",
        "Según fuentes del partido, la candidata Lorca estaría dispuesta a ofrecer a los ecologistas la consejería de Agua.",
    ),
]


def _problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems]


@pytest.mark.parametrize("article, line, _", CASES)
def test_a_conditional_claim_stated_as_certain_drops_its_hedge(article: str, line: str, _: str) -> None:
    assert any(m.startswith("hedge dropped") for m in _problems(article, line))


@pytest.mark.parametrize("article, _, kept", CASES)
def test_the_line_that_keeps_the_conditional_passes(article: str, _: str, kept: str) -> None:
    assert _problems(article, kept) == []


def test_the_conditional_of_reported_speech_is_no_hedge() -> None:
    article = "El portavoz municipal dijo que el alcalde de Valdeluz dimitiría antes de finales de marzo."
    line = "El portavoz municipal dijo que el alcalde de Valdeluz dimitirá antes de finales de marzo."
    assert not any(m.startswith("hedge dropped") for m in _problems(article, line))
