"""Tester 16's findings on sets nobody tuned on (a cyclone landfall and a food recall in English, a shop-house
collapse and an investment fraud in Indonesian), each fixed with a case that failed before (README, "Comparison")."""

from __future__ import annotations

import pytest

from summarizer import Options, Report, summarize, to_dict
from summarizer.language import analyzer_for
from summarizer.normalize import Matcher, names


def _only_in(texts: dict[str, str], language: str) -> dict[str, list[str]]:
    reports = [Report(id=k, outlet=k, text=v) for k, v in texts.items()]
    brief = to_dict(summarize(reports, Options(unique=0, language=language)))
    found: dict[str, list[str]] = {k: [] for k in texts}
    for item in brief["unique"]:
        found[item["document"]].append(item["text"])
    return found


@pytest.mark.parametrize(
    ("language", "short", "long"),
    [
        ("en", "gusts of up to 230 km/h", "gusts near 230 kilometres per hour"),
        ("en", "winds of 90 mph", "winds of 90 miles per hour"),
        ("en", "a 5km queue", "a 5 kilometre queue"),
        ("id", "angin 120 km/jam", "angin 120 kilometer per jam"),
        ("id", "sejauh 2 km", "sejauh dua kilometer"),
    ],
)
def test_a_units_abbreviation_and_its_words_match(language, short, long):
    # which of the two an outlet writes is house style: "kilometres per hour" beside "km/h" was listed as one
    # outlet's detail, and "sejauh 2 km" / "dua kilometer" kept two reports of one blast apart
    matcher = Matcher(analyzer_for(language))
    assert matcher.terms(short)[-3:] == matcher.terms(long)[-3:]


def test_a_unit_written_out_is_no_detail_of_its_own():
    texts = {
        "a": "Cyclone Tessa crossed the coast near Karrabin on Tuesday, bringing gusts of up to 230 km/h.",
        "b": "Cyclone Tessa made landfall near Karrabin on Tuesday, with wind gusts near 230 kilometres per hour.",
    }
    assert _only_in(texts, "en") == {"a": [], "b": []}


def test_a_grade_is_the_detail_with_its_word():
    # "category 4 system" gave the scrap "4 system": the number's word is the one before it
    texts = {
        "a": "Cyclone Tessa crossed the coast near Karrabin on Tuesday, bringing gusts of up to 230 km/h.",
        "b": "Cyclone Tessa made landfall near Karrabin on Tuesday as a category 4 system, with gusts near 230 km/h.",
    }
    assert _only_in(texts, "en")["b"] == ["category 4"]


def test_a_name_goes_on_after_an_abbreviated_title():
    assert [n.words for n in names("Korban dirawat di RSUP Dr. Hasan Sadikin dan RS Immanuel.")] == [
        ("RSUP", "Dr", "Hasan", "Sadikin"),
        ("RS", "Immanuel"),
    ]
    assert [n.words for n in names("the U.S. Army said")] == [("US",), ("Army",)]  # an acronym in dots is no title


def test_a_hospital_named_with_its_title_is_not_cut_at_the_full_stop():
    # "RSUP Dr. Hasan Sadikin" gave the scrap "RSUP Dr", though the other report names the same hospital
    texts = {
        "a": "Korban luka dibawa ke RS Hasan Sadikin, kata polisi.",
        "b": "Korban luka dirawat di RSUP Dr. Hasan Sadikin dan RS Immanuel, kata polisi.",
    }
    assert _only_in(texts, "id") == {"a": [], "b": ["RS Immanuel"]}


def _conflicts(texts: dict[str, str], language: str) -> list[list[str]]:
    reports = [Report(id=k, outlet=k, text=v) for k, v in texts.items()]
    brief = to_dict(summarize(reports, Options(unique=0, language=language)))
    return [sorted(v["value"] for v in c["values"]) for c in brief["conflicts"]]


@pytest.mark.parametrize(
    ("language", "texts", "values"),
    [
        (
            "id",
            {
                "a": "Polisi menangkap pendiri PT Emas Berkah Sejahtera, Ahmad Rifai (42), atas dugaan penipuan "
                "investasi emas.\nKerugian nasabah ditaksir Rp 120 miliar.",
                "b": "Ahmad Rifai, pendiri PT Emas Berkah Sejahtera yang berusia 45 tahun, resmi ditahan Polda "
                "Jatim.\nKerugian nasabah ditaksir Rp 120 miliar.",
            },
            [["42", "45 tahun"]],
        ),
        (
            "en",
            {
                "a": "Police arrested the founder of Golden Harvest Ltd, John Carver, 42, on fraud charges.",
                "b": "John Carver, the 45-year-old founder of Golden Harvest Ltd, was arrested on fraud charges.",
            },
            [["42", "45-year-old"]],
        ),
        (
            "id",  # two people, two ages each: only the one that differs, each age bound to the name before it
            {
                "a": "Budi Santoso (30) dan Andi Wijaya (25) ditangkap polisi di Surabaya.",
                "b": "Polisi menangkap Budi Santoso (30) dan Andi Wijaya (52) di Surabaya.",
            },
            [["25", "52"]],
        ),
    ],
)
def test_one_persons_two_ages_disagree(language, texts, values):
    # an age was read as a count of years (or not at all) and each outlet's was listed as its own detail
    assert _conflicts(texts, language) == values


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        (
            "en",  # two people who share a surname
            {
                "a": "Police arrested Golden Harvest founder John Carver, 42, on fraud charges on Monday.",
                "b": "Police arrested Golden Harvest manager Mary Carver, 45, on fraud charges on Monday.",
            },
        ),
        (
            "id",  # one age, told alike
            {
                "a": "Polisi menangkap pendiri PT Emas Berkah Sejahtera, Ahmad Rifai (42), atas dugaan penipuan.",
                "b": "Ahmad Rifai, pendiri PT Emas Berkah Sejahtera yang berusia 42 tahun, resmi ditahan polisi.",
            },
        ),
    ],
)
def test_ages_of_two_people_or_told_alike_are_no_disagreement(language, texts):
    assert _conflicts(texts, language) == []
