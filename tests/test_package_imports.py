"""Importing the package and asking for help stay cheap: no torch, transformers or numpy."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("torch", "transformers", "numpy", "nltk", "llama_cpp")


def loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_package_import_leaves_heavy_libraries_unloaded() -> None:
    modules = loaded_after("import summarizer")
    assert not [name for name in HEAVY if name in modules]


def test_package_cli_help_leaves_heavy_libraries_unloaded() -> None:
    code = (
        "from summarizer.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='summarize')\nexcept SystemExit:\n    pass"
    )
    modules = loaded_after(code)
    assert not [name for name in HEAVY if name in modules]


def test_package_all_is_curated() -> None:
    import summarizer

    for name in summarizer.__all__:
        assert hasattr(summarizer, name), name
    assert "summarize" in summarizer.__all__ and "Summarizer" in summarizer.__all__
