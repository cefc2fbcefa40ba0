"""Benchmark: speed and peak memory of the brief beside sumy's LexRank on the same sentences.

Prints figures; asserts nothing. Large sets are built from the real sentences of the given
reports, reshuffled into new reports with a fixed seed, so every run measures the same input.
Such sets repeat sentences, which the pipeline collapses early; `corpus` (an eval data set, e.g.
IndoSum's 750 articles) gives sets of distinct articles instead, cycled when a set is larger.
"""

from __future__ import annotations

import random
import resource
import statistics
import time
from collections.abc import Sequence
from typing import TextIO

from .ingest import read_reports
from .models import Report
from .options import Options
from .pipeline import analyse, build_corpus, summarize
from .score import METHODS

SEEDS_REPEATS = 20
SENTENCES_PER_REPORT = 15
RANDOM_SEED = 20240619


def synthetic_reports(reports: Sequence[Report], count: int) -> list[Report]:
    """`count` reports made of the real sentences of `reports`, mixed with a fixed seed."""
    corpus, _ = build_corpus(reports, Options())
    sentences = list(corpus.texts)
    rng = random.Random(RANDOM_SEED)
    made = []
    for n in range(count):
        picked = rng.sample(sentences, min(SENTENCES_PER_REPORT, len(sentences)))
        made.append(Report(id=f"r{n:05d}", text="\n".join(picked), outlet=f"Outlet {n % 50}"))
    return made


def corpus_documents(path: str) -> list[Report]:
    """Every document of an eval data set, in order."""
    from pathlib import Path

    from .datasets import read_clusters

    return [d for cluster in read_clusters(Path(path)) for d in cluster.documents]


def corpus_reports(documents: Sequence[Report], count: int) -> list[Report]:
    """`count` reports taken in order from `documents`, cycled if there are fewer."""
    return [
        Report(id=f"r{n:05d}", text=documents[n % len(documents)].text, outlet=f"Outlet {n % 50}") for n in range(count)
    ]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def lexrank_seconds(reports: Sequence[Report]) -> float:
    """Time sumy's LexRank scoring the same sentences our pipeline sees."""
    data = analyse(reports, Options()).data
    start = time.perf_counter()
    METHODS["lexrank"](data)
    return time.perf_counter() - start


def run_bench(seeds: str, sizes: Sequence[int], peer_limit: int, out: TextIO, corpus: str | None = None) -> None:
    """Print the seeds' brief time and, per set size, ours vs LexRank with their ratio."""
    reports = list(read_reports([seeds]).reports)
    documents = corpus_documents(corpus) if corpus else []  # read once, and fail before any timing
    summarize(reports)  # warm-up: loads the stemmer, the language model and the libraries
    timings = []
    for _ in range(SEEDS_REPEATS):
        start = time.perf_counter()
        summarize(reports)
        timings.append(time.perf_counter() - start)
    peer = lexrank_seconds(reports)
    ours = statistics.median(timings)
    out.write(
        f"seeds ({len(reports)} reports): brief {ours * 1000:.1f} ms median of {SEEDS_REPEATS} "
        f"(target < 50 ms); LexRank scoring alone {peer * 1000:.1f} ms; ratio ours/LexRank {ours / peer:.2f}\n"
    )
    source = f"articles of {corpus}" if corpus else "reshuffled seed sentences"
    out.write(f"larger sets: {source}\n")
    out.write(f"{'reports':>8} {'sentences':>10} {'ours s':>8} {'peak MB':>8} {'LexRank s':>10} {'ratio':>6}\n")
    for size in sorted(sizes):
        made = corpus_reports(documents, size) if corpus else synthetic_reports(reports, size)
        start = time.perf_counter()
        summary = summarize(made)
        ours = time.perf_counter() - start
        peak = _peak_mb()
        if size <= peer_limit:
            peer = lexrank_seconds(made)
            peer_text, ratio = f"{peer:10.2f}", f"{ours / peer:6.2f}"
        else:
            peer_text, ratio = f"{'not run':>10}", f"{'-':>6}"
        out.write(f"{size:>8} {len(summary.corpus.texts):>10} {ours:8.2f} {peak:8.0f} {peer_text} {ratio}\n")
        out.flush()
    out.write(
        "targets: 1,000 reports in under 20 s, 10,000 in under 60 s, both under 2,048 MB peak on 2 cores. "
        "Peak is the process's resident maximum so far (sizes run in ascending order).\n"
    )
