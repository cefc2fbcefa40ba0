"""Rendering: the JSON contract, plain text and Markdown, all from one dict."""

from __future__ import annotations

import json
from typing import Final

from . import contract
from .models import BriefItem, Summary

SCHEMA_VERSION: Final = 2  # 2: facts may hold two sentences of one report; claims, sharing, unique parts; conflicts


def to_dict(summary: Summary) -> contract.Summary:
    """The stable JSON contract (see README, "JSON output"; types in contract.py)."""
    corpus = summary.corpus
    docs = corpus.documents
    scores = {item.fact: item.score for item in summary.brief}
    # A conflict belongs to one fact, but a value's sentence may sit in another (a changed value can move a sentence
    # out of its fact): that fact's brief item is disputed too.
    fact_of = {i: f.id for f in summary.facts for i in f.members} if summary.conflicts else {}
    disputed = {c.fact for c in summary.conflicts} | {
        fact_of[v.sentence] for c in summary.conflicts for v in c.values if v.sentence in fact_of
    }

    # Copies of a sentence share one SentenceAlignment (pipeline.sentence_alignments); their versions share one
    # list of claims here, so a wire story in 700 reports is not 700 lists of 700 ids (the JSON is the same).
    claims_of: dict[tuple[int, bool], tuple[object, list[contract.Claim]]] = {}

    def claims(i: int, outlets: bool = False) -> list[contract.Claim]:
        sentence = summary.sentences[i]
        key = (id(sentence), outlets)
        if key in claims_of:
            return claims_of[key][1]
        found: list[contract.Claim] = []
        for c in sentence.claims:
            claim: contract.Claim = {"start": c.start, "end": c.end, "documents": [docs[d].id for d in c.documents]}
            if outlets:
                claim["outlets"] = [docs[d].outlet for d in c.documents]
            found.append(claim)
        claims_of[key] = (sentence, found)  # the sentence is kept, so its id is not reused
        return found

    def version(i: int) -> contract.Version:
        r = corpus.refs[i]
        return {
            "document": docs[r.document].id,
            "sentence": r.position,
            "text": corpus.texts[i],
            "role": summary.sentences[i].role,
            "sharing": summary.sentences[i].sharing,
            "claims": claims(i),
        }

    def brief_item(b: BriefItem) -> contract.BriefItem:
        r = corpus.refs[b.sentence]
        return {
            "fact": b.fact,
            "text": b.text,
            "document": docs[r.document].id,
            "sentence": r.position,
            "documents": [docs[d].id for d in b.documents],
            "outlets": [docs[d].outlet for d in b.documents],
            "score": scores[b.fact],
            "conflict": b.fact in disputed,
            "sharing": summary.sentences[b.sentence].sharing,
            "claims": claims(b.sentence, outlets=True),
        }

    def reporters(members: tuple[int, ...]) -> list[int]:
        """The fact's own reports and every report that states one of its versions' claims."""
        found = {corpus.refs[i].document for i in members}
        found.update(d for i in members for c in summary.sentences[i].claims for d in c.documents)
        return sorted(found)

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
                "documents": [docs[d].id for d in reporters(f.members)],
                "versions": [version(i) for i in f.members],
            }
            for f in summary.facts
        ],
        "brief": [brief_item(b) for b in summary.brief],
        "unique": [
            {
                "document": docs[u.document].id,
                "outlet": docs[u.document].outlet,
                "kind": u.kind,
                "part": u.part,
                "text": u.text,
                "sentence": corpus.refs[u.sentence].position,
                "start": u.start,
                "end": u.end,
                "score": round(u.score, 4),
            }
            for u in summary.unique
        ],
        "conflicts": [
            {
                "fact": c.fact,
                "kind": c.kind,
                "values": [
                    {
                        "document": docs[v.document].id,
                        "outlet": docs[v.document].outlet,
                        "value": v.text,
                        "sentence": corpus.refs[v.sentence].position,
                        "start": v.start,
                        "end": v.end,
                    }
                    for v in c.values
                ],
            }
            for c in summary.conflicts
        ],
        "warnings": list(summary.warnings),
    }


