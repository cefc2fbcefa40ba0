"""Vectorizing: TF-IDF over the sentences of the whole set, with scikit-learn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from .errors import NoTextError
from .language import Analyzer
from .models import Corpus


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
    if not any(terms):
        raise NoTextError("the reports have no words to compare (only stop words, numbers or symbols)")
    matrix, idf, vocabulary = tfidf(terms)
    return Vectors(matrix=matrix, terms=terms, idf=idf, vocabulary=vocabulary)


def tfidf(documents: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, np.ndarray, dict[str, int]]:
    """scikit-learn's `TfidfVectorizer(sublinear_tf=True, norm="l2")` over analysed documents, bit for bit.

    The same operations in the same order (counts, terms numbered by first use and then alphabetically with each
    row kept in first-use order, smoothed idf, 1 + log tf, L2 rows), without the estimator's set-up and checks,
    which cost a small story's brief more than the arithmetic (tests/test_vectorize.py compares the two).
    Returns the matrix, the idf of each term and the vocabulary (term -> column). Needs at least one term.
    """
    first_use: dict[str, int] = {}
    indices: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for document in documents:
        row: dict[int, int] = {}
        for term in document:
            column = first_use.setdefault(term, len(first_use))
            row[column] = row.get(column, 0) + 1
        for column in sorted(row):
            indices.append(column)
            counts.append(row[column])
        indptr.append(len(indices))
    renumber = np.empty(len(first_use), dtype=np.int32)
    vocabulary: dict[str, int] = {}
    for column, (term, old) in enumerate(sorted(first_use.items())):
        vocabulary[term] = column
        renumber[old] = column
    columns = renumber.take(np.asarray(indices, dtype=np.int32))
    data = np.asarray(counts, dtype=np.float64)
    df = np.bincount(columns, minlength=len(vocabulary)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=len(documents) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    np.log(data, data)
    data += 1.0
    data *= idf[columns]
    shape = (len(documents), len(vocabulary))
    matrix = sparse.csr_matrix((data, columns, np.asarray(indptr, dtype=np.int32)), shape=shape)
    return sparse.csr_matrix(normalize(matrix, copy=False)), idf, vocabulary
