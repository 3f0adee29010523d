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


def test_package_help_loads_no_pipeline_or_checker() -> None:
    # The README promises `summarize --help` in about 0.05 s; `summarizer/__init__` importing the
    # pipeline, the checkers and the renderers for every process made it about 0.17 s of CPU (2.5x
    # b3fa91d's). Help and `import summarizer` now leave them to the first use of a name.
    code = (
        "from summarizer.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='summarize')\nexcept SystemExit:\n    pass"
    )
    for modules in (loaded_after(code), loaded_after("import summarizer")):
        assert not {"summarizer.pipeline", "summarizer.verify.literal", "summarizer.verify.verification", "summarizer.render.renderers"} & modules


def test_package_names_load_on_first_use_and_are_the_modules_own() -> None:
    probe = (
        "import sys, summarizer\n"
        "from summarizer.verify.verification import verify\n"
        "from summarizer.render.renderers import render\n"
        "from summarizer.pipeline import Summarizer\n"
        "print(summarizer.Summarizer is Summarizer, summarizer.verify is verify, summarizer.render is render,\n"
        "      summarizer.Document is sys.modules['summarizer.types'].Document, set(summarizer.__all__) <= set(dir(summarizer)))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True"] * 5
