"""Tester 13's findings on sets nobody tuned on (a dam release, a bribery verdict, a boiler explosion, a Liga 1
match), each fixed with a case that failed before (README, "Disagreements" and "Comparison")."""

from __future__ import annotations

import pytest

from summarizer import Options, Report, summarize, to_dict


def _brief(texts: dict[str, str], language: str, published: dict[str, str] | None = None) -> dict:
    dates = published or {}
    reports = [Report(id=k, outlet=k, text=v, published=dates.get(k)) for k, v in texts.items()]
    return to_dict(summarize(reports, Options(unique=0, language=language)))


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (
            "en",
            "Governor Paul Ritter declared a state of emergency on Wednesday.",
            "The governor declared a state of emergency on Wednesday.",
        ),
        (
            "id",
            "Gubernur Paul Ritter menetapkan status tanggap darurat pada Rabu.",
            "Gubernur menetapkan status tanggap darurat pada Rabu.",
        ),
    ],
)
@pytest.mark.parametrize("dated", ["a", "b"])
def test_a_day_name_in_a_set_where_only_some_reports_are_dated_is_no_crash(language, a, b, dated):
    # one report's "Wednesday" is its publication date's day (a full date), the other's a bare day name: comparing
    # the two raised "zip() argument 2 is shorter than argument 1"
    brief = _brief({"a": a, "b": b}, language, {dated: "2025-03-05"})
    assert brief["conflicts"] == []
    assert [sorted(item["documents"]) for item in brief["brief"]] == [["a", "b"]]
