"""Benchmark of `stories`: time and peak memory to group N articles and brief every story, alone and on Dask.

Prints figures; asserts nothing. Articles are the distinct documents of the eval data sets given (IndoSum
dev's 750, TAC 2011's 100 per language), dated from IndoSum's ids (a Unix time) when they have one. A set
larger than the distinct articles repeats them under new ids, as a wire story is republished by many outlets:
the table says how many of each set's articles are distinct.
"""

from __future__ import annotations

import contextlib
import logging
import resource
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import numpy as np

from .datasets import read_clusters
from .models import Report
from .stories import Mapper, WordReader, build_stories, dask_map, dask_words, local_map

MIN_UNIX_TIME = 10**9  # an id starting with a number at least this large is taken as a Unix time


def distinct_articles(paths: Sequence[str]) -> list[Report]:
    """Every document of the data sets, once, dated from the id when it starts with a Unix time."""
    seen: set[str] = set()
    articles: list[Report] = []
    for path in paths:
        for cluster in read_clusters(Path(path)):
            for document in cluster.documents:
                if document.text in seen:
                    continue
                seen.add(document.text)
                head = document.id.split("-")[0]
                published = None
                if head.isdigit() and int(head) >= MIN_UNIX_TIME:
                    published = datetime.fromtimestamp(int(head), UTC).date().isoformat()
                articles.append(Report(id=f"a{len(articles):06d}", text=document.text, published=published))
    return articles


def articles_for(distinct: Sequence[Report], count: int) -> list[Report]:
    """`count` articles: the distinct ones in order, cycled under new ids when more are asked for."""
    made = []
    for n in range(count):
        source = distinct[n % len(distinct)]
        made.append(Report(id=f"r{n:07d}", text=source.text, outlet=f"Outlet {n % 50}", published=source.published))
    return made


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_reset_peak() -> None:
    """Start a worker's peak memory afresh: a process inherits the resident maximum of the one that started it."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # Linux: resets VmHWM to the current resident size


def _worker_peak_mb() -> float:
    """A worker's peak resident memory since `_worker_reset_peak` (VmHWM on Linux, else ru_maxrss)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_cpu() -> float:
    """A worker process's CPU seconds so far (all its threads: the brief's work and Dask's own)."""
    return time.process_time()


def _timed(articles: Sequence[Report], mapper: Mapper, reader: WordReader | None = None) -> tuple[int, float, float]:
    """Stories found, wall-clock seconds and this process's CPU seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    result = build_stories(articles, mapper=mapper, reader=reader)
    return len(result["stories"]), time.perf_counter() - start, time.process_time() - cpu


def growth_exponent(sizes: Sequence[int], seconds: Sequence[float]) -> float | None:
    """The slope of log(seconds) over log(size), least squares: 1 is linear growth, 2 quadratic."""
    if len(sizes) < 2 or len(set(sizes)) < 2:
        return None
    slope, _ = np.polyfit(np.log(sizes), np.log(seconds), 1)
    return float(slope)


def run_stories_bench(corpora: Sequence[str], sizes: Sequence[int], out: TextIO, workers: int = 0) -> None:
    """Print, per size, stories found, seconds and peak MB in this process, then on `workers` Dask workers."""
    distinct = distinct_articles(corpora)
    out.write(f"articles: {len(distinct)} distinct documents of {', '.join(corpora)}\n")
    out.write(
        f"{'articles':>9} {'distinct':>9} {'mode':>8} {'stories':>8} {'seconds':>8} {'CPU s':>8} {'peak MB':>8} "
        f"{'worker MB':>10} {'worker CPU s':>13}\n"
    )
    timings: dict[str, list[tuple[int, float]]] = {"single": [], "dask": []}
    for size in sorted(sizes):
        articles = articles_for(distinct, size)
        stories, seconds, cpu = _timed(articles, local_map)
        timings["single"].append((size, seconds))
        out.write(
            f"{size:>9} {min(size, len(distinct)):>9} {'single':>8} {stories:>8} {seconds:>8.1f} {cpu:>8.1f} "
            f"{_peak_mb():>8.0f} {'-':>10} {'-':>13}\n"
        )
        out.flush()
        if workers:
            from distributed import Client, LocalCluster

            logging.getLogger("distributed").setLevel(logging.ERROR)

            with (
                LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster,
                Client(cluster) as client,
            ):
                client.wait_for_workers(workers, timeout=120)
                client.run(_worker_reset_peak)  # workers up and importing before the clock starts
                before = client.run(_worker_cpu)
                stories, seconds, cpu = _timed(articles, dask_map(client), dask_words(client))
                after = client.run(_worker_cpu)
                worker = max(client.run(_worker_peak_mb).values())
            worker_cpu = sum(after[w] - before[w] for w in after if w in before)
            timings["dask"].append((size, seconds))
            out.write(
                f"{size:>9} {min(size, len(distinct)):>9} {'dask':>8} {stories:>8} {seconds:>8.1f} {cpu:>8.1f} "
                f"{_peak_mb():>8.0f} {worker:>10.0f} {worker_cpu:>13.1f}\n"
            )
            out.flush()
    for mode, measured in timings.items():
        exponent = growth_exponent([n for n, _ in measured], [t for _, t in measured])
        if exponent is not None:
            out.write(f"growth exponent ({mode}): {exponent:.2f} (slope of log seconds over log articles)\n")
    out.write(
        "seconds: grouping plus every story's brief (wall clock; CPU s: this process's CPU time, which a machine "
        "shared with other work inflates less; worker CPU s: the Dask workers' together). peak MB: this "
        "process's resident maximum so far (sizes run in ascending order); worker MB: the largest Dask worker's.\n"
    )
