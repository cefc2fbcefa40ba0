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


@pytest.mark.parametrize(
    ("language", "a", "b", "values"),
    [
        (
            "en",
            "An explosion hit the Sinar Kimia plant in Cikarang. "
            "Three workers were killed in the incident, while 17 others were injured.",
            "The Sinar Kimia plant in Cikarang was hit by an explosion. "
            "Four workers were killed when a boiler at the plant exploded on Monday afternoon.",
            {"Three", "Four"},
        ),
        (
            "id",
            "Ledakan terjadi di pabrik PT Sinar Kimia Abadi di Cikarang. "
            "Tiga pekerja tewas dalam peristiwa tersebut, sementara 17 orang lainnya mengalami luka-luka.",
            "Pabrik PT Sinar Kimia Abadi di Cikarang meledak. "
            "Empat pekerja tewas setelah sebuah boiler di pabrik itu meledak pada Senin siang.",
            {"Tiga", "Empat"},
        ),
    ],
)
def test_a_small_toll_told_in_other_words_is_a_conflict(language, a, b, values):
    # a whole number up to ten was left to sentence pairs ("one goal" is said of many things); a count of the dead,
    # the injured, the missing is not said of many things. "pekerja" is stemmed to "kerja", a stop word: it was no
    # word of the count's context, so its noun was never the word right after the number
    conflicts = _brief({"a": a, "b": b}, language)["conflicts"]
    assert [{v["value"] for v in c["values"]} for c in conflicts] == [values]


def test_a_people_noun_whose_stem_is_a_stop_word_is_a_word_of_the_context():
    from summarizer.language import analyzer_for
    from summarizer.slots import values

    (three,) = values("Tiga pekerja tewas dalam peristiwa tersebut.", analyzer_for("id"))
    assert three.after[:2] == ("pekerja", "tewas")
    (crowd,) = values("Kapal itu membawa 142 orang.", analyzer_for("id"))
    assert crowd.after == ("orang",)


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (
            "en",
            "Bintang Timur beat Rajawali Medan 3-1 at the Gelora Bung Tomo stadium on Saturday.",
            "Rajawali Medan lost 1-3 to Bintang Timur at the Gelora Bung Tomo stadium on Saturday.",
        ),
        (
            "id",
            "Bintang Timur menang 3-1 atas Rajawali Medan di Stadion Gelora Bung Tomo, Sabtu (15/3/2025).",
            "Rajawali Medan kalah 1-3 dari Bintang Timur di Stadion Gelora Bung Tomo, Sabtu (15/3/2025).",
        ),
    ],
)
def test_a_score_told_from_the_losing_side_is_no_conflict(language, a, b):
    brief = _brief({"a": a, "b": b}, language)
    assert [c for c in brief["conflicts"] if c["kind"] == "number"] == []
    rival = _brief({"a": a, "b": b.replace("1-3", "1-2")}, language)  # another result is one
    assert [{v["value"] for v in c["values"]} for c in rival["conflicts"] if c["kind"] == "number"] == [{"3-1", "1-2"}]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (
            "en",
            "The blast was caused by a boiler with a capacity of 10 tons in the production hall on Tuesday, March 11.",
            "A boiler in the production hall exploded on Monday, March 10.",
            "10 tons",
        ),
        (
            "id",
            "Ledakan diduga dipicu oleh boiler berkapasitas 10 ton di bagian produksi pada Selasa (11/3/2025).",
            "Sebuah boiler di bagian produksi meledak pada Senin (10/3/2025).",
            "10 ton",
        ),
    ],
)
def test_a_count_is_a_detail_though_another_report_gives_its_number_as_a_day(language, a, b, detail):
    # the other report's "10" is the day of its date: it says nothing of the boiler's size
    brief = _brief({"a": a, "b": b}, language)
    assert detail in [u["text"] for u in brief["unique"] if u["document"] == "a" and u.get("part") == "number"]
    told = _brief({"a": a, "b": b.replace("boiler", "10-ton boiler", 1)}, language)  # given by both: no detail
    assert detail not in [u["text"] for u in told["unique"] if u["document"] == "a"]


@pytest.mark.parametrize(
    ("language", "a", "b", "c"),
    [
        (
            "en",
            "U.S. District Judge Carla Menendez sentenced Hale to eight years in prison.",
            "Judge Carla Menendez ordered Hale to serve eight years behind bars and to pay a $250,000 fine.",
            "Hale was sentenced to nine years in prison by U.S. District Judge Robert Haines.",
        ),
        (
            "id",
            "Hakim Carla Menendez menjatuhkan vonis delapan tahun penjara kepada Hale.",
            "Selain vonis delapan tahun, Hakim Carla Menendez juga memerintahkan Hale membayar denda Rp250 juta.",
            "Hale divonis sembilan tahun penjara oleh hakim Robert Haines.",
        ),
    ],
)
def test_a_third_report_that_gives_one_sides_value_in_other_words_joins_the_conflict(language, a, b, c):
    # English: b was left out of the conflict (its sentence only comes near a's), so the brief told the sentencing
    # twice, once credited to b alone and not flagged. (The Indonesian wording here was already compared as one fact.)
    brief = _brief({"a": a, "b": b, "c": c}, language)
    numbers = [c for c in brief["conflicts"] if c["kind"] == "number"]
    assert [sorted(v["document"] for v in c["values"]) for c in numbers] == [["a", "b", "c"]]
    assert [sorted(item["documents"]) for item in brief["brief"]] == [["a", "b", "c"]]


def test_a_number_with_its_unit_glued_on_is_a_number_detail():
    # "a 10-ton boiler" was read as no number at all: neither listed nor checked against the other reports
    a = "The blast was caused by a 10-ton boiler in the production hall."
    brief = _brief({"a": a, "b": "A boiler in the production hall exploded on Monday."}, "en")
    assert [(u["document"], u["part"], u["text"]) for u in brief["unique"]] == [("a", "number", "10-ton")]
    told = _brief({"a": a, "b": "The boiler, which weighed 10 tons, exploded in the production hall."}, "en")
    assert "10-ton" not in [u["text"] for u in told["unique"]]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (
            "en",
            "Citizens donating in 2005 to help tsunami victims may write off their gifts, officials said on Saturday.",
            "Saturday, January 8, 2005. Citizens who help tsunami victims may write off their gifts, officials said.",
        ),
        (
            "id",
            "Warga yang berdonasi pada 2005 untuk korban tsunami dapat mengurangi pajak, kata pejabat pada Sabtu.",
            "Sabtu, 8 Januari 2005. Warga yang membantu korban tsunami dapat mengurangi pajak, kata pejabat.",
        ),
    ],
)
def test_a_bare_year_is_told_by_another_reports_full_date(language, a, b):
    # a count is known elsewhere only outside a date; a year is a date's part whatever it stands beside
    brief = _brief({"a": a, "b": b}, language)
    assert "2005" not in [u["text"] for u in brief["unique"]]
