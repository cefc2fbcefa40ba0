"""Unwrapping: plain text hard-wrapped at a fixed width (wire feeds, e-mail, PDF copies) back into paragraphs.

A wrapper breaks a line only when the next word would not fit. So a line that ends well before the
width, with room for the next word, ended a paragraph, a heading or a list item; a line that is full
was wrapped. Blank lines, a deeper indent and list markers still start a new paragraph.
"""

from __future__ import annotations

import re

MAX_WRAP_WIDTH = 100  # text wrapped wider than this is not told apart from one-line paragraphs
MIN_WRAPPED_LINES = 3  # fewer full lines followed by more text than this give no evidence
MIN_WRAP_WIDTH = 30
WRAPPED_SHARE = 0.3  # the share of breaks inside blocks that must be full-line wraps (the rest end paragraphs)
LONG_LINE_SHARE = 0.1  # more lines longer than MAX_WRAP_WIDTH than this: not wrapped text
SHORT_LINE = 0.6  # a line shorter than this share of the width that had room for the next word ended a block
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•·–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+\S")
_TERMINAL = tuple(".!?…:;\"”’'»)]।॥۔؟。！？")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _first_word(line: str) -> str:
    parts = line.split(maxsplit=1)
    return parts[0] if parts else ""


def _fits(line: str, following: str, width: int) -> bool:
    """True when the first word of `following` would have fitted on `line`."""
    return len(line.rstrip()) + 1 + len(_first_word(following)) <= width


def wrap_width(text: str) -> int | None:
    """The width `text` is hard-wrapped at, or None when its lines are paragraphs of their own."""
    lines = [line.rstrip() for line in text.split("\n")]
    filled = [line for line in lines if line.strip()]
    if not filled:
        return None
    if sum(len(line) > MAX_WRAP_WIDTH for line in filled) > LONG_LINE_SHARE * len(filled):
        return None
    width = max((len(line) for line in filled if len(line) <= MAX_WRAP_WIDTH), default=0)
    pairs = [
        (a, b) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip() and len(a) <= MAX_WRAP_WIDTH
    ]
    # evidence of wrapping is a full line that breaks off mid-sentence: one-line paragraphs of one sentence each
    # (a short report, a caption after it) are often full too, but end on their full stop
    wrapped = sum(not _fits(a, b, width) and not a.endswith(_TERMINAL) for a, b in pairs)
    if width < MIN_WRAP_WIDTH or wrapped < max(MIN_WRAPPED_LINES, WRAPPED_SHARE * len(pairs)):
        return None
    return width


def _starts_paragraph(previous: str, line: str, width: int) -> bool:
    if _indent(line) > _indent(previous):
        return True
    if not _fits(previous, line, width):
        return False  # a full line was wrapped, even before "2." or "- " that only look like list markers
    if _LIST_ITEM_RE.match(line):
        return True
    ended = previous.rstrip().endswith(_TERMINAL)
    return ended or len(previous.strip()) < SHORT_LINE * width


def unwrap(text: str) -> str:
    """`text` with hard-wrapped lines joined into one line per paragraph; other text unchanged."""
    width = wrap_width(text)
    if width is None:
        return text
    paragraphs: list[list[str]] = []
    previous = ""
    for line in text.split("\n"):
        if line.strip() and previous.strip() and not _starts_paragraph(previous, line, width):
            # textwrap breaks after a word's hyphen ("Jong-" / "un"): rejoin without a space.
            joiner = "" if re.search(r"\w-$", previous.rstrip()) else " "
            paragraphs[-1].append(joiner + line.strip())
        else:
            paragraphs.append([line.rstrip()])
        previous = line
    return "\n".join("".join(parts) for parts in paragraphs)
