"""Ingest: read reports from files, directories or stdin; HTML and Markdown to text; a manifest's metadata.

Input files are only ever opened for reading.
"""

from __future__ import annotations

import codecs
import json
import logging
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError, TooLargeError
from .models import Report

logger = logging.getLogger(__name__)

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
MANIFEST_NAMES = ("manifest.toml", "manifest.json")
MANIFEST_FIELDS = frozenset({"outlet", "title", "url", "published"})
MAX_FILE_BYTES = 10 * 1024 * 1024  # one news report is a few KB; beyond this it is not a report
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_REPORTS = 10_000
BINARY_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Ingested:
    """The reports read, and what the reader had to warn about."""

    reports: tuple[Report, ...]
    warnings: tuple[str, ...]


# Byte-order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that no text encoding in use writes (tab, line feed, form feed and carriage return aside).
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
MAX_CONTROL_SHARE = 0.01  # more control bytes than this in the sniffed start: binary data, not text


def _looks_binary(data: bytes) -> bool:
    sample = data[:BINARY_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > MAX_CONTROL_SHARE * max(1, len(sample))


def _garbled(text: str) -> bool:
    """Decoded text with many control, unassigned, private-use or surrogate characters was binary data."""
    sample = text[:BINARY_SNIFF_BYTES]
    odd = sum(1 for ch in sample if ch not in "\t\n\r\f" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))
    return odd > MAX_CONTROL_SHARE * max(1, len(sample))


def is_unicode_text(text: str) -> bool:
    """False for a string with a lone surrogate ("\\ud800" in JSON), which no UTF-8 output can carry."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(text: str, name: str) -> str:
    if _garbled(text):
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Text of `data`: UTF-8, or UTF-16/32 with a byte-order mark; else Windows-1252/Latin-1 with a warning.

    Binary data (NUL or other control bytes that text does not hold) is refused.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _text(data.decode(encoding).lstrip("\ufeff"), name), None
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name}: starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}"
                ) from error
    if _looks_binary(data):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return _text(data.decode("utf-8"), name), None
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = _text(data.decode(encoding), name)
        except UnicodeDecodeError:
            continue
        return (
            text,
            f"{name}: not valid UTF-8, read as the legacy encoding {encoding}; save it as UTF-8 to be sure",
        )
    raise InputError(f"{name}: cannot decode text")  # pragma: no cover - latin-1 decodes any bytes


def html_report(html: str, report_id: str) -> Report | None:
    """Main text and metadata of an HTML page, extracted by trafilatura; None when it finds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():  # dict: only with as_dict=True
        return None
    text = str(doc.text) if not doc.title else f"{doc.title}\n\n{doc.text}"
    return Report(
        id=report_id,
        text=text,
        outlet=doc.sitename or None,
        title=doc.title or None,
        url=doc.url or None,
        published=doc.date or None,
    )


def markdown_text(markdown: str) -> str:
    """Plain text of Markdown: one line per block, inline markup and link targets dropped."""
    from markdown_it import MarkdownIt

    lines: list[str] = []
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "inline":
            text = "".join(child.content if child.type != "softbreak" else " " for child in token.children or [])
            lines.append(text)
    return "\n".join(lines)


def make_report(raw: str, report_id: str, kind: str) -> Report | None:
    """A Report from decoded text of the given kind ("text", "markdown", "html")."""
    if kind == "html":
        return html_report(raw, report_id)
    if kind == "markdown":
        return Report(id=report_id, text=markdown_text(raw))
    return Report(id=report_id, text=raw)


def _kind(path: Path) -> str:
    return SUFFIXES.get(path.suffix.lower(), "text")


def report_from_bytes(data: bytes, name: str, report_id: str, warnings: list[str]) -> Report | None:
    """One report from the bytes of a file called `name` (an upload, stdin as "<stdin>"); None when empty.

    The kind comes from the name's suffix; text without a known suffix that looks like HTML is read as HTML.
    Warnings (encoding, empty input) are appended to `warnings`.
    """
    if len(data) > MAX_FILE_BYTES:
        raise TooLargeError(f"{name}: more than {MAX_FILE_BYTES // 2**20} MiB; one report may not be larger")
    text, warning = decode(data, name)
    if warning:
        warnings.append(warning)
    if not text.strip():
        warnings.append(f"{name}: empty; skipped")
        return None
    suffix = Path(name).suffix.lower()
    kind = SUFFIXES.get(suffix, "text")
    if suffix not in SUFFIXES and text.lstrip()[:1] == "<" and "</" in text:
        kind = "html"
    report = make_report(text, report_id, kind)
    if report is None:
        warnings.append(f"{name}: no article text found in the HTML; skipped")
    return report


