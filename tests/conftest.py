from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# A plugin package (tests/plugin_pkg) "installed" for the whole session, as pip would: its folder,
# holding the package and its .dist-info with entry points, is on sys.path before any test runs,
# so every registry finds its ranker, backend, checker and renderers.
PLUGIN_DIR = Path(__file__).resolve().parent / "plugin_pkg"
BROKEN_PLUGIN_DIR = Path(__file__).resolve().parent / "plugin_broken"
sys.path.insert(0, str(PLUGIN_DIR))


@pytest.fixture(scope="session", autouse=True)
def prompt_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """llama.cpp's saved prompt prefixes go to a folder of the test session's own, never the
    user's cache (subprocesses inherit the variable)."""
    folder = tmp_path_factory.mktemp("prompt-cache")
    previous = os.environ.get("SUMMARIZER_PROMPT_CACHE")
    os.environ["SUMMARIZER_PROMPT_CACHE"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("SUMMARIZER_PROMPT_CACHE", None)
    else:
        os.environ["SUMMARIZER_PROMPT_CACHE"] = previous


def plugin_environment(*folders: Path) -> dict[str, str]:
    """The environment for a `summarize` subprocess that sees the test plugin (and `folders`)."""
    paths = [str(PLUGIN_DIR), *map(str, folders), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", default=False, help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def sample_paths() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md"} and p.name != "README.md")


@pytest.fixture(scope="session")
def tiny_t5_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("transformers")
    from tiny_models import build_tiny_t5

    return build_tiny_t5(tmp_path_factory.mktemp("tiny-t5"))


@pytest.fixture(scope="session")
def tiny_causal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("transformers")
    from tiny_models import build_tiny_causal

    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix in {".txt", ".md"}]
    return build_tiny_causal(tmp_path_factory.mktemp("tiny-causal"), corpus)


@pytest.fixture
def plugin_env() -> dict[str, str]:
    """Environment for a `summarize` subprocess that sees the test plugin."""
    return plugin_environment()


@pytest.fixture
def broken_plugin_env() -> dict[str, str]:
    """The same, plus a plugin whose ranker's module is missing."""
    return plugin_environment(BROKEN_PLUGIN_DIR)
