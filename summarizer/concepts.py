"""Concept coverage by integer linear programming (Gillick and Favre 2009, the ICSI TAC summarizer).

Concepts are stemmed word bigrams without stop words (pairs of neighbouring content terms of the pipeline's
analyzer). A concept weighs the number of reports that use it (LEAD_BONUS more for each that uses it in its
lead), and counts only when at least MIN_SHARE of the reports do (at least 2; Gillick and Favre: 3 of 10).
The summary maximises the weight of the concepts it covers, each counted once, plus a modest lead prior,
under the budget, exactly: scipy's `milp` (HiGHS).

    maximise   sum_j w_j c_j + PRIOR m sum_i e^(-position_i / POSITION_SCALE) s_i
               (m: what an average candidate's concepts weigh, so PRIOR means the same in every set)
    subject to c_j <= sum_{i uses j} s_i          (a concept counts once some chosen sentence uses it)
               sum_i words_i s_i <= words budget   (and sum_i s_i <= sentences budget)
               sum_{i in fact f} s_i <= 1          (one sentence per fact of group.py)

Only claims (no attribution lines or fragments, align.py's roles) of at least MIN_WORDS words are candidates.
The solver stops at NODE_LIMIT branch-and-bound nodes (deterministic) or TIME_LIMIT seconds (a safety net
that only a far slower machine than the node limit was sized on reaches); a solution not proven optimal is
replaced by the greedy one (best weight gained per word), never by the solver's incumbent of the moment.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from .claims import CLAIM
from .models import Corpus, Fact
from .submodular import Budget, copy_nodes

logger = logging.getLogger(__name__)

MIN_SHARE = 0.2  # a concept must be in this share of the reports (tuned; Gillick and Favre: 3 of 10)
MIN_WORDS = 10  # shorter sentences are not candidates (Gillick and Favre)
PRIOR = 3.0  # a chosen sentence's lead prior e^(-position / POSITION_SCALE), times an average candidate's weight
POSITION_SCALE = 3.0
LEAD_BONUS = 3.0  # a concept used in a report's first LEAD_SENTENCES sentences weighs this much more per report
LEAD_SENTENCES = 1
MAX_CONCEPTS = 2000  # the heaviest concepts kept, so that very large sets stay fast
TIME_LIMIT = 60.0  # a far-off guard only: the node limit is what stops a hard case, the same on any machine
NODE_LIMIT = 10_000


def bigrams(terms: Sequence[str]) -> set[tuple[str, str]]:
    """The concepts of one sentence: pairs of neighbouring content terms."""
    return set(zip(terms, terms[1:], strict=False))


def min_documents(documents: int) -> int:
    """How many reports must use a concept: MIN_SHARE of them, at least 2 (1 for a single report)."""
    return 1 if documents == 1 else max(2, math.ceil(MIN_SHARE * documents - 1e-9))


def concept_weights(corpus: Corpus, terms: Sequence[Sequence[str]]) -> dict[tuple[str, str], float]:
    """Every concept used by enough reports, with its weight: the reports using it (plus the lead bonus)."""
    per_document: list[set[tuple[str, str]]] = [set() for _ in corpus.documents]
    lead: list[set[tuple[str, str]]] = [set() for _ in corpus.documents]
    for i, ref in enumerate(corpus.refs):
        found = bigrams(terms[i])
        per_document[ref.document] |= found
        if ref.position < LEAD_SENTENCES:
            lead[ref.document] |= found
    counts: dict[tuple[str, str], int] = {}
    for found in per_document:
        for concept in found:
            counts[concept] = counts.get(concept, 0) + 1
    leads: dict[tuple[str, str], int] = {}
    for found in lead:
        for concept in found:
            leads[concept] = leads.get(concept, 0) + 1
    least = min_documents(len(corpus.documents))
    kept = {c: n + LEAD_BONUS * leads.get(c, 0) for c, n in counts.items() if n >= least}
    heaviest = sorted(kept, key=lambda c: (-kept[c], c))[:MAX_CONCEPTS]
    return {c: kept[c] for c in heaviest}


def select(
    corpus: Corpus,
    facts: Sequence[Fact],
    terms: Sequence[Sequence[str]],
    roles: Sequence[str],
    costs: np.ndarray,
    budget: Budget,
) -> list[int]:
    """Sentence indices that cover the heaviest concepts under the budget, at most one per fact."""
    weights = concept_weights(corpus, terms)
    node_of, heads = copy_nodes(corpus.texts)
    fact_of = np.zeros(len(corpus.refs), dtype=int)
    for k, fact in enumerate(facts):
        fact_of[list(fact.members)] = k
    positions = np.full(len(heads), np.inf)
    np.minimum.at(positions, node_of, [r.position for r in corpus.refs])
    lead = np.exp(-positions / POSITION_SCALE)
    cost = costs[heads]
    claim = np.array([roles[h] == CLAIM for h in heads]) if len(roles) else np.ones(len(heads), dtype=bool)
    eligible = claim & (cost >= MIN_WORDS)
    if not eligible.any():  # only short sentences or no claims: better a short brief than none
        eligible = cost >= min(MIN_WORDS, float(cost.max()))
    column = {c: j for j, c in enumerate(weights)}
    uses = [sorted(column[c] for c in bigrams(terms[h]) if c in column) for h in heads]
    candidates = np.flatnonzero(eligible & np.array([bool(u) or PRIOR > 0 for u in uses]))
    if budget.words is not None and not budget.fill:
        candidates = candidates[cost[candidates] <= budget.words]
    if not len(candidates):
        return []
    w = np.array(list(weights.values()), dtype=float)
    # The prior in the units of the objective: what an average candidate's concepts weigh (1 when no report
    # shares a concept with another, so that the lead still makes a brief).
    lead = lead * PRIOR * (float(np.mean([w[uses[n]].sum() for n in candidates])) or 1.0)
    problem = _Problem(candidates, uses, w, lead, cost, fact_of[heads], budget)
    chosen = _solve(problem)
    if chosen is None:
        chosen = _greedy(problem, [])
    elif budget.fill and budget.words is not None:
        chosen = _greedy(problem, chosen)
    return [int(heads[n]) for n in chosen]


@dataclass(frozen=True)
class _Problem:
    """One selection problem over nodes: the candidates, their concepts, weights, prior, cost, fact and budget."""

    candidates: np.ndarray
    uses: Sequence[Sequence[int]]  # the concept columns of each node
    w: np.ndarray  # each concept's weight
    lead: np.ndarray  # each node's lead prior, in the objective's units
    cost: np.ndarray  # each node's words
    facts: np.ndarray  # each node's fact
    budget: Budget


def _solve(p: _Problem) -> list[int] | None:
    """The optimal candidates (nodes) by HiGHS, or None when it is not proven optimal within its limits."""
    m, k = len(p.candidates), len(p.w)
    rows = [j for n in p.candidates for j in p.uses[n]]
    cols = [s for s, n in enumerate(p.candidates) for _ in p.uses[n]]
    occurs = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(k, m))
    # A concept counts only once a chosen sentence uses it: c_j - sum_i occurs_ji s_i <= 0.
    blocks = [sparse.hstack([-occurs, sparse.identity(k)])]
    upper = [np.zeros(k)]
    if p.budget.words is not None:
        blocks.append(sparse.csr_matrix(np.append(p.cost[p.candidates], np.zeros(k))))
        upper.append(np.array([float(p.budget.words)]))
    if p.budget.sentences is not None:
        blocks.append(sparse.csr_matrix(np.append(np.ones(m), np.zeros(k))))
        upper.append(np.array([float(p.budget.sentences)]))
    groups: dict[int, list[int]] = {}
    for s, n in enumerate(p.candidates):
        groups.setdefault(int(p.facts[n]), []).append(s)
    shared = [members for members in groups.values() if len(members) > 1]
    if shared:
        r = [g for g, members in enumerate(shared) for _ in members]
        c = [s for members in shared for s in members]
        blocks.append(sparse.csr_matrix((np.ones(len(c)), (r, c)), shape=(len(shared), m + k)))
        upper.append(np.ones(len(shared)))
    matrix = sparse.vstack(blocks, format="csr")
    objective = -np.concatenate([p.lead[p.candidates], p.w])
    result = milp(
        objective,
        integrality=np.ones(m + k),
        bounds=Bounds(0, 1),
        constraints=LinearConstraint(matrix, -np.inf, np.concatenate(upper)),
        options={"time_limit": TIME_LIMIT, "node_limit": NODE_LIMIT},
    )
    if result.status != 0 or result.x is None:
        logger.info("concept ILP not solved to optimality (%s); greedy selection instead", result.message)
        return None
    picked = np.flatnonzero(result.x[:m] > 0.5)
    return [int(p.candidates[s]) for s in picked]


def _greedy(p: _Problem, chosen: list[int]) -> list[int]:
    """Add the candidate of best new weight per word until the budget is spent (with fill, the last overflows)."""
    chosen = list(chosen)
    covered = np.zeros(len(p.w), dtype=bool)
    for n in chosen:
        covered[list(p.uses[n])] = True
    used = float(p.cost[chosen].sum()) if chosen else 0.0
    taken = {int(p.facts[n]) for n in chosen}
    while True:
        if p.budget.sentences is not None and len(chosen) >= p.budget.sentences:
            break
        if p.budget.words is not None and used >= p.budget.words:
            break
        best, best_gain = -1, -np.inf
        for n in p.candidates:
            if int(p.facts[n]) in taken:
                continue
            if p.budget.words is not None and not p.budget.fill and used + p.cost[n] > p.budget.words:
                continue
            gain = float(p.w[[j for j in p.uses[n] if not covered[j]]].sum()) + p.lead[n]
            value = gain / max(1.0, p.cost[n]) if p.budget.words is not None else gain
            if value > best_gain:
                best, best_gain = int(n), value
        if best < 0:
            break
        chosen.append(best)
        covered[list(p.uses[best])] = True
        used += p.cost[best]
        taken.add(int(p.facts[best]))
    return chosen
