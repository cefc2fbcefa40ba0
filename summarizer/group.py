"""Grouping: sentences of different documents that report the same fact.

Sparse throughout: exact repeats (wire copy) collapse to one node first, and neighbours come
from scikit-learn's chunked radius search, so memory grows with the number of similar pairs,
never with the square of the number of sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn import config_context
from sklearn.neighbors import radius_neighbors_graph

from .models import Corpus, Fact

# Cosine similarity from which two sentences of different documents may be one fact, and the mean
# similarity a merged group must keep across all its cross pairs (average linkage, so a chain of
# near-neighbours cannot drift into one group of unrelated sentences).
SAME_FACT_LINK = 0.30
SAME_FACT_MEAN = 0.30
# Plain TF-IDF cosine from which two sentences are near-copies: their groups are one fact whenever
# they share no document, whatever the rest of each group says.
NEAR_COPY = 0.50
# Memory scikit-learn may use per chunk of the radius search. Its default, 1 GiB, made 750 distinct
# articles (12,562 sentences) peak at 2.7 GB; at 64 MiB they peak at 0.4 GB and run faster.
CHUNK_MEMORY_MB = 64


def similarity_graph(matrix: sparse.csr_matrix, floor: float) -> sparse.coo_matrix:
    """Cosine similarities of at least `floor` between different rows, as a sparse matrix."""
    if matrix.shape[0] < 2:
        return sparse.coo_matrix((matrix.shape[0], matrix.shape[0]))
    with config_context(working_memory=CHUNK_MEMORY_MB):
        distances = radius_neighbors_graph(
            matrix, radius=1.0 - floor, mode="distance", metric="cosine", include_self=False
        ).tocoo()
    return sparse.coo_matrix((1.0 - distances.data, (distances.row, distances.col)), shape=distances.shape)


def _nodes(terms: Sequence[Sequence[str]]) -> list[list[int]]:
    """Sentences with the same terms are one node (a sentence without terms stays alone)."""
    by_terms: dict[tuple[str, ...], list[int]] = {}
    nodes: list[list[int]] = []
    for i, sentence_terms in enumerate(terms):
        key = tuple(sentence_terms)
        if not key:
            nodes.append([i])
        elif key in by_terms:
            by_terms[key].append(i)
        else:
            by_terms[key] = [i]
            nodes.append(by_terms[key])
    return nodes


def _merge(
    a: int, b: int, clusters: dict[int, list[int]], cluster_docs: dict[int, frozenset[int]], leader: list[int]
) -> None:
    keep, gone = min(a, b), max(a, b)
    clusters[keep] += clusters.pop(gone)
    cluster_docs[keep] = cluster_docs[keep] | cluster_docs.pop(gone)
    for n in clusters[keep]:
        leader[n] = keep


def group(
    corpus: Corpus, matrix: sparse.csr_matrix, terms: Sequence[Sequence[str]], plain: sparse.csr_matrix
) -> tuple[Fact, ...]:
    """Every sentence in exactly one fact; different sentences join only across documents.

    `matrix` tells facts apart (see pipeline.grouping_matrix); `plain` is the TF-IDF in which
    near-copies are found.
    """
    nodes = _nodes(terms)
    docs = [frozenset(corpus.refs[i].document for i in node) for node in nodes]
    size = [len(node) for node in nodes]
    graph = similarity_graph(matrix[[node[0] for node in nodes]], min(SAME_FACT_LINK, SAME_FACT_MEAN))
    upper = graph.row < graph.col
    rows, cols, sims = graph.row[upper], graph.col[upper], graph.data[upper]
    similar = {(int(a), int(b)): float(s) for a, b, s in zip(rows, cols, sims, strict=False)}

    clusters: dict[int, list[int]] = {n: [n] for n in range(len(nodes))}
    cluster_docs = {n: docs[n] for n in range(len(nodes))}
    leader = list(range(len(nodes)))
    # Strongest pairs first; ties broken by position so the result never depends on sort stability.
    for k in np.lexsort((cols, rows, -sims)):
        if sims[k] < SAME_FACT_LINK:
            break
        a, b = leader[rows[k]], leader[cols[k]]
        if a == b or cluster_docs[a] & cluster_docs[b]:
            continue
        left, right = clusters[a], clusters[b]
        weight = sum(size[x] for x in left) * sum(size[y] for y in right)
        total = sum(size[x] * size[y] * similar.get((min(x, y), max(x, y)), 0.0) for x in left for y in right)
        if total / weight < SAME_FACT_MEAN:
            continue
        _merge(a, b, clusters, cluster_docs, leader)
    copies = similarity_graph(plain[[node[0] for node in nodes]], NEAR_COPY)
    upper = copies.row < copies.col
    rows, cols, sims = copies.row[upper], copies.col[upper], copies.data[upper]
    for k in np.lexsort((cols, rows, -sims)):
        a, b = leader[rows[k]], leader[cols[k]]
        if a != b and not cluster_docs[a] & cluster_docs[b]:
            _merge(a, b, clusters, cluster_docs, leader)
    members = sorted(sorted(i for n in cluster for i in nodes[n]) for cluster in clusters.values())
    return tuple(Fact(id=f"f{n}", members=tuple(m)) for n, m in enumerate(members, start=1))
