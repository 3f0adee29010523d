"""An adjective swapped for its opposite on the same noun, in sentences written for this test:
"unusually low" where the source says "unusually high", Spanish "por encima" for "por debajo".
The source's own word still passes."""

from summarizer import verify

WEATHER = "Reservoir levels fell sharply in August 2021, when rainfall across the Tessel valley was unusually low."
STAFF = "El comité de empresa denunció que la plantilla del almacén lleva meses por debajo del mínimo pactado."


def _problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems]


def test_high_for_low_is_a_substitution():
    line = "Reservoir levels fell sharply in August 2021, when rainfall across the Tessel valley was unusually high."
    assert any("“high” where its source has “low”" in m for m in _problems(WEATHER, line))


def test_above_for_below_in_spanish_is_a_substitution():
    line = "Según el comité de empresa, la plantilla del almacén lleva meses por encima del mínimo pactado."
    assert any("“encima” where its source has “debajo”" in m for m in _problems(STAFF, line))


def test_the_source_s_own_word_still_passes():
    assert _problems(WEATHER, "Reservoir levels fell sharply in August 2021, when rainfall in the Tessel valley was unusually low.") == []
    assert _problems(STAFF, "Según el comité de empresa, la plantilla del almacén lleva meses por debajo del mínimo pactado.") == []
