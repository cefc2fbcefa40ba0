"""What the page and the API share: requests turned into reports and options, summaries, and the page's view.

Nothing here is mutable across requests: the seeds' summary is cached per Options, and a Summary is frozen.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from summarizer import Options, Report, contract, summarize, to_dict
from summarizer.clean import clean
from summarizer.errors import InputError, OptionsError, SummarizerError, TooLargeError
from summarizer.ingest import is_unicode_text, read_reports, report_from_bytes
from summarizer.options import build_options

from .budget import time_budget
from .cache import BriefCache, brief_key

MAX_DOCUMENTS = 200  # per request; a news event rarely has more reports, and each costs CPU
DOCUMENT_FIELDS = ("text", "outlet", "title", "url", "published")
COLOURS = 12  # outlet colour classes c0..c11 in style.css, twelve hues told apart by eye


def seeds_dir(app: Any) -> str | None:
    """The app's directory of bundled reports (config SEEDS_DIR), or None when it has none it can read."""
    path = app.config.get("SEEDS_DIR")
    if not path:
        return None
    try:
        seed_reports(str(path))  # cached once read; an empty or unreadable directory is no seeds at all
    except SummarizerError:
        return None
    return str(path)


@lru_cache(maxsize=8)
def seed_reports(directory: str) -> tuple[Report, ...]:
    return read_reports([directory]).reports


def seeds_summary(directory: str, options: Options) -> contract.Summary:
    """The bundled reports' brief as the JSON contract, through the brief cache like any other."""
    return summary_of(seed_reports(directory), options)


def summary_json(app: Any, reports: Sequence[Report], options: Options) -> bytes:
    """The brief as JSON bytes: from the app's cache by content, else computed within the time budget."""
    cache: BriefCache = app.extensions["brief_cache"]

    def compute() -> bytes:
        with time_budget(app.config["TIME_BUDGET"]):
            data = to_dict(summarize(reports, options))
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    return cache.get_or_compute(brief_key(reports, options), compute)


def summary_of(reports: Sequence[Report], options: Options) -> contract.Summary:
    """The brief as the JSON contract (a new dict, the caller may change it), through the current app's cache."""
    from flask import current_app

    return summary_from_json(summary_json(current_app, reports, options))


def summary_from_json(raw: bytes) -> contract.Summary:
    """The contract back from JSON that `to_dict` made (the cache's and the permalink store's bytes)."""
    return cast(contract.Summary, json.loads(raw))


def options_from_query(args: Mapping[str, str]) -> Options:
    """Options from query parameters named as in the JSON body; an unknown parameter is an error, not ignored."""
    return build_options(dict(args.items()))


def documents_from_json(body: Any) -> tuple[list[Report], Options]:
    """Validate a POST /api/summary body: {"documents": [text | {text, outlet?, ...}], "options": {...}}."""
    if not isinstance(body, dict):
        raise InputError("the body must be a JSON object with a 'documents' list")
    unknown = sorted(set(body) - {"documents", "options"})
    if unknown:
        raise InputError(f"unknown field {unknown[0]!r}; expected 'documents' and 'options'")
    documents = body.get("documents")
    if not isinstance(documents, list) or not documents:
        raise InputError("'documents' must be a non-empty list of texts or objects with a 'text'")
    if len(documents) > MAX_DOCUMENTS:
        raise TooLargeError(f"{len(documents)} documents given; the limit is {MAX_DOCUMENTS} per request")
    options = body.get("options")
    options = {} if options is None else options
    if not isinstance(options, dict):
        raise OptionsError("'options' must be an object")
    reports = [_report_from_json(item, n) for n, item in enumerate(documents, 1)]
    return reports, build_options(options)


def _report_from_json(item: Any, n: int) -> Report:
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, dict):
        raise InputError(f"documents[{n - 1}] must be a string or an object with a 'text'")
    unknown = sorted(set(item) - set(DOCUMENT_FIELDS))
    if unknown:
        raise InputError(f"documents[{n - 1}] has unknown field {unknown[0]!r}")
    for name in DOCUMENT_FIELDS:
        if item.get(name) is not None and not isinstance(item[name], str):
            raise InputError(f"documents[{n - 1}].{name} must be a string")
        if item.get(name) and not is_unicode_text(item[name]):
            raise InputError(f"documents[{n - 1}].{name} has a lone surrogate (\\ud800-\\udfff), not text")
    if not (item.get("text") or "").strip():
        raise InputError(f"documents[{n - 1}] has no 'text'")
    return Report(
        id=f"doc{n}",
        text=item["text"],
        outlet=(item.get("outlet") or "").strip() or None,
        title=(item.get("title") or "").strip() or None,
        url=(item.get("url") or "").strip() or None,
        published=(item.get("published") or "").strip() or None,
    )


