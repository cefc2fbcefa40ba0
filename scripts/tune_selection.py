"""Tune the submodular selection's constants on the tuning split only, then score once on the held-out split.

Split (fixed before any run): TAC 2011 topics of even index (0, 2, ...) in file order and IndoSum dev's
first 400 articles are for tuning; odd TAC topics and IndoSum articles 400-749 are held out.

    python scripts/tune_selection.py tune      # grid on the tuning split, prints ROUGE-2 R per setting
    python scripts/tune_selection.py heldout   # the chosen constants (submodular.py) on the held-out split
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from summarizer import submodular
from summarizer.compose import compose
from summarizer.datasets import read_clusters
from summarizer.evaluate import cut, rouge, scorer_for, scoring_language
from summarizer.options import Options
from summarizer.pipeline import analyse
from summarizer.score import METHODS

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
INDOSUM_TUNE = 400


def splits(part: str) -> list[tuple[str, list, dict]]:
    tac = read_clusters(EVAL / "tac2011" / "english.jsonl")
    indo = read_clusters(EVAL / "indosum" / "dev.01.jsonl")
    keep = 0 if part == "tune" else 1
    return [
        ("tac-en", [c for n, c in enumerate(tac) if n % 2 == keep], {"words": 250, "fill": True}),
        ("indosum", indo[:INDOSUM_TUNE] if part == "tune" else indo[INDOSUM_TUNE:], {"sentences": 3}),
    ]


def prepared(clusters, budget):
    out = []
    for cluster in clusters:
        options = Options(language=cluster.language, **budget)
        analysis = analyse(cluster.documents, options)
        scores = METHODS["tfidf"](analysis.data)
        scorer = scorer_for(scoring_language(cluster))
        out.append((cluster, options, analysis, scores, scorer))
    return out


def run(items, budget, method: str = "submodular") -> float:
    """Mean ROUGE-2 recall; `method` "mmr" is "tfidf" (its scores, maximal marginal relevance)."""
    values = []
    for cluster, options, analysis, scores, scorer in items:
        data = analysis.data
        scores = scores if method in ("mmr", "submodular") else METHODS[method](data)
        options = replace(options, method="tfidf" if method == "mmr" else method)
        brief = compose(data.corpus, data.facts, scores, analysis.matrix, data.vectors.terms, options)
        text = cut(" ".join(b.text for b in brief), budget.get("words"))
        values.append(rouge(scorer, cluster.references, text)["rouge2_recall"])
    return float(np.mean(values) * 100)


GRID = {
    "COVER_LEAD": (10.0, 30.0),
    "ALPHA": (0.3, 1.0),
    "DIVERSITY": (0.5,),
    "PRIOR": (0.3, 0.6),
}


def main(part: str) -> None:
    sets = [(name, prepared(clusters, budget), budget) for name, clusters, budget in splits(part)]
    grid = [dict(zip(GRID, values, strict=True)) for values in itertools.product(*GRID.values())]
    for method in ("lead", "mmr") if part == "heldout" else ():
        print(method, "  ".join(f"{name} {run(items, budget, method):6.2f}" for name, items, budget in sets))
    for setting in grid if part == "tune" else [{}]:
        for key, value in setting.items():
            setattr(submodular, key, value)
        figures = "  ".join(f"{name} {run(items, budget):6.2f}" for name, items, budget in sets)
        print(setting, figures, flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tune")
