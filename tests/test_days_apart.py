"""Whether a report is published days apart from any of a set of reports: read once per set by its earliest and
latest day (align._Dates), the same answer as comparing every pair (align.days_apart)."""

from __future__ import annotations

from itertools import combinations

from summarizer.align import _Dates, days_apart
from summarizer.models import Report
from summarizer.options import Options
from summarizer.pipeline import build_corpus

DAYS = ("2024-06-19", "2024-06-20", "2024-06-21", "2024-06-25", None, "2024-06-18T23:00:00+07:00")


def _corpus():  # type: ignore[no-untyped-def]
    reports = [
        Report(id=f"r{n}", outlet=f"O{n}", text=f"Report {n} says the summit opened on time.", published=day)
        for n, day in enumerate(DAYS)
    ]
    return build_corpus(reports, Options())[0]


def test_a_report_is_apart_from_a_set_when_it_is_apart_from_one_of_its_reports() -> None:
    corpus = _corpus()
    dates = _Dates(corpus)
    everyone = range(len(DAYS))
    checked = 0
    for size in (1, 2, 3):
        for group in combinations(everyone, size):
            others = frozenset(group)
            for d in everyone:
                assert dates.apart(d, others) == any(days_apart(corpus, d, o) for o in others), (d, group)
                checked += dates.apart(d, others)
    assert checked  # some reports are apart, so both answers were met


def test_undated_reports_are_never_apart() -> None:
    corpus = _corpus()
    dates = _Dates(corpus)
    assert not dates.apart(4, frozenset({0, 3}))  # no date
    assert not dates.apart(0, frozenset({4}))  # nothing dated to compare with
    assert dates.apart(5, frozenset({4, 2}))  # the 18th (its own day, not UTC's) and the 21st
    assert dates.apart(3, frozenset({0, 1}))  # six days after the 19th
    assert not dates.apart(1, frozenset({0, 2}))  # a day from each
