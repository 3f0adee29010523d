"""The source's doer moved behind its own verb and another party of the article put before it
(verify/swaps.py `swapped_doer_problems`; issue 18, reversal "el Valdemora rechazó dos ofertas del
Puerto Salinas" where the Puerto Salinas rejected them). Sentences written for this test."""

from summarizer import verify

ARTICLE = (
    "El Deportivo Brezal ha fichado al defensa argentino Tomás Ledo, de 27 años, procedente del Rayo Ventisca. "
    "Según la prensa local, el Rayo Ventisca rechazó tres propuestas anteriores antes de aceptar la cuarta."
)


def _messages(line: str) -> list[str]:
    return [p.message for checked in verify(ARTICLE, [line], checker_settings={"parser": "off"}).lines for p in checked.problems]


def test_the_doer_put_behind_its_verb_under_another_party_is_a_reversal() -> None:
    line = "Según la prensa local, el Deportivo Brezal rechazó tres propuestas anteriores del Rayo Ventisca."
    assert any(m.startswith("relation reversed") for m in _messages(line))


def test_the_sources_doer_before_its_verb_passes() -> None:
    line = "Según la prensa local, el Rayo Ventisca rechazó tres propuestas anteriores del Deportivo Brezal."
    assert not any(m.startswith("relation reversed") for m in _messages(line))


def test_a_word_capitalised_only_as_the_lines_first_is_no_party() -> None:
    line = "Rechazadas tres propuestas anteriores, el Rayo Ventisca aceptó la cuarta."
    assert not any(m.startswith("relation reversed") for m in _messages(line))


def test_the_sources_doer_in_a_later_sentence_of_the_line_is_not_moved() -> None:
    line = "El Deportivo Brezal rechazó tres propuestas anteriores. Al final cerró el acuerdo con el Rayo Ventisca."
    assert not any(m.startswith("relation reversed: the line has Deportivo") for m in _messages(line))
