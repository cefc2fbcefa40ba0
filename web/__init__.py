"""The web front: a page showing the merged brief and a JSON API, both thin layers over `summarizer`.

flask --app web run --debug        # development only
summarizer serve                   # gunicorn: one process per core, 127.0.0.1:8000
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from flask import Flask, render_template, request
from werkzeug.exceptions import HTTPException

from . import api, pages
from .budget import BudgetExceeded
from .cache import DEFAULT_MAX_BYTES, BriefCache
from .errors import http_message, json_error
from .permalinks import Permalinks

logger = logging.getLogger(__name__)

DEFAULT_SEEDS = Path(__file__).resolve().parent / "seeds"  # the bundled seeds/, shipped in the wheel (a symlink here)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The application factory; `test_config` overrides the defaults (SEEDS_DIR, MAX_CONTENT_LENGTH, ...)."""
    app = Flask(__name__)
    app.config.from_mapping(
        SEEDS_DIR=os.environ.get("SUMMARIZER_SEEDS", str(DEFAULT_SEEDS)),
        MAX_CONTENT_LENGTH=8 * 1024 * 1024,  # a request of up to 200 news reports; uploads included
        MAX_FORM_MEMORY_SIZE=2 * 1024 * 1024,  # one pasted report
        # Wall-clock seconds one summary may take before the request is stopped with a 503; 0 for no limit.
        TIME_BUDGET=float(os.environ.get("SUMMARIZER_TIME_BUDGET", "20")),
        BRIEF_CACHE_BYTES=DEFAULT_MAX_BYTES,  # per process
    )
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    if test_config:
        app.config.from_mapping(test_config)
    app.config.setdefault(
        "PERMALINK_DB",
        os.environ.get("SUMMARIZER_PERMALINK_DB") or os.path.join(app.instance_path, "permalinks.sqlite3"),
    )
    app.extensions["brief_cache"] = BriefCache(app.config["BRIEF_CACHE_BYTES"])
    app.extensions["permalinks"] = Permalinks(app.config["PERMALINK_DB"])
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)

    @app.after_request
    def _headers(response: Any) -> Any:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def wants_json(path: str) -> bool:
        """The API and the JSON twins of a result (/brief.json, /b/<key>.json) answer errors in JSON."""
        return path == "/api" or path.startswith("/api/") or path.endswith(".json")

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Any:
        status = error.code or 500
        if wants_json(request.path):
            response = json_error(status, http_message(error))
        else:
            response = app.make_response(
                (render_template("error.html", status=status, message=http_message(error)), status)
            )
        for name, value in error.get_headers():  # e.g. Allow on 405, as RFC 9110 requires
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(BudgetExceeded)
    def _over_budget(error: BudgetExceeded) -> Any:
        message = f"{error}; send fewer or shorter reports, or try again later"
        if wants_json(request.path):
            response = json_error(503, message)
        else:
            response = app.make_response((render_template("error.html", status=503, message=message), 503))
        response.headers["Retry-After"] = "10"
        return response

    @app.errorhandler(Exception)
    def _internal_error(error: Exception) -> Any:
        logger.exception("internal error on %s %s", request.method, request.path)
        message = "internal error; the server log has the details"
        if wants_json(request.path):
            return json_error(500, message)
        return render_template("error.html", status=500, message=message), 500

    return app
