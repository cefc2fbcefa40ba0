"""Claims: what part of a sentence states what, and which sentences state nothing on their own.

A sentence may hold several claims ("Crowds welcomed Putin on Wednesday, where Kim declared full
support for the war"): it is cut at a comma, dash or semicolon followed by a connector of the
language (summarizer/data/claims/*.txt), and pieces too small to stand alone join their neighbour.
Two kinds of sentence carry no claim of their own and are never listed as one outlet's fact:
attribution lines ("Demikian seperti dikutip kantor berita Rusia, TASS.", "the BBC reported.") and
fragments (a piece of a quote cut from its sentence: short, no name, no number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from .language import WORD_RE, Analyzer, is_number
from .models import Role

CLAIM: Final = "claim"
ATTRIBUTION: Final = "attribution"
FRAGMENT: Final = "fragment"
MIN_CLAIM_TERMS = 3  # a piece with fewer content terms joins its neighbour
ATTRIBUTION_CONTENT_TERMS = 1  # an attribution line has at most this many terms besides names and its cue
FRAGMENT_WORDS = 5  # a sentence of at most this many words, with no name and no number, is a fragment

_BREAK_RE = re.compile(r"\s*(?:[,;:]|\s[–—-])\s+")


@dataclass(frozen=True)
class ClaimWords:
    """A language's claim connectors (lower-case word sequences) and attribution cues (words or stems)."""

    connectors: tuple[tuple[str, ...], ...]
    attribution: frozenset[str]


@lru_cache(maxsize=16)
def claim_words(language: str) -> ClaimWords:
    """The shipped list of `language`, or none (no cuts, no attribution lines) for a language without one."""
    path = resources.files("summarizer").joinpath(f"data/claims/{language}.txt")
    if not path.is_file():
        return ClaimWords((), frozenset())
    connectors: list[tuple[str, ...]] = []
    attribution: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        kind, _, value = line.partition(":")
        if line.startswith("#") or not value.strip():
            continue
        if kind == "connector":
            connectors.append(tuple(value.lower().split()))
        elif kind == "attribution":
            attribution.add(value.strip().lower())
    return ClaimWords(tuple(sorted(connectors, key=len, reverse=True)), frozenset(attribution))


def _content_terms(text: str, analyzer: Analyzer) -> list[str]:
    return analyzer.terms(text)


def role(text: str, analyzer: Analyzer) -> Role:
    """CLAIM, ATTRIBUTION (only says who said it) or FRAGMENT (a broken piece stating nothing alone)."""
    tokens = [m.group() for m in WORD_RE.finditer(text)]
    if not tokens:
        return FRAGMENT
    has_number = any(is_number(t) or any(c.isdigit() for c in t) for t in tokens)
    names = {t.lower() for n, t in enumerate(tokens) if n > 0 and t[:1].isupper()}
    if text[:1].islower() and not has_number:
        return FRAGMENT
    if len(tokens) <= FRAGMENT_WORDS and not names and not has_number:
        return FRAGMENT
    if not has_number and _only_attributes(tokens, names, analyzer):
        return ATTRIBUTION
    return CLAIM


def _only_attributes(tokens: list[str], names: set[str], analyzer: Analyzer) -> bool:
    """The words name a source and say it spoke, with at most ATTRIBUTION_CONTENT_TERMS other terms."""
    cues = claim_words(analyzer.language).attribution
    lowered = [t.lower() for t in tokens]
    if not cues or not any(t in cues or any(s in cues for s in analyzer.word_terms(t)) for t in lowered):
        return False
    rest = [
        term for t in lowered if t not in cues and t not in names for term in analyzer.word_terms(t) if term not in cues
    ]
    return len(rest) <= ATTRIBUTION_CONTENT_TERMS


def _is_attribution_tail(piece: str, analyzer: Analyzer) -> bool:
    """ ", menurut media Rusia." / ", kata kantor berita KCNA.": who said the claim before it."""
    tokens = WORD_RE.findall(piece)
    if not tokens or any(any(c.isdigit() for c in t) for t in tokens):
        return False
    return _only_attributes(tokens, {t.lower() for t in tokens if t[:1].isupper()}, analyzer)


def claim_spans(text: str, analyzer: Analyzer) -> tuple[tuple[int, int], ...]:
    """Character spans of the sentence's claims, covering it from start to end."""
    connectors = claim_words(analyzer.language).connectors
    cuts = [0]
    for match in _BREAK_RE.finditer(text):
        following = [w.lower() for w in WORD_RE.findall(text[match.end() : match.end() + 40])]
        if any(tuple(following[: len(c)]) == c for c in connectors):
            cuts.append(match.end())
    cuts.append(len(text))
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        piece = text[start:end]
        if merged and (len(_content_terms(piece, analyzer)) < MIN_CLAIM_TERMS or _is_attribution_tail(piece, analyzer)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if len(merged) > 1 and len(_content_terms(text[slice(*merged[0])], analyzer)) < MIN_CLAIM_TERMS:
        merged[:2] = [(merged[0][0], merged[1][1])]
    return tuple(merged)
