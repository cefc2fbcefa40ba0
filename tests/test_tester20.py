"""Tester 20's defects that this session mended, as facts about the output (English and Indonesian where the case
exists): a day and a count are never values of one quantity, however alike the words around them."""

from __future__ import annotations

import pytest

from summarizer import Options, Report, summarize


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        (
            "Dinas Kesehatan mengonfirmasi sembilan kasus campak di SD Negeri 3 Cibinong pada Senin.",
            "Jumlah kasus campak di SD Negeri 3 Cibinong bertambah menjadi 14.",
            "id",
        ),
        (
            "Health officials confirmed nine measles cases at Cibinong Primary School on Monday.",
            "The number of measles cases at Cibinong Primary School has risen to 14.",
            "en",
        ),
    ],
)
def test_a_day_is_no_rival_of_a_count(first: str, second: str, language: str) -> None:
    # before: a "date" conflict "Senin" / "14" (the weekday compared with the count in alike words)
    reports = [Report(id="a", text=first), Report(id="b", text=second)]
    conflicts = summarize(reports, Options(language=language)).conflicts
    assert not [c for c in conflicts if c.kind == "date"]
    assert all(len({v.text.isdigit() for v in c.values}) == 1 for c in conflicts)  # never a day against a number
