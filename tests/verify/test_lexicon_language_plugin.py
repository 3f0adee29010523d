"""A language added by another package, in one file, through the `summarizer.languages`
entry-point group: its words reach every stage, the verify stage's checks included."""

from __future__ import annotations

import importlib.metadata
import textwrap

import pytest

import summarizer.lang as lang
from summarizer import summarize, verify
from summarizer.verify.lexicon import lexicon

# A made-up Catalan news story, written for this test.
ARTICLE = (
    "El nou pont de Vilamar\n\n"
    "L'ajuntament de Vilamar no obrirà el nou pont aquest estiu. "
    "L'alcaldessa Marta Puig va dir que les obres possiblement acabaran a l'octubre. "
    "El cost del projecte ha pujat fins als 12 milions d'euros. "
    "El Reus va vèncer el Girona diumenge a l'estadi del port. "
    "Els veïns del barri vell esperen el pont des de fa anys."
)

PLUGIN = '''
from summarizer.lang import Language, words

LANGUAGE = Language(
    "ca",
    "catalan",
    abbreviations=words("sr sra dr mn"),
    negations=words("no mai ningú res cap"),
    hedges=words("possiblement potser probablement podria"),
    saying_words=words("dir va digué afirmà explicà segons"),
    titles=words("sr sra dr alcaldessa alcalde"),
    opposites=("pujat pujar | baixat baixar",),
    relation_checks=True,
)
'''


@pytest.fixture
def catalan(tmp_path, monkeypatch):
    """Catalan as another package would add it: a module of its own named by an entry point."""
    from summarizer import components
    from summarizer.registry import Registry

    (tmp_path / "catalan_words.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    entry = importlib.metadata.EntryPoint("ca", "catalan_words:LANGUAGE", components.LANGUAGE_ENTRY_POINTS)
    real = importlib.metadata.entry_points
    monkeypatch.setattr(
        importlib.metadata, "entry_points",
        lambda **kwargs: [entry] if kwargs.get("group") == components.LANGUAGE_ENTRY_POINTS else real(**kwargs),
    )
    registry = Registry("language", components.LANGUAGE_ENTRY_POINTS)
    for code, path in components.LANGUAGES.paths().items():
        if not components.LANGUAGES.is_plugin(code):
            registry.add(code, path, f"summarizer/lang/{code}.py")
    monkeypatch.setattr(components, "LANGUAGES", registry)
    lang.get.cache_clear()
    lexicon.cache_clear()
    yield
    lang.get.cache_clear()
    lexicon.cache_clear()


def _problems(line: str) -> list[str]:
    return [p.kind for checked in verify(ARTICLE, line, language="ca").lines for p in checked.problems]


def test_plugin_language_is_found_by_its_entry_point(catalan) -> None:
    info = lang.get("catalan")
    assert info.code == "ca" and not info.universal and "possiblement" in info.hedges
    assert lang.resolve("ca") == "ca" and "ca" in lang.with_rules()


def test_plugin_language_is_segmented_and_summarised(catalan) -> None:
    summary = summarize(ARTICLE, language="ca", sentences=2)
    assert summary.document.language == "catalan"
    assert len(summary.document.sentences) == 5  # "L'alcaldessa Marta Puig va dir" stays one sentence
    assert len(summary.lines) == 2 and all(line.citations for line in summary.lines)


def test_plugin_language_words_reach_the_checks(catalan) -> None:
    assert _problems("L'alcaldessa Marta Puig va dir que les obres possiblement acabaran a l'octubre.") == []
    assert "negation" in _problems("L'ajuntament de Vilamar obrirà el nou pont aquest estiu.")
    assert "hedge" in _problems("Les obres acabaran a l'octubre.")
    assert "substitution" in _problems("El cost del projecte ha baixat fins als 12 milions d'euros.")
    assert "relation" in _problems("El Girona va vèncer el Reus diumenge a l'estadi del port.")


def test_without_the_plugin_catalan_has_none_of_these_words() -> None:
    info = lang.get("catalan")
    assert info.universal and not info.negations and not lexicon("catalan").relation_checks
