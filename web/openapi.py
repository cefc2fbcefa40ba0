"""The OpenAPI 3.1 document of the JSON API; tests validate every response against it."""

from __future__ import annotations

import copy
from typing import Any

from summarizer import __version__
from summarizer.options import METHODS, RULES, default

from .service import MAX_DOCUMENTS

_STR_OR_NULL = {"type": ["string", "null"]}
# Claim alignment of one sentence (summarizer/align.py): how much of it other reports state, and its claims.
_ALIGNED: dict[str, Any] = {
    "sharing": {
        "type": "string",
        "enum": ["full", "partial", "none"],
        "description": "full: other reports state every claim; partial: some claims; none: no claim",
    },
    "claims": {"type": "array", "items": {"$ref": "#/components/schemas/Claim"}},
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties, "additionalProperties": False, **extra}
    if required is not None:
        schema["required"] = required
    return schema


# Made from the one declaration of the options (summarizer.options.RULES), as the CLI and the form are.
OPTION_SCHEMAS: dict[str, dict[str, Any]] = {
    name: rule.json_schema(default=default(name) if rule.choices else None) for name, rule in RULES.items()
}

_OPTION_RULES: dict[str, Any] = {
    "not": {"required": ["sentences", "words"]},
    "if": {"properties": {"fill": {"const": True}}, "required": ["fill"]},
    "then": {"required": ["words"]},
}

_SCHEMAS: dict[str, Any] = {
    "Options": _object(
        OPTION_SCHEMAS,
        description="sentences and words exclude each other; fill needs words; default 7 sentences",
        **_OPTION_RULES,
    ),
    "Document": {
        "oneOf": [
            {"type": "string", "minLength": 1},
            _object(
                {
                    "text": {"type": "string", "minLength": 1},
                    "outlet": {"type": "string"},
                    "title": {"type": "string"},
                    "url": {"type": "string", "description": "kept as metadata; never fetched"},
                    "published": {"type": "string", "description": "ISO 8601 date or date-time; orders the brief"},
                },
                ["text"],
            ),
        ]
    },
    "SummaryRequest": _object(
        {
            "documents": {"type": "array", "items": _ref("Document"), "minItems": 1, "maxItems": MAX_DOCUMENTS},
            "options": _ref("Options"),
        },
        ["documents"],
    ),
    "Ref": _object({"document": {"type": "string"}, "sentence": {"type": "integer", "minimum": 0}}),
    "Claim": _object(
        {
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "documents": {
                "type": "array",
                "items": {"type": "string"},
                "minItems": 1,
                "description": "every report that states the claim, its own first among them in id order",
            },
            "outlets": {"type": "array", "items": {"type": "string"}},
        },
        ["start", "end", "documents"],
    ),
    "Summary": _object(
        {
            "version": {"const": 2, "description": "2: claims, sharing and roles; unique items have a part"},
            "language": {
                "type": "string",
                "pattern": "^[a-z]{2,3}$",
                "description": "ISO 639-1 code, detected or given (ISO 639-3 for a language with no two-letter code)",
            },
            "method": {"type": "string", "enum": list(METHODS)},
            "documents": {
                "type": "array",
                "items": _object(
                    {
                        "id": {"type": "string"},
                        "outlet": {"type": "string"},
                        "title": _STR_OR_NULL,
                        "url": _STR_OR_NULL,
                        "published": _STR_OR_NULL,
                        "sentences": {"type": "array", "items": {"type": "string"}},
                    },
                    ["id", "outlet", "title", "url", "published", "sentences"],
                ),
            },
            "facts": {
                "type": "array",
                "items": _object(
                    {
                        "id": {"type": "string"},
                        "documents": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                        "versions": {
                            "type": "array",
                            "items": _object(
                                {
                                    "document": {"type": "string"},
                                    "sentence": {"type": "integer", "minimum": 0},
                                    "text": {"type": "string"},
                                    **_ALIGNED,
                                    "role": {
                                        "type": "string",
                                        "enum": ["claim", "attribution", "fragment"],
                                        "description": "attribution lines and fragments are never facts of their own",
                                    },
                                },
                                ["document", "sentence", "text", "role", "sharing", "claims"],
                            ),
                        },
                    },
                    ["id", "documents", "versions"],
                ),
            },
            "brief": {
                "type": "array",
                "items": _object(
                    {
                        "fact": {"type": "string"},
                        "text": {"type": "string"},
                        "document": {"type": "string"},
                        "sentence": {"type": "integer", "minimum": 0},
                        "documents": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                        "outlets": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                        "score": {"type": "number"},
                        "conflict": {"type": "boolean", "description": "outlets give conflicting values for this fact"},
                        **_ALIGNED,
                    },
                    [
                        "fact",
                        "text",
                        "document",
                        "sentence",
                        "documents",
                        "outlets",
                        "score",
                        "conflict",
                        "sharing",
                        "claims",
                    ],
                ),
            },
            "unique": {
                "type": "array",
                "items": _object(
                    {
                        "document": {"type": "string"},
                        "outlet": {"type": "string"},
                        "kind": {"type": "string", "enum": ["fact", "detail"]},
                        "part": {
                            "type": ["string", "null"],
                            "enum": ["claim", "name", "number", None],
                            "description": "for a detail: a claim no other report comes near, in a sentence another "
                            "claim of which another report states or comes near, or a name or number no other report "
                            "uses",
                        },
                        "text": {"type": "string"},
                        "sentence": {"type": "integer", "minimum": 0},
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "score": {"type": "number"},
                    },
                    ["document", "outlet", "kind", "part", "text", "sentence", "start", "end", "score"],
                ),
            },
            "conflicts": {
                "type": "array",
                "description": "facts on which reports give values of one slot that cannot all be right",
                "items": _object(
                    {
                        "fact": {"type": "string"},
                        "kind": {"type": "string", "enum": ["number", "date", "place", "person"]},
                        "values": {
                            "type": "array",
                            "minItems": 2,
                            "items": _object(
                                {
                                    "document": {"type": "string"},
                                    "outlet": {"type": "string"},
                                    "value": {"type": "string"},
                                    "sentence": {"type": "integer", "minimum": 0},
                                    "start": {"type": "integer", "minimum": 0},
                                    "end": {"type": "integer", "minimum": 0},
                                },
                                ["document", "outlet", "value", "sentence", "start", "end"],
                            ),
                        },
                    },
                    ["fact", "kind", "values"],
                ),
            },
            "warnings": {"type": "array", "items": {"type": "string"}},
        },
        ["version", "language", "method", "documents", "facts", "brief", "unique", "conflicts", "warnings"],
    ),
    "Health": _object(
        {
            "status": {"const": "ok"},
            "version": {"type": "string"},
            "methods": {"type": "array", "items": {"type": "string"}},
            "seeds": {"type": "boolean", "description": "whether GET /api/summary has bundled reports to summarise"},
        },
        ["status", "version", "methods", "seeds"],
    ),
    "Error": _object(
        {
            "error": _object(
                {"code": {"type": "string"}, "message": {"type": "string"}},
                ["code", "message"],
            )
        },
        ["error"],
    ),
}


