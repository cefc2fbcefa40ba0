"""Submodular selection (Lin and Bilmes 2011): cover what the set says, reward diversity, under a budget.

F(S) = L(S) + DIVERSITY * R(S) + PRIOR * P(S), all three normalised to [0, 1] on the whole set:

- coverage L(S) = sum_i w_i min(C_i(S), ALPHA C_i(V)), C_i(S) = sum_{j in S} sim(i, j): how much of every
  sentence i the summary says, saturating, weighted by w_i: the number of outlets that report i's fact,
  times 1 + COVER_LEAD x i's lead prior (a lead sentence's content matters more to cover);
- diversity R(S) = sum_k sqrt(sum_{j in S cap P_k} r_j) over the facts' clusters P_k (k-means on TF-IDF),
  r_j = j's mean similarity to the set: a second sentence of a cluster already covered gains less;
- prior P(S): a modular lead prior, exp(-position / POSITION_SCALE) per chosen sentence.

F is monotone submodular, so the cost-scaled greedy (gain / cost^COST_SCALE, the best single sentence that fits
kept instead if it beats the greedy set) is within a constant factor of the best summary under a knapsack
budget (1 - 1/sqrt(e) for COST_SCALE = 1; Lin and Bilmes 2010). Similarities are sparse TF-IDF cosines of at least
MIN_SIMILARITY, so memory grows with the similar pairs, not with the square of the sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .group import similarity_graph
from .models import Corpus, Fact

ALPHA = 0.3  # a sentence counts as covered once the summary holds this share of its similarity to the set
DIVERSITY = 0.5
PRIOR = 0.6
POSITION_SCALE = 3.0
COVER_LEAD = 10.0  # a lead sentence's content counts (1 + COVER_LEAD) times as much to cover
COST_SCALE = 0.3
MIN_SIMILARITY = 0.05
CLUSTER_SIZE = 8  # sentences per diversity cluster


@dataclass(frozen=True)
class Budget:
    """At most `sentences` sentences and `words` words (None: no limit); `fill`: the last may overflow."""

    sentences: int | None
    words: int | None
    fill: bool


def _similarity(matrix: sparse.csr_matrix) -> sparse.csc_matrix:
    """Cosines of at least MIN_SIMILARITY, symmetric, with each row similar to itself (chunked radius search)."""
    upper = similarity_graph(matrix, MIN_SIMILARITY)
    both = upper + upper.T + sparse.identity(matrix.shape[0], format="coo")
    return sparse.csc_matrix(both)


def copy_nodes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Identical sentences (wire copies) are one node: the node of each sentence and each node's first sentence."""
    index: dict[str, int] = {}
    node_of = np.array([index.setdefault(text, len(index)) for text in texts], dtype=int)
    heads = np.zeros(len(index), dtype=int)
    heads[node_of[::-1]] = np.arange(len(texts))[::-1]
    return node_of, heads


def _clusters(matrix: sparse.csr_matrix, facts: Sequence[Fact], count: int) -> np.ndarray:
    """A diversity cluster per sentence: k-means on the facts' TF-IDF centroids, a fact whole in one cluster."""
    fact_of = np.zeros(count, dtype=int)
    for n, fact in enumerate(facts):
        fact_of[list(fact.members)] = n
    k = max(1, len(facts) // CLUSTER_SIZE)
    if k == 1 or len(facts) <= k:
        return fact_of if k > 1 else np.zeros(count, dtype=int)
    from sklearn.cluster import KMeans

    rows = sparse.csr_matrix((np.ones(count), (fact_of, np.arange(count))), shape=(len(facts), count))
    centroids = rows @ matrix
    labels = KMeans(n_clusters=k, n_init=1, random_state=0, max_iter=50).fit_predict(centroids)
    return labels[fact_of]


def select(
    corpus: Corpus,
    facts: Sequence[Fact],
    matrix: sparse.csr_matrix,
    costs: np.ndarray,
    eligible: np.ndarray,
    budget: Budget,
) -> list[int]:
    """Sentence indices chosen greedily for F, at most one per fact, in the order chosen."""
    n = len(corpus.refs)
    fact_of = np.zeros(n, dtype=int)
    outlets = np.ones(n)
    for k, fact in enumerate(facts):
        fact_of[list(fact.members)] = k
        outlets[list(fact.members)] = len({corpus.refs[i].document for i in fact.members})
    lead = np.exp(-np.array([r.position for r in corpus.refs], dtype=float) / POSITION_SCALE)
    node_of, heads = copy_nodes(corpus.texts)
    weight = np.bincount(node_of, weights=outlets * (1.0 + COVER_LEAD * lead))
    prior, cost, labels = lead[heads], costs[heads], _clusters(matrix, facts, n)[heads]
    alive, fact_of = eligible[heads].copy(), fact_of[heads]
    sim = _similarity(matrix[heads])
    totals = np.asarray(sim.sum(axis=0)).ravel()
    caps = ALPHA * totals
    coverage_norm = float(weight @ caps) or 1.0
    reward = totals / len(heads)
    diversity_norm = float(np.sqrt(np.bincount(labels, weights=reward)).sum()) or 1.0
    slots = budget.sentences or max(1, int(np.ceil((budget.words or n) / max(1.0, float(np.median(cost))))))

    covered = np.zeros(len(heads))
    mass = np.zeros(labels.max() + 1)
    chosen: list[int] = []
    total = 0.0
    single: tuple[float, int] | None = None  # the best summary of one sentence that fits: F and its node
    used = 0.0
    indptr, indices, data = sim.indptr, sim.indices, sim.data
    column_of = np.repeat(np.arange(len(heads)), np.diff(indptr))
    while alive.any():
        if budget.sentences is not None and len(chosen) >= budget.sentences:
            break
        paid = np.ones(len(heads))
        if budget.words is not None:
            left = budget.words - used
            if left <= 0:
                break
            if not budget.fill:
                alive &= cost <= left
            paid = np.minimum(cost, left)
        if not alive.any():
            break
        room = np.maximum(caps - covered, 0.0)
        gained = np.minimum(data, room[indices]) * weight[indices]
        coverage = np.bincount(column_of, weights=gained, minlength=len(heads)) / coverage_norm
        diversity = (np.sqrt(mass[labels] + reward) - np.sqrt(mass[labels])) / diversity_norm
        gain = coverage + DIVERSITY * diversity + PRIOR * prior / slots
        best = int(np.argmax(np.where(alive, gain / np.maximum(paid, 1.0) ** COST_SCALE, -np.inf)))
        if single is None:
            fitting = np.flatnonzero(alive & (cost <= budget.words if budget.words is not None else True))
            if len(fitting):
                one = int(fitting[np.argmax(gain[fitting])])
                single = (float(gain[one]), one)
        total += float(gain[best])
        chosen.append(int(heads[best]))
        used += cost[best] if budget.words is not None else 1
        column = slice(indptr[best], indptr[best + 1])
        covered[indices[column]] += data[column]
        mass[labels[best]] += reward[best]
        alive[fact_of == fact_of[best]] = False
    if single is not None and single[0] > total:  # the step that makes the greedy's bound hold
        return [int(heads[single[1]])]
    return chosen
