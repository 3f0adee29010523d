"""A French verb that negates before its infinitive's marker ("a refusé de ...") negates also when
the marker is elided onto the infinitive ("a refusé d'avancer"): a line that says it with "sans"
is no added negation; a source that negates nothing still makes "sans" one (sentences written
for this test)."""

from summarizer import verify

SOURCE = "Le directeur du port a confirmé des négociations avec l'armateur, mais a refusé d'avancer une date."


def _negations(source: str, line: str) -> list[str]:
    result = verify(source, [line], checker_settings={"parser": "off"})
    return [p.message for p in result.problems if p.kind == "negation"]


def test_lang_negative_infinitive_elided_marker_negates():
    line = "Le directeur du port a confirmé des négociations avec l'armateur, sans avancer de date."
    assert _negations(SOURCE, line) == []


def test_lang_negative_infinitive_elided_without_negating_source_is_caught():
    source = "Le directeur du port a confirmé des négociations avec l'armateur et a annoncé une date."
    line = "Le directeur du port a confirmé des négociations avec l'armateur, sans annoncer de date."
    assert _negations(source, line), "“sans” against a source that negates nothing"
