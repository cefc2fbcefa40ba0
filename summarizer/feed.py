"""A feed of articles for `stories`: JSONL files of {"id", "text", ...}, directories or files of reports, stdin.

A JSONL feed is read line by line, so it is not bound by the per-call limits of `ingest.read_reports`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from .dates import parse_published
from .errors import InputError, TooLargeError
from .ingest import is_unicode_text, read_reports
from .models import Report

FIELDS = ("id", "text", "outlet", "title", "url", "published")
MAX_ARTICLES = 1_000_000


def article(item: Any, where: str) -> Report:
    """One article from a decoded JSON object; a clear error names the line when it is malformed."""
    if not isinstance(item, dict):
        raise InputError(f"{where}: must be a JSON object with 'id' and 'text'")
    unknown = sorted(set(item) - set(FIELDS))
    if unknown:
        raise InputError(f"{where}: unknown field {unknown[0]!r}; known: " + ", ".join(FIELDS))
    if not isinstance(item.get("text"), str):
        raise InputError(f"{where}: 'text' must be a string")
    if not isinstance(item.get("id"), str | int) or isinstance(item.get("id"), bool) or str(item["id"]) == "":
        raise InputError(f"{where}: 'id' must be a non-empty string")
    extra: dict[str, str] = {}
    for name in FIELDS[2:]:
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: {name!r} must be a string")
        if value:
            extra[name] = value
    for name in FIELDS:
        if isinstance(item.get(name), str) and not is_unicode_text(item[name]):
            raise InputError(f"{where}: {name!r} has a lone surrogate (\\ud800-\\udfff), not text")
    if extra.get("published"):
        parse_published(extra["published"], where)  # a bad date is the feed's error, not its story's
    return Report(
        id=str(item["id"]),
        text=item["text"],
        outlet=extra.get("outlet"),
        title=extra.get("title"),
        url=extra.get("url"),
        published=extra.get("published"),
    )


def _jsonl(lines: Iterable[bytes | str], name: str) -> list[Report]:
    articles = []
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            item = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(f"{where}: not valid JSON (or not UTF-8)") from error
        articles.append(article(item, where))
        if len(articles) > MAX_ARTICLES:
            raise TooLargeError(f"{name}: more than {MAX_ARTICLES} articles")
    return articles


def read_feed(paths: Sequence[str], stdin: IO[bytes] | None = None) -> tuple[list[Report], list[str]]:
    """Articles from JSONL files, report files or directories, and "-" (JSONL, or one report) on stdin."""
    articles: list[Report] = []
    warnings: list[str] = []
    plain: list[str] = []
    stdin_data: bytes | None = None
    for name in paths:
        path = Path(name)
        if name == "-":
            if stdin is None:
                raise InputError("'-' given but no standard input is available")
            stdin_data = stdin.read()
            if stdin_data.lstrip()[:1] == b"{":
                articles += _jsonl(stdin_data.splitlines(), "<stdin>")
                continue
            plain.append(name)
        elif path.suffix.lower() == ".jsonl":
            if not path.is_file():
                raise InputError(f"{path}: no such file")
            with path.open("rb") as handle:
                articles += _jsonl(handle, str(path))
        else:
            plain.append(name)
    if plain:
        ingested = read_reports(plain, stdin=io.BytesIO(stdin_data) if stdin_data is not None else None)
        articles += ingested.reports
        warnings += ingested.warnings
    if not articles:
        raise InputError("no articles given")
    return articles, warnings
