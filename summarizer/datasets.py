"""Evaluation data sets: clusters of documents with human reference summaries, from three JSONL formats.

- ours: one cluster per line, {"id", "documents": [text | {"text", "outlet"?, "title"?, "url"?, "published"?}],
  "references": [text], "language"?: "id" | "en"};
- TAC 2011 MultiLing: {"topic", "language", "docs": [{"docid", "text"}], "references": [{"text", ...}]};
- IndoSum: {"id", "paragraphs": paragraph -> sentence -> tokens, "summary": sentence -> tokens}; the tokens
  are joined back into text with NLTK's Treebank detokenizer.

The format is told by the keys of each line. A participants' file ({"system", "topic", "text"}) holds
existing summaries to score beside ours (`read_systems`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .models import Report

TAC_LANGUAGES = {"english": "en"}  # other TAC languages are detected from the text


@dataclass(frozen=True, slots=True)
class Cluster:
    """Documents about one event and the human summaries written for them."""

    id: str
    documents: tuple[Report, ...]
    references: tuple[str, ...]
    language: str = "auto"


@cache
def _detokenizer() -> Any:
    from nltk.tokenize.treebank import TreebankWordDetokenizer

    return TreebankWordDetokenizer()


def detokenize(tokens: Sequence[str]) -> str:
    """Text from IndoSum's tokens; its straight quotes alternate as opening and closing (Treebank's `` and '')."""
    marked, quotes = [], 0
    for token in tokens:
        if token == '"':
            marked.append("``" if quotes % 2 == 0 else "''")
            quotes += 1
        else:
            marked.append(token)
    return _detokenizer().detokenize(marked)


def _text(paragraphs: Sequence[Sequence[Sequence[str]]]) -> str:
    """One line per paragraph; a paragraph is detokenized whole, as a quote may span its sentences."""
    return "\n".join(detokenize([token for sentence in paragraph for token in sentence]) for paragraph in paragraphs)


def _document(item: Any, cluster: str, n: int) -> Report:
    if isinstance(item, str):
        return Report(id=f"{cluster}-{n}", text=item)
    if not isinstance(item, Mapping) or not isinstance(item.get("text"), str):
        raise InputError(f"cluster {cluster}: document {n} must be a text or an object with a 'text'")
    fields: dict[str, Any] = {k: str(item[k]) for k in ("outlet", "title", "url", "published") if item.get(k)}
    return Report(id=str(item.get("id") or f"{cluster}-{n}"), text=item["text"], **fields)


def _cluster(line: Mapping[str, Any], where: str) -> Cluster:
    if "paragraphs" in line and "summary" in line:  # IndoSum
        cid = str(line["id"])
        return Cluster(cid, (Report(id=cid, text=_text(line["paragraphs"])),), (_text([line["summary"]]),), "id")
    if "topic" in line and "docs" in line:  # TAC 2011 MultiLing
        cid = str(line["topic"])
        documents = tuple(Report(id=str(d["docid"]), text=d["text"]) for d in line["docs"])
        references = tuple(r["text"] for r in line["references"])
        return Cluster(cid, documents, references, TAC_LANGUAGES.get(str(line.get("language")), "auto"))
    if "documents" in line and "references" in line:  # ours
        cid = str(line.get("id", where))
        documents, references = line["documents"], line["references"]
        if not isinstance(documents, list) or not documents:
            raise InputError(f"{where}: 'documents' must be a non-empty list")
        if (
            not isinstance(references, list)
            or not references
            or not all(isinstance(r, str) and r.strip() for r in references)
        ):
            raise InputError(f"{where}: 'references' must be a non-empty list of texts")
        language = line.get("language", "auto")
        if language not in ("auto", "id", "en"):
            raise InputError(f"{where}: language must be auto, id or en")
        return Cluster(
            cid, tuple(_document(d, cid, n) for n, d in enumerate(documents, 1)), tuple(references), language
        )
    raise InputError(f"{where}: not a cluster: expected 'documents' and 'references' (or TAC's or IndoSum's keys)")


def _lines(path: Path) -> Iterator[tuple[str, Any]]:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield where, json.loads(raw)
            except json.JSONDecodeError as error:
                raise InputError(f"{where}: not valid JSON: {error.msg}") from error
            except UnicodeDecodeError as error:  # pragma: no cover - open() reports it lazily
                raise InputError(f"{path}: not UTF-8 text") from error


def read_clusters(path: Path, limit: int | None = None) -> list[Cluster]:
    """The first `limit` clusters (all when None) of a data set file in any of the three formats."""
    clusters: list[Cluster] = []
    try:
        for where, line in _lines(path):
            if limit is not None and len(clusters) >= limit:
                break
            if not isinstance(line, Mapping):
                raise InputError(f"{where}: each line must be a JSON object")
            if "system" in line and "text" in line:
                raise InputError(f"{path}: holds systems' summaries; give it with --systems, beside its data set")
            try:
                clusters.append(_cluster(line, where))
            except (KeyError, TypeError) as error:
                raise InputError(f"{where}: missing or malformed field {error}") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text") from error
    if not clusters:
        raise InputError(f"{path}: no clusters")
    return clusters


def read_systems(path: Path) -> dict[str, dict[str, str]]:
    """Existing summaries, system -> cluster id -> text, from {"system", "topic" | "id", "text"} lines."""
    systems: dict[str, dict[str, str]] = {}
    for where, line in _lines(path):
        try:
            systems.setdefault(str(line["system"]), {})[str(line.get("topic", line.get("id")))] = line["text"]
        except (KeyError, TypeError) as error:
            raise InputError(f"{where}: expected 'system', 'topic' and 'text'") from error
    if not systems:
        raise InputError(f"{path}: no summaries")
    return systems
