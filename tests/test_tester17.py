"""Tester 17's findings on sets nobody tuned on (a city blackout in English, a whirlwind in Indonesian), each fixed
with a case that failed before (README, "Real-world input")."""

from __future__ import annotations

from summarizer import Options, Report, summarize
from summarizer.clean import clean
from summarizer.conflict_compare import agree
from summarizer.language import analyzer_for
from summarizer.slot_times import of_time
from summarizer.slot_value import Value
from summarizer.slots import values
from summarizer.unwrap import unwrap, wrap_width

# one sentence a line, the longest line a full one right before a caption: no hard-wrapped text
ONE_SENTENCE_LINES = """Puting beliung terjang Rancaekek, 312 rumah rusak
Sebanyak 312 rumah rusak akibat angin puting beliung di Rancaekek, Selasa sore.
Kepala Pelaksana BPBD Kabupaten Bandung Uka Suska mengatakan tiga orang luka ringan.
Empat belas pohon tumbang di jalan provinsi dan aliran listrik padam.
Bupati Bandung Dadang Supriatna meninjau lokasi pada Selasa malam.
Pemerintah kabupaten akan memberi bantuan Rp 5 juta untuk setiap rumah rusak berat.
Foto: Warga membersihkan puing rumah di Rancaekek."""


def test_lines_of_one_sentence_each_are_not_read_as_hard_wrapped():
    # a full line that ends on its full stop is no evidence of wrapping: the caption was glued onto the line before
    assert wrap_width(ONE_SENTENCE_LINES) is None
    assert unwrap(ONE_SENTENCE_LINES) == ONE_SENTENCE_LINES


def test_a_caption_after_a_full_last_line_is_dropped():
    paragraphs = clean(ONE_SENTENCE_LINES).paragraphs
    assert paragraphs[-1] == "Pemerintah kabupaten akan memberi bantuan Rp 5 juta untuk setiap rumah rusak berat."
    assert not any("Foto" in p for p in paragraphs)


# Times: tester 17 found times that disagree not flagged when the sentences are worded apart.
def _conflicts(texts: dict[str, str]):
    return summarize([Report(id=k, outlet=k, text=v) for k, v in texts.items()], Options(unique=0))


def test_times_of_one_fact_worded_apart_are_rivals():
    # grouped as one fact (the cause, the place), each sentence's only time: two accounts of when it began
    summary = _conflicts(
        {
            "a": "A blackout cut power to 212,000 homes in Port Elston on Monday.\n"
            "The outage began at 6:40 p.m. after a fault at the Kessing substation, the utility said.\n"
            "Traffic lights failed in the city centre.\nTwo hospitals ran on backup generators.",
            "b": "More than 200,000 homes lost power in Port Elston on Monday.\n"
            "Elston Power said the blackout started at 6:15 p.m. when a transformer failed at the Kessing "
            "substation.\nThe metro halted all trains.\nTwo hospitals switched to backup generators.",
        }
    )
    assert [[v.text for v in c.values] for c in summary.conflicts] == [["6:40 p.m.", "6:15 p.m."]]


def test_when_the_event_took_place_is_one_time_however_the_event_is_named():
    summary = _conflicts(
        {
            "c": "Kebakaran melanda gudang tekstil di Cimahi.\n"
            "Kebakaran terjadi sekitar pukul 15.30 WIB, kata polisi.\nTiga rumah di sekitarnya hangus.",
            "d": "Gudang tekstil di Cimahi terbakar.\nPeristiwa itu terjadi sekitar pukul 16.00 WIB.\n"
            "Tiga rumah warga ikut hangus terbakar.",
        }
    )
    assert [[v.text for v in c.values] for c in summary.conflicts] == [["15.30 WIB", "16.00 WIB"]]
    # one fact, told once in the brief with both outlets, marked as disputed
    timed = [b for b in summary.brief if "terjadi" in summary.corpus.texts[b.sentence]]
    assert len(timed) == 1 and timed[0].documents == (0, 1)


def test_a_time_said_once_beside_another_events_time_is_no_rival():
    # a report that tells two times of taking place (a timeline) is left to the fact pairs
    summary = _conflicts(
        {
            "c": "Kebakaran terjadi sekitar pukul 15.30 WIB.\nTiga rumah hangus.",
            "d": "Kebakaran pertama terjadi pukul 16.00 WIB.\nKebakaran kedua terjadi pukul 18.00 WIB.\n"
            "Tiga rumah hangus terbakar.",
        }
    )
    assert summary.conflicts == ()


