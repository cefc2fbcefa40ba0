"""Merged briefs of several news reports of one event, with attribution and outlet-only details.

>>> from summarizer import summarize, Options
>>> summary = summarize(["Text of one report.", "Text of another."], Options(sentences=3))  # doctest: +SKIP
"""

import logging

from .errors import InputError, NoTextError, OptionsError, SummarizerError, TooLargeError
from .models import Report, Summary
from .options import Options, build_options
from .pipeline import summarize
from .render import to_dict

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

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
