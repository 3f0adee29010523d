"""summarizer: short, neutral news summaries whose every line cites the source sentences behind it.

    >>> from pathlib import Path
    >>> from summarizer import render, summarize
    >>> summary = summarize(Path("samples/city-budget.txt"), sentences=2)
    >>> print(render(summary, "text"))

A `str` is always the article's text, never a file name or a URL: files are `pathlib.Path`s,
pages are fetched only by `read_url(url)` (or ``summarize(url=...)``).

Importing this package is cheap: numpy, nltk, torch and transformers load only when needed.
What a plugin author needs is here too: the base types of each registry's components (`Ranker`,
`Backend`, `Checker`, `Evidence`, `Problem`, a renderer is a function) and the registries.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from summarizer._version import __version__
from summarizer.errors import (
    CheckLimitWarning,
    InputError,
    MissingResourceError,
    ModelError,
    OptionsError,
    PluginError,
    SummarizerError,
    UnknownComponentError,
)

if TYPE_CHECKING:
    from summarizer.abstract.backends import Backend, Generated, GenerationRequest
    from summarizer.components import BACKENDS, CHECKERS, RANKERS, RENDERERS, VERIFICATION_RENDERERS
    from summarizer.extract.features import SentenceFeatures
    from summarizer.extract.rankers import Ranker
    from summarizer.models.store import ModelSpec
    from summarizer.options import Length, OptionFields, Options, Settings
    from summarizer.pipeline import Outcome, Summarizer, read_url, summarize
    from summarizer.render.renderers import render
    from summarizer.together.run import summarize_together
    from summarizer.types import Citation, Document, Paragraph, Sentence, Summary, SummaryLine
    from summarizer.verify.checkers import Checker, Evidence
    from summarizer.verify.problems import Problem
    from summarizer.verify.verification import Verification, VerifiedLine, verify

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Each public name's module, imported when the name is first asked for: the pipeline, the checkers
# and the renderers compile hundreds of patterns, which `summarize --help` (and a process that only
# catches our errors) should not pay for.
_LAZY = {
    **dict.fromkeys(("Backend", "Generated", "GenerationRequest"), "summarizer.abstract.backends"),
    **dict.fromkeys(("BACKENDS", "CHECKERS", "RANKERS", "RENDERERS", "VERIFICATION_RENDERERS"), "summarizer.components"),
    "SentenceFeatures": "summarizer.extract.features",
    "Ranker": "summarizer.extract.rankers",
    "ModelSpec": "summarizer.models.store",
    **dict.fromkeys(("Length", "OptionFields", "Options", "Settings"), "summarizer.options"),
    **dict.fromkeys(("Outcome", "Summarizer", "read_url", "summarize"), "summarizer.pipeline"),
    "render": "summarizer.render.renderers",
    "summarize_together": "summarizer.together.run",
    **dict.fromkeys(("Citation", "Document", "Paragraph", "Sentence", "Summary", "SummaryLine"), "summarizer.types"),
    **dict.fromkeys(("Checker", "Evidence"), "summarizer.verify.checkers"),
    "Problem": "summarizer.verify.problems",
    **dict.fromkeys(("Verification", "VerifiedLine", "verify"), "summarizer.verify.verification"),
}
# `summarizer.verify` and `summarizer.render` are the functions, though subpackages (a docstring
# each) have the same names. Importing a package binds it on its parent once, when it is first
# imported: they are imported and unbound here, so that the function, found below on first use,
# is what the name means whatever is imported first.
for _name in ("render", "verify"):
    importlib.import_module(f"summarizer.{_name}")
    del globals()[_name]
del _name


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    # Summarising and checking
    "summarize",
    "summarize_together",
    "Summarizer",
    "Options",
    "Length",
    "Settings",
    "OptionFields",
    "Outcome",
    "verify",
    "read_url",
    "render",
    # What flows between the stages
    "Document",
    "Paragraph",
    "Sentence",
    "Summary",
    "SummaryLine",
    "Citation",
    "Verification",
    "VerifiedLine",
    "Problem",
    # Writing a component: the registries and the types each kind of component works with
    "RANKERS",
    "BACKENDS",
    "CHECKERS",
    "RENDERERS",
    "VERIFICATION_RENDERERS",
    "Ranker",
    "SentenceFeatures",
    "Backend",
    "GenerationRequest",
    "Generated",
    "ModelSpec",
    "Checker",
    "Evidence",
    # Errors
    "SummarizerError",
    "InputError",
    "MissingResourceError",
    "ModelError",
    "OptionsError",
    "PluginError",
    "UnknownComponentError",
    # Warnings
    "CheckLimitWarning",
    "__version__",
]
