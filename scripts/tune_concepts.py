"""Tune the concept selection's constants (concepts.py) on the tuning split only, then score once held out.

The split is scripts/tune_selection.py's, fixed before any run: TAC 2011 English topics of even index and
IndoSum dev's first 400 articles for tuning; odd topics and articles 400-749 held out.

    python scripts/tune_concepts.py tune      # grid on the tuning split, prints ROUGE-2 R per setting
    python scripts/tune_concepts.py heldout   # the chosen constants (concepts.py) on the held-out split

Both also print lead, tfidf (the default) and Gillick and Favre's own setting (3 of 10 reports, no position).
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace

import numpy as np
from tune_selection import prepared, splits

from summarizer import concepts
from summarizer.compose import compose
from summarizer.evaluate import cut, rouge


def run(items, budget, method: str = "concepts") -> float:
    """Mean ROUGE-2 recall of `method` ("tfidf", "lead" or "concepts") over prepared clusters."""
    from summarizer.score import METHODS

    values = []
    for cluster, options, analysis, scores, scorer in items:
        data = analysis.data
        scores = scores if method in ("tfidf", "concepts") else METHODS[method](data)
        brief = compose(
            data.corpus, data.facts, scores, analysis.matrix, data.vectors.terms,
            replace(options, method=method), analysis.alignment.roles,
        )  # fmt: skip
        text = cut(" ".join(b.text for b in brief), budget.get("words"))
        values.append(rouge(scorer, cluster.references, text)["rouge2_recall"])
    return float(np.mean(values) * 100)


CLASSIC = {"MIN_SHARE": 0.3, "PRIOR": 0.0, "LEAD_BONUS": 0.0}
# The last of three grids (the first two: MIN_SHARE 0.2-0.3 x PRIOR 0-5 x LEAD_BONUS 0-10; LEAD_SENTENCES 1-2).
GRID = {
    "MIN_SHARE": (0.2, 0.3),
    "PRIOR": (2.0, 3.0, 5.0),
    "LEAD_BONUS": (3.0, 6.0, 10.0),
}


def main(part: str) -> None:
    sets = [(name, prepared(clusters, budget), budget) for name, clusters, budget in splits(part)]
    grid = [dict(zip(GRID, values, strict=True)) for values in itertools.product(*GRID.values())]
    for method in ("lead", "tfidf"):
        print(method, "  ".join(f"{name} {run(items, budget, method):6.2f}" for name, items, budget in sets))
    chosen = {key: getattr(concepts, key) for key in CLASSIC}
    for setting in [CLASSIC, *grid] if part == "tune" else [CLASSIC, chosen]:
        for key, value in setting.items():
            setattr(concepts, key, value)
        figures = "  ".join(f"{name} {run(items, budget):6.2f}" for name, items, budget in sets)
        print(setting, figures, flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tune")
