"""Rendering: the JSON contract, plain text and Markdown, all from one dict."""

from __future__ import annotations

import json
from typing import Any

from .models import Summary

SCHEMA_VERSION = 1


def to_dict(summary: Summary) -> dict[str, Any]:
    """The stable JSON contract (see README, "JSON output")."""
    corpus = summary.corpus
    docs = corpus.documents
    scores = {item.fact: item.score for item in summary.brief}

    def ref(i: int) -> dict[str, Any]:
        r = corpus.refs[i]
        return {"document": docs[r.document].id, "sentence": r.position}

    return {
        "version": SCHEMA_VERSION,
        "language": corpus.language,
        "method": summary.method,
        "documents": [
            {
                "id": d.id,
                "outlet": d.outlet,
                "title": d.title,
                "url": d.url,
                "published": d.published,
                "sentences": list(d.sentences),
            }
            for d in docs
        ],
        "facts": [
            {
                "id": f.id,
                "documents": [docs[d].id for d in sorted({corpus.refs[i].document for i in f.members})],
                "versions": [{**ref(i), "text": corpus.texts[i]} for i in f.members],
            }
            for f in summary.facts
        ],
        "brief": [
            {
                "fact": b.fact,
                "text": b.text,
                **ref(b.sentence),
                "documents": [docs[d].id for d in b.documents],
                "outlets": [docs[d].outlet for d in b.documents],
                "score": scores[b.fact],
            }
            for b in summary.brief
        ],
        "unique": [
            {
                "document": docs[u.document].id,
                "outlet": docs[u.document].outlet,
                "kind": u.kind,
                "text": u.text,
                "sentence": corpus.refs[u.sentence].position,
                "start": u.start,
                "end": u.end,
                "score": round(u.score, 4),
            }
            for u in summary.unique
        ],
        "warnings": list(summary.warnings),
    }


def to_json(data: dict[str, Any]) -> str:
    """Pretty, key-stable JSON with non-ASCII text kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def _unique_by_outlet(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for item in data["unique"]:
        grouped.setdefault(item["outlet"], []).append(item)
    return grouped


def to_text(data: dict[str, Any]) -> str:
    """Numbered brief with each sentence's outlets, then what each outlet alone reported."""
    lines = [f"Brief of {len(data['documents'])} reports (language: {data['language']}, method: {data['method']})", ""]
    for n, item in enumerate(data["brief"], 1):
        lines.append(f"{n:>2}. {item['text']}")
        lines.append(f"    — {', '.join(item['outlets'])}")
    for outlet, items in _unique_by_outlet(data).items():
        lines += ["", f"Only in {outlet}"]
        lines += [f"  • {u['text']}" if u["kind"] == "fact" else f"  • detail: {u['text']}" for u in items]
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def to_markdown(data: dict[str, Any]) -> str:
    """The same content as `to_text`, as Markdown with article text escaped."""
    lines = ["# Brief", ""]
    for n, item in enumerate(data["brief"], 1):
        outlets = ", ".join(_md_escape(o) for o in item["outlets"])
        lines.append(f"{n}. {_md_escape(item['text'])} *({outlets})*")
    for outlet, items in _unique_by_outlet(data).items():
        lines += ["", f"## Only in {_md_escape(outlet)}", ""]
        for u in items:
            prefix = "" if u["kind"] == "fact" else "detail: "
            lines.append(f"- {prefix}{_md_escape(u['text'])}")
    return "\n".join(lines) + "\n"


FORMATS = {"text": to_text, "markdown": to_markdown, "json": lambda data: to_json(data) + "\n"}
