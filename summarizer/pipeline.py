"""The one place where the stages are chained: ingest -> clean -> segment -> vectorize -> group -> score -> compose."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from scipy import sparse
from sklearn.preprocessing import normalize

from .clean import clean
from .compose import compose, fact_scores
from .errors import NoTextError
from .group import group
from .language import analyzer_for, detect, is_number
from .models import Corpus, Document, Report, Summary
from .options import Options
from .score import METHODS, ScoringInput
from .segment import segment
from .unique import find_unique
from .vectorize import Vectors, vectorize

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
    cleaned = [clean(r.text) for r in reports]
    if not any(c.paragraphs for c in cleaned):
        raise NoTextError("no sentences found in the reports given (only headings, menus or captions)")
    language = options.language
    if language == "auto":
        language = detect(p for c in cleaned for p in c.paragraphs)
    documents: list[Document] = []
    warnings: list[str] = []
    for report, doc_id, body in zip(reports, _unique_ids(reports), cleaned, strict=False):
        sentences = segment(body.paragraphs, language)
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
                published=report.published or body.published,
            )
        )
    if not documents:
        raise NoTextError("no sentences found in the reports given")
    return Corpus(documents=tuple(documents), language=language), warnings


def grouping_matrix(vectors: Vectors) -> sparse.csr_matrix:
    """TF-IDF reweighted for telling facts apart: a term in every sentence (the event's names) counts for nothing.

    scikit-learn adds 1 to every idf so such terms still count; for same-fact decisions we take it back.
    Numbers (dates, counts, years) pin a fact down better than words, so they weigh NUMBER_WEIGHT times more.
    """
    weights = (vectors.idf - 1.0) / vectors.idf
    for term, column in vectors.vocabulary.items():
        if is_number(term):
            weights[column] *= NUMBER_WEIGHT
    return sparse.csr_matrix(normalize(vectors.matrix @ sparse.diags(weights)))


def analyse(reports: Sequence[Report], options: Options) -> tuple[ScoringInput, sparse.csr_matrix, list[str]]:
    """Every stage before scoring: clean, segment, vectorize and group; also the matrix facts were told apart by."""
    corpus, warnings = build_corpus(reports, options)
    analyzer = analyzer_for(corpus.language)
    vectors = vectorize(corpus, analyzer)
    matrix = grouping_matrix(vectors)
    facts = group(corpus, matrix, vectors.terms, vectors.matrix)
    return ScoringInput(corpus, vectors, analyzer, facts), matrix, warnings


def summarize(reports: Iterable[Report | str], options: Options | None = None) -> Summary:
    """Merge several reports of one event into one brief with attribution and outlet-only details."""
    options = options or Options()
    data, matrix, warnings = analyse(as_reports(reports), options)
    corpus, vectors, analyzer, facts = data.corpus, data.vectors, data.analyzer, data.facts
    scores = METHODS[options.method](data)
    brief = compose(corpus, facts, scores, matrix, vectors.terms, options)
    unique = find_unique(corpus, facts, fact_scores(facts, scores), vectors.terms, analyzer, options.unique)
    for warning in warnings:
        logger.warning(warning)
    return Summary(corpus, options.method, facts, brief, unique, tuple(warnings))
