"""Round-9 shape, in sentences written for this test: a line that takes over a whole quotation of
its source (three words or more) word for word, without its marks or its speaker, states someone's
words as fact, however much else the line says."""

from checking import problem_kinds as _kinds

PORT = (
    "Fishing crews at Kilbrannan said the new quota rules were forcing boats to stay in harbour. "
    "Skipper Moira Dunn warned that many small crews on the west coast \"cannot even cover fuel costs\" at current prices."
)
ES = (
    "Los pescadores de Burela protestaron el viernes por las nuevas cuotas. "
    "El patrón Iago Vilar advirtió de que muchas tripulaciones pequeñas de la costa \"no pagan ni el gasóleo\" con estas cuotas."
)


def test_a_whole_quote_unmarked_is_stated_as_fact():
    assert "hedge" in _kinds(PORT, "At current prices, many small crews on the west coast cannot even cover fuel costs.")


def test_the_quote_given_to_its_speaker_passes():
    line = "Moira Dunn warned that many small crews on the west coast \"cannot even cover fuel costs\" at current prices."
    assert _kinds(PORT, line) == []


def test_a_whole_spanish_quote_unmarked_is_stated_as_fact():
    assert "hedge" in _kinds(ES, "Con estas cuotas, muchas tripulaciones pequeñas de la costa no pagan ni el gasóleo.")
