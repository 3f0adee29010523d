"""With `--together` and a model, what the model and the guard did in each source was told as
"section 1: ...", "section 2: ...", though the user gave sources, not sections: it names the
source ("source 2: ..."), and the sentence it names is that source's ("2:1" is "source sentence 1")."""

from __future__ import annotations

from summarizer import Summarizer
from summarizer.together.run import summarize_together

from fake_backends import ScriptedBackend
from story_samples import BRIDGE_A, BRIDGE_B


def _invents_a_figure(text: str) -> str:
    return "The bridge was closed after 9,999 people were hurt. " + text.split(". ")[0] + "."


def test_together_notes_name_the_source_not_a_section():
    summarizer = Summarizer(mode="abstractive", sentences=2)
    summarizer.abstractive.attach(ScriptedBackend(_invents_a_figure), "scripted")
    summary = summarize_together([BRIDGE_A, BRIDGE_B], summarizer)
    told = [w for w in summary.warnings if "guard replaced" in w]
    assert [w.split(":")[0] for w in told] == ["source 1", "source 2"], summary.warnings
    assert not any(w.startswith("section ") for w in summary.warnings), summary.warnings
    # The replacement's sentence is numbered as in its source, as the line's citation labels it.
    for number, warning in enumerate(told, start=1):
        said = int(warning.rsplit("with source sentence ", 1)[1])
        replaced = [c.label for line in summary.lines if line.origin == "replaced" for c in line.citations]
        assert f"{number}:{said}" in replaced, (warning, replaced)
