"""Measuring the comparison: who reports each claim, and what only one outlet says.

Two yardsticks (README, "Comparison"):
- a hand-annotated development set (tests/data/alignment/*.json): every sentence of several multi-outlet events
  with, for each of its claims, the other documents' sentences that state it, and the names and numbers inside
  shared claims that no other document uses. Scored: outlet-only precision and recall, detail recall, and
  same-fact sentence-pair precision, recall and F1;
- labelled same-meaning sentence pairs (MSRP, two outlets' sentences about one news event): accuracy of the
  same-fact decision for two reports alone and for the two among unrelated reports.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .align import STATED, Alignment
from .errors import InputError
from .models import Report, Summary
from .options import Options
from .pipeline import analyse, brief_of

# A predicted span matches an annotated one when this share of the smaller of the two overlaps.
OVERLAP = 0.5


@dataclass(frozen=True)
class Scores:
    """Counts behind the figures; ratios are None when nothing was predicted or annotated."""

    only_predicted: int
    only_correct: int
    only_gold: int
    only_found: int
    details_gold: int
    details_found: int
    pairs_predicted: int
    pairs_gold: int
    pairs_correct: int

    @staticmethod
    def _ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    def figures(self) -> dict[str, float | None]:
        precision = self._ratio(self.pairs_correct, self.pairs_predicted)
        recall = self._ratio(self.pairs_correct, self.pairs_gold)
        f1 = round(2 * precision * recall / (precision + recall), 3) if precision and recall else None
        return {
            "outlet_only_precision": self._ratio(self.only_correct, self.only_predicted),
            "outlet_only_recall": self._ratio(self.only_found, self.only_gold),
            "detail_recall": self._ratio(self.details_found, self.details_gold),
            "pair_precision": precision,
            "pair_recall": recall,
            "pair_f1": f1,
        }

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        return (
            self.only_predicted,
            self.only_correct,
            self.only_gold,
            self.only_found,
            self.details_gold,
            self.details_found,
            self.pairs_predicted,
            self.pairs_gold,
            self.pairs_correct,
        )


def read_annotation(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: not a readable annotation file ({error})") from error
    if not isinstance(data, dict) or "documents" not in data or "sentences" not in data:
        raise InputError(f"{path}: an annotation needs 'documents' and 'sentences'")
    return data


def _covered(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    """At least OVERLAP of the smaller of `span` and some other span lies in both."""
    for a, b in others:
        common = min(span[1], b) - max(span[0], a)
        if common > 0 and common >= OVERLAP * min(span[1] - span[0], b - a):
            return True
    return False


def _find(text: str, piece: str) -> tuple[int, int] | None:
    start = text.find(piece)
    return (start, start + len(piece)) if start >= 0 and piece else None


def score_annotation(data: dict[str, Any], options: Options | None = None) -> Scores:
    """Run the pipeline on an annotated event and count agreements with the annotation."""
    reports = [Report(id=d["id"], outlet=d.get("outlet"), text=d["text"]) for d in data["documents"]]
    options = options or Options(language=data.get("language", "auto"), unique=0)
    analysis = analyse(reports, options)
    summary = brief_of(analysis, options)
    corpus = summary.corpus
    ids = [d.id for d in corpus.documents]
    where = {(ids[r.document], corpus.texts[i]): i for i, r in enumerate(corpus.refs)}
    gold_sentences = {(s["document"], s["index"]): s for s in data["sentences"]}

    # Outlet-only claims and details, as character spans per flat sentence index of ours.
    only: dict[int, list[tuple[int, int]]] = {}
    details: dict[int, list[tuple[int, int]]] = {}
    gold_pairs: set[tuple[int, int]] = set()
    missing = 0
    for s in data["sentences"]:
        i = where.get((s["document"], s["text"]))
        if i is None:
            missing += 1
            continue
        partly = any(c.get("also") for c in s.get("claims", ()))
        for claim in s.get("claims", ()):
            span = _find(s["text"], claim["text"])
            if span is None:
                continue
            if not claim.get("also"):
                (details if partly else only).setdefault(i, []).append(span)
                if partly:
                    only.setdefault(i, []).append(span)
            for doc, indices in claim.get("also", {}).items():
                for k in indices:
                    other = gold_sentences.get((doc, k))
                    j = where.get((doc, other["text"])) if other else None
                    if j is not None and j != i:
                        gold_pairs.add((min(i, j), max(i, j)))
        for detail in s.get("details", ()):
            span = _find(s["text"], detail["text"])
            if span is not None:
                details.setdefault(i, []).append(span)

    predicted_only = [(u.sentence, (u.start, u.end)) for u in summary.unique if u.kind == "fact" or u.part == "claim"]
    predicted_details = [(u.sentence, (u.start, u.end)) for u in summary.unique if u.kind == "detail"]
    only_correct = sum(1 for i, span in predicted_only if _covered(span, only.get(i, ())))
    only_gold = sum(len(v) for v in only.values())
    only_found = sum(
        1 for i, spans in only.items() for span in spans if _covered(span, (p for j, p in predicted_only if j == i))
    )
    details_gold = sum(len(v) for v in details.values())
    details_found = sum(
        1
        for i, spans in details.items()
        for span in spans
        if _covered(span, (p for j, p in predicted_details if j == i))
    )
    predicted_pairs = _predicted_pairs(summary, analysis.alignment)
    return Scores(
        len(predicted_only),
        only_correct,
        only_gold + missing,
        only_found,
        details_gold,
        details_found,
        len(predicted_pairs),
        len(gold_pairs),
        len(predicted_pairs & gold_pairs),
    )


def _predicted_pairs(summary: Summary, alignment: Alignment) -> set[tuple[int, int]]:
    """Sentence pairs of different documents that our output says share a fact or a claim."""
    corpus = summary.corpus
    pairs: set[tuple[int, int]] = set()
    for fact in summary.facts:
        members = fact.members
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if corpus.refs[i].document != corpus.refs[j].document:
                    pairs.add((min(i, j), max(i, j)))
    sentences_of: dict[int, list[int]] = {}
    for i, node in enumerate(alignment.node_of):
        sentences_of.setdefault(node, []).append(i)
    links = alignment.links.tocoo()
    for a, b, share in zip(links.row, links.col, links.data, strict=True):
        if share < STATED:
            continue
        for i in sentences_of[int(a)]:
            for j in sentences_of[int(b)]:
                if corpus.refs[i].document != corpus.refs[j].document:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def read_msrp(path: Path) -> list[tuple[str, str, bool]]:
    """MSRP pairs as (sentence, sentence, same meaning)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from error
    return [(r[3], r[4], r[0] == "1") for r in rows[1:] if len(r) >= 5]


