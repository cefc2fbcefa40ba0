"""Scoring: how much each sentence matters. Methods differ only here; see METHODS.

Every scorer takes the same ScoringInput and returns one relevance per sentence (higher is
better). Ours ("tfidf") adds to centrality how many outlets report the sentence's fact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from .language import WORD_RE, Analyzer
from .models import Corpus, Fact
from .vectorize import Vectors, l2_vector

SUPPORT_WEIGHT = 1.0  # a fact every outlet reports scores (1 + SUPPORT_WEIGHT) times its centrality
# Share of the score given to the sentence's place in its report: news puts the main facts first. Measured
# on TAC 2011 English and the first 150 IndoSum dev articles (README, "Quality"): 0.3 lost to lead-3 by
# 11 ROUGE-2 points on IndoSum and by 1 on TAC; 0.7 with an e-fold every POSITION_SCALE sentences beats lead on both.
POSITION_WEIGHT = 0.7
POSITION_SCALE = 3.0
# Measured prior (README "Quality": chosen with SUPPORT_WEIGHT 1.0 on the tuning split and its proxies): on a set
# of several reports the prior keeps POSITION_WEIGHT when the reports' first sentences say what the other reports
# say clearly more than their sentences do on average (lead_gain >= LEAD_GAIN_FULL), and falls linearly to 0 at
# LEAD_GAIN_NONE (shuffled reports, reports with their own angles). False: the fixed prior of before.
MEASURED_PRIOR = True
LEAD_GAIN_NONE = 0.25
LEAD_GAIN_FULL = 0.6
SHORT_SENTENCE_WORDS = 10  # below this many words a sentence's centrality is scaled down in proportion


@dataclass(frozen=True)
class ScoringInput:
    """What any scorer may look at."""

    corpus: Corpus
    vectors: Vectors
    analyzer: Analyzer
    facts: tuple[Fact, ...]


Scorer = Callable[[ScoringInput], np.ndarray]


def _centroid_similarity(matrix: Any, weights_by_row: np.ndarray | None = None) -> np.ndarray:
    """Cosine of each row with the (optionally weighted) mean of the rows."""
    weights = np.ones(matrix.shape[0]) if weights_by_row is None else weights_by_row
    centroid = l2_vector(np.asarray(matrix.T @ weights))  # sklearn's normalize, bit for bit, without its checks
    return np.asarray(matrix @ centroid.ravel()).ravel()


def _length_factor(corpus: Corpus) -> np.ndarray:
    counts = np.array([len(WORD_RE.findall(t)) for t in corpus.texts], dtype=float)
    return np.minimum(1.0, counts / SHORT_SENTENCE_WORDS)


def lead_gain(corpus: Corpus, matrix: sparse.csr_matrix) -> float | None:
    """How much more the reports' first sentences say what the other reports say than the reports as a whole.

    Each sentence's cosine with the centroid of the other reports (each report weighing the same), scaled down
    for short sentences; the gain is the mean over the reports of their first sentence's, over the mean of
    their sentences' mean, minus 1 (0: the first sentence is like any other). Copies of one report count once
    (a wire story three outlets ran is one report here). None when it cannot be measured: fewer than two
    distinct reports, or no sentence that says anything another report says.
    """
    first_of: dict[tuple[str, ...], int] = {}
    for d, doc in enumerate(corpus.documents):
        first_of.setdefault(doc.sentences, d)
    distinct = sorted(first_of.values())
    if len(distinct) < 2:
        return None
    starts = np.cumsum([0] + [len(doc.sentences) for doc in corpus.documents])
    rows = np.concatenate([np.arange(starts[d], starts[d + 1]) for d in distinct])
    matrix = matrix[rows]
    documents = np.array([corpus.refs[i].document for i in rows])
    documents = np.searchsorted(distinct, documents)  # 0 .. len(distinct) - 1, in order
    count = len(distinct)
    per_doc = np.bincount(documents, minlength=count)
    indicator = sparse.csr_matrix(
        (1.0 / per_doc[documents], (documents, np.arange(len(documents)))), shape=(count, len(documents))
    )
    sums = (indicator @ matrix).tocsr()  # each report's mean vector
    total = np.asarray(sums.sum(axis=0)).ravel()
    bounds = np.cumsum(np.concatenate(([0], per_doc)))
    own = np.concatenate(  # each sentence with its own report's mean, one report at a time (no sentences x terms copy)
        [np.asarray(matrix[bounds[d] : bounds[d + 1]] @ sums[d].T.toarray()).ravel() for d in range(count)]
    )
    squares = np.asarray(sums.multiply(sums).sum(axis=1)).ravel()
    norms = np.sqrt(np.maximum(0.0, total @ total - 2 * (sums @ total) + squares))  # |total - own report|
    similarity = (matrix @ total - own) / np.where(norms > 0, norms, 1.0)[documents]
    similarity = similarity * _length_factor(corpus)[rows]
    first = np.array([corpus.refs[i].position == 0 for i in rows], dtype=float)
    lead = np.bincount(documents, first * similarity, count)
    plain = np.bincount(documents, similarity, count) / per_doc
    mean = plain.mean()
    return float(lead.mean() / mean - 1.0) if mean > 0 else None


def position_weight(corpus: Corpus, matrix: sparse.csr_matrix) -> float:
    """POSITION_WEIGHT for one report (nothing to compare its lead with) or when unmeasurable, else scaled by the
    lead gain."""
    gain = lead_gain(corpus, matrix) if MEASURED_PRIOR and len(corpus.documents) >= 2 else None
    if gain is None:
        return POSITION_WEIGHT
    share = (gain - LEAD_GAIN_NONE) / ((LEAD_GAIN_FULL - LEAD_GAIN_NONE) or 1.0)
    return POSITION_WEIGHT * float(np.clip(share, 0.0, 1.0))


def score_tfidf(data: ScoringInput) -> np.ndarray:
    """Ours: centrality to the set (each report weighing the same), support by outlets, lead position."""
    corpus = data.corpus
    per_doc = np.bincount([r.document for r in corpus.refs], minlength=len(corpus.documents))
    doc_weight = np.array([1.0 / per_doc[r.document] for r in corpus.refs])
    centrality = _centroid_similarity(data.vectors.matrix, doc_weight) * _length_factor(corpus)
    centrality = centrality / (centrality.max() or 1.0)
    position = np.exp(-np.array([r.position for r in corpus.refs], dtype=float) / POSITION_SCALE)
    weight = position_weight(corpus, data.vectors.matrix)
    base = (1.0 - weight) * centrality + weight * position
    support = np.zeros(len(corpus.refs))
    others = max(1, len(corpus.documents) - 1)
    for fact in data.facts:
        share = (len({corpus.refs[i].document for i in fact.members}) - 1) / others
        support[list(fact.members)] = share
    return base * (1.0 + SUPPORT_WEIGHT * support)


def score_centroid(data: ScoringInput) -> np.ndarray:
    """Baseline: cosine similarity of each sentence to the TF-IDF centroid of all sentences."""
    return _centroid_similarity(data.vectors.matrix)


def score_lead(data: ScoringInput) -> np.ndarray:
    """Baseline: the first sentences of each report first."""
    return np.array([1.0 / (1.0 + r.position) for r in data.corpus.refs])


class _SumyTokenizer:
    """sumy's tokenizer hook: our sentences are already split, sumy only needs their words."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(WORD_RE.findall(sentence))


