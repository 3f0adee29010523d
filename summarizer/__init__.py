"""summarizer: short, neutral news summaries whose every line cites the source sentences behind it.

    >>> from pathlib import Path
    >>> from summarizer import summarize
    >>> summary = summarize(Path("samples/city-budget.txt"), sentences=2)
    >>> print(summary)

A `str` is always the article's text, never a file name or a URL: files are `pathlib.Path`s,
pages are fetched only by `read_url(url)` (or ``summarize(url=...)``).

Importing this package is cheap: numpy, nltk, torch and transformers load only when needed.
"""

from __future__ import annotations

import logging

from summarizer._version import __version__
from summarizer.errors import (
    InputError,
    MissingResourceError,
    ModelError,
    OptionsError,
    SummarizerError,
    UnknownComponentError,
)
from summarizer.options import Length, Options
from summarizer.pipeline import Summarizer, read_url, summarize
from summarizer.together.run import summarize_together
from summarizer.types import Citation, Document, Paragraph, Sentence, Summary, SummaryLine
from summarizer.verify.problems import Problem
from summarizer.verify.verification import Verification, VerifiedLine, verify

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Citation",
    "Document",
    "InputError",
    "Length",
    "MissingResourceError",
    "ModelError",
    "Options",
    "OptionsError",
    "Problem",
    "Paragraph",
    "Sentence",
    "Summarizer",
    "Summary",
    "SummaryLine",
    "SummarizerError",
    "UnknownComponentError",
    "Verification",
    "VerifiedLine",
    "__version__",
    "read_url",
    "summarize",
    "summarize_together",
    "verify",
]
