"""What a library user or plugin author needs is importable from `summarizer` itself, typed."""

from __future__ import annotations

import sys
from pathlib import Path

import summarizer

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_AUTHOR_NAMES = (
    "Outcome", "Ranker", "SentenceFeatures", "Backend", "GenerationRequest", "Generated", "ModelSpec", "Checker",
    "Evidence", "Problem", "Settings", "render", "RANKERS", "BACKENDS", "CHECKERS", "RENDERERS",
    "VERIFICATION_RENDERERS", "PluginError",
)


def test_public_api_exports_what_plugin_authors_need() -> None:
    for name in PLUGIN_AUTHOR_NAMES:
        assert name in summarizer.__all__, name
        assert getattr(summarizer, name) is not None
    assert len(set(summarizer.__all__)) == len(summarizer.__all__)


def test_public_api_is_typed_and_ships_its_marker() -> None:
    assert (Path(summarizer.__file__).parent / "py.typed").is_file()
    if sys.version_info >= (3, 11):
        import tomllib

        data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        assert "py.typed" in data["tool"]["setuptools"]["package-data"]["summarizer"]


def test_types_module_stays_the_bottom_layer() -> None:
    import ast

    tree = ast.parse((ROOT / "summarizer" / "types.py").read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    ours = [n for n in top_level if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("summarizer")]
    assert not ours, [n.module for n in ours]

