import pytest

from summarizer.errors import OptionsError
from summarizer.options import DEFAULT_SENTENCES, METHODS, Options, build_options
from summarizer.score import METHODS as SCORERS


def test_defaults():
    options = build_options({})
    assert options == Options()
    assert options.sentence_budget == DEFAULT_SENTENCES


def test_strings_from_a_query_are_coerced():
    assert build_options({"sentences": "3", "fill": "false", "method": "LexRank"}) == Options(
        sentences=3, method="lexrank"
    )


@pytest.mark.parametrize(
    "values",
    [
        {"sentences": 0},
        {"sentences": "many"},
        {"words": -5},
        {"unique": True},
        {"method": "gpt"},
        {"language": "fr"},
        {"colour": "red"},
        {"sentences": 3, "words": 50},
        {"fill": True},
        {"fill": "perhaps", "words": 10},
    ],
)
def test_bad_values_are_refused(values):
    with pytest.raises(OptionsError):
        build_options(values)


def test_every_method_has_a_scorer():
    assert tuple(SCORERS) == METHODS
