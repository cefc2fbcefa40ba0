"""The one options object, validated once, built alike from CLI arguments or a JSON body."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from .errors import OptionsError
from .language import SUPPORTED

DEFAULT_SENTENCES = 7
DEFAULT_UNIQUE = 3
LANGUAGES = ("auto", *SUPPORTED)
# The scoring methods, in the order of score.METHODS (a test keeps the two equal); named here so that the
# CLI's --help and the option checks do not import scikit-learn and sumy.
METHODS = (
    "tfidf", "submodular", "concepts", "lead", "centroid", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic",
)  # fmt: skip
# How claims are matched across reports: words (stems, numbers, acronyms) or, optionally, sentence embeddings.
MATCHERS = ("lexical", "semantic")
MAX_LENGTH = 10_000
# ASCII digits only (str.isdigit() also accepts "²" and "፩", which int() refuses), and few of them: a
# 5,000-digit string would hit Python's int-parsing limit; anything longer than this is out of range anyway.
INTEGER_RE = re.compile(r"[+-]?[0-9]{1,12}", re.ASCII)


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How long the brief is, how it is scored, and how many outlet-only details to list.

    `sentences` and `words` are alternative budgets; with neither, the brief has
    DEFAULT_SENTENCES sentences. `fill` cuts the last sentence so the brief has exactly
    `words` words (the DUC/TAC evaluation convention).
    """

    sentences: int | None = None
    words: int | None = None
    fill: bool = False
    unique: int = DEFAULT_UNIQUE
    language: str = "auto"
    method: str = "tfidf"
    matcher: str = "lexical"

    def __post_init__(self) -> None:
        if self.matcher == "semantic":
            from .semantic import require

            require()
        if self.sentences is not None and self.words is not None:
            raise OptionsError("give either sentences or words, not both")
        if self.fill and self.words is None:
            raise OptionsError("fill needs a words budget")

    @property
    def sentence_budget(self) -> int | None:
        """The sentence budget in force, the default one when no budget was given."""
        if self.words is None and self.sentences is None:
            return DEFAULT_SENTENCES
        return self.sentences


@dataclass(frozen=True, slots=True)
class Rule:
    """What one option accepts: the single declaration that validation, the CLI, the form and OpenAPI use."""

    kind: type
    help: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None

    def check(self, value: Any) -> bool:
        if self.kind is bool:
            return isinstance(value, bool)
        if self.choices is not None:
            return value in self.choices
        if value is None:  # no budget given
            return True
        low = self.minimum if self.minimum is not None else value
        high = self.maximum if self.maximum is not None else value
        return bool(low <= value <= high)

    def describe(self) -> str:
        if self.kind is bool:
            return "true or false"
        if self.choices is not None:
            return "one of " + ", ".join(self.choices)
        low = "0 (all)" if self.minimum == 0 else str(self.minimum)
        return f"an integer from {low} to {self.maximum}"

    def json_schema(self, default: Any = None) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": {int: "integer", bool: "boolean", str: "string"}[self.kind]}
        if self.choices is not None:
            schema["enum"] = list(self.choices)
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        if default is not None:
            schema["default"] = default
        return {**schema, "description": self.help}


RULES: dict[str, Rule] = {
    "sentences": Rule(int, "brief length in sentences", 1, MAX_LENGTH),
    "words": Rule(int, "brief length in words: whole sentences totalling at most N", 1, MAX_LENGTH * 10),
    "fill": Rule(bool, "with words: cut the last sentence to fill exactly that many words"),
    "unique": Rule(int, "outlet-only items listed per report, 0 for all", 0, MAX_LENGTH),
    "language": Rule(str, "language of the reports", choices=LANGUAGES),
    "method": Rule(str, "sentence scoring method", choices=METHODS),
    "matcher": Rule(str, "claim matching: lexical, or semantic (English; needs the semantic extra)", choices=MATCHERS),
}


def default(name: str) -> Any:
    """The default value of an option, as the Options dataclass declares it."""
    return next(f.default for f in fields(Options) if f.name == name)


def _coerce(name: str, value: Any) -> Any:
    kind = RULES[name].kind
    if value is None or value == "":
        return None if name in ("sentences", "words") else default(name)
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return value.lower() in ("1", "true", "yes", "on")
        raise OptionsError(f"{name} must be {RULES[name].describe()}")
    if kind is int:
        if isinstance(value, bool):
            raise OptionsError(f"{name} must be {RULES[name].describe()}")
        if isinstance(value, int):
            return value
        if isinstance(value, str) and INTEGER_RE.fullmatch(value.strip()):
            return int(value)
        raise OptionsError(f"{name} must be {RULES[name].describe()}")
    if not isinstance(value, str):
        raise OptionsError(f"{name} must be {RULES[name].describe()}")
    return value.strip().lower()


def _shown(raw: Any) -> str:
    """A short, printable, ASCII-safe rendering of a refused value for the one-line error."""
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) >= 10**15:
        return "an integer of more than 15 digits"
    text = ascii(raw)
    return text if len(text) <= 60 else text[:57] + "..."


def build_options(values: Mapping[str, Any] | None = None) -> Options:
    """Validate a mapping of option names to raw values (strings from a query, JSON values) into Options."""
    values = dict(values or {})
    unknown = sorted(set(values) - set(RULES))
    if unknown:
        raise OptionsError(f"unknown option {_shown(unknown[0])}; known: " + ", ".join(RULES))
    clean: dict[str, Any] = {}
    for name, raw in values.items():
        value = _coerce(name, raw)
        if not RULES[name].check(value):
            raise OptionsError(f"{name} must be {RULES[name].describe()}, got {_shown(raw)}")
        clean[name] = value
    return Options(**clean)
