"""Each of two reports' only count of a unit, told in sentences worded otherwise (conflict_counts.rival_counts).

Tester 12's held-out sets: "A container ship with 21 crew on board ran aground" / "The 22 crew members were taken
off the vessel", "membawa 142 penumpang" / "Sebanyak 138 penumpang ... selamat" were never one fact, so each
count was listed as its outlet's own detail and no conflict was shown.
"""

from __future__ import annotations

import pytest

from summarizer import Options, summarize, to_dict
from summarizer.models import Report

CASES = {
    "en": (
        (
            "A container ship with 21 crew on board ran aground off the island of Fedje on Thursday.",
            "Norwegian authorities said the hull was damaged but no oil had leaked.",
        ),
        (
            "A Liberian-flagged container ship ran aground off the island of Fedje on Thursday, the coast guard said.",
            "The 22 crew members were taken off the vessel by helicopter as a precaution.",
            "Salvage teams hope to refloat the ship at high tide next week.",
        ),
    ),
    "id": (
        (
            "Pesawat Nusa Air tergelincir saat mendarat di Bandara Haluoleo, Kendari, pada Minggu malam.",
            "Pesawat tersebut membawa 142 penumpang dan enam awak kabin.",
        ),
        (
            "Pesawat Nusa Air tergelincir di Bandara Haluoleo, Kendari, Minggu malam, saat hujan deras.",
            "Sebanyak 138 penumpang pesawat yang tergelincir itu dilaporkan selamat.",
            "Kepala bandara mengatakan landasan pacu ditutup hingga Senin pagi.",
        ),
    ),
}


def _conflicts(texts: list[tuple[str, ...]], language: str) -> tuple[list[list[str]], dict]:
    reports = [Report(id=f"r{n}", outlet=f"Outlet {n}", text="\n\n".join(t)) for n, t in enumerate(texts)]
    found = to_dict(summarize(reports, Options(language=language, unique=0)))
    return [sorted(v["value"] for v in c["values"]) for c in found["conflicts"]], found


@pytest.mark.parametrize("language", ["en", "id"])
def test_two_reports_only_counts_of_a_unit_worded_otherwise_are_rivals(language):
    conflicts, data = _conflicts(list(CASES[language]), language)
    assert len(conflicts) == 1 and len(conflicts[0]) == 2
    numbers = {"en": {"21", "22"}, "id": {"138", "142"}}[language]
    assert set(conflicts[0]) == numbers
    listed = {u["text"] for u in data["unique"]}
    assert not any(n in t for t in listed for n in numbers)  # no rival listed as an outlet's own detail


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_report_counting_the_unit_twice_is_left_to_the_facts(language):
    first, second = CASES[language]
    extra = {
        "en": "Last year the ship sailed with 40 crew on a longer route.",
        "id": "Tahun lalu maskapai itu mengangkut 90 penumpang per hari di rute tersebut.",
    }[language]
    conflicts, _ = _conflicts([first, (*second, extra)], language)
    assert conflicts == []


def test_reports_with_no_fact_in_common_give_no_rivals():
    """Two articles of other events (IndoSum's mixed clusters: "9 juta euro" / "50 juta euro" of two transfers)."""
    a = Report(id="a", outlet="A", text="Sevilla signed the winger for a fee of 9 million euros on Monday.")
    b = Report(id="b", outlet="B", text="Arsenal have offered 50 million euros for the Dortmund striker.")
    assert to_dict(summarize([a, b], Options(language="en", unique=0)))["conflicts"] == []


def test_counts_of_other_fates_or_reports_days_apart_are_no_rivals():
    a = Report(id="a", outlet="A", text="Police said 12 people were injured when the march turned violent.")
    b = Report(id="b", outlet="B", text="Officers detained 40 people after the protest, a spokesman said.")
    found = to_dict(summarize([a, b], Options(language="en", unique=0)))
    assert found["conflicts"] == []
    for published, rivals in (("2024-03-02", 1), ("2024-03-05", 0)):  # a toll grows over days
        shared = "The river burst its banks in the north of the province after days of heavy rain.\n\n"
        text = shared + "Heavy rain has left 21 people dead in the north of the province."
        early = Report(id="a", outlet="A", text=text, published="2024-03-01")
        text = shared + "Rescuers said 35 people had died since the river burst its banks."
        late = Report(id="b", outlet="B", text=text, published=published)
        found = to_dict(summarize([early, late], Options(language="en", unique=0)))
        assert len(found["conflicts"]) == rivals
