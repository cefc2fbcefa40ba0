"""Merged briefs of several news reports of one event, with attribution and outlet-only details.

>>> from summarizer import summarize, Options
>>> summary = summarize(["Text of one report.", "Text of another."], Options(sentences=3))  # doctest: +SKIP

The heavy names (summarize pulls in scikit-learn and sumy) are imported on first use, so that
`summarizer --version` and `--help` answer without loading them.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from .errors import InputError, NoTextError, OptionsError, SummarizerError, TooLargeError

if TYPE_CHECKING:
    from .models import Report, Summary
    from .options import Options, build_options
    from .pipeline import summarize
    from .render import to_dict

__version__ = "0.1.0"  # the one version source: pyproject.toml reads it (tool.setuptools.dynamic)

logging.getLogger(__name__).addHandler(logging.NullHandler())

_LAZY = {
    "Report": "models",
    "Summary": "models",
    "Options": "options",
    "build_options": "options",
    "summarize": "pipeline",
    "to_dict": "render",
}

__all__ = [
    "InputError",
    "NoTextError",
    "Options",
    "OptionsError",
    "Report",
    "Summary",
    "SummarizerError",
    "TooLargeError",
    "build_options",
    "summarize",
    "to_dict",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
