"""Vectorizing: TF-IDF over the sentences of the whole set, with scikit-learn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from .errors import NoTextError
from .language import Analyzer
from .models import Corpus


def _pretokenized(terms: Sequence[str]) -> Sequence[str]:
    """Analyzer hook: sentences reach scikit-learn already analysed into terms."""
    return terms


@dataclass(frozen=True)
class Vectors:
    """Each sentence as an L2-normalised TF-IDF row, and the terms it was built from."""

    matrix: sparse.csr_matrix
    terms: tuple[tuple[str, ...], ...]
    idf: np.ndarray
    vocabulary: dict[str, int]


def vectorize(corpus: Corpus, analyzer: Analyzer) -> Vectors:
    """TF-IDF of every sentence; a term's weight falls with the number of sentences that use it."""
    distinct = {text: tuple(analyzer.terms(text)) for text in dict.fromkeys(corpus.texts)}  # wire copies: once
    terms = tuple(distinct[text] for text in corpus.texts)
    vectorizer = TfidfVectorizer(analyzer=_pretokenized, sublinear_tf=True, norm="l2", dtype=np.float64)
    try:
        matrix = vectorizer.fit_transform(terms)
    except ValueError as error:  # scikit-learn's "empty vocabulary"
        raise NoTextError("the reports have no words to compare (only stop words, numbers or symbols)") from error
    return Vectors(
        matrix=sparse.csr_matrix(matrix),
        terms=terms,
        idf=vectorizer.idf_,
        vocabulary=vectorizer.vocabulary_,
    )