def same_fact(
    first: str, second: str, distractors: Sequence[str] = (), language: str = "en", matcher: str = "lexical"
) -> tuple[bool, float]:
    """Our decision for two reports (among `distractors`, each one more report): one fact?, and the claim share.

    One fact when the pipeline groups the two sentences into one fact or one report states a claim of the other.
    """
    reports = [Report(id="a", text=first), Report(id="b", text=second)]
    reports += [Report(id=f"x{n}", text=text) for n, text in enumerate(distractors)]
    analysis = analyse(reports, Options(language=language, matcher=matcher))
    corpus, alignment = analysis.data.corpus, analysis.alignment
    first_sentences = [i for i, r in enumerate(corpus.refs) if r.document == 0]
    second_sentences = [i for i, r in enumerate(corpus.refs) if r.document == 1]
    fact_of = {i: f.id for f in analysis.data.facts for i in f.members}
    grouped = any(fact_of[i] == fact_of[j] for i in first_sentences for j in second_sentences)
    links = alignment.links.tocsr()
    share = 0.0
    for i in first_sentences:
        for j in second_sentences:
            a, b = sorted((alignment.node_of[i], alignment.node_of[j]))
            share = max(share, float(links[a, b]))
    return grouped or share >= STATED, share


def msrp_accuracy(
    pairs: Sequence[tuple[str, str, bool]], distractors: int = 0, seed: int = 0, matcher: str = "lexical"
) -> dict[str, float | int]:
    """Accuracy and F1 of `same_fact` on labelled pairs; distractors are sentences of other pairs."""
    rng = random.Random(seed)
    pool = [s for a, b, _ in pairs for s in (a, b)]
    right = tp = fp = fn = 0
    for a, b, label in pairs:
        others = [s for s in rng.sample(pool, min(len(pool), distractors + 4)) if s not in (a, b)][:distractors]
        decision, _ = same_fact(a, b, others, matcher=matcher)
        right += decision == label
        tp += decision and label
        fp += decision and not label
        fn += label and not decision
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"pairs": len(pairs), "accuracy": round(right / len(pairs), 4), "f1": round(f1, 4)}


def read_indonli(path: Path) -> list[tuple[str, str, bool]]:
    """IndoNLI entailment and neutral pairs as (premise, hypothesis, the hypothesis adds nothing)."""
    pairs: list[tuple[str, str, bool]] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row.get("label") in ("e", "n"):
                    pairs.append((row["premise"], row["hypothesis"], row["label"] == "e"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: not readable IndoNLI ({error})") from error
    return pairs


def adds_nothing(premise: str, hypothesis: str, language: str = "id") -> bool:
    """Our decision: the premise's report states every claim of the hypothesis's report."""
    analysis = analyse([Report(id="p", text=premise), Report(id="h", text=hypothesis)], Options(language=language))
    corpus, alignment = analysis.data.corpus, analysis.alignment
    claims = [c for i, r in enumerate(corpus.refs) if r.document == 1 for c in alignment.claims[i]]
    return bool(claims) and all(0 in c.documents for c in claims)


def nli_accuracy(pairs: Sequence[tuple[str, str, bool]]) -> dict[str, float | int]:
    """Accuracy of `adds_nothing` against entailment (nothing new) vs neutral (something new)."""
    right = sum(adds_nothing(p, h) == label for p, h, label in pairs)
    return {"pairs": len(pairs), "accuracy": round(right / len(pairs), 4) if pairs else 0.0}
