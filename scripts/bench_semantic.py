"""Speed of the brief with each claim matcher (README, "Comparison"): prints figures, asserts nothing.

Sets: the bundled seeds (Indonesian: the semantic matcher falls back to words), one TAC 2011 English topic,
1,000 reports of reshuffled seed sentences (as `summarizer bench`), and 1,000 reports cycled from TAC 2011
English's 100 articles (about 2,500 distinct sentences to embed). The embedding cache is emptied before every
semantic run, so each figure includes embedding every distinct sentence once; the model's first load is timed apart.
Run with `.venv/bin/python scripts/bench_semantic.py` (needs the `semantic` extra and ../shared/eval).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from summarizer import semantic
from summarizer.bench import corpus_documents, corpus_reports, synthetic_reports
from summarizer.errors import SummarizerError
from summarizer.ingest import read_reports
from summarizer.options import MATCHERS, Options
from summarizer.pipeline import summarize

ROOT = Path(__file__).resolve().parents[1]
TAC_ENGLISH = ROOT.parent / "shared" / "eval" / "tac2011" / "english.jsonl"


def _seconds(reports: list, matcher: str) -> tuple[float, int]:
    semantic._CACHE.clear()
    semantic._PIECES.clear()
    start = time.perf_counter()
    summary = summarize(reports, Options(matcher=matcher))
    return time.perf_counter() - start, len(summary.corpus.texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000, help="reports in the large sets")
    args = parser.parse_args()
    semantic.require()
    start = time.perf_counter()
    semantic.embed(["warm-up"])
    print(f"model load (torch import included): {time.perf_counter() - start:.1f} s")
    seeds = list(read_reports([str(ROOT / "seeds")]).reports)
    english = corpus_documents(str(TAC_ENGLISH))
    sets = {
        "seeds (id)": seeds,
        "TAC M000 (en, 10 reports)": english[:10],
        f"{args.size} reshuffled seeds (id)": synthetic_reports(seeds, args.size),
        f"{args.size} TAC English (en)": corpus_reports(english, args.size),
    }
    summarize(seeds)  # warm-up of the lexical path
    print(f"| set | sentences | {' | '.join(f'{m} s' for m in MATCHERS)} |")
    print("|---|---|" + "---|" * len(MATCHERS))
    for name, reports in sets.items():
        cells = [_seconds(reports, m) for m in MATCHERS]
        print(f"| {name} | {cells[0][1]} | " + " | ".join(f"{s:.2f}" for s, _ in cells) + " |", flush=True)


if __name__ == "__main__":
    try:
        main()
    except SummarizerError as error:
        sys.exit(f"bench_semantic: error: {error}")
