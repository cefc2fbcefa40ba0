"""Benchmark of `stories`: time and peak memory to group N articles and brief every story, alone and on Dask.

Prints figures; asserts nothing. Articles are the distinct documents of the eval data sets given (IndoSum
dev's 750, TAC 2011's 100 per language), dated from IndoSum's ids (a Unix time) when they have one. A set
larger than the distinct articles repeats them under new ids, as a wire story is republished by many outlets:
the table says how many of each set's articles are distinct.
"""

from __future__ import annotations

import contextlib
import resource
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from .datasets import read_clusters
from .models import Report
from .stories import Mapper, build_stories, dask_map, local_cluster, local_map
from .stories_read import ArticleReader, dask_reader

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


def _timed(
    articles: Sequence[Report], mapper: Mapper, reader: ArticleReader | None = None
) -> tuple[int, float, float, float, float]:
    """Stories found, wall-clock seconds and this process's CPU seconds, in all and until grouping was done (the
    briefs start then)."""
    start, cpu = time.perf_counter(), time.process_time()
    grouped: list[float] = []

    def progress(briefs: Iterable[Any], total: int) -> Iterable[Any]:
        grouped.extend((time.perf_counter() - start, time.process_time() - cpu))
        return briefs

    result = build_stories(articles, mapper=mapper, progress=progress, reader=reader)
    seconds, spent = time.perf_counter() - start, time.process_time() - cpu
    return len(result["stories"]), seconds, spent, grouped[0], grouped[1]


WARM_CHARS = 1000  # a warm-up article: enough text for a sentence or two


def warm_texts(distinct: Sequence[Report]) -> list[Report]:
    """For each language of the articles, the start of its first article: briefed before the clock starts, it
    loads that language's models (a fixed cost of each process, which a larger feed does not repeat)."""
    from .language import identify

    first: dict[str, Report] = {}
    for article in distinct:
        first.setdefault(identify(article.text[:600]), article)
    return [Report(id=f"warm-{code}", text=a.text[:WARM_CHARS]) for code, a in sorted(first.items())]


def _warm(texts: Sequence[Report]) -> float:
    """Load every model the articles need (one brief of each warm-up text); the CPU seconds it took."""
    cpu = time.process_time()
    for text in texts:
        build_stories([text])
    return time.process_time() - cpu


def _forget_words() -> None:
    """Start from no word read, as a fresh process does: every size and mode stems its own words."""
    from . import language, stories_read

    language.analyzer_for.cache_clear()
    language.common_words.cache_clear()
    stories_read.lead_reader.cache_clear()


def growth_exponent(sizes: Sequence[int], seconds: Sequence[float]) -> float | None:
    """The slope of log(seconds) over log(size), least squares: 1 is linear growth, 2 quadratic."""
    if len(sizes) < 2 or len(set(sizes)) < 2:
        return None
    slope, _ = np.polyfit(np.log(sizes), np.log(seconds), 1)
    return float(slope)


def run_stories_bench(corpora: Sequence[str], sizes: Sequence[int], out: TextIO, workers: int = 0) -> None:
    """Print, per size, stories found, seconds, CPU and peak MB in this process, then on `workers` Dask workers.

    Each run starts with no word read and its models loaded (`warm_texts`, before the clock: start-up CPU s).
    """
    distinct = distinct_articles(corpora)
    warm = warm_texts(distinct)
    out.write(f"articles: {len(distinct)} distinct documents of {', '.join(corpora)}\n")
    out.write(
        f"{'articles':>9} {'distinct':>9} {'mode':>6} {'stories':>7} {'seconds':>8} {'grouping':>8} {'CPU s':>7} "
        f"{'grouping CPU':>12} {'worker CPU s':>12} {'CPU ms/art':>10} {'start-up s':>10} {'peak MB':>8} "
        f"{'worker MB':>9}\n"
    )
    timings: dict[str, list[tuple[int, float]]] = {"single": [], "dask": []}

    def row(size: int, mode: str, timed: tuple[int, float, float, float, float], spread: str, start: float) -> str:
        stories, seconds, cpu, grouping, grouping_cpu = timed
        per = 1000 * (cpu + (float(spread) if spread != "-" else 0.0)) / size
        return (
            f"{size:>9} {min(size, len(distinct)):>9} {mode:>6} {stories:>7} {seconds:>8.1f} {grouping:>8.1f} "
            f"{cpu:>7.1f} {grouping_cpu:>12.1f} {spread:>12} {per:>10.1f} {start:>10.1f} {_peak_mb():>8.0f}"
        )

    for size in sorted(sizes):
        articles = articles_for(distinct, size)
        _forget_words()
        start = _warm(warm)
        timed = _timed(articles, local_map)
        timings["single"].append((size, timed[1]))
        out.write(row(size, "single", timed, "-", start) + f" {'-':>9}\n")
        out.flush()
        if workers:
            from distributed import Client

            with (
                local_cluster(workers) as cluster,
                Client(cluster) as client,
            ):
                client.wait_for_workers(workers, timeout=120)
                _forget_words()
                start = _warm(warm) + sum(client.run(_warm, warm).values())  # imports and models, every process
                client.run(_worker_reset_peak)
                before = client.run(_worker_cpu)
                timed = _timed(articles, dask_map(client), dask_reader(client))
                after = client.run(_worker_cpu)
                worker = max(client.run(_worker_peak_mb).values())
            worker_cpu = sum(after[w] - before[w] for w in after if w in before)
            timings["dask"].append((size, timed[1]))
            out.write(row(size, "dask", timed, f"{worker_cpu:.1f}", start) + f" {worker:>9.0f}\n")
            out.flush()
    for mode, measured in timings.items():
        exponent = growth_exponent([n for n, _ in measured], [t for _, t in measured])
        if exponent is not None:
            out.write(f"growth exponent ({mode}): {exponent:.2f} (slope of log seconds over log articles)\n")
    out.write(
        "seconds: grouping plus every story's brief, wall clock (grouping: until the briefs start). CPU s: this "
        "process's CPU time, which a machine shared with other work inflates less (grouping CPU: its part until "
        "the briefs start); worker CPU s: the Dask workers' together; CPU ms/art: both, per article. Each run "
        "starts with no word read, its models loaded before the clock (start-up s: the CPU that took, every "
        "process together). peak MB: this process's resident maximum so far (sizes run in ascending order); "
        "worker MB: the largest Dask worker's.\n"
    )
