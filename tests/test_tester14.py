"""Tester 14's findings on sets nobody tuned on (a train derailment and a rate decision in English, a flash flood
and a fuel price rise in Indonesian), each fixed with a case that failed before (README, "Disagreements" and
"Comparison")."""

from __future__ import annotations

import pytest

from summarizer import Options, Report, summarize, to_dict
from summarizer.claims import without_attribution
from summarizer.clean import strip_dateline
from summarizer.language import analyzer_for


def _brief(texts: dict[str, str], language: str) -> dict:
    reports = [Report(id=k, outlet=k, text=v) for k, v in texts.items()]
    return to_dict(summarize(reports, Options(unique=0, language=language)))


def _conflicts(brief: dict) -> list[set[str]]:
    return [{v["value"] for v in c["values"]} for c in brief["conflicts"]]


def _details(brief: dict) -> list[str]:
    return [u["text"] for u in brief["unique"] if u["kind"] == "detail"]


def test_a_dateline_may_name_an_outlet_of_several_words():
    # "(Capital Markets Daily)" was longer than the 20 characters an outlet in a dateline could have: the dateline
    # stayed in the sentence, and its place and date were listed as the outlet's own details
    rest, outlet, _ = strip_dateline("PORT ARVEN, March 12 (Capital Markets Daily) - The Bank of Caldera raised rates.")
    assert (rest, outlet) == ("The Bank of Caldera raised rates.", "Capital Markets Daily")
    brief = _brief(
        {
            "a": "PORT ARVEN, March 12 (Capital Markets Daily) - The Bank of Caldera raised its benchmark interest "
            "rate to 5.75 per cent on Wednesday.\nThe crown rose after the announcement.",
            "b": "PORT ARVEN, March 12 (Northgate) - The Bank of Caldera lifted its benchmark interest rate to 5.75 "
            "per cent on Wednesday.\nBond yields climbed.",
        },
        "en",
    )
    assert _details(brief) == []


@pytest.mark.parametrize("after", [", the bank said.", "."])
def test_a_vote_tally_before_a_comma_is_read(after):
    # "by 6-1, the bank said": the comma right after the tally hid it (a decimal comma was meant: "1-2,5")
    brief = _brief(
        {
            "a": "The Bank of Caldera raised its benchmark rate to 5.75 per cent on Wednesday. "
            "The Monetary Policy Committee voted 5-2 for the increase, the bank said.",
            "b": "The Bank of Caldera lifted its benchmark rate to 5.75 per cent on Wednesday. "
            f"The Monetary Policy Committee voted for the increase by 6-1{after}",
        },
        "en",
    )
    assert _conflicts(brief) == [{"5-2", "6-1"}]


def test_two_counts_of_the_injured_in_leads_that_only_come_close_are_compared():
    # one lead gives more (the line, the date): the two only come close, and counts there were compared only
    # with three alike words around them; counts of people who met one fate are one quantity
    brief = _brief(
        {
            "a": "Four people were killed and 57 injured when a packed commuter train derailed near Halden Cross "
            "station on Monday morning, emergency services said. Investigators are examining the track.",
            "b": "A rush-hour commuter train derailed near Halden Cross station on the Westbury line on Monday, "
            "March 10, leaving four people dead and 75 injured. Inspectors will look at the state of the track.",
        },
        "en",
    )
    assert _conflicts(brief) == [{"57", "75"}]
    assert not any("injured" in d for d in _details(brief))


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "Four people were killed on Monday morning, emergency services said.", "on Monday morning,"),
        ("en", "Prices rose, analysts said.", "Prices rose,"),
        ("en", "The company said it would sue, the paper reported.", "would sue,"),
        ("id", "Jalan ditutup sejak pagi, kata polisi.", "sejak pagi,"),
    ],
)
def test_a_source_of_a_few_words_and_a_speech_verb_only_attributes(language, text, kept):
    core = without_attribution(text, 0, len(text), analyzer_for(language))
    assert core.rstrip().endswith(kept)


def test_a_sentence_that_says_who_spoke_keeps_its_claim():
    text = "He said the company would sue."
    assert without_attribution(text, 0, len(text), analyzer_for("en")) == text


