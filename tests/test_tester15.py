"""Tester 15's findings on sets nobody tuned on (an acid tanker rollover and a coal-mine roof fall in English, a
toll-road pile-up and a KPK sting in Indonesian), each fixed with a case that failed before (README,
"Disagreements")."""

from __future__ import annotations

import pytest

from summarizer import Options, Report, summarize, to_dict


def _conflicts(texts: dict[str, str], language: str) -> list[set[str]]:
    reports = [Report(id=k, outlet=k, text=v) for k, v in texts.items()]
    brief = to_dict(summarize(reports, Options(unique=0, language=language)))
    return [{v["value"] for v in c["values"]} for c in brief["conflicts"]]


@pytest.mark.parametrize(
    ("language", "texts", "times"),
    [
        (
            "id",
            {
                "a": "Truk tangki bermuatan asam terguling di Jalan Raya Cikampek sekitar pukul 06.40 WIB, Selasa "
                "(3/6/2025), sehingga ratusan warga mengungsi.\nSopir truk mengalami patah tangan.",
                "b": "Ratusan warga mengungsi setelah truk tangki bermuatan asam terguling di Jalan Raya Cikampek pada "
                "Selasa (3/6/2025) sekitar pukul 09.00 WIB.\nSopir truk dibawa ke rumah sakit.",
            },
            {"06.40 WIB", "09.00 WIB"},
        ),
        (
            "en",
            {
                "a": "A tanker carrying acid overturned on Highway 41 near Millbrook at about 6:40 a.m. on June 3, "
                "forcing hundreds of residents from their homes.\nThe driver suffered a broken arm.",
                "b": "Hundreds of Millbrook residents were forced from their homes on June 3 after a tanker carrying "
                "acid overturned on Highway 41 shortly after 9 a.m.\nThe driver was taken to hospital.",
            },
            {"6:40 a.m.", "9 a.m."},
        ),
    ],
)
def test_the_only_times_of_two_sentences_that_agree_on_the_day_are_compared(language, texts, times):
    # a time of day was compared only where the words next to it ran alike (a story's timeline gives many: "closed
    # the road at 7 p.m." / "reopened it at 10 p.m."); two leads that agree on the day and each give one time, with
    # words around it in common, tell one moment
    assert _conflicts(texts, language) == [times]


def test_two_times_of_a_timeline_are_still_apart():
    # the same day, one time each, but other words: two moments of one story, no disagreement
    texts = {
        "a": "Police closed Highway 41 near Millbrook at 7 p.m. on June 3 after the tanker overturned.",
        "b": "Highway 41 near Millbrook reopened to traffic at 10 p.m. on June 3, the transport office said.",
    }
    assert _conflicts(texts, "en") == []


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        (
            "en",
            {  # tester 14's rates set: the bond yield's move is no rival of the rate's
                "a": "The Bank of Caldera raised its benchmark interest rate by a quarter of a percentage point to "
                "5.75 per cent.\n"
                "The yield on the 10-year government bond climbed 12 basis points to 6.31 per cent.",
                "b": "Caldera's central bank lifted its policy rate by 25 basis points to 5.75% on March 12.",
            },
        ),
        (
            "id",
            {  # tester 15's toll set: a crash of 2019 is another event
                "a": "Kecelakaan beruntun melibatkan delapan kendaraan terjadi di Tol Cipularang KM 92 arah Jakarta, "
                "Kabupaten Purwakarta, Selasa (10/6/2025).",
                "b": "Tabrakan beruntun terjadi di turunan Tol Cipularang KM 92 arah Jakarta pada Selasa (10/6/2025).\n"
                "Kecelakaan di turunan Tol Cipularang bukan kali pertama terjadi; pada 2019, tabrakan beruntun di KM "
                "91 melibatkan 21 kendaraan.",
            },
        ),
        (
            "id",
            {  # the seeds: two spans of years, of ties and of visits
                "a": "Rusia dan Korea Utara sudah memperingati 75 tahun terjalinnya hubungan diplomatik.",
                "b": "Putin berada dalam kunjungan pertamanya ke Korea Utara dalam 24 tahun.",
            },
        ),
    ],
)
def test_amounts_of_other_quantities_near_in_words_are_no_rivals(language, texts):
    # traps any reading of rival amounts in sentences that only come near must avoid (an experiment that compared
    # such sentences' sole amounts raised each of them before it had guards; README, nineteenth round)
    assert _conflicts(texts, language) == []
