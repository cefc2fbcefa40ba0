"""A count three reports agree on against one report's other count of it in other words (conflict_counts)."""

from __future__ import annotations

import pytest

from tests.conftest import conflicts_of as _conflicts
from tests.conftest import report

# Three reports give the jet's count of people in their own words; the fourth gives another in still other words.
JET = {
    "en": [
        report(
            "The airliner crashed into the sea on Monday, killing all 228 people on board.",
            "Navy ships searched the area through the night.",
        ),
        report(
            "Relatives gathered at the airport, where officials said the 228 people on board were presumed dead.",
            "The airline set up a crisis centre in the capital.",
        ),
        report(
            "Investigators are still asking why the jet with 228 people on board vanished from radar.",
            "The flight recorders have not been found.",
        ),
        report(
            "Fishing boats joined the hunt after a passenger plane with {count} people on board went down.",
            "Divers recovered two seats and a life vest.",
        ),
    ],
    "id": [
        report(
            "Pesawat yang membawa 228 penumpang itu jatuh ke laut pada Senin.",
            "Kapal angkatan laut menyisir wilayah itu sepanjang malam.",
        ),
        report(
            "Keluarga berkumpul di bandara, tempat pejabat menyatakan seluruh penumpang diduga tewas dari jet yang "
            "membawa 228 penumpang itu.",
            "Maskapai membuka pusat krisis di ibu kota.",
        ),
        report(
            "Penyelidik masih mencari tahu mengapa pesawat yang membawa 228 penumpang hilang dari radar.",
            "Kotak hitam belum ditemukan.",
        ),
        report(
            "Sejak Selasa pagi perahu nelayan ikut mencari bangkai jet sewaan yang membawa {count} penumpang.",
            "Penyelam menemukan dua kursi dan sebuah pelampung.",
        ),
    ],
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_count_against_the_count_three_reports_give_is_a_conflict(language):
    texts = [t.format(count=528) for t in JET[language]]
    (conflict,) = _conflicts(texts, language)
    assert conflict[0] == "number" and "528" in conflict[1] and "228" in conflict[1]


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_same_count_is_no_conflict(language):
    texts = [t.format(count=228) for t in JET[language]]
    assert _conflicts(texts, language) == []


GOALS = {
    "en": [
        "Smith scored one goal for the visitors in the first half.",
        "Jones also scored one goal before the break.",
        "Brown scored one goal from a corner late on.",
        "Garcia has scored 20 goals in 22 games this season.",
    ],
    "id": [
        "Smith mencetak satu gol untuk tim tamu pada babak pertama.",
        "Jones juga mencetak satu gol sebelum jeda.",
        "Brown mencetak satu gol dari sepak pojok.",
        "Garcia telah mencetak 20 gol dalam 22 laga musim ini.",
    ],
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_small_whole_number_three_reports_give_is_agreed_by_chance(language):
    assert _conflicts(GOALS[language], language) == []
