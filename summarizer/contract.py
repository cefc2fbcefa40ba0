"""The JSON contract as types: what `to_dict` returns and what every renderer, the page and the API read.

One declaration for the code; the OpenAPI document (web/openapi.py) says the same in JSON Schema, with
descriptions and bounds, and a test holds the two to the same keys and a real output to these types.
Bump `render.SCHEMA_VERSION` when a field changes meaning. No `from __future__ import annotations` here: the
TypedDicts read their NotRequired keys from evaluated annotations.
"""

from typing import (
    Literal,
    NotRequired,  # not typing.TypedDict: pydantic checks it before Python 3.12
)

from typing_extensions import TypedDict

from .models import ConflictKind, Part, Role, Sharing, UniqueKind


class Claim(TypedDict):
    """A span of a sentence and every report that states it (its own first)."""

    start: int
    end: int
    documents: list[str]
    outlets: NotRequired[list[str]]  # in brief items only


class Document(TypedDict):
    id: str
    outlet: str
    title: str | None
    url: str | None
    published: str | None
    sentences: list[str]


class Version(TypedDict):
    """One report's sentence of a fact, its role and how much of it other reports state."""

    document: str
    sentence: int
    text: str
    role: Role
    sharing: Sharing
    claims: list[Claim]


class Fact(TypedDict):
    id: str
    documents: list[str]
    versions: list[Version]


class BriefItem(TypedDict):
    fact: str
    text: str
    document: str
    sentence: int
    documents: list[str]
    outlets: list[str]
    score: float
    conflict: bool
    sharing: Sharing
    claims: list[Claim]


class UniqueItem(TypedDict):
    """What one outlet alone reports: a whole fact, or a detail (a claim, name or number) inside a sentence."""

    document: str
    outlet: str
    kind: UniqueKind
    part: Part | None
    text: str
    sentence: int
    start: int
    end: int
    score: float


class ConflictValue(TypedDict):
    document: str
    outlet: str
    value: str
    sentence: int
    start: int
    end: int


class Conflict(TypedDict):
    fact: str
    kind: ConflictKind
    values: list[ConflictValue]


class Summary(TypedDict):
    """The whole brief of one set of reports, as `summarizer brief --format json` prints it."""

    version: Literal[2]
    language: str
    method: str
    documents: list[Document]
    facts: list[Fact]
    brief: list[BriefItem]
    unique: list[UniqueItem]
    conflicts: list[Conflict]
    warnings: list[str]


class Story(TypedDict):
    """One event of a feed and its brief (`summarizer stories`, `/api/stories`)."""

    id: str
    title: str
    documents: list[str]
    published: list[str]
    brief: Summary


class Unassigned(TypedDict):
    id: str
    reason: str


class Stories(TypedDict):
    stories: list[Story]
    unassigned: list[Unassigned]
