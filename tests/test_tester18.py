"""Tester 18's findings on sets nobody tuned on (a gas-pipeline explosion and a heatwave in English, a tour-bus crash
and a school food poisoning in Indonesian), each fixed with a case that failed before (README, "Comparison")."""

from __future__ import annotations

from summarizer import Options, Report, summarize


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
