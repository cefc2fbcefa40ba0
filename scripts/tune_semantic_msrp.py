"""How SEMANTIC_STATED was chosen (README, "Optional semantic matcher"): prints figures, asserts nothing.

On MSRP's training split, each pair's two sentences are scored as the semantic matcher scores two spans
(`semantic.f_score`: BERTScore-style F of the contextual word pieces of all-MiniLM-L6-v2), beside the pooled
sentence cosine the matcher used before. For each score, the threshold of "lexical decision or score >= t" (the
matcher's rule: the semantic route only adds to the words') and of the score alone is chosen on the first 2,800
pairs and applied to the held-out rest, with a bootstrap 95% interval (2,000 resamples of the held-out pairs).
Two reports alone only (the lexical decision among 40 others is `make measure-comparison`'s). Takes about 10 min
here (every distinct sentence embedded once). Run: `.venv/bin/python scripts/tune_semantic_msrp.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from summarizer import semantic
from summarizer.compare_eval import read_msrp, same_fact
from summarizer.errors import SummarizerError

ROOT = Path(__file__).resolve().parents[1]
MSRP = ROOT.parent / "shared" / "eval" / "paraphrase" / "msrp_train.tsv"
TUNE = 2800


def main() -> None:
    semantic.require()
    pairs = read_msrp(MSRP)
    label = np.array([y for _, _, y in pairs])
    lexical = np.array([same_fact(a, b)[0] for a, b, _ in pairs])
    texts = list(dict.fromkeys(s for a, b, _ in pairs for s in (a, b)))
    pieces = dict(zip(texts, semantic.embed_pieces(texts), strict=True))
    pooled = dict(zip(texts, semantic.embed(texts), strict=True))
    scores = {
        "pooled cosine (before)": np.array([float(pooled[a] @ pooled[b]) for a, b, _ in pairs]),
        "piece F (now)": np.array([semantic.f_score(pieces[a].vectors, pieces[b].vectors) for a, b, _ in pairs]),
    }
    held = slice(TUNE, None)
    print(f"held-out pairs {len(label[held])}, positive {label[held].mean():.3f}")
    print(f"lexical decision alone: held-out {np.mean(lexical[held] == label[held]):.3f}")
    print("| score | rule | threshold | tuning accuracy | held-out accuracy | 95% interval |")
    print("|---|---|---|---|---|---|")
    for name, score in scores.items():
        for rule, base in (("score alone", np.zeros_like(lexical)), ("lexical or score", lexical)):
            threshold, tuned = _best(score[:TUNE], base[:TUNE], label[:TUNE])
            right = ((score[held] >= threshold) | base[held]) == label[held]
            low, high = _interval(right)
            print(f"| {name} | {rule} | {threshold:.3f} | {tuned:.3f} | {right.mean():.3f} | {low:.3f}-{high:.3f} |")


def _best(score: np.ndarray, base: np.ndarray, label: np.ndarray) -> tuple[float, float]:
    """The threshold (to 0.005) with the best accuracy of `base or score >= t`; the highest of ties (precision)."""
    best = (0.0, 0.0)
    for threshold in np.arange(0.5, 0.9, 0.005):
        accuracy = float(np.mean(((score >= threshold) | base) == label))
        if accuracy >= best[1] - 1e-12:
            best = (float(threshold), accuracy)
    return best


def _interval(right: np.ndarray) -> tuple[float, float]:
    rng = np.random.default_rng(0)
    means = [right[rng.integers(0, len(right), len(right))].mean() for _ in range(2000)]
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


if __name__ == "__main__":
    try:
        main()
    except SummarizerError as error:
        sys.exit(f"tune_semantic_msrp: error: {error}")
