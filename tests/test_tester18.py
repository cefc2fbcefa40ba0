"""Tester 18's findings on sets nobody tuned on (a gas-pipeline explosion and a heatwave in English, a tour-bus crash
and a school food poisoning in Indonesian), each fixed with a case that failed before (README, "Comparison")."""

from __future__ import annotations

from summarizer import Options, Report, summarize
from summarizer.conflict_compare import agree
from summarizer.language import analyzer_for
from summarizer.slot_times import of_time
from summarizer.slot_value import Value
from summarizer.slots import values


def _unique(texts: dict[str, str], kinds: tuple[str, ...] = ("detail",)) -> list[str]:
    reports = [Report(id=k, outlet=k, text=text) for k, text in texts.items()]
    return [u.text for u in summarize(reports, Options(unique=0)).unique if u.kind in kinds]


# A hedged count another report gives exactly, in a sentence of another fact, is no one outlet's number.
def test_a_hedged_count_restated_in_another_fact_is_no_detail():
    details = _unique(
        {
            "wire": "A natural gas pipeline exploded near the town of Marlow Creek on Tuesday night, and about "
            "1,200 residents were evacuated, officials said.\nFirefighters let the gas burn off.\n"
            "Three people were injured.",
            "gazette": "Sheriff Tom Ward said 1,180 residents had been evacuated as a precaution.\n"
            "The pipeline exploded outside Marlow Creek late on Tuesday.\nThe cause is not yet known.",
        }
    )
    assert not any("1,200" in d for d in details)


BUS = {
    "kabar": "Sebuah bus pariwisata terguling di Jalan Raya Cikidang, Kabupaten Sukabumi, Sabtu (14/6/2025).\n"
    "Empat orang tewas dalam kecelakaan tersebut, sementara 32 orang luka-luka.\n"
    "Bus tersebut mengangkut 45 penumpang.\nPara korban dibawa ke RSUD Palabuhanratu.",
    "sinar": "Empat korban meninggal dunia dalam kecelakaan bus pariwisata di Cikidang, Sukabumi.\n"
    "Lebih dari 30 penumpang mengalami luka-luka.\nSopir bus selamat dan kini diamankan di Polres Sukabumi.",
    "warta": "Empat orang meninggal dunia setelah bus pariwisata terguling di Jalan Raya Cikidang, Sukabumi.\n"
    "Sebanyak 32 penumpang luka-luka dan dirawat di RSUD Palabuhanratu.\n"
    "Dinas Perhubungan akan memeriksa uji KIR bus tersebut.",
}


def test_a_hedged_count_restated_in_another_fact_is_no_detail_in_indonesian():
    assert not any("30" in d for d in _unique(BUS, ("detail", "fact")))


def test_a_hedged_count_of_another_quantity_stays_the_outlets():
    # a guard (it passes before the change too): without the injured counts, "mengangkut 45 penumpang" meets "lebih
    # dari 30 penumpang" but says nothing of the injured (no fate, no word around both besides the unit)
    bus = {
        "kabar": BUS["kabar"].replace(", sementara 32 orang luka-luka", ""),
        "sinar": BUS["sinar"],
        "warta": BUS["warta"].replace("Sebanyak 32 penumpang luka-luka dan dirawat", "Para korban dirawat"),
    }
    assert any("30 penumpang" in d for d in _unique(bus, ("detail", "fact")))


# A hedged half hour is a rounding to the half hour: "about 9:30" is 9:15-9:45, not "shortly after 10 p.m.".
def _time(text: str, language: str) -> Value:
    return next(v for v in values(text, analyzer_for(language)) if of_time(v))


def test_a_hedged_half_hour_agrees_within_a_quarter_hour():
    about = _time("The blast happened at about 9:30 p.m. on a transmission line.", "en")
    assert not agree(about, _time("The explosion, which took place shortly after 10 p.m., was heard for miles.", "en"))
    exact = _time("The blast happened at 9:40 p.m. near the town.", "en")
    assert agree(about, exact)
    # on the hour, the rounding is to the hour: half an hour either way, as before
    assert agree(_time("The blast happened at about 10 p.m. near the town.", "en"), exact)


def test_a_hedged_half_hour_agrees_within_a_quarter_hour_in_indonesian():
    about = _time("Kecelakaan itu terjadi sekitar pukul 14.30 WIB saat bus melaju di jalan menurun.", "id")
    assert not agree(about, _time("Peristiwa itu terjadi pukul 15.00 WIB di tikungan tajam.", "id"))
    assert agree(about, _time("Peristiwa itu terjadi pukul 14.40 WIB di tikungan tajam.", "id"))


def test_times_worded_apart_that_a_half_hour_rounding_does_not_cover_are_rivals():
    reports = {
        "wire": "A natural gas pipeline exploded near Marlow Creek on Tuesday night.\n"
        "The blast happened at about 9:30 p.m. on a transmission line operated by Northline Energy.\n"
        "Three people were injured.",
        "herald": "A gas pipeline exploded outside Marlow Creek on Tuesday night.\n"
        "The explosion, which took place shortly after 10 p.m., was heard as far as 15 miles away.\n"
        "Three people were hurt.",
    }
    summary = summarize([Report(id=k, outlet=k, text=v) for k, v in reports.items()], Options(unique=0))
    assert [sorted(v.text for v in c.values) for c in summary.conflicts] == [["10 p.m.", "9:30 p.m."]]
