"""Shared fixtures: the bundled seeds and small hand-made reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Options, summarize, to_dict
from summarizer.ingest import read_reports

ROOT = Path(__file__).resolve().parent.parent
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
