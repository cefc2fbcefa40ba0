"""Segmentation: paragraphs into sentences with NLTK's Punkt, offline, from shipped abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from string import ascii_lowercase

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from .language import WORD_RE, news_abbreviations

MIN_WORDS = 3  # shorter fragments ("(dan)", "Baca juga:") are not sentences of the story
# Punkt's work on one piece of text runs under NLTK's regex time guard; pieces this long stay far inside it.
CHUNK_CHARS = 4_000
# Full stops of other scripts: Devanagari danda, Urdu full stop, Arabic question mark, CJK full-width marks.
OTHER_SENTENCE_ENDS = "।॥۔؟。！？"
_CLOSERS = "\"”’'»)\\]」』）"
_ENDS_SENTENCE_RE = re.compile(rf"[.!?…{OTHER_SENTENCE_ENDS}][{_CLOSERS}]*$|[\"”’»]$")
# CJK writes no space after a full stop, which Punkt needs: break there first.
_CJK_BREAK_RE = re.compile(r"(?<=[。！？])(?![」』”’）)])")
_OPENING_QUOTES = "“‘«„"
DENSE_ENDS = 8  # more than one full stop in this many characters: abbreviations or junk, not sentences
_DENSE_SPLIT_RE = re.compile(r"\S.*?(?:[.!?]+\s+|$)", re.S)
_CHUNK_BREAK_RE = re.compile(rf"[.!?{OTHER_SENTENCE_ENDS}][{_CLOSERS}]*\s+")


class _LanguageVars(PunktLanguageVars):
    """Punkt's Latin sentence ends plus those of other scripts."""

    sent_end_chars = (".", "?", "!", *OTHER_SENTENCE_ENDS)


# Two initials ("J.C. Santos", "J.K. Rowling", "H.M. Yusuf"): abbreviations, as a trained Punkt model learns them;
# Punkt handles one initial ("George W. Bush") itself, but cut a name after two.
INITIALS = frozenset(f"{a}.{b}" for a in ascii_lowercase for b in ascii_lowercase)


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """One Punkt tokenizer for all languages: news quotes other languages' abbreviations ("U.S.", "Jl.")."""
    params = PunktParameters()
    params.abbrev_types = set(news_abbreviations() | INITIALS)
    return PunktSentenceTokenizer(params, lang_vars=_LanguageVars())


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` in pieces of at most about `size` characters, cut after a sentence end where there is one.

    Keeps Punkt's time linear in the paragraph's length; without a sentence end, the cut falls at a space.
    """
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        ends = [m.end() for m in _CHUNK_BREAK_RE.finditer(window, size // 2)]
        cut = ends[-1] if ends else (window.rfind(" ", size // 2) + 1 or size)
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def _continues(previous: str, sentence: str) -> bool:
    """A piece that starts in lower case continues the sentence before it ("“...,” kata Kirby.")."""
    first = sentence.lstrip("\"“”'‘’«» ")[:1]
    return bool(previous) and first.islower()


def _pieces(chunk: str) -> list[str]:
    """Punkt's sentences of one chunk; text dense with full stops ("a. a. a.") is not prose, a regex cuts it."""
    if sum(chunk.count(ch) for ch in ".!?") * DENSE_ENDS > len(chunk):
        return [m.group() for m in _DENSE_SPLIT_RE.finditer(chunk)]
    return tokenizer().tokenize(chunk)


def split_paragraph(paragraph: str, language: str) -> list[str]:
    """Sentences of one paragraph, rejoining pieces Punkt split after a quote or an abbreviation."""
    pieces = (piece for part in _CJK_BREAK_RE.split(paragraph) for chunk in chunks(part) for piece in _pieces(chunk))
    sentences: list[list[str]] = []
    carried = ""  # an opening quote Punkt left at the end of the sentence before
    for piece in pieces:
        piece = carried + piece.strip()
        carried = ""
        stripped = piece.rstrip(_OPENING_QUOTES + " ")
        if stripped != piece and stripped:
            carried, piece = piece[len(stripped) :].strip(), stripped
        if sentences and _continues(sentences[-1][-1], piece):
            sentences[-1].append(piece)
        elif piece:
            sentences.append([piece])
    if carried and sentences:
        sentences[-1][-1] += carried
    return [" ".join(parts) for parts in sentences]


def is_story_sentence(sentence: str) -> bool:
    """Complete sentences only: a trailing link title or a dangling subheading has no end punctuation."""
    if sum(1 for _ in islice(WORD_RE.finditer(sentence), MIN_WORDS)) < MIN_WORDS:  # its first words only
        return False
    return bool(_ENDS_SENTENCE_RE.search(sentence))


def segment(paragraphs: tuple[str, ...], language: str) -> tuple[str, ...]:
    """All story sentences of a document's paragraphs, in order."""
    return tuple(s for p in paragraphs for s in split_paragraph(p, language) if is_story_sentence(s))
