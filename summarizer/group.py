"""Grouping: sentences of different documents that report the same fact.

Two kinds of evidence, both sparse: TF-IDF cosine between whole sentences (scikit-learn's chunked
radius search, so memory grows with the number of similar pairs, never with the square of the number
of sentences) and the claim alignment (align.py), which sees a claim restated inside a longer sentence
and through surface forms. Exact repeats (wire copy) are one node from the start.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn import config_context
from sklearn.metrics.pairwise import cosine_distances
from sklearn.neighbors import radius_neighbors_graph

from .align import STATED, Alignment
from .claims import CLAIM, claim_words
from .language import WORD_RE
from .models import Corpus, Fact
from .normalize import calendar_words, names
from .slot_dates import date_spans

# Cosine similarity from which two sentences of different documents may be one fact, and the mean
# similarity a merged group must keep across all its cross pairs (average linkage, so a chain of
# near-neighbours cannot drift into one group of unrelated sentences).
SAME_FACT_LINK = 0.30
SAME_FACT_MEAN = 0.30
# Cross pairs count at their similarity in that mean from this floor up (below it, as 0): with the floor at
# SAME_FACT_LINK, a third report's sentence at 0.37 from one version and 0.29 from the other did not join.
MEAN_FLOOR = 0.20
# Plain TF-IDF cosine from which two sentences are near-copies: their groups are one fact whenever
# they share no document, whatever the rest of each group says.
NEAR_COPY = 0.50
# Claim share (align.py) from which two sentences of different reports state the same claim, and from
# which a sentence restates another of its own report (it then joins that sentence's shared fact).
# SAME_CLAIM at 0.6 merged long sentences with every claim they contain and cost 1.4 ROUGE-2 on TAC 2011
# English; at 0.85 the alignment still attributes such claims (align.py) without merging their facts.
SAME_CLAIM = 0.85
RESTATED = 0.85
# The mean stated share over all cross pairs a group merged through claims must keep: a sentence of two claims
# (the invitation, and the meeting at the airport) cannot bridge the two facts it touches.
SAME_CLAIM_MEAN = 0.6
# Memory scikit-learn may use per chunk of the radius search. Its default, 1 GiB, made 750 distinct
# articles (12,562 sentences) peak at 2.7 GB; at 64 MiB they peak at 0.4 GB and run faster.
CHUNK_MEMORY_MB = 64
# Up to this many sentences (small sets: most stories of a feed) the dense distance matrix (at most 8 MB) is
# cheaper than the radius search's set-up, and holds the same values.
DIRECT_ROWS = 1000


def similarity_graph(matrix: sparse.csr_matrix, floor: float) -> sparse.coo_matrix:
    """Cosine similarities of at least `floor` between different rows, upper triangle, as a sparse matrix."""
    n = matrix.shape[0]
    if n < 2:
        return sparse.coo_matrix((n, n))
    if n <= DIRECT_ROWS:  # the same distances as the radius search computes, without its set-up cost
        distances = cosine_distances(matrix)
        rows, cols = np.nonzero(np.triu(distances <= 1.0 - floor, k=1))
        return sparse.coo_matrix((1.0 - distances[rows, cols], (rows, cols)), shape=(n, n))
    with config_context(working_memory=CHUNK_MEMORY_MB):
        distances = radius_neighbors_graph(
            matrix, radius=1.0 - floor, mode="distance", metric="cosine", include_self=False
        ).tocoo()
    upper = distances.row < distances.col
    return sparse.coo_matrix(
        (1.0 - distances.data[upper], (distances.row[upper], distances.col[upper])), shape=distances.shape
    )


class _Clusters:
    """Union of nodes with the documents of each cluster (average linkage is checked by the caller)."""

    def __init__(self, docs: list[frozenset[int]]) -> None:
        self.members: dict[int, list[int]] = {n: [n] for n in range(len(docs))}
        self.docs = {n: d for n, d in enumerate(docs)}
        self.leader = list(range(len(docs)))

    def merge(self, a: int, b: int) -> None:
        keep, gone = min(a, b), max(a, b)
        self.members[keep] += self.members.pop(gone)
        self.docs[keep] = self.docs[keep] | self.docs.pop(gone)
        for n in self.members[keep]:
            self.leader[n] = keep


def _pairs(graph: sparse.coo_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[tuple[int, int], float]]:
    """Rows, columns and values, strongest first (ties by position), and a lookup by pair."""
    order = np.lexsort((graph.col, graph.row, -graph.data))
    rows, cols, sims = graph.row[order], graph.col[order], graph.data[order]
    return rows, cols, sims, {(int(a), int(b)): float(v) for a, b, v in zip(rows, cols, sims, strict=True)}


def group(
    corpus: Corpus, alignment: Alignment, matrix: sparse.csr_matrix, plain: sparse.csr_matrix
) -> tuple[Fact, ...]:
    """Every sentence in exactly one fact.

    `matrix` is the TF-IDF that tells facts apart (pipeline.grouping_matrix), `plain` the TF-IDF in which
    near-copies are found. Sentences of different documents join when they are similar as wholes and a claim
    of one comes near the other (align.py), or share a claim, with average linkage over all cross pairs so a
    chain cannot drift; two sentences of one document join only when one restates the other. Attribution lines
    and fragments join the fact before them.
    """
    node_of = alignment.node_of
    count = max(node_of) + 1 if node_of else 0
    members: list[list[int]] = [[] for _ in range(count)]
    for i, node in enumerate(node_of):
        members[node].append(i)
    if len(corpus.documents) == 1:  # every merge below joins different reports' sentences: none for one report
        return _attach_claimless(corpus, alignment, [sorted(m) for m in members])
    heads = [m[0] for m in members]
    size = [len(m) for m in members]
    claimless = [alignment.roles[h] != CLAIM for h in heads]
    clusters = _Clusters([frozenset(corpus.refs[i].document for i in m) for m in members])

    def mean(a: int, b: int, similar: dict[tuple[int, int], float], related_only: bool = False) -> float:
        """Average linkage; `related_only`: only `related` pairs count at their value (the others as 0)."""
        left, right = clusters.members[a], clusters.members[b]
        weight = sum(size[x] for x in left) * sum(size[y] for y in right)
        total = 0.0
        for x in left:
            for y in right:
                pair = (min(x, y), max(x, y))
                value = similar.get(pair, 0.0)
                if value and (not related_only or related(*pair)):
                    total += size[x] * size[y] * value
        return total / weight

    near = alignment.links.tocoo()
    comes_near = set(zip(near.row.tolist(), near.col.tolist(), strict=True))
    known: dict[tuple[int, int], bool] = {}
    date_terms: dict[int, set[str]] = {}

    def dated(k: int) -> set[str]:
        if k not in date_terms:
            date_terms[k] = _date_terms(alignment, corpus.texts[k])
        return date_terms[k]

    def related(x: int, y: int) -> bool:
        """A claim of one comes near the other, or they are alike beyond who is named and that they spoke; either
        way they share a word besides the day they give (a day alone tells when, not what)."""
        if (x, y) not in known:
            i, j = heads[x], heads[y]
            beyond_day = (set(alignment.terms[i]) & set(alignment.terms[j])) - dated(i) - dated(j)
            known[x, y] = (
                (x, y) not in alignment.opposed
                and bool(beyond_day)
                and ((x, y) in comes_near or _alike_beyond_names(alignment, i, j, corpus, beyond_day))
            )
        return known[x, y]

    cosine = similarity_graph(matrix[heads], MEAN_FLOOR)
    rows, cols, sims, similar = _pairs(cosine)
    for a0, b0, s in zip(rows, cols, sims, strict=True):
        a, b = clusters.leader[a0], clusters.leader[b0]
        if s < SAME_FACT_LINK or a == b or claimless[a0] or claimless[b0] or clusters.docs[a] & clusters.docs[b]:
            continue
        if not related(int(a0), int(b0)):
            continue  # alike only in who is named and that they spoke, and no claim of one comes near the other
        # pairs alike only in their names count as 0 ("Presiden Rusia Vladimir Putin ... Kim Jong Un": the hug and
        # the invitation), so the names a story repeats cannot carry a merge through the mean either
        if mean(a, b, similar, related_only=True) >= SAME_FACT_MEAN:
            clusters.merge(a, b)

    rows, cols, shares, shared = _pairs(alignment.links.tocoo())
    restatements: list[tuple[int, int]] = []
    for a0, b0, s in zip(rows, cols, shares, strict=True):
        a, b = clusters.leader[a0], clusters.leader[b0]
        if s < SAME_CLAIM or a == b or claimless[a0] or claimless[b0]:
            continue
        if clusters.docs[a] & clusters.docs[b]:
            if s >= RESTATED:
                restatements.append((int(a0), int(b0)))
            continue
        if mean(a, b, shared) >= SAME_CLAIM_MEAN:
            clusters.merge(a, b)
    # Two single reports' sentences each of which states every claim of the other are one fact, even below
    # SAME_CLAIM: each report adds a detail ("by a quarter point" / "the highest since 2008") to one claim.
    for a0, b0, s in zip(rows, cols, shares, strict=True):
        a, b = clusters.leader[a0], clusters.leader[b0]
        if s < STATED or a == b or claimless[a0] or claimless[b0] or clusters.docs[a] & clusters.docs[b]:
            continue
        mutual = _states_all(alignment, heads[a0], heads[b0]) and _states_all(alignment, heads[b0], heads[a0])
        if mutual and mean(a, b, shared) >= SAME_CLAIM_MEAN:
            clusters.merge(a, b)

    rows, cols, _, _ = _pairs(similarity_graph(plain[heads], NEAR_COPY))
    for a0, b0 in zip(rows, cols, strict=True):
        a, b = clusters.leader[a0], clusters.leader[b0]
        if a != b and not clusters.docs[a] & clusters.docs[b] and (int(a0), int(b0)) not in alignment.opposed:
            clusters.merge(a, b)
    # An outlet may state one fact twice: a sentence left alone that restates one of its report's sentences
    # in a shared fact joins that fact (after all cross-report merging, so it never pulls two facts together).
    for a0, b0 in restatements:
        a, b = clusters.leader[a0], clusters.leader[b0]
        alone, shared_fact = (a, b) if len(clusters.members[a]) == 1 else (b, a)
        if a != b and len(clusters.members[alone]) == 1 and len(clusters.docs[shared_fact]) > 1:
            clusters.merge(alone, shared_fact)
    facts = [sorted(i for n in cluster for i in members[n]) for cluster in clusters.members.values()]
    return _attach_claimless(corpus, alignment, facts)


def _alike_beyond_names(alignment: Alignment, i: int, j: int, corpus: Corpus, shared: set[str]) -> bool:
    """Of the match terms the two sentences share besides the terms of their dates (`shared`), more are not of names
    nor speech verbs than are of names: "the cause of the fire" in two wordings is one fact; "Helen Price said crews
    ..." / "Helen Price ... said the fire ... her crews" are two quotes of one speaker (the names carry what they
    share)."""
    analyzer = alignment.matcher.analyzer
    cues = claim_words(analyzer.language).attribution
    named: set[str] = set()
    for k in (i, j):
        for name in names(corpus.texts[k]):
            named.update(t for w in name.words for t in analyzer.word_terms(w))
            # its match terms too: an acronym ("Department of Public Works and Highways", "DPWH") is one "acr:" term
            named.update(alignment.matcher.terms(corpus.texts[k][name.start : name.end]))
    return len(shared - named - cues) > len(shared & named)


def _date_terms(alignment: Alignment, text: str) -> set[str]:
    """Match terms of the dates and day names a sentence gives: when, not what ("kata Rahmat, Jumat (7/3/2025)" and
    "status tanggap darurat ... mulai Jumat (7/3/2025)" share only their day)."""
    matcher, language = alignment.matcher, alignment.matcher.analyzer.language
    calendar = calendar_words(language)
    out = {t for start, end, _ in date_spans(text, language) for t in matcher.terms(text[start:end])}
    out.update(t for m in WORD_RE.finditer(text) if m.group().lower() in calendar for t in matcher.terms(m.group()))
    return out


def _states_all(alignment: Alignment, sentence: int, other: int) -> bool:
    """The report of `other` states every claim of `sentence`."""
    claims = alignment.claims[sentence]
    document = alignment.claims[other][0].own if alignment.claims[other] else -1
    return bool(claims) and all(document in c.stated_by for c in claims)


def _attach_claimless(corpus: Corpus, alignment: Alignment, facts: list[list[int]]) -> tuple[Fact, ...]:
    """Attribution lines and fragments join the fact of the previous sentence of their report."""
    fact_of = {i: n for n, members in enumerate(facts) for i in members}
    for i, sentence_role in enumerate(alignment.roles):
        if sentence_role == CLAIM or corpus.refs[i].position == 0 or len(facts[fact_of[i]]) > 1:
            continue
        target = fact_of[i - 1]
        facts[fact_of[i]].remove(i)
        facts[target].append(i)
        fact_of[i] = target
    kept = sorted(sorted(m) for m in facts if m)
    return tuple(Fact(id=f"f{n}", members=tuple(m)) for n, m in enumerate(kept, start=1))