class _RatingCollector:
    """sumy's `sentences_count` may be a callable over rated sentences: it hands us every rating."""

    def __init__(self, size: int) -> None:
        self.ratings = np.zeros(size)

    def __call__(self, infos: Sequence[Any]) -> Sequence[Any]:
        for info in infos:
            self.ratings[info.order] = float(info.rating)
        return infos


def _sumy_scorer(name: str) -> Scorer:
    def score(data: ScoringInput) -> np.ndarray:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        summarizer = _sumy_class(name)(data.analyzer.stem)
        summarizer.stop_words = data.analyzer.stop
        tokenizer = _SumyTokenizer(data.analyzer.language)
        # One paragraph per report keeps sumy's sentence order equal to our flat index.
        paragraphs = [Paragraph([Sentence(text, tokenizer) for text in doc.sentences]) for doc in data.corpus.documents]
        collector = _RatingCollector(len(data.corpus.refs))
        summarizer(ObjectDocumentModel(paragraphs), collector)
        ratings = collector.ratings
        return ratings - ratings.min() if len(ratings) else ratings

    score.__doc__ = f"sumy's {name} summarizer, fed our sentences, stems and stop words."
    return score


def _sumy_class(name: str) -> Any:
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    class SortedLsaSummarizer(LsaSummarizer):
        """sumy's LSA numbers the term rows in frozenset order, which changes with PYTHONHASHSEED, and the
        SVD's rounding with it; sorted terms make the matrix, so the output, the same in every process."""

        def _create_dictionary(self, document: Any) -> dict[str, int]:
            words = map(self.normalize_word, document.words)
            unique = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
            return {w: i for i, w in enumerate(unique)}

    return {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": SortedLsaSummarizer,
        "luhn": LuhnSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
    }[name]


METHODS: dict[str, Scorer] = {
    "tfidf": score_tfidf,
    # Submodular coverage and diversity selection (submodular.py); these scores only rank outlet-only details.
    "submodular": score_tfidf,
    # Concept coverage by integer linear programming (concepts.py); these scores only rank outlet-only details.
    "concepts": score_tfidf,
    "lead": score_lead,
    "centroid": score_centroid,
    **{name: _sumy_scorer(name) for name in ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")},
}
