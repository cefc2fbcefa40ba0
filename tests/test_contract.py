"""The typed JSON contract (summarizer/contract.py): real outputs have its types, and the OpenAPI document its keys."""

from __future__ import annotations

import copy
import typing

import pytest
from pydantic import ConfigDict, TypeAdapter, ValidationError
from typing_extensions import is_typeddict

from summarizer import Options, contract, summarize, to_dict
from summarizer.stories import build_stories
from tests.test_conflicts import QUAKE
from web.openapi import spec

# Every TypedDict of the contract, checked strictly: no missing keys, no extra keys, no "1" for 1.
# (pydantic reads a TypedDict's config from this attribute, as its `with_config` decorator sets it.)
for _kind in vars(contract).values():
    if is_typeddict(_kind):
        _kind.__pydantic_config__ = ConfigDict(strict=True, extra="forbid")  # type: ignore[attr-defined]


def _strict(kind: type) -> TypeAdapter:
    return TypeAdapter(kind)


def test_seeds_summary_has_the_contract_types(seeds_result):
    _strict(contract.Summary).validate_python(seeds_result)
    assert seeds_result["facts"][0]["versions"][0]["role"] in typing.get_args(contract.Role)
    assert any(u["part"] for u in seeds_result["unique"])  # details with their part are among what was checked


def test_a_summary_with_conflicts_has_the_contract_types():
    data = to_dict(summarize(QUAKE, Options(unique=0)))
    assert data["conflicts"]
    _strict(contract.Summary).validate_python(data)


def test_stories_have_the_contract_types(seeds_reports):
    result = build_stories(seeds_reports)
    assert result["stories"]
    _strict(contract.Stories).validate_python(result)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["brief"][0].__setitem__("score", "0.5"),  # a string where a number belongs
        lambda d: d["brief"][0].__setitem__("extra", 1),  # a key the contract does not have
        lambda d: d["unique"][0].__setitem__("kind", "claim"),  # a value outside the literal
        lambda d: d["facts"][0]["versions"][0].pop("text"),  # a missing required key, nested
        lambda d: d.__setitem__("version", 1),
    ],
)
def test_the_strict_check_refuses_what_the_contract_does_not_allow(seeds_result, change):
    data = copy.deepcopy(seeds_result)
    change(data)
    with pytest.raises(ValidationError):
        _strict(contract.Summary).validate_python(data)


def _keys(kind: type) -> tuple[set[str], set[str]]:
    """A TypedDict's required keys and all its keys."""
    return set(kind.__required_keys__), set(kind.__required_keys__) | set(kind.__optional_keys__)


def _typed_dict_of(annotation: object) -> type | None:
    """The TypedDict inside `list[X]`, `X | None` or `X`, if any."""
    if is_typeddict(annotation):
        return annotation  # type: ignore[return-value]
    for arg in typing.get_args(annotation):
        found = _typed_dict_of(arg)
        if found is not None:
            return found
    return None


def _object_schema(schema: dict, components: dict) -> dict:
    """Follow `$ref` and array `items` to the object schema they name."""
    while True:
        if "$ref" in schema:
            schema = components[schema["$ref"].rsplit("/", 1)[1]]
        elif schema.get("type") == "array":
            schema = schema["items"]
        else:
            return schema


def _compare(kind: type, schema: dict, components: dict, path: str, seen: list[str]) -> None:
    required, every = _keys(kind)
    assert set(schema["properties"]) == every, f"{path}: OpenAPI keys differ from {kind.__name__}"
    assert set(schema.get("required", [])) == required, f"{path}: OpenAPI required keys differ from {kind.__name__}"
    assert schema.get("additionalProperties") is False, f"{path}: OpenAPI allows extra keys"
    seen.append(path)
    hints = typing.get_type_hints(kind)
    for key in sorted(every):
        inner = _typed_dict_of(hints[key])
        if inner is not None:
            _compare(inner, _object_schema(schema["properties"][key], components), components, f"{path}.{key}", seen)


def test_openapi_document_names_the_same_keys_as_the_typed_contract():
    document = spec()
    components = document["components"]["schemas"]
    seen: list[str] = []
    _compare(contract.Summary, components["Summary"], components, "Summary", seen)
    # Every object of the contract was reached: the walk did not stop early.
    assert {"Summary.brief.claims", "Summary.facts.versions.claims", "Summary.conflicts.values"} <= set(seen)
    stories = document["paths"]["/api/stories"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    _compare(contract.Stories, stories, components, "Stories", seen)
    assert "Stories.stories.brief.unique" in seen
