"""Benchmark: one 10 MiB report (the per-report limit) through reading, cleaning and segmentation, then the brief.

Prints figures; asserts nothing. The report is made of the seeds' real sentences, reshuffled with a fixed
seed, in four shapes: one paragraph per line, one single paragraph, hard-wrapped at 70 columns, and
"a. " repeated (every token a possible sentence end).

    .venv/bin/python scripts/bench_long_report.py [--mib 10] [--brief]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import textwrap
import time
from pathlib import Path

from summarizer.clean import clean
from summarizer.ingest import MAX_FILE_BYTES, read_reports, report_from_bytes
from summarizer.models import Report
from summarizer.options import Options
from summarizer.pipeline import build_corpus, summarize
from summarizer.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
RANDOM_SEED = 20240619
SENTENCES_PER_PARAGRAPH = 5


def seed_sentences() -> list[str]:
    corpus, _ = build_corpus(read_reports([str(SEEDS)]).reports, Options())
    return list(corpus.texts)


def shapes(size: int) -> dict[str, str]:
    """The same amount of text in each shape, at most `size` bytes of UTF-8."""
    sentences = seed_sentences()
    rng = random.Random(RANDOM_SEED)
    paragraphs: list[str] = []
    total = 0
    while total < size * 0.97:
        paragraph = " ".join(rng.choice(sentences) for _ in range(SENTENCES_PER_PARAGRAPH))
        paragraphs.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 1
    lines = "\n".join(paragraphs)
    return {
        "paragraph per line": lines,
        "single paragraph": " ".join(paragraphs),
        "hard-wrapped at 70": "\n\n".join(textwrap.fill(p, 70) for p in paragraphs),
        '"a. " repeated': "a. " * (size // 3 - 10),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=float, default=MAX_FILE_BYTES / 2**20, help="report size in MiB (default 10)")
    parser.add_argument("--brief", action="store_true", help="also time the whole brief of the first shape")
    args = parser.parse_args(argv)
    size = int(args.mib * 2**20)
    print(f"one report of {size / 2**20:.1f} MiB; seconds per stage")
    print(f"{'shape':<20} {'MiB':>5} {'read s':>7} {'clean s':>8} {'segment s':>10} {'sentences':>10}")
    for name, text in shapes(size).items():
        data = text.encode("utf-8")
        start = time.perf_counter()
        report = report_from_bytes(data, "long.txt", "long", [])
        read = time.perf_counter() - start
        assert report is not None
        start = time.perf_counter()
        cleaned = clean(report.text)
        cleaning = time.perf_counter() - start
        start = time.perf_counter()
        sentences = segment(cleaned.paragraphs, "id")
        segmenting = time.perf_counter() - start
        print(
            f"{name:<20} {len(data) / 2**20:5.1f} {read:7.2f} {cleaning:8.2f} {segmenting:10.2f} {len(sentences):>10}"
        )
        sys.stdout.flush()
    if args.brief:
        text = shapes(size)["paragraph per line"]
        start = time.perf_counter()
        summary = summarize([Report(id="long", text=text)])
        print(
            f"whole brief of the paragraph-per-line report: {time.perf_counter() - start:.1f} s, "
            f"{len(summary.corpus.texts)} sentences"
        )
    print(f"peak resident memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
