"""Odd text a reviewer found crashing the pipeline (CLI exit 1, API 500): each now gives a brief."""

from __future__ import annotations

import pytest

from summarizer import Options, summarize, to_dict


@pytest.mark.parametrize(
    "texts, language",
    [
        # two breaks before "and": nothing between them to read as a clause
        (["The storm hit the town of Padang hard , , and the airport was closed for three days."] * 2, "en"),
        # a superscript digit where a day would be: "²".isdigit() is true, int("²") fails
        (["Floods killed 12 people on ² March 2024 in the north.", "Floods killed 14 people in March 2024."], "en"),
        # hundreds of digits before "million": no float can hold it
        (["The fund holds " + "9" * 400 + " million dollars, officials said.", "The fund is large, they said."], "en"),
        (["Aid of $" + "9" * 400 + "bn was pledged on Monday.", "Aid was pledged on Monday, donors said."], "en"),
    ],
)
def test_odd_text_is_summarised(texts, language):
    data = to_dict(summarize(texts, Options(language=language, unique=0)))
    assert data["brief"]


def test_a_detected_language_babel_does_not_know_is_summarised():
    """py3langid reads these as Central Bikol ("bcl"), a code Babel has no day names for."""
    texts = ["Su 3/8/2023 an bagyo sa Naga kaidtong Lunes.", "Su 3/8/2023 an bagyo sa Legazpi kaidtong Martes."]
    data = to_dict(summarize(texts, Options(unique=0)))
    assert data["language"] == "bcl" and data["brief"]


def test_a_numeric_date_has_one_reading_for_its_weekday_and_its_conflicts():
    """English numeric dates are month first in both readers (the weekday reader read 8/3/2023 as 8 March)."""
    from summarizer.normalize import weekdays
    from summarizer.slots import date_spans

    assert weekdays("The vote was on 8/3/2023.", "en") == ["Thursday"]  # August 3, 2023
    assert date_spans("The vote was on 8/3/2023.", "en")[0][2] == (2023, 8, 3)
    assert weekdays("Pemungutan suara pada 8/3/2023.", "id") == ["Rabu"]  # 8 Maret 2023


def test_number_names_past_a_languages_largest_are_no_crash(tmp_path):
    """A review: Kannada text with a number exited 1 ("internal error: OverflowError": num2words has no name for
    10**12 in Kannada)."""
    for name, text in (
        ("a.txt", "ಬೆಂಗಳೂರಿನಲ್ಲಿ 12 ಜನರು ಗಾಯಗೊಂಡಿದ್ದಾರೆ ಎಂದು ಪೊಲೀಸರು ತಿಳಿಸಿದ್ದಾರೆ."),
        ("b.txt", "ಮಳೆಯಿಂದಾಗಿ 15 ಮನೆಗಳು ಕುಸಿದಿವೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ಹೇಳಿದ್ದಾರೆ."),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    from summarizer.cli import main

    assert main(["brief", str(tmp_path), "--format", "json"]) == 0
