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


def test_together_over_the_model_limit_counts_sources_not_sections():
    # More sources than a model summarises at once, and no merging needed (a line per source):
    # the note that the model wrote nothing counted "40 sections" where the user gave 40 sources.
    from summarizer.long.merge import MAX_MODEL_UNITS

    count = MAX_MODEL_UNITS + 8
    sources = [
        f"Bridge {k} in the valley was closed on Monday. Engineers found a crack in bridge {k}. It will reopen in {k + 2} weeks."
        for k in range(count)
    ]
    summarizer = Summarizer(mode="abstractive", sentences=count)
    summarizer.abstractive.attach(ScriptedBackend(lambda text: text.split(". ")[0] + "."), "scripted")
    summary = summarize_together(sources, summarizer)
    told = [w for w in summary.warnings if w.startswith("the model wrote no line")]
    assert told == [f"the model wrote no line: the {count} sources were over the {MAX_MODEL_UNITS} it summarises at once, and needed no merging"], summary.warnings