def to_json(data: object) -> str:
    """Pretty, key-stable JSON with non-ASCII text kept readable (a summary, stories, an index of them)."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def _unique_by_outlet(data: contract.Summary) -> dict[str, list[contract.UniqueItem]]:
    grouped: dict[str, list[contract.UniqueItem]] = {}
    for item in data["unique"]:
        grouped.setdefault(item["outlet"], []).append(item)
    return grouped


def _sentence(data: contract.Summary, item: contract.UniqueItem | contract.ConflictValue) -> str:
    document = next(d for d in data["documents"] if d["id"] == item["document"])
    return str(document["sentences"][item["sentence"]])


def _partly(item: contract.BriefItem) -> list[tuple[str, list[str]]]:
    """The claims of a partly shared brief sentence that fewer outlets state than the whole sentence names."""
    if item.get("sharing") != "partial":
        return []
    return [
        (item["text"][c["start"] : c["end"]].strip(" ,;:–—"), c["outlets"])
        for c in item["claims"]
        if len(c["outlets"]) < len(item["outlets"])
    ]


def _label(item: contract.UniqueItem) -> str:
    return {"claim": "adds", "name": "name", "number": "number"}.get(item.get("part") or "", "detail")


def to_text(data: contract.Summary) -> str:
    """Numbered brief with each sentence's outlets, then what each outlet alone reported."""
    count = len(data["documents"])
    lines = [
        f"Brief of {count} report{'' if count == 1 else 's'} (language: {data['language']}, method: {data['method']})",
        "",
    ]
    for n, item in enumerate(data["brief"], 1):
        lines.append(f"{n:>2}. {item['text']}")
        lines.append(f"    — {', '.join(item['outlets'])}")
        for claim, outlets in _partly(item):
            lines.append(f"      only {', '.join(outlets)}: “{claim}”")
        if item.get("conflict"):
            lines.append("      (!) outlets disagree on this fact: see “Outlets disagree”")
    if data.get("conflicts"):
        lines += ["", "Outlets disagree"]
        for c in data["conflicts"]:
            lines.append(f"  • {c['kind']}: " + " | ".join(f"{v['outlet']}: {v['value']}" for v in c["values"]))
            for v in c["values"]:
                lines.append(f"      {v['outlet']}: {_sentence(data, v)}")
    for outlet, items in _unique_by_outlet(data).items():
        lines += ["", f"Only in {outlet}"]
        for u in items:
            if u["kind"] == "fact":
                lines.append(f"  • {u['text']}")
            else:
                lines.append(f"  • {_label(u)}: {u['text']}")
                lines.append(f"      in: {_sentence(data, u)}")
    return "\n".join(lines) + "\n"


def md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def to_markdown(data: contract.Summary) -> str:
    """The same content as `to_text`, as Markdown with article text escaped."""
    lines = ["# Brief", ""]
    for n, item in enumerate(data["brief"], 1):
        outlets = ", ".join(md_escape(o) for o in item["outlets"])
        lines.append(f"{n}. {md_escape(item['text'])} *({outlets})*")
        for claim, claim_outlets in _partly(item):
            only = ", ".join(md_escape(o) for o in claim_outlets)
            lines.append(f"   - only {only}: “{md_escape(claim)}”")
        if item.get("conflict"):
            lines.append("   - **outlets disagree** on this fact (see “Outlets disagree”)")
    if data.get("conflicts"):
        lines += ["", "## Outlets disagree", ""]
        for c in data["conflicts"]:
            values = "; ".join(f"{md_escape(v['outlet'])}: **{md_escape(v['value'])}**" for v in c["values"])
            lines.append(f"- {c['kind']}: {values}")
            for v in c["values"]:
                lines.append(f"  - {md_escape(v['outlet'])}: “{md_escape(_sentence(data, v))}”")
    for outlet, items in _unique_by_outlet(data).items():
        lines += ["", f"## Only in {md_escape(outlet)}", ""]
        for u in items:
            if u["kind"] == "fact":
                lines.append(f"- {md_escape(u['text'])}")
            else:
                lines.append(f"- {_label(u)}: **{md_escape(u['text'])}** in “{md_escape(_sentence(data, u))}”")
    return "\n".join(lines) + "\n"


FORMATS = {"text": to_text, "markdown": to_markdown, "json": lambda data: to_json(data) + "\n"}