def test_no_source_is_listed_as_a_detail():
    # ", emergency services said" was the tail no other report said: "morning, emergency services" was a detail
    brief = _brief(
        {
            "a": "Four people were killed when a packed commuter train derailed near Halden Cross station on Monday "
            "morning, emergency services said. Firefighters freed trapped passengers.",
            "b": "A commuter train came off the rails near Halden Cross station at 7:48 a.m. on Monday, killing four "
            "passengers and injuring dozens, police said. Investigators arrived at the scene.",
        },
        "en",
    )
    assert not any("services" in d or "police" in d for d in _details(brief))


@pytest.mark.parametrize(
    ("language", "a", "b", "conflicts"),
    [
        (
            "id",
            "Pemerintah menaikkan harga Pertalite dari Rp10.000 menjadi Rp11.500 per liter mulai Sabtu (1/3/2025). "
            "Harga Solar bersubsidi naik dari Rp6.800 menjadi Rp7.500 per liter.",
            "Pemerintah menaikkan harga Pertalite sebesar Rp1.500 menjadi Rp11.500 per liter mulai Sabtu (1/3/2025). "
            "Sementara itu, harga Solar naik menjadi Rp7.800 per liter.",
            [{"Rp7.500", "Rp7.800"}],
        ),
        (
            "en",
            "The bank raised its benchmark rate from 5.5 per cent to 5.75 per cent on Wednesday. "
            "The bank raised its deposit rate to 4.5 per cent.",
            "The bank raised its benchmark rate by 0.25 points to 5.75 per cent on Wednesday. "
            "The bank raised its deposit rate to 4.75 per cent.",
            [{"4.5", "4.75"}],
        ),
    ],
)
def test_a_change_told_from_where_it_started_or_by_how_much_is_no_conflict(language, a, b, conflicts):
    # "dari Rp10.000" (the old price) and "sebesar Rp1.500" (the rise) were a conflict, and the old Solar price was
    # paired with the other outlet's new one; the word before an amount says its part in the change
    brief = _brief({"a": a, "b": b}, language)
    assert _conflicts(brief) == conflicts


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        ("for 14 days", "for two weeks", []),
        ("for 48 hours", "for two days", []),
        ("for 14 days", "for three weeks", [{"14", "three"}]),
        ("for 14 days", "for two months", [{"14", "two"}]),
        ("for two months", "for 60 days", []),
    ],
)
def test_durations_in_other_units_are_compared_in_days(a, b, conflicts):
    # "14 days" / "two weeks" was a conflict: each count was read in its own unit
    brief = _brief(
        {
            "a": f"A flash flood hit the town of Lubuk Sarai on Thursday night. The regent declared a state of "
            f"emergency {a}.",
            "b": f"A flash flood struck the town of Lubuk Sarai late on Thursday. The regent declared a state of "
            f"emergency {b}.",
        },
        "en",
    )
    assert _conflicts(brief) == conflicts


@pytest.mark.parametrize(
    ("language", "texts", "emergency"),
    [
        (
            "id",
            {
                "a": "Banjir bandang menerjang Kecamatan Lubuk Sarai, Kabupaten Batu Pandan, Kamis (6/3/2025) malam.\n"
                '"Wilayah yang paling parah terdampak adalah Nagari Koto Baru," kata Rahmat, Jumat (7/3/2025).\n'
                "Aliran listrik di tiga kecamatan padam sejak Kamis malam.",
                "b": "Banjir bandang melanda Kecamatan Lubuk Sarai, Kabupaten Batu Pandan, pada Kamis malam, 6 Maret "
                "2025.\nBupati Batu Pandan telah menetapkan status tanggap darurat selama dua pekan, terhitung mulai "
                "Jumat (7/3/2025).\nDinas Sosial mendirikan dapur umum di halaman Kantor Camat Lubuk Sarai.",
            },
            "tanggap darurat",
        ),
        (
            "en",
            {
                "a": "A flash flood swept through the Lubuk Sarai district of Batu Pandan on Thursday night, March 6, "
                '2025.\n"Koto Baru was worst hit," Rahmat said on Friday, March 7, 2025.\n'
                "Power was cut in three districts from Thursday night.",
                "b": "A flash flood hit the Lubuk Sarai district of Batu Pandan late on Thursday, March 6, 2025.\n"
                "The regent declared an emergency from Friday, March 7, 2025.\n"
                "The social affairs office set up a public kitchen at the district office.",
            },
            "declared an emergency",
        ),
    ],
)
def test_sentences_sharing_only_their_day_are_not_one_fact(language, texts, emergency):
    # a quote given on Friday (7/3) and an emergency declared from Friday (7/3) shared nothing but the day: they
    # were one fact, so the emergency was credited to the outlet that only quoted its official that day
    brief = _brief(texts, language)
    item = next(b for b in brief["brief"] if emergency in b["text"])
    assert item["outlets"] == ["b"]


