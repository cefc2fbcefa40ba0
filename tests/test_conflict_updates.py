"""A later report's grown count, which the report says grew, is an update and no disagreement (conflict_updates;
tester 18's update-count repro)."""

from __future__ import annotations

from summarizer import Options, Report, summarize


def _conflicts(texts: dict[str, tuple[str, str | None]]) -> list[tuple[str, list[str]]]:
    reports = [Report(id=k, outlet=k, text=text, published=day) for k, (text, day) in texts.items()]
    return [(c.kind, sorted(v.text for v in c.values)) for c in summarize(reports, Options(unique=0)).conflicts]


BUS_EARLY = (
    "Bus pariwisata terguling di Jalan Raya Cikidang, Sukabumi, Sabtu (14/6/2025).\nEmpat orang tewas dalam "
    "kecelakaan itu.",
    "2025-06-14",
)
BUS_LATER = (
    "Jumlah korban kecelakaan bus pariwisata di Jalan Raya Cikidang, Sukabumi, bertambah pada Minggu (15/6/2025).\n"
    "Lima orang tewas dalam kecelakaan itu.",
    "2025-06-15",
)


def test_a_toll_the_later_report_says_grew_is_no_disagreement():
    # before: number Empat/Lima and date 14/6/2025 / 15/6/2025 (the day of the update)
    assert _conflicts({"kabar": BUS_EARLY, "warta": BUS_LATER}) == []


def test_a_grown_toll_of_one_day_is_a_disagreement():
    # the update needs a later day: two reports of one day that give 4 and 5 dead disagree
    found = _conflicts({"kabar": BUS_EARLY, "warta": (BUS_LATER[0], BUS_EARLY[1])})
    assert ("number", ["Empat", "Lima"]) in found


def test_a_toll_that_shrank_is_a_disagreement():
    later = (BUS_LATER[0], BUS_EARLY[1].replace("14", "15"))
    early = (BUS_EARLY[0].replace("Empat", "Enam"), BUS_EARLY[1])
    assert ("number", ["Enam", "Lima"]) in _conflicts({"kabar": early, "warta": later})


def test_undated_reports_give_no_update():
    assert ("number", ["Empat", "Lima"]) in _conflicts({"kabar": (BUS_EARLY[0], None), "warta": (BUS_LATER[0], None)})


QUAKE_EARLY = (
    "A magnitude 6.1 earthquake struck the coastal city of Esmer on Monday.\n"
    "Twelve people were killed when buildings collapsed in the old town.",
    "2025-03-03",
)


def test_a_death_toll_that_rose_overnight_is_an_update():
    later = (
        "The death toll from Monday's magnitude 6.1 earthquake in Esmer rose on Tuesday.\n"
        "Fifteen people were killed when buildings collapsed in the old town, officials said.",
        "2025-03-04",
    )
    assert not any(kind == "number" for kind, _ in _conflicts({"wire": QUAKE_EARLY, "post": later}))


def test_a_larger_count_a_day_later_without_a_word_of_growth_is_a_disagreement():
    # a later report's other count may be a correction as well as an update: without its word, both are shown
    later = (
        "A magnitude 6.1 earthquake struck the coastal city of Esmer on Monday.\n"
        "Fifteen people were killed when buildings collapsed in the old town, officials said.",
        "2025-03-04",
    )
    assert ("number", ["Fifteen", "Twelve"]) in _conflicts({"wire": QUAKE_EARLY, "post": later})