def test_a_round_time_agrees_with_one_to_the_minute_close_by():
    assert agree(*_times("at 08:30 GMT", "at 08:26 GMT"))
    assert not agree(*_times("at 08:30 GMT", "at 08:15 GMT"))
    # two hedged roundings half an hour apart are two accounts; a hedged half hour still covers a close exact time
    # (a quarter hour either way: tests/test_tester18.py)
    assert not agree(*_times("sekitar pukul 15.30 WIB", "sekitar pukul 16.00 WIB", "id"))
    assert agree(*_times("sekitar pukul 15.30 WIB", "pukul 15.40 WIB", "id"))


def _times(first: str, second: str, language: str = "en") -> tuple[Value, Value]:
    analyzer = analyzer_for(language)
    (a,) = [v for v in values(first, analyzer) if of_time(v)]
    (b,) = [v for v in values(second, analyzer) if of_time(v)]
    return a, b


def test_a_short_sentence_is_told_when_the_brief_has_room():
    # "Power failed across the city." (five words, all three reports) was left out of a brief with room for seven
    texts = {
        "a": "Mayor Tom Reyes declared a local emergency.\nPower failed across the city.",
        "b": "Mayor Tom Reyes declared a local emergency late on Monday.\nPower failed across the city.",
        "c": "Mayor Tom Reyes said the city would review its emergency plans.\nPower failed across the city.",
    }
    summary = summarize([Report(id=k, outlet=k, text=v) for k, v in texts.items()])
    told = [b for b in summary.brief if b.text == "Power failed across the city."]
    assert len(told) == 1 and told[0].documents == (0, 1, 2)
    # a short sentence comes after the longer ones, however high it scores
    assert (
        summarize([Report(id=k, outlet=k, text=v) for k, v in texts.items()], Options(sentences=1))
        .brief[0]
        .text.startswith("Mayor Tom Reyes")
    )


# A full date another report names by its day only ("on Monday", published that week) is no one outlet's detail.
def _details(texts: dict[str, tuple[str, str]]) -> list[str]:
    reports = [Report(id=k, outlet=k, text=text, published=day) for k, (day, text) in texts.items()]
    return [u.text for u in summarize(reports, Options(unique=0)).unique if u.kind == "detail"]


BLACKOUT = (
    "A blackout cut power to 212,000 homes in Port Elston on Monday.\n"
    "Two hospitals ran on backup generators.\nTraffic lights failed in the city centre."
)
UPDATE = (
    "The blackout began on Monday, July 14, 2025, and cut power to more than 200,000 homes in Port Elston.\n"
    "Two hospitals switched to backup generators.\nThe utility said repairs would take three weeks."
)


def test_a_date_told_elsewhere_by_its_weekday_is_no_detail():
    details = _details({"a": ("2025-07-14", BLACKOUT), "b": ("2025-07-15", UPDATE)})
    assert not any("July 14" in d for d in details)


def test_a_weekday_of_another_week_does_not_tell_the_date():
    # the first report's Monday is three weeks after July 14: the date is the update's own
    details = _details({"a": ("2025-08-04", BLACKOUT), "b": ("2025-07-15", UPDATE)})
    assert "July 14, 2025" in details  # one detail, not its parts


def test_a_date_told_elsewhere_by_its_weekday_is_no_detail_in_indonesian():
    first = (
        "Banjir merendam 420 rumah di Kecamatan Dayeuhkolot pada Senin.\n"
        "Warga mengungsi ke masjid dan balai desa.\nArus lalu lintas di jalan provinsi lumpuh."
    )
    second = (
        "Banjir yang merendam lebih dari 400 rumah di Kecamatan Dayeuhkolot terjadi pada Senin (14/7/2025).\n"
        "Warga mengungsi ke masjid dan balai desa.\nPerbaikan tanggul akan memakan waktu tiga minggu."
    )
    assert not any("14/7" in d for d in _details({"a": ("2025-07-14", first), "b": ("2025-07-15", second)}))
    assert "14/7/2025" in _details({"a": ("2025-08-04", first), "b": ("2025-07-15", second)})
