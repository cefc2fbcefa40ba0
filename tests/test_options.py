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
        {"language": "he"},  # no stemmer: only detected, never chosen
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


def test_one_declaration_feeds_the_api_schema_the_cli_and_the_form():
    from summarizer.cli import build_parser
    from summarizer.options import RULES
    from web import create_app
    from web.openapi import OPTION_SCHEMAS

    assert set(OPTION_SCHEMAS) == set(RULES)
    for name, rule in RULES.items():
        schema = OPTION_SCHEMAS[name]
        assert (schema.get("minimum"), schema.get("maximum"), schema.get("enum")) == (
            rule.minimum,
            rule.maximum,
            list(rule.choices) if rule.choices else None,
        )
    brief = build_parser()._subparsers._group_actions[0].choices["brief"]
    actions = {a.dest: a for a in brief._actions}
    assert tuple(actions["method"].choices) == RULES["method"].choices
    assert actions["words"].help == RULES["words"].help
    page = create_app({"TESTING": True, "SEEDS_DIR": ""}).test_client().get("/").get_data(as_text=True)
    assert f'max="{RULES["words"].maximum}"' in page
    for method in RULES["method"].choices:
        assert f'<option value="{method}"' in page


def test_rules_check_what_they_describe():
    from summarizer.options import RULES

    assert RULES["sentences"].check(1) and not RULES["sentences"].check(0)
    assert RULES["unique"].describe() == "an integer from 0 (all) to 10000"
    assert RULES["method"].check("lsa") and not RULES["method"].check("gpt")
