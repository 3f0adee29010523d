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


def test_package_help_loads_no_url_or_page_reading() -> None:
    code = (
        "from summarizer.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='summarize')\nexcept SystemExit:\n    pass"
    )
    modules = loaded_after(code)
    assert not {"summarizer.read.fetch", "summarizer.read.html", "urllib.request", "ssl"} & modules


def test_package_verify_stays_the_function_whatever_is_imported_first() -> None:
    # The subpackage summarizer.verify shares the function's name; a lazy import would let it win.
    probe = "import summarizer.verify.literal\nimport summarizer\nprint(callable(summarizer.verify))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
