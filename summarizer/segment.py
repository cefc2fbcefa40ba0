"""Segmentation: paragraphs into sentences with NLTK's Punkt, offline, from shipped abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .language import WORD_RE, abbreviations

MIN_WORDS = 3  # shorter fragments ("(dan)", "Baca juga:") are not sentences of the story
_ENDS_SENTENCE_RE = re.compile(r"[.!?…][\"”’'»)\]]*$|[\"”’»]$")
# Punkt runs its regular expressions under NLTK's wall-clock guard (nltk.redos, 5 s): one paragraph of
# half a MiB can exceed it on a busy machine. Paragraphs are handed to Punkt in pieces of at most this many
# characters, cut after a sentence end where there is one, so each call stays small and linear.
MAX_PIECE_CHARS = 20_000
_CUT_RE = re.compile(r"[.!?…][\"”’'»)\]]*\s+")


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """One Punkt tokenizer for both languages: news in either quotes the other's abbreviations ("U.S.", "Jl.")."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations("id") | abbreviations("en"))
    return PunktSentenceTokenizer(params)


def _continues(previous: str, sentence: str) -> bool:
    """A piece that starts in lower case continues the sentence before it ("“...,” kata Kirby.")."""
    first = sentence.lstrip("\"“”'‘’«»([ ")[:1]
    return bool(previous) and first.islower()


def _chunks(paragraph: str) -> list[str]:
    """The paragraph in pieces of at most MAX_PIECE_CHARS, each cut after its last sentence end if any."""
    chunks: list[str] = []
    while len(paragraph) > MAX_PIECE_CHARS:
        window = paragraph[:MAX_PIECE_CHARS]
        ends = [m.end() for m in _CUT_RE.finditer(window)]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or MAX_PIECE_CHARS)
        chunks.append(paragraph[:cut])
        paragraph = paragraph[cut:]
    chunks.append(paragraph)
    return chunks


def split_paragraph(paragraph: str, language: str) -> list[str]:
    """Sentences of one paragraph, rejoining pieces Punkt split after a quote or an abbreviation."""
    pieces = [piece for chunk in _chunks(paragraph) for piece in tokenizer().tokenize(chunk)]
    sentences: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if sentences and _continues(sentences[-1], piece):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece:
            sentences.append(piece)
    return sentences


def is_story_sentence(sentence: str) -> bool:
    """Complete sentences only: a trailing link title or a dangling subheading has no end punctuation."""
    if len(WORD_RE.findall(sentence)) < MIN_WORDS:
        return False
    return bool(_ENDS_SENTENCE_RE.search(sentence))


def segment(paragraphs: tuple[str, ...], language: str) -> tuple[str, ...]:
    """All story sentences of a document's paragraphs, in order."""
    return tuple(s for p in paragraphs for s in split_paragraph(p, language) if is_story_sentence(s))
