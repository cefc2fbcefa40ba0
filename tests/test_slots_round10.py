"""Round 10: times of day read as written, "a"/"an" in rates, the qualifier's bounded window, a title before a name
after a comma, "ke arah X", "airport manager X", a count of one group in two words."""

from __future__ import annotations

import pytest

from summarizer.language import analyzer_for
from summarizer.slot_hedges import qualifier
from summarizer.slots import DATE, NUMBER, values
from tests.test_conflicts import _found


def _times(text: str, language: str) -> list[tuple[str, int]]:
    """(surface, minutes after midnight) of each time of day read."""
    read = values(text, analyzer_for(language))
    return [(v.surface, v.value[0]) for v in read if v.kind == DATE and "time" in v.slot]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Gempa terjadi pukul 12 malam, kata BMKG.", "id", [("12 malam", 0)]),
        ("Gempa terjadi pukul 12 siang, kata BMKG.", "id", [("12 siang", 12 * 60)]),
        ("Gempa terjadi pukul 11 siang, kata BMKG.", "id", [("11 siang", 11 * 60)]),
        ("Gempa terjadi pukul 1 siang, kata BMKG.", "id", [("1 siang", 13 * 60)]),
        ("Gempa terjadi pukul 2 malam, kata BMKG.", "id", [("2 malam", 2 * 60)]),
        ("Gempa terjadi pukul 8 malam, kata BMKG.", "id", [("8 malam", 20 * 60)]),
        ("Gempa terjadi pukul 4 sore, kata BMKG.", "id", [("4 sore", 16 * 60)]),
        ("Gempa terjadi jam 7 pagi, kata BMKG.", "id", [("7 pagi", 7 * 60)]),
        ("Gempa terjadi pukul 24.00 WIB, kata BMKG.", "id", [("24.00 WIB", 0)]),
        ("Gempa terjadi 7 jam setelah hujan.", "id", []),
        ("He quoted John 3:16 to the crowd.", "en", []),
        ("The model was built at a scale of 1:50 by the team.", "en", []),
        ("The train left at 18:30 on Monday.", "en", [("18:30", 18 * 60 + 30)]),
        ("The train left at 9:30 on Monday.", "en", [("9:30", 9 * 60 + 30)]),
        ("The train left at 9.30 GMT on Monday.", "en", [("9.30 GMT", 9 * 60 + 30)]),
    ],
)
def test_times_of_day_are_read_as_written(text, language, expected):
    assert _times(text, language) == expected


def _numbers(text: str) -> list[tuple[str, float]]:
    return [(v.surface, v.value[0]) for v in values(text, analyzer_for("en")) if v.kind == NUMBER]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The car was driving at 120 kilometres an hour when it hit the wall.", "an hour"),
        ("The field pumps 50,000 barrels a day, the company said.", "a day"),
        ("Most workers earn $2 a day in the region.", "a day"),
        ("The crew waited half an hour before the rescue began.", "an hour"),
    ],
)
def test_a_or_an_in_a_rate_or_a_fraction_is_no_one(text, absent):
    assert absent not in [surface for surface, _ in _numbers(text)]


def test_a_or_an_before_a_unit_of_time_is_still_one():
    assert ("an hour", 1.0) in _numbers("The crush happened about an hour before kick-off, police said.")


def test_the_qualifier_reads_only_the_words_right_before_the_value():
    text = "x " * 5000 + "more than 11,000"
    assert qualifier(text, len(text) - len("11,000"), "en") == "over"
    long = "a" * 200 + " 11,000"
    assert qualifier(long, len(long) - len("11,000"), "en") == "exact"


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # a role noun before a name titles it, in apposition or not
        (
            "Satpam bank, Joko Santoso, terluka tembak di kaki.",
            "Satpam bank, Joko Susanto, terluka tembak di kaki.",
            "id",
            [("person", ["Joko Santoso", "Joko Susanto"])],
        ),
        (
            "The bank guard, Joe Santos, was shot in the leg.",
            "The bank guard, Joe Sanders, was shot in the leg.",
            "en",
            [("person", ["Joe Santos", "Joe Sanders"])],
        ),
        (
            "Firefighters put out the blaze within minutes, said airport manager Rodolfo Serrano.",
            "Firefighters put out the blaze within minutes, said airport manager Jose Ramirez.",
            "en",
            [("person", ["Rodolfo Serrano", "Jose Ramirez"])],
        ),
        # "ke arah X", "in the direction of X": a place gone to
        (
            "Para pelaku kabur dengan dua sepeda motor ke arah Bandar Lampung.",
            "Para pelaku kabur dengan dua sepeda motor ke arah Metro.",
            "id",
            [("place", ["Bandar Lampung", "Metro"])],
        ),
        (
            "The robbers fled on two motorcycles in the direction of Bandar Lampung.",
            "The robbers fled on two motorcycles in the direction of Metro.",
            "en",
            [("place", ["Bandar Lampung", "Metro"])],
        ),
        # the doers of a crime, named two ways, are one count of people
        (
            "Empat perampok bersenjata api menyatroni kantor BPR Artha Sejahtera pada Jumat siang.",
            "Tiga pelaku perampokan bersenjata api menyatroni kantor BPR Artha Sejahtera pada Jumat siang.",
            "id",
            [("number", ["Empat", "Tiga"])],
        ),
        (
            "Four robbers armed with pistols raided the office of BPR Artha Sejahtera on Friday afternoon.",
            "Three suspects armed with pistols raided the office of BPR Artha Sejahtera on Friday afternoon.",
            "en",
            [("number", ["Four", "Three"])],
        ),
    ],
)
def test_tester9_values_read_in_one_fact(first, second, language, expected):
    assert _found(first, second, language) == expected
