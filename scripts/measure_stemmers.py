"""Compare Indonesian stemmers inside our method: ROUGE recall on IndoSum dev (../shared/eval).

Run with `make measure-stemmers`. Prints figures; the winner is the default in language.py.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from rouge_score import rouge_scorer

import summarizer.language as language
from summarizer import Options, Report, summarize

INDOSUM = Path(__file__).resolve().parents[2] / "shared" / "eval" / "indosum" / "dev.01.jsonl"


def _snowball() -> Callable[[str], str]:
    import snowballstemmer

    return snowballstemmer.stemmer("indonesian").stemWord


def main(limit: int) -> None:
    """Print mean ROUGE-1/2 recall of each stemmer on the first `limit` IndoSum dev articles."""
    articles = [json.loads(line) for line in INDOSUM.read_text(encoding="utf-8").splitlines()[:limit]]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=False)
    for name, factory in (("pysastrawi", language._STEMMERS["id"]), ("snowballstemmer", _snowball)):
        language._STEMMERS["id"] = factory
        language.analyzer_for.cache_clear()
        r1, r2 = [], []
        for article in articles:
            text = "\n".join(" ".join(" ".join(s) for s in p) for p in article["paragraphs"])
            reference = " ".join(" ".join(s) for s in article["summary"])
            options = Options(words=len(reference.split()), fill=True, language="id")
            brief = " ".join(item.text for item in summarize([Report(id="a", text=text)], options).brief)
            scores = scorer.score(reference, brief)
            r1.append(scores["rouge1"].recall)
            r2.append(scores["rouge2"].recall)
        rouge1, rouge2 = statistics.mean(r1) * 100, statistics.mean(r2) * 100
        print(f"{name:16} ROUGE-1 R {rouge1:.2f}  ROUGE-2 R {rouge2:.2f}  n={limit}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
