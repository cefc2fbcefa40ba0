"""The library's exception tree: one base class, translated to messages only at the edges."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(SummarizerError):
    """The reports given cannot be read or hold no usable text."""


class NoTextError(InputError):
    """The reports were read but no sentence survived cleaning."""


class OptionsError(SummarizerError):
    """An option has a value outside its allowed range."""


class TooLargeError(InputError):
    """The input exceeds a documented size limit."""
