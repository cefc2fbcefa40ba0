"""A report that gives the story's day (CONSENSUS_REPORTS reports give it) and, in one sentence, a close day no other
report gives, in a whole date or bound to the same head word: a rival of the consensus day (TAC 2011 M001's held-out
injections: "the bombers that attacked London on July 10, 2005" in a report that says "July 7" four times). A day
the report gives beside it without a year or a shared head word is another day of its story ("the air force said on
June 2 it had found debris" beside "the plane vanished on June 1")."""

from __future__ import annotations

import pytest

from tests.conftest import conflicts_of, report

CONSENSUS = {
    "en": [
        report("Four bombs struck London on July 7, 2005, killing 52 people.", "The city fell silent."),
        report("Survivors of the July 7, 2005 London bombings met the prime minister.", "Flowers lined the street."),
        report("A memorial to the victims of the July 7, 2005 London bombings opened in Hyde Park.", "Rain fell."),
    ],
    "id": [
        report("Empat bom mengguncang London pada 7 Juli 2005 dan menewaskan 52 orang.", "Kota itu hening."),
        report("Para penyintas bom London 7 Juli 2005 bertemu perdana menteri.", "Bunga memenuhi jalan."),
        report("Monumen korban bom London 7 Juli 2005 diresmikan di Hyde Park.", "Hujan turun."),
    ],
}
BESIDE = {
    "en": report(
        "The jury saw footage of the bombers who attacked London on {day} July 2005.",
        "The July 7 attacks were planned for months, the court heard.",
    ),
    "id": report(
        "Juri melihat rekaman para pelaku yang menyerang London pada {day} Juli 2005.",
        "Serangan 7 Juli direncanakan berbulan-bulan, kata pengadilan.",
    ),
}
ANOTHER_DAY = {
    "en": report(
        "Police raided a house in Leeds on July 12 and found explosives.",
        "The July 7 attacks were planned for months, the court heard.",
    ),
    "id": report(
        "Polisi menggerebek sebuah rumah di Leeds pada 12 Juli dan menemukan bahan peledak.",
        "Serangan 7 Juli direncanakan berbulan-bulan, kata pengadilan.",
    ),
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_close_whole_date_beside_the_story_day_is_its_rival(language):
    found = conflicts_of([*CONSENSUS[language], BESIDE[language].format(day=10)], language)
    assert [kind for kind, _ in found] == ["date"]
    days = [value.replace("2005", "") for value in found[0][1]]
    assert any("10" in day for day in days) and any("7" in day and "10" not in day for day in days)


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_story_day_itself_is_no_conflict(language):
    assert conflicts_of([*CONSENSUS[language], BESIDE[language].format(day=7)], language) == []


@pytest.mark.parametrize("language", ["en", "id"])
def test_another_day_without_a_year_beside_the_story_day_is_no_rival(language):
    assert conflicts_of([*CONSENSUS[language], ANOTHER_DAY[language]], language) == []
