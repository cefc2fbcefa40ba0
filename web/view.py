"""The page's view of a summary: built from the JSON contract, so the page shows exactly what the API returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer import contract

from .service import COLOURS

GIST_WORDS = 6  # words of a brief sentence shown as its row's label in the coverage table


@dataclass(frozen=True)
class Segment:
    """A run of sentence text; `colour` is set when it is a detail only that outlet reports."""

    text: str
    colour: int | None = None


@dataclass(frozen=True)
class Outlet:
    index: int
    id: str
    name: str
    colour: int
    title: str | None
    published: str | None
    facts: int  # facts of the whole set it reports
    alone: int  # of which no other outlet reports


@dataclass(frozen=True)
class Version:
    outlet: Outlet
    segments: tuple[Segment, ...]
    anchor: str


@dataclass(frozen=True)
class Detail:
    """What one outlet's version adds to the sentence shown: its outlet-only names and numbers."""

    outlet: Outlet
    texts: tuple[str, ...]


@dataclass(frozen=True)
class Disagreement:
    """Outlets that give different values of one slot of the fact: (outlet, value, its sentence) each."""

    kind: str
    values: tuple[tuple[Outlet, str, str], ...]


@dataclass(frozen=True)
class BriefRow:
    number: int
    fact: str
    segments: tuple[Segment, ...]
    outlets: tuple[Outlet, ...]
    versions: tuple[Version, ...]
    other_details: tuple[Detail, ...]  # outlet-only details in versions other than the one shown
    only_parts: tuple[str, ...] = ()  # claims of the shown sentence that no other outlet states (partly shared)
    source: str = ""  # outlet of the shown sentence
    disagreements: tuple[Disagreement, ...] = ()

    def anchored(self, outlet: Outlet) -> bool:
        """The outlet has its own wording of this fact to link to (not only a claim of the shown sentence)."""
        return any(v.outlet == outlet for v in self.versions)

    def reports(self, outlet: Outlet) -> bool:
        return outlet in self.outlets

    @property
    def gist(self) -> str:
        """The first words of the sentence, to label its row in the coverage table."""
        text = "".join(s.text for s in self.segments)
        words = text.split()
        return " ".join(words[:GIST_WORDS]) + (" …" if len(words) > GIST_WORDS else "")


@dataclass(frozen=True)
class OnlyItem:
    kind: str  # "fact" or "detail"
    segments: tuple[Segment, ...]  # the sentence, the detail marked


@dataclass(frozen=True)
class PageView:
    language: str
    method: str
    outlets: tuple[Outlet, ...]
    brief: tuple[BriefRow, ...]
    only: tuple[tuple[Outlet, tuple[OnlyItem, ...]], ...]  # per outlet, most important first
    facts: int
    warnings: tuple[str, ...]


def segments(text: str, spans: Sequence[tuple[int, int, int]]) -> tuple[Segment, ...]:
    """Split `text` into plain and marked runs; spans are (start, end, colour), clipped to the text."""
    out: list[Segment] = []
    at = 0
    for start, end, colour in sorted(spans):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        if start > at:
            out.append(Segment(text[at:start]))
        out.append(Segment(text[start:end], colour))
        at = end
    if at < len(text):
        out.append(Segment(text[at:]))
    return tuple(out)


def page_view(data: contract.Summary) -> PageView:
    """Everything the template needs, derived from one summary in the JSON contract."""
    docs = data["documents"]
    index = {d["id"]: i for i, d in enumerate(docs)}
    reported = [0] * len(docs)
    alone = [0] * len(docs)
    for fact in data["facts"]:
        for doc_id in fact["documents"]:
            reported[index[doc_id]] += 1
        if len(fact["documents"]) == 1:
            alone[index[fact["documents"][0]]] += 1
    outlets = tuple(
        Outlet(i, d["id"], d["outlet"], i % COLOURS, d["title"], d["published"], reported[i], alone[i])
        for i, d in enumerate(docs)
    )
    spans: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
    for u in data["unique"]:
        if u["kind"] == "detail":
            colour = outlets[index[u["document"]]].colour
            spans.setdefault((u["document"], u["sentence"]), []).append((u["start"], u["end"], colour))
    facts = {f["id"]: f for f in data["facts"]}
    disputed = _disagreements(data, index, outlets)
    rows = []
    for number, item in enumerate(data["brief"], 1):
        versions: list[Version] = []
        others = []
        for v in facts[item["fact"]]["versions"]:
            outlet = outlets[index[v["document"]]]
            marks = spans.get((v["document"], v["sentence"]), [])
            # One anchor per outlet (a report that states the fact twice has two versions, one id).
            anchor = "" if any(x.outlet == outlet for x in versions) else f"f{number}-{outlet.index}"
            versions.append(Version(outlet, segments(v["text"], marks), anchor))
            if (v["document"], v["sentence"]) != (item["document"], item["sentence"]) and marks:
                others.append(Detail(outlet, tuple(v["text"][start:end] for start, end, _ in sorted(marks))))
        rows.append(
            BriefRow(
                number,
                item["fact"],
                segments(item["text"], spans.get((item["document"], item["sentence"]), [])),
                tuple(outlets[index[d]] for d in item["documents"]),
                tuple(versions),
                tuple(others),
                only_parts=tuple(
                    item["text"][c["start"] : c["end"]].strip(" ,;:–—")
                    for c in item.get("claims", ())
                    if item.get("sharing") == "partial" and len(c["documents"]) == 1
                ),
                source=outlets[index[item["document"]]].name,
                disagreements=disputed.get(item["fact"], ()),
            )
        )
    return PageView(
        language=data["language"],
        method=data["method"],
        outlets=outlets,
        brief=tuple(rows),
        only=_only(data, index, outlets),
        facts=len(data["facts"]),
        warnings=tuple(data["warnings"]),
    )


def _only(
    data: contract.Summary, index: dict[str, int], outlets: tuple[Outlet, ...]
) -> tuple[tuple[Outlet, tuple[OnlyItem, ...]], ...]:
    """Outlet-only items per outlet, in the contract's order; several details of one sentence marked together."""
    items: dict[int, dict[tuple[str, int], tuple[str, list[tuple[int, int, int]]]]] = {}
    for item in data["unique"]:
        doc = index[item["document"]]
        per_sentence = items.setdefault(doc, {})
        kind, marks = per_sentence.setdefault((item["kind"], item["sentence"]), (item["kind"], []))
        if kind == "detail":
            marks.append((item["start"], item["end"], outlets[doc].colour))
    return tuple(
        (
            outlets[doc],
            tuple(
                OnlyItem(kind, segments(data["documents"][doc]["sentences"][sentence], marks))
                for (_, sentence), (kind, marks) in per_sentence.items()
            ),
        )
        for doc, per_sentence in sorted(items.items())
    )


def _disagreements(
    data: contract.Summary, index: dict[str, int], outlets: tuple[Outlet, ...]
) -> dict[str, tuple[Disagreement, ...]]:
    """The contract's conflicts by fact, each outlet's value with the sentence it is written in."""
    out: dict[str, list[Disagreement]] = {}
    for conflict in data["conflicts"]:
        values = tuple(
            (
                outlets[index[v["document"]]],
                v["value"],
                data["documents"][index[v["document"]]]["sentences"][v["sentence"]],
            )
            for v in conflict["values"]
        )
        out.setdefault(conflict["fact"], []).append(Disagreement(conflict["kind"], values))
    return {fact: tuple(items) for fact, items in out.items()}
