"""Shared fixtures: the bundled seeds and small hand-made reports."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from summarizer import Options, summarize, to_dict
from summarizer.ingest import read_reports
from summarizer.models import Report

ROOT = Path(__file__).resolve().parent.parent
# Permalinks the tests create go to a scratch store, not the work tree's instance/ (servers inherit this).
os.environ.setdefault("SUMMARIZER_PERMALINK_DB", str(Path(tempfile.mkdtemp(prefix="summarizer-")) / "links.db"))
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_reports():
    return read_reports([str(SEEDS)]).reports


@pytest.fixture(scope="session")
def seeds_result(seeds_reports):
    """The seeds' brief as the JSON contract, every outlet-only item listed."""
    return to_dict(summarize(seeds_reports, Options(unique=0)))


def report(*sentences: str) -> str:
    """A tiny report from sentences, one paragraph each."""
    return "\n".join(sentences)


# Two small English reports of one event: a shared fact (the treaty) and a detail only the second has.
ENGLISH = [
    report(
        "Putin arrived in Pyongyang on Wednesday for a two-day state visit.",
        "Kim Jong Un met him at the airport with a guard of honour.",
        "The two leaders signed a strategic partnership treaty in the afternoon.",
    ),
    report(
        "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for a state visit.",
        "The leaders signed a strategic partnership treaty on Wednesday afternoon, the Kremlin said.",
        "More than 11,000 containers of ammunition were shipped last year, officials said.",
    ),
]

# Article text trying to run script in the page.
INJECTION = "<script>alert(1)</script> Kim <img src=x onerror=alert(2)> signed the treaty on Wednesday afternoon."


def conflicts_of(texts: list[str], language: str) -> list[tuple[str, list[str]]]:
    """Each conflict of a set of reports (one per text, outlets "Outlet 0", ...) as its kind and sorted values."""
    reports = [Report(id=f"r{n}", outlet=f"Outlet {n}", text=t) for n, t in enumerate(texts)]
    found = to_dict(summarize(reports, Options(language=language, unique=0)))["conflicts"]
    return [(c["kind"], sorted(v["value"] for v in c["values"])) for c in found]
