"""A fact two outlets give with different values is one fact: told once in the brief, credited to both, flagged."""

from __future__ import annotations

import pytest

from summarizer import Options, summarize, to_dict
from summarizer.models import Report
from tests.conftest import report

QUAKE_EN = (
    report(
        "A powerful earthquake struck the northern province of Kastel on Sunday, killing 31 people and destroying "
        "hundreds of mud-brick homes, officials said.",
        "Rescue teams from the capital reached the worst-hit villages by nightfall.",
        "The governor asked the army to send tents and water.",
    ),
    report(
        "An earthquake hit Kastel province in the north on Sunday, killing 38 people and toppling the old mosque "
        "of Vero, officials said.",
        "Schools across the province will stay closed until Friday.",
        "Aftershocks were felt as far away as the coast.",
    ),
)
QUAKE_ID = (
    report(
        "Gempa kuat mengguncang Kabupaten Sorong Selatan pada Minggu pagi, menewaskan 31 orang dan merusak ratusan "
        "rumah warga, kata pejabat setempat.",
        "Tim penyelamat dari Jayapura tiba di desa-desa yang paling parah pada malam hari.",
        "Bupati meminta bantuan tenda dan air bersih.",
    ),
    report(
        "Gempa mengguncang Sorong Selatan pada Minggu pagi, menewaskan 38 orang dan merobohkan masjid tua di "
        "Distrik Teminabuan, kata pejabat setempat.",
        "Sekolah di kabupaten itu diliburkan hingga Jumat.",
        "Gempa susulan terasa hingga ke pesisir.",
    ),
)


@pytest.mark.parametrize(("texts", "language"), [(QUAKE_EN, "en"), (QUAKE_ID, "id")])
def test_a_fact_given_with_two_tolls_is_told_once_credited_to_both_and_flagged(
    texts: tuple[str, str], language: str
) -> None:
    reports = [Report(id="a", outlet="Outlet A", text=texts[0]), Report(id="b", outlet="Outlet B", text=texts[1])]
    data = to_dict(summarize(reports, Options(language=language, unique=0)))
    [conflict] = data["conflicts"]
    assert sorted(v["value"] for v in conflict["values"]) == ["31", "38"]
    told = [item for item in data["brief"] if "31" in item["text"] or "38" in item["text"]]
    assert len(told) == 1, [item["text"] for item in told]  # was twice: each outlet's version its own fact
    assert told[0]["documents"] == ["a", "b"] and told[0]["conflict"] is True
    assert told[0]["fact"] == conflict["fact"]
    [fact] = [f for f in data["facts"] if f["id"] == conflict["fact"]]
    assert sorted(v["document"] for v in fact["versions"]) == ["a", "b"]  # the conflict's fact holds both values
    ids = [f["id"] for f in data["facts"]]
    assert ids == [f"f{n}" for n in range(1, len(ids) + 1)]


def test_a_date_given_in_passing_does_not_join_two_facts() -> None:
    """A conflict between the sinking's date and a date in another fact's sentence joins nothing."""
    reports = [
        Report(
            id="a",
            text=report(
                "Kapal tongkang KM Bahari Jaya tenggelam di perairan Pulau Seram, Kamis (20/8/2026) dini hari.",
                "Sebanyak 12 awak kapal berhasil diselamatkan nelayan setempat.",
                "Penyebab kecelakaan masih diselidiki polisi.",
            ),
        ),
        Report(
            id="b",
            text=report(
                "Petugas memasang pelampung penahan sepanjang 300 meter untuk menahan tumpahan solar dari kapal KM "
                "Bahari Jaya yang tenggelam di Pulau Seram pada Rabu (19/8).",
                "Dinas Lingkungan Hidup mengambil sampel air laut di sekitar lokasi.",
                "Nelayan diminta tidak melaut selama dua hari.",
            ),
        ),
    ]
    data = to_dict(summarize(reports, Options(language="id", unique=0)))
    [conflict] = data["conflicts"]
    assert conflict["kind"] == "date"
    leads = [item for item in data["brief"] if "Bahari Jaya" in item["text"]]
    assert [item["documents"] for item in leads] == [["a"], ["b"]]  # two facts, each in the brief
