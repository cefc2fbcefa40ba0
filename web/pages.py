"""The page: the merged brief with outlet chips, coverage grid and outlet-only details; a form for your own reports.

Works as plain HTML forms; static/app.js only enhances. Exports of the same result as JSON and Markdown.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from babel import Locale
from flask import Blueprint, Response, abort, current_app, redirect, render_template, request, url_for

from summarizer import contract
from summarizer.errors import SummarizerError
from summarizer.options import DEFAULT_SENTENCES, RULES, Options
from summarizer.render import to_json, to_markdown

from .cache import brief_key
from .errors import json_error, status_for
from .service import (
    FormInput,
    form_input,
    options_from_form,
    pasted_slots,
    seeds_dir,
    seeds_summary,
    summary_from_json,
    summary_json,
    summary_of,
)
from .view import page_view

bp = Blueprint("pages", __name__)
logger = logging.getLogger(__name__)

# The language menu's labels: "detect", then each code's English name from CLDR (Babel), e.g. "yi" Yiddish.
LANGUAGE_NAMES = {
    code: "detect" if code == "auto" else Locale("en").languages.get(code, code)
    for code in RULES["language"].choices or ()
}
EMPTY_SLOTS = 2  # blank report fields offered below the ones already filled
MIN_SLOTS = 3


def _blank_form(slots: tuple[dict[str, str], ...] = ()) -> FormInput:
    return FormInput(slots, Options(unique=0), DEFAULT_SENTENCES, "sentences")


def _slots(form: FormInput) -> list[dict[str, str]]:
    blank = {"text": "", "outlet": "", "title": "", "published": ""}
    count = max(MIN_SLOTS, len(form.slots) + EMPTY_SLOTS)
    return list(form.slots) + [blank] * (count - len(form.slots))


def _query(form: FormInput) -> dict[str, Any]:
    return {
        "length": form.length,
        "unit": form.unit,
        "method": form.options.method,
        "language": form.options.language,
        "matcher": form.options.matcher,
    }


def _page(
    data: contract.Summary | None,
    form: FormInput,
    *,
    error: str | None = None,
    status: int = 200,
    permalink: str | None = None,
) -> Any:
    return (
        render_template(
            "index.html",
            view=page_view(data) if data else None,
            form=form,
            slots=_slots(form),
            pasted=bool(form.slots) or permalink is not None,
            permalink=permalink,
            query=_query(form),
            methods=RULES["method"].choices,
            languages=RULES["language"].choices,
            language_names=LANGUAGE_NAMES,
            matchers=RULES["matcher"].choices,
            rules=RULES,
            error=error,
            warnings=(form.warnings + tuple(data["warnings"])) if data else form.warnings,
        ),
        status,
    )


def _seeds(form: FormInput) -> contract.Summary | None:
    directory = seeds_dir(current_app)
    return seeds_summary(directory, form.options) if directory else None


@bp.get("/")
def index() -> Any:
    try:
        options, length, unit = options_from_form(request.args)
    except SummarizerError as error:
        return _page(_seeds(_blank_form()), _blank_form(), error=str(error), status=400)
    form = FormInput((), options, length, unit)
    return _page(_seeds(form), form)


@bp.post("/")
def submit() -> Any:
    try:
        form = form_input(request.form, request.files)
    except SummarizerError as error:  # keep what was pasted, so nothing typed is lost
        return _page(None, _blank_form(tuple(pasted_slots(request.form))), error=str(error), status=status_for(error))
    if not form.slots and request.form.get("action") == "summarise":
        message = "paste the text of at least one report, or upload a file, to summarise"
        return _page(None, form, error=message, status=400)
    if not form.slots:  # only the controls changed: show the bundled reports at a linkable address
        return redirect(url_for("pages.index", **_query(form)), code=303)
    try:
        raw = summary_json(current_app, form.reports, form.options)
    except SummarizerError as error:
        return _page(None, form, error=str(error), status=status_for(error))
    return _page(summary_from_json(raw), form, permalink=_save_permalink(brief_key(form.reports, form.options), raw))


def _save_permalink(key: str, raw: bytes) -> str | None:
    """The result's shareable address; None (and a log line) when it cannot be stored: the page still answers."""
    try:
        saved = current_app.extensions["permalinks"].save(key, raw)
    except (sqlite3.Error, OSError):  # a read-only or missing directory, a full disk
        logger.exception("permalink store %s failed", current_app.config["PERMALINK_DB"])
        return None
    return url_for("pages.permalink", key=saved) if saved else None


def _stored(key: str) -> contract.Summary:
    try:
        raw = current_app.extensions["permalinks"].load(key)
    except (sqlite3.Error, OSError):
        logger.exception("permalink store %s failed", current_app.config["PERMALINK_DB"])
        raw = None
    if raw is None:
        abort(404, description="no such result: the address is wrong or it expired")
    return summary_from_json(raw)


@bp.get("/b/<key>")
def permalink(key: str) -> Any:
    """A stored result of pasted reports, as the page showed it."""
    form = FormInput((), Options(unique=0), DEFAULT_SENTENCES, "sentences")
    return _page(_stored(key), form, permalink=url_for("pages.permalink", key=key))


@bp.get("/b/<key>.json")
def permalink_json(key: str) -> Any:
    return Response(to_json(_stored(key)) + "\n", mimetype="application/json")


@bp.get("/b/<key>.md")
def permalink_markdown(key: str) -> Any:
    return Response(to_markdown(_stored(key)), mimetype="text/markdown")


def _export(kind: str) -> Any:
    try:
        if request.method == "POST":
            form = form_input(request.form, request.files)
        else:
            options, length, unit = options_from_form(request.args)
            form = FormInput((), options, length, unit)
        data = summary_of(form.reports, form.options) if form.slots else _seeds(form)
    except SummarizerError as error:
        if kind == "json":
            return json_error(status_for(error), str(error))
        return Response(f"error: {error}\n", status=status_for(error), mimetype="text/plain")
    if data is None:
        if kind == "json":
            return json_error(404, "no reports given and none bundled")
        return Response("error: no reports given and none bundled\n", status=404, mimetype="text/plain")
    if kind == "json":
        return Response(to_json(data) + "\n", mimetype="application/json")
    return Response(to_markdown(data), mimetype="text/markdown")


@bp.route("/brief.json", methods=["GET", "POST"])
def export_json() -> Any:
    return _export("json")


@bp.route("/brief.md", methods=["GET", "POST"])
def export_markdown() -> Any:
    return _export("markdown")
