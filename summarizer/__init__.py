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

import logging
from typing import TYPE_CHECKING, Any

from summarizer._version import __version__
from summarizer.abstract.backends import Backend, Generated, GenerationRequest
from summarizer.components import BACKENDS, CHECKERS, RANKERS, RENDERERS, VERIFICATION_RENDERERS
from summarizer.errors import (
    InputError,
    MissingResourceError,
    ModelError,
    OptionsError,
    PluginError,
    SummarizerError,
    UnknownComponentError,
)
from summarizer.models.store import ModelSpec
from summarizer.options import Length, OptionFields, Options, Settings
from summarizer.pipeline import Outcome, Summarizer, read_url, summarize
from summarizer.render.renderers import render
from summarizer.together.run import summarize_together
from summarizer.types import Citation, Document, Paragraph, Sentence, Summary, SummaryLine
from summarizer.verify.checkers import Checker, Evidence
from summarizer.verify.problems import Problem
from summarizer.verify.verification import Verification, VerifiedLine, verify

if TYPE_CHECKING:
    from summarizer.extract.features import SentenceFeatures
    from summarizer.extract.rankers import Ranker

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Names whose modules load numpy: imported when first asked for, so `import summarizer` stays cheap.
_LAZY = {
    "Ranker": "summarizer.extract.rankers",
    "SentenceFeatures": "summarizer.extract.features",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


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
    "__version__",
]
