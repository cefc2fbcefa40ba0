"""Compare Indonesian stemmers inside our method: ROUGE recall on IndoSum dev (../shared/eval).

Run with `make measure-stemmers`. Prints figures; the winner is the default in language.py.
Reads and scores IndoSum exactly as `summarizer eval` does (summaries cut to the reference's length).
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import summarizer.language as language
from summarizer import Options, summarize
from summarizer.datasets import read_clusters
from summarizer.evaluate import cut, reference_words, rouge, scorer_for

INDOSUM = Path(__file__).resolve().parents[2] / "shared" / "eval" / "indosum" / "dev.01.jsonl"


def _snowball() -> Callable[[str], str]:
    import snowballstemmer

    return snowballstemmer.stemmer("indonesian").stemWord


def main(limit: int) -> None:
    """Print mean ROUGE-1/2 recall of each stemmer on the first `limit` IndoSum dev articles."""
    clusters = read_clusters(INDOSUM, limit)
    scorer = scorer_for("id")
    for name, factory in (("pysastrawi", language._STEMMERS["id"]), ("snowballstemmer", _snowball)):
        language._STEMMERS["id"] = factory
        language.analyzer_for.cache_clear()
        r1, r2 = [], []
        for cluster in clusters:
            words = reference_words(cluster)
            brief = summarize(cluster.documents, Options(words=words, fill=True, language="id")).brief
            scores = rouge(scorer, cluster.references, cut(" ".join(item.text for item in brief), words))
            r1.append(scores["rouge1_recall"])
            r2.append(scores["rouge2_recall"])
        rouge1, rouge2 = statistics.mean(r1) * 100, statistics.mean(r2) * 100
        print(f"{name:16} ROUGE-1 R {rouge1:.2f}  ROUGE-2 R {rouge2:.2f}  n={limit}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
