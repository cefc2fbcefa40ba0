"""The web edge: library errors and HTTP errors to status codes and JSON error bodies."""

from __future__ import annotations

from typing import Any

from flask import jsonify
from werkzeug.exceptions import HTTPException

from summarizer.errors import NoTextError, SummarizerError, TooLargeError

CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "no_usable_text",
    500: "internal_error",
    503: "time_budget_exceeded",
}


def status_for(error: SummarizerError) -> int:
    """HTTP status of a library error: too large 413, no usable text 422, anything else the caller's fault, 400."""
    if isinstance(error, TooLargeError):
        return 413
    if isinstance(error, NoTextError):
        return 422
    return 400


def json_error(status: int, message: str) -> Any:
    response = jsonify({"error": {"code": CODES.get(status, "error"), "message": message}})
    response.status_code = status
    return response


def http_message(error: HTTPException) -> str:
    """One line for an HTTP error, without Werkzeug's HTML-oriented wording."""
    if error.code == 413:
        return "the request is larger than this server accepts"
    return (error.description or error.name).strip().splitlines()[0]