def parse_json(data: bytes) -> Any:
    """A JSON body, or InputError: not JSON, not UTF-8, an integer of thousands of digits, or nested so deep
    (`[` x 100,000) that the parser gives up with RecursionError."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as error:
        raise InputError("the body is not valid JSON") from error


@dataclass(frozen=True)
class FormInput:
    """What the page's form carries: pasted reports (uploads are moved into them) and the options."""

    slots: tuple[dict[str, str], ...]
    options: Options
    length: int
    unit: str
    warnings: tuple[str, ...] = ()

    @property
    def reports(self) -> list[Report]:
        return [
            Report(
                id=f"doc{n}",
                text=slot["text"],
                outlet=slot["outlet"] or None,
                title=slot["title"] or None,
                published=slot["published"] or None,
            )
            for n, slot in enumerate((s for s in self.slots if s["text"].strip()), 1)
        ]


def options_from_form(form: Mapping[str, str]) -> tuple[Options, int, str]:
    """The page's controls: a length with its unit (sentences or words), method and language."""
    unit = form.get("unit") or "sentences"
    if unit not in ("sentences", "words"):
        raise OptionsError("unit must be sentences or words")
    raw_length = (form.get("length") or "").strip()
    values: dict[str, Any] = {name: form[name] for name in ("method", "language", "matcher") if form.get(name)}
    values["unique"] = 0
    if raw_length:
        values[unit] = raw_length
    options = build_options(values)
    length = options.words if unit == "words" else options.sentence_budget
    return options, int(length or 0), unit


def pasted_slots(form: Any) -> list[dict[str, str]]:
    """The report fields of the form that have text, in order."""
    columns = {name: form.getlist(name) for name in ("text", "outlet", "title", "published")}
    slots = [
        {name: (columns[name][i] if i < len(columns[name]) else "") for name in columns}
        for i in range(len(columns["text"]))
    ]
    return [s for s in slots if s["text"].strip()]


def form_input(form: Any, files: Any) -> FormInput:
    """Pasted reports and uploaded files (request.form, request.files) as form slots, plus the options."""
    options, length, unit = options_from_form(form)
    slots = pasted_slots(form)
    warnings: list[str] = []
    for upload in files.getlist("files"):
        if not upload or not upload.filename:
            continue
        name = Path(upload.filename).name
        report = report_from_bytes(upload.read(), name, Path(name).stem, warnings)
        if report is not None:
            text = report.text
            while report.title and text.startswith(report.title):  # HTML: the title is its own field, once
                text = text[len(report.title) :].lstrip()  # (trafilatura puts it first, the page's h1 after)
            slots.append(
                {
                    "text": text,
                    # As the CLI names it: the page's site name, else the outlet of a dateline or credit line
                    # ("LONDON (Daily Ledger) -"), else the file's name.
                    "outlet": report.outlet or clean(text).outlet or Path(name).stem,
                    "title": report.title or "",
                    "published": report.published or "",
                }
            )
    if len(slots) > MAX_DOCUMENTS:
        raise TooLargeError(f"{len(slots)} reports given; the limit is {MAX_DOCUMENTS} per request")
    return FormInput(tuple(slots), options, length, unit, tuple(warnings))


MAX_ARTICLES = 1000  # per request; larger feeds belong on the command line or Dask


def stories_of(body: Any) -> contract.Stories:
    """Validate a POST /api/stories body, {"articles": [{id, text, ...}], "options": {...}}, and group it."""
    from summarizer.feed import article
    from summarizer.stories import StoryOptions, build_stories

    if not isinstance(body, dict) or not isinstance(body.get("articles"), list) or not body["articles"]:
        raise InputError("the body must be a JSON object with a non-empty 'articles' list")
    unknown = sorted(set(body) - {"articles", "options"})
    if unknown:
        raise InputError(f"unknown field {unknown[0]!r}; expected 'articles' and 'options'")
    if len(body["articles"]) > MAX_ARTICLES:
        raise TooLargeError(f"{len(body['articles'])} articles given; the limit is {MAX_ARTICLES} per request")
    options = body.get("options") or {}
    if not isinstance(options, dict):
        raise OptionsError("'options' must be an object")
    articles = [article(item, f"articles[{n}]") for n, item in enumerate(body["articles"])]
    return build_stories(articles, StoryOptions(brief=build_options(options)))
