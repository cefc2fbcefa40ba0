import pytest

from summarizer.errors import InputError
from summarizer.language import analyzer_for, detect, is_number


def test_detects_indonesian_and_english():
    assert detect(["Presiden Rusia Vladimir Putin telah tiba di Korea Utara untuk bertemu pemimpinnya."]) == "id"
    assert detect(["The Russian president arrived in North Korea on Wednesday to meet its leader."]) == "en"


def test_detect_needs_text():
    with pytest.raises(InputError):
        detect(["   "])


def test_indonesian_terms_are_stemmed_without_stop_words():
    terms = analyzer_for("id").terms("Ini adalah kunjungan pertama presiden Rusia sejak tahun 2000.")
    assert terms == ["kunjung", "pertama", "presiden", "rusia", "tahun", "2000"]


def test_hyphenated_names_split_and_reduplication_folds():
    analyzer = analyzer_for("id")
    assert analyzer.terms("Kim Jong-un") == analyzer.terms("Kim Jong Un")
    assert analyzer.terms("negara-negara") == ["negara"]


def test_english_snowball_stems():
    assert analyzer_for("en").terms("The visits were visiting visitors") == ["visit", "visit", "visitor"]


def test_numbers_keep_their_separators():
    assert analyzer_for("id").terms("11.000 butir pada 03.00") == ["11.000", "butir", "03.00"]
    assert is_number("11.000") and not is_number("Jong-un")


def test_unsupported_language_is_an_input_error():
    with pytest.raises(InputError):
        analyzer_for("fr")