def load_manifest(directory: Path) -> dict[str, dict[str, str]]:
    """Per-file metadata from manifest.toml or manifest.json beside the reports, keyed by file name."""
    for name in MANIFEST_NAMES:
        path = directory / name
        if not path.is_file():
            continue
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise InputError(f"{path}: cannot read: {error.strerror or error}") from error
        try:
            data: Any = tomllib.loads(raw.decode("utf-8")) if name.endswith(".toml") else json.loads(raw)
        except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(f"{path}: not a valid manifest: {error}") from error
        entries = data.get("reports", data) if isinstance(data, Mapping) else None
        if not isinstance(entries, Mapping):
            raise InputError(f"{path}: expected a table of file names under 'reports'")
        manifest: dict[str, dict[str, str]] = {}
        for file_name, fields in entries.items():
            if not isinstance(fields, Mapping):
                raise InputError(f"{path}: entry {file_name!r} must be a table of fields")
            unknown = set(fields) - MANIFEST_FIELDS
            if unknown:
                raise InputError(f"{path}: entry {file_name!r} has unknown field {sorted(unknown)[0]!r}")
            manifest[str(file_name)] = {k: str(v) for k, v in fields.items() if v not in (None, "")}
        return manifest
    return {}


def _with_metadata(report: Report, meta: Mapping[str, str]) -> Report:
    return Report(
        id=report.id,
        text=report.text,
        outlet=meta.get("outlet", report.outlet),
        title=meta.get("title", report.title),
        url=meta.get("url", report.url),
        published=meta.get("published", report.published),
    )


def _expand(paths: Sequence[str]) -> list[tuple[Path | None, dict[str, str]]]:
    """Every input file (None for stdin) with its manifest entry, in a stable order."""
    found: list[tuple[Path | None, dict[str, str]]] = []
    for name in paths:
        if name == "-":
            found.append((None, {}))
            continue
        path = Path(name)
        if path.is_dir():
            manifest = load_manifest(path)
            try:
                files = sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file()
                    and p.suffix.lower() in SUFFIXES
                    and not p.name.startswith(".")
                    and p.name.lower() not in ("readme.md",)
                )
            except OSError as error:  # no read permission on the directory
                raise InputError(f"{path}: cannot list: {error.strerror or error}") from error
            if not files:
                raise InputError(f"{path}: no .txt, .md or .html reports in this directory")
            found.extend((p, manifest.get(p.name, {})) for p in files)
        elif path.is_file():
            found.append((path, load_manifest(path.parent).get(path.name, {})))
        elif path.exists():
            raise InputError(f"{path}: not a regular file or directory")
        else:
            raise InputError(f"{path}: no such file or directory")
    if len(found) > MAX_REPORTS:
        raise TooLargeError(f"{len(found)} reports given; the limit is {MAX_REPORTS}")
    return found


def read_reports(paths: Sequence[str], stdin: IO[bytes] | None = None) -> Ingested:
    """Read every report named by `paths` (files, directories, "-" for stdin)."""
    reports: list[Report] = []
    warnings: list[str] = []
    total = 0
    seen: set[Path] = set()
    for path, meta in _expand(paths):
        name = "<stdin>" if path is None else str(path)
        if path is not None:
            if path.resolve() in seen:  # a file named twice, or also inside a directory given: one outlet, once
                warnings.append(f"{name}: given more than once; read once")
                continue
            seen.add(path.resolve())
        if path is None:
            if stdin is None:
                raise InputError("'-' given but no standard input is available")
            data = stdin.read(MAX_FILE_BYTES + 1)
        else:
            try:
                size = path.stat().st_size
                if size > MAX_FILE_BYTES:
                    raise TooLargeError(
                        f"{name}: {size / 1e6:.1f} MB; one report may be at most {MAX_FILE_BYTES // 2**20} MiB"
                    )
                data = path.read_bytes()
            except OSError as error:
                raise InputError(f"{name}: cannot read: {error.strerror}") from error
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise TooLargeError(f"the reports add up to more than {MAX_TOTAL_BYTES // 2**20} MiB")
        report = report_from_bytes(data, name, "stdin" if path is None else path.stem, warnings)
        if report is not None:
            reports.append(_with_metadata(report, meta))
    if not reports:
        raise InputError("no report given has any text (empty files, or pages with no article text)")
    return Ingested(tuple(reports), tuple(warnings))