@pytest.mark.parametrize(
    ("office_a", "office_b"),
    [
        ("Wakil Ketua Komisi XII DPR, Eko Wibisono,", "Ketua Komisi XII DPR Andi Rusdianto"),
        ("Plt Kepala Dinas Sosial, Eko Wibisono,", "Kepala Dinas Sosial Andi Rusdianto"),
    ],
)
def test_a_person_in_commas_after_a_ranked_title_is_read(office_a, office_b):
    # "Wakil Ketua Komisi XII DPR, Eko Wibisono,": the office's first word is a rank ("Wakil", "Plt"), not a title,
    # so the name in commas after it was not read as the person it titles and the rival name was not seen
    # (English writes such an office in lower case, "the committee's deputy chairman, X,", which was read already)
    brief = _brief(
        {
            "a": "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR, Senin (3/3/2025).\n"
            f"Perwakilan mahasiswa kemudian diterima {office_a} untuk beraudiensi.\nPolisi mengamankan 27 orang.",
            "b": "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR, Senin (3/3/2025).\n"
            f"Perwakilan mahasiswa kemudian diterima {office_b} untuk beraudiensi.\n"
            "Lalu lintas dialihkan hingga malam.",
        },
        "id",
    )
    assert _conflicts(brief) == [{"Eko Wibisono", "Andi Rusdianto"}]


@pytest.mark.parametrize(
    ("language", "texts", "days"),
    [
        (
            "id",
            {
                "a": "Banjir bandang menerjang Kecamatan Lubuk Sarai, Kabupaten Batu Pandan, Sumatera Barat, Kamis "
                '(6/3/2025) sekitar pukul 22.30 WIB.\n"Wilayah yang paling parah terdampak adalah Nagari Koto Baru," '
                "kata Rahmat, Jumat (7/3/2025).",
                "b": "Banjir bandang menghantam permukiman warga di Kecamatan Lubuk Sarai, Kabupaten Batu Pandan, "
                "Jumat (7/3/2025) dini hari sekitar pukul 01.00 WIB.",
            },
            {"6/3/2025", "7/3/2025"},
        ),
        (
            "en",
            {
                "a": "A flash flood swept through the Lubuk Sarai district of Batu Pandan on Thursday, March 6, 2025, "
                'at about 10.30 p.m.\n"Koto Baru was the worst hit," Rahmat said on Friday, March 7, 2025.',
                "b": "A flash flood struck homes in the Lubuk Sarai district of Batu Pandan early on Friday, March 7, "
                "2025, at about 1 a.m.",
            },
            {"March 6, 2025", "March 7, 2025"},
        ),
    ],
)
def test_the_day_a_source_spoke_does_not_vouch_for_the_day_of_the_event(language, texts, days):
    # "kata Rahmat, Jumat (7/3/2025)" dates the quote, as Indonesian copy dates nearly every quote: it counted as
    # the report giving 7/3 for the flood too, and hid its disagreement with the other report's day
    published = {"a": "2025-03-07", "b": "2025-03-08"}
    reports = [Report(id=k, outlet=k, text=v, published=published[k]) for k, v in texts.items()]
    brief = to_dict(summarize(reports, Options(unique=0, language=language)))
    assert days in _conflicts(brief)  # (the times of day, 10.30 p.m. / 1 a.m., may be listed too: they differ)
