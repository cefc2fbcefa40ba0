"""The JSON API: GET/POST /api/summary, /api/health, /api/openapi.json."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request

from summarizer import __version__
from summarizer.errors import SummarizerError
from summarizer.options import METHODS

from . import openapi
from .errors import json_error, status_for
from .service import (
    documents_from_json,
    options_from_query,
    parse_json,
    seed_reports,
    seeds_dir,
    stories_of,
    summary_json,
)

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.errorhandler(SummarizerError)
def _library_error(error: SummarizerError) -> Any:
    return json_error(status_for(error), str(error))


@bp.get("/summary")
def seeds_brief() -> Any:
    directory = seeds_dir(current_app)
    if directory is None:
        return json_error(404, "no bundled reports are configured on this server; POST your documents instead")
    reports = seed_reports(directory)
    return Response(summary_json(current_app, reports, options_from_query(request.args)), mimetype="application/json")


@bp.post("/summary")
def brief() -> Any:
    if not request.is_json:
        return json_error(415, "send the documents as application/json")
    body = parse_json(request.get_data(cache=False))
    reports, options = documents_from_json(body)
    return Response(summary_json(current_app, reports, options), mimetype="application/json")


@bp.post("/stories")
def stories() -> Any:
    if not request.is_json:
        return json_error(415, "send the articles as application/json")
    body = parse_json(request.get_data(cache=False))
    return jsonify(stories_of(body))


@bp.get("/health")
def health() -> Any:
    return jsonify(
        {"status": "ok", "version": __version__, "methods": list(METHODS), "seeds": seeds_dir(current_app) is not None}
    )


@bp.get("/openapi.json")
def openapi_document() -> Any:
    return jsonify(openapi.spec())