def _json(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


def _errors(*statuses: int) -> dict[str, Any]:
    text = {
        400: "bad JSON, an unknown field or an option out of range",
        404: "no bundled reports are configured",
        413: f"body larger than the server's limit, or more than {MAX_DOCUMENTS} documents",
        415: "the body is not application/json",
        422: "no usable sentence in the documents",
        503: "the summary took longer than the server's time budget (Retry-After says when to try again)",
    }
    return {str(status): _json("Error", text[status]) for status in statuses}


def _query_parameters() -> list[dict[str, Any]]:
    return [
        {"name": name, "in": "query", "required": False, "schema": schema} for name, schema in OPTION_SCHEMAS.items()
    ]


_ARTICLE = {
    "type": "object",
    "required": ["id", "text"],
    "additionalProperties": False,
    "properties": {k: {"type": "string"} for k in ("id", "text", "outlet", "title", "url", "published")},
}
_STORIES_REQUEST = {
    "type": "object",
    "required": ["articles"],
    "additionalProperties": False,
    "properties": {
        "articles": {"type": "array", "minItems": 1, "items": _ARTICLE},
        "options": {"type": "object", "description": "the brief's options, as for /api/summary"},
    },
}
_STORIES = _object(
    {
        "stories": {
            "type": "array",
            "items": _object(
                {
                    "id": {"type": "string"},
                    "title": {"type": "string"},
                    "documents": {"type": "array", "items": {"type": "string"}},
                    "published": {"type": "array", "items": {"type": "string"}},
                    "brief": _ref("Summary"),
                },
                ["id", "title", "documents", "published", "brief"],
            ),
        },
        "unassigned": {
            "type": "array",
            "items": _object({"id": {"type": "string"}, "reason": {"type": "string"}}, ["id", "reason"]),
        },
    },
    ["stories", "unassigned"],
)


def _json_schema(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": copy.deepcopy(schema)}}}


def _method_not_allowed() -> dict[str, Any]:
    return {
        **_json("Error", "this path does not answer that method; the Allow header lists the ones it does"),
        "headers": {"Allow": {"description": "the methods this path answers", "schema": {"type": "string"}}},
    }


def _with_common_errors(paths: dict[str, Any]) -> dict[str, Any]:
    """Every operation can also answer 405 (another method on its path)."""
    for operations in paths.values():
        for operation in operations.values():
            operation["responses"]["405"] = _method_not_allowed()
    return paths


def spec() -> dict[str, Any]:
    """A fresh copy of the OpenAPI document served at /api/openapi.json."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "summarizer",
            "version": __version__,
            "description": "Merged briefs of several news reports of one event, with who reported what.",
        },
        "paths": _with_common_errors(
            {
                "/api/summary": {
                    "get": {
                        "summary": "The brief of the bundled sample reports",
                        "operationId": "seedsSummary",
                        "parameters": _query_parameters(),
                        "responses": {"200": _json("Summary", "the brief"), **_errors(400, 404, 503)},
                    },
                    "post": {
                        "summary": "The brief of the documents given",
                        "operationId": "summary",
                        "requestBody": {
                            "required": True,
                            "content": {"application/json": {"schema": _ref("SummaryRequest")}},
                        },
                        "responses": {"200": _json("Summary", "the brief"), **_errors(400, 413, 415, 422, 503)},
                    },
                },
                "/api/stories": {
                    "post": {
                        "summary": "Group articles into events (stories), with the brief of each",
                        "operationId": "stories",
                        "requestBody": {
                            "required": True,
                            "content": {"application/json": {"schema": copy.deepcopy(_STORIES_REQUEST)}},
                        },
                        "responses": {"200": _json_schema(_STORIES, "the stories"), **_errors(400, 413, 415)},
                    },
                },
                "/api/health": {
                    "get": {
                        "summary": "Liveness and version",
                        "operationId": "health",
                        "responses": {"200": _json("Health", "the service is up")},
                    }
                },
                "/api/openapi.json": {
                    "get": {
                        "summary": "This document",
                        "operationId": "openapi",
                        "responses": {
                            "200": {
                                "description": "OpenAPI 3.1",
                                "content": {"application/json": {"schema": {"type": "object"}}},
                            }
                        },
                    }
                },
            }
        ),
        "components": {"schemas": copy.deepcopy(_SCHEMAS)},
    }
