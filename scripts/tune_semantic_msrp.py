"""How the semantic matcher's thresholds were chosen (README, "Optional semantic matcher"): prints figures.

On MSRP's training split, each pair's two sentences are scored as the semantic matcher scores two spans
(`semantic.f_score`: BERTScore-style F of the contextual word pieces of all-MiniLM-L6-v2). Rules, each with its
threshold chosen on the first 2,800 pairs and applied to the held-out rest, with a bootstrap 95% interval (2,000
resamples of the held-out pairs):
- "score alone": F >= t;
- "lexical or score": the lexical decision or F >= t (SEMANTIC_STATED: the semantic route adds to the words'), and
  the same where the two sentences' values do not cross (`align.values_cross`: the matcher now);
- "veto": (the lexical decision and F >= v) or F >= SEMANTIC_STATED (a low F vetoes the words: measured, not
  kept), alone and where values do not cross.
`--pooled` adds the pooled sentence cosine the matcher used first. Two reports alone only (the pipeline's figures,
alone and among 40 reports, are `scripts/measure_comparison.py --matcher semantic`). Every distinct sentence is
embedded once; `--cache FILE.npz` keeps the lexical decisions and scores for the next run. Takes about 10 min
here without a cache. Run: `.venv/bin/python scripts/tune_semantic_msrp.py --cache /tmp/msrp_scores.npz`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from summarizer import semantic
from summarizer.align import SEMANTIC_STATED, values_cross
from summarizer.compare_eval import read_msrp, same_fact
from summarizer.errors import SummarizerError
from summarizer.language import analyzer_for

ROOT = Path(__file__).resolve().parents[1]
MSRP = ROOT.parent / "shared" / "eval" / "paraphrase" / "msrp_train.tsv"
TUNE = 2800


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, help="npz file keeping lexical decisions and scores between runs")
    parser.add_argument("--pooled", action="store_true", help="also score the pooled sentence cosine")
    args = parser.parse_args()
    semantic.require()
    pairs = read_msrp(MSRP)
    label = np.array([y for _, _, y in pairs])
    cached = dict(np.load(args.cache)) if args.cache and args.cache.is_file() else {}
    if "lexical" not in cached:
        cached["lexical"] = np.array([same_fact(a, b)[0] for a, b, _ in pairs])
    texts = list(dict.fromkeys(s for a, b, _ in pairs for s in (a, b)))
    if "piece_f" not in cached:
        pieces = dict(zip(texts, semantic.embed_pieces(texts), strict=True))
        cached["piece_f"] = np.array([semantic.f_score(pieces[a].vectors, pieces[b].vectors) for a, b, _ in pairs])
    if args.pooled and "pooled" not in cached:
        pooled = dict(zip(texts, semantic.embed(texts), strict=True))
        cached["pooled"] = np.array([float(pooled[a] @ pooled[b]) for a, b, _ in pairs])
    if args.cache:
        np.savez(args.cache, **cached)
    analyzer = analyzer_for("en")
    crossed = np.array([values_cross(a, b, analyzer) for a, b, _ in pairs])
    lexical = cached["lexical"]
    scores = {"piece F (now)": cached["piece_f"]}
    if "pooled" in cached:
        scores = {"pooled cosine (before)": cached["pooled"], **scores}
    held = slice(TUNE, None)
    print(f"held-out pairs {len(label[held])}, positive {label[held].mean():.3f}")
    print(f"lexical decision alone: held-out {np.mean(lexical[held] == label[held]):.3f}")
    print(f"values cross: {crossed.mean():.3f} of the pairs, {label[crossed].mean():.3f} of them paraphrases")
    print("| score | rule | threshold | tuning accuracy | held-out accuracy | 95% interval |")
    print("|---|---|---|---|---|---|")
    never = np.zeros_like(lexical)
    for name, score in scores.items():
        for rule, base in (("score alone", never), ("lexical or score", lexical)):
            threshold, _ = _best(lambda t, s=score, b=base: (s >= t) | b, label)
            _row(name, rule, threshold, (score >= threshold) | base, label)
    score = cached["piece_f"]
    threshold, _ = _best(lambda t: lexical | ((score >= t) & ~crossed), label)
    _row(
        "piece F (now)",
        "lexical or score, not where values cross",
        threshold,
        lexical | ((score >= threshold) & ~crossed),
        label,
    )
    stated = score >= SEMANTIC_STATED
    rules = {
        f"veto: (lexical and F >= v) or F >= {SEMANTIC_STATED}": lambda v: (lexical & (score >= v)) | stated,
        "veto, values cross": lambda v: (lexical & (score >= v)) | (stated & ~crossed),
        "veto, values cross also vetoes the words": lambda v: ((lexical & (score >= v)) | stated) & ~crossed,
    }
    for rule, decide in rules.items():
        threshold, _ = _best(decide, label, np.arange(0.3, SEMANTIC_STATED + 0.001, 0.005))
        _row("piece F (now)", rule, threshold, decide(threshold), label)


def _row(name: str, rule: str, threshold: float, decision: np.ndarray, label: np.ndarray) -> None:
    right = decision == label
    tuned, held = right[:TUNE].mean(), right[TUNE:]
    low, high = _interval(held)
    print(f"| {name} | {rule} | {threshold:.3f} | {tuned:.3f} | {held.mean():.3f} | {low:.3f}-{high:.3f} |")


def _best(decide, label: np.ndarray, grid: np.ndarray | None = None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The threshold (to 0.005) with the best accuracy on the tuning pairs; the highest of ties (precision)."""
    best = (0.0, 0.0)
    for threshold in np.arange(0.5, 0.9, 0.005) if grid is None else grid:
        accuracy = float(np.mean(decide(threshold)[:TUNE] == label[:TUNE]))
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
