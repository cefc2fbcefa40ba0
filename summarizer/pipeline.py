"""The one place where the stages are chained: clean -> segment -> vectorize -> align -> group -> score -> compose."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .align import UNSTATED, Alignment, align
from .clean import clean
from .compose import compose, fact_scores
from .conflicts import find_conflicts, without_conflicts
from .dates import parse_published
from .errors import NoTextError
from .group import group
from .language import analyzer_for, detect, is_number, is_stemmed, unstemmed_warning
from .models import (
    BriefItem,
    ClaimSpan,
    Conflict,
    ConflictValue,
    Corpus,
    Document,
    Fact,
    Report,
    SentenceAlignment,
    Summary,
    UniqueItem,
)
from .options import Options
from .score import METHODS, ScoringInput
from .segment import segment
from .semantic import LANGUAGES as SEMANTIC_LANGUAGES
from .slot_times import occurrence_time
from .unique import find_unique
from .vectorize import Vectors, l2_rows, scaled_columns, smoothed_idf, vectorize

logger = logging.getLogger(__name__)

NUMBER_WEIGHT = 2.0


def as_reports(items: Iterable[Report | str]) -> list[Report]:
    """Accept plain strings as reports, naming them doc1, doc2, ..."""
    return [item if isinstance(item, Report) else Report(id=f"doc{n}", text=item) for n, item in enumerate(items, 1)]


def _unique_ids(reports: Sequence[Report]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for report in reports:
        count = seen.get(report.id, 0)
        seen[report.id] = count + 1
        ids.append(report.id if count == 0 else f"{report.id}-{count + 1}")
    return ids


def build_corpus(reports: Sequence[Report], options: Options) -> tuple[Corpus, list[str]]:
    """Clean and segment every report; drop (with a warning) those left without a sentence."""
    distinct = {text: clean(text) for text in dict.fromkeys(r.text for r in reports)}  # wire copies: once
    cleaned = [distinct[r.text] for r in reports]
    if not any(c.paragraphs for c in cleaned):
        raise NoTextError("no sentences found in the reports given (only headings, menus or captions)")
    language = options.language
    if language == "auto":
        language = detect(p for c in cleaned for p in c.paragraphs)
    documents: list[Document] = []
    warnings: list[str] = [] if is_stemmed(language) else [unstemmed_warning(language)]
    segmented: dict[str, tuple[str, ...]] = {}
    for report, doc_id, body in zip(reports, _unique_ids(reports), cleaned, strict=False):
        if report.text not in segmented:
            segmented[report.text] = segment(body.paragraphs, language)
        sentences = segmented[report.text]
        if not sentences:
            warnings.append(f"{doc_id}: no sentences left after cleaning; report skipped")
            continue
        documents.append(
            Document(
                id=doc_id,
                outlet=report.outlet or body.outlet or doc_id,
                sentences=sentences,
                title=report.title or body.title,
                url=report.url,
                published=parse_published(report.published, doc_id) if report.published else body.published,
            )
        )
    if not documents:
        raise NoTextError("no sentences found in the reports given")
    return Corpus(documents=tuple(documents), language=language), warnings


def grouping_matrix(vectors: Vectors) -> sparse.csr_matrix:
    """TF-IDF reweighted for telling facts apart: a term in every sentence (the event's names) counts for little.

    scikit-learn adds 1 to every idf so such terms still count; for same-fact decisions we take it back, from the
    idf smoothed for a small set (`smoothed_idf`: in a set of two sentences, a term both use still counts).
    Numbers (dates, counts, years) pin a fact down better than words, so they weigh NUMBER_WEIGHT times more.
    """
    idf = smoothed_idf(vectors.idf, vectors.matrix.shape[0])
    weights = (idf - 1.0) / idf
    for term, column in vectors.vocabulary.items():
        if term[:1].isdecimal() and is_number(term):  # a number starts with a digit (regex \d: isdecimal)
            weights[column] *= NUMBER_WEIGHT
    return l2_rows(scaled_columns(vectors.matrix, weights))  # normalize(matrix @ diags(weights)), bit for bit


@dataclass(frozen=True)
class Analysis:
    """Every stage before scoring: what the scorers read, the alignment, and the redundancy matrix."""

    data: ScoringInput
    alignment: Alignment
    matrix: sparse.csr_matrix
    warnings: tuple[str, ...]


def analyse(reports: Sequence[Report], options: Options) -> Analysis:
    """Clean, segment, vectorize, align claims across reports and group sentences into facts."""
    corpus, warnings = build_corpus(reports, options)
    analyzer = analyzer_for(corpus.language)
    vectors = vectorize(corpus, analyzer)
    semantic = options.matcher == "semantic"
    if semantic and corpus.language not in SEMANTIC_LANGUAGES:
        warnings.append(f"matcher semantic is English only: claims matched by words for language {corpus.language}")
    alignment = align(corpus, analyzer, semantic=semantic)
    matrix = grouping_matrix(vectors)
    facts = group(corpus, alignment, matrix, vectors.matrix)
    return Analysis(ScoringInput(corpus, vectors, analyzer, facts), alignment, matrix, tuple(warnings))


def sentence_alignments(corpus: Corpus, alignment: Alignment) -> tuple[SentenceAlignment, ...]:
    """Each sentence's role, sharing and claims, every claim listing its own document too.

    Copies of one sentence (one alignment node) have the same role, claims and documents: they share one object.
    """
    per_node: dict[int, SentenceAlignment] = {}
    out = []
    for i, claims in enumerate(alignment.claims):
        node = alignment.node_of[i]
        found = per_node.get(node)
        if found is None:
            spans = tuple(ClaimSpan(c.start, c.end, c.stated_by) for c in claims)
            found = per_node[node] = SentenceAlignment(alignment.roles[i], alignment.sharing(i), spans)
        out.append(found)
    return tuple(out)


def _attributed(corpus: Corpus, item: BriefItem, alignment: Alignment) -> BriefItem:
    """A brief sentence names every report of its fact and every report that states one of its claims."""
    stated = alignment.documents(item.sentence)
    documents = tuple(sorted({*item.documents, corpus.refs[item.sentence].document, *stated}))
    return replace(item, documents=documents)


def summarize(reports: Iterable[Report | str], options: Options | None = None) -> Summary:
    """Merge several reports of one event into one brief with attribution and outlet-only details."""
    options = options or Options()
    return brief_of(analyse(as_reports(reports), options), options)


def disputed_facts(analysis: Analysis) -> tuple[tuple[Fact, ...], tuple[Conflict, ...]]:
    """The analysis' facts with the facts of each conflict's values joined, and the conflicts (on joined facts).

    Two reports that give one fact with different values ("killing 50 people" / "killing 47 people") report one
    fact: the rival value moved one sentence out of the other's fact (its words weigh less than the values), and
    the brief then told the fact twice, once per outlet. Joined are two values' sentences whose claims come near
    each other (align's UNSTATED share), not every sentence a conflict names: a date given in passing ("the oil
    boom put up after the grounding on Wednesday") is no restatement of the grounding; and two sentences that each
    tell when the event took place ("Angin kencang itu terjadi sekitar pukul 15.30 WIB" / "Peristiwa itu terjadi
    sekitar pukul 16.00 WIB": slot_times.occurrence_time). Ids run f1, f2, ... again.
    """
    data, alignment = analysis.data, analysis.alignment
    facts = data.facts
    conflicts = find_conflicts(data.corpus, facts, alignment, data.analyzer)
    if not conflicts:
        return facts, conflicts
    index = {f.id: n for n, f in enumerate(facts)}
    fact_of = {i: n for n, f in enumerate(facts) for i in f.members}
    shares = sparse.csr_matrix(alignment.links)  # node x node, upper triangle
    texts, language = data.corpus.texts, data.corpus.language

    def told_when(value: ConflictValue) -> bool:  # "Peristiwa itu terjadi sekitar pukul 16.00 WIB"
        return occurrence_time(texts[value.sentence], value.start, language)

    edges = [
        (fact_of[x.sentence], fact_of[y.sentence])
        for conflict in conflicts
        for x, y in combinations(conflict.values, 2)
        if shares[tuple(sorted((alignment.node_of[x.sentence], alignment.node_of[y.sentence])))] >= UNSTATED
        or conflict.kind == "date"
        and told_when(x)
        and told_when(y)
    ]
    rows, cols = np.array(edges, dtype=int).reshape(-1, 2).T
    graph = sparse.coo_matrix((np.ones(len(edges)), (rows, cols)), shape=(len(facts), len(facts)))
    count, label = connected_components(graph, directed=False)
    if count == len(facts):
        return facts, conflicts
    groups: dict[int, list[int]] = {}
    for n, fact in enumerate(facts):
        groups.setdefault(int(label[n]), []).extend(fact.members)
    kept = sorted(sorted(m) for m in groups.values())
    joined = tuple(Fact(id=f"f{n}", members=tuple(m)) for n, m in enumerate(kept, start=1))
    new_id = {i: f.id for f in joined for i in f.members}
    renamed: dict[tuple[str, str, tuple[ConflictValue, ...]], Conflict] = {}
    for conflict in conflicts:  # a conflict found from both of its facts is one
        fact_id = new_id[facts[index[conflict.fact]].members[0]]
        renamed.setdefault((fact_id, conflict.kind, conflict.values), replace(conflict, fact=fact_id))
    return joined, tuple(renamed.values())


def _rejoined(corpus: Corpus, item: BriefItem, fact: Fact) -> BriefItem:
    """A brief item of a fact joined with others: the joined fact's id and every report of it."""
    documents = tuple(sorted({corpus.refs[i].document for i in fact.members}))
    return replace(item, fact=fact.id, documents=documents)


def brief_of(analysis: Analysis, options: Options) -> Summary:
    """The summary of an analysed set (what `summarize` does after `analyse`)."""
    data, alignment = analysis.data, analysis.alignment
    corpus, vectors, analyzer, facts = data.corpus, data.vectors, data.analyzer, data.facts
    scores = METHODS[options.method](data)
    joined, conflicts = disputed_facts(analysis)
    kin: list[int] = []
    if joined is not facts:  # the brief chooses among the facts as grouped, and tells a joined one once
        of = {i: n for n, fact in enumerate(joined) for i in fact.members}
        kin = [of[fact.members[0]] for fact in facts]
    brief = compose(corpus, facts, scores, analysis.matrix, vectors.terms, options, alignment.roles, kin)
    if kin:  # MMR skips a joined fact's other versions; submodular and concepts do not read `kin`
        rejoined: dict[int, BriefItem] = {}
        for item in brief:
            rejoined.setdefault(of[item.sentence], _rejoined(corpus, item, joined[of[item.sentence]]))
        brief = tuple(rejoined.values())
    brief = tuple(_attributed(corpus, item, alignment) for item in brief)
    facts = joined
    unique = find_unique(corpus, facts, fact_scores(facts, scores), alignment, analyzer)
    unique = _first(without_conflicts(unique, conflicts), len(corpus.documents), options.unique)
    warnings = analysis.warnings
    if not brief and options.words:
        cut = 'fill (--fill, "fill": true) to cut one at the limit'
        warnings += (f"no sentence fits in {options.words} words: give more words, or {cut}",)
    for warning in warnings:
        logger.warning(warning)
    return Summary(
        corpus,
        options.method,
        facts,
        brief,
        unique,
        warnings,
        sentence_alignments(corpus, alignment),
        conflicts,
    )


def _first(items: Sequence[UniqueItem], documents: int, per_document: int) -> tuple[UniqueItem, ...]:
    """The first `per_document` items of each document (0: all), items being ordered by document then rank."""
    if not per_document:
        return tuple(items)
    return tuple(u for d in range(documents) for u in [u for u in items if u.document == d][:per_document])
