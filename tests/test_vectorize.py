"""The TF-IDF of `vectorize.tfidf` is scikit-learn's, bit for bit (the pipeline's output depends on every bit)."""

import random

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from summarizer.vectorize import l2_rows, l2_vector, scaled_columns, tfidf


def _documents(seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    words = [f"w{n}" for n in range(rng.randint(1, 60))] + ["zeta", "alpha", "2024", "été"]
    return [[rng.choice(words) for _ in range(rng.randint(0, 25))] for _ in range(rng.randint(1, 40))]


def test_tfidf_is_scikit_learns_bit_for_bit() -> None:
    for seed in range(200):
        documents = _documents(seed)
        if not any(documents):
            continue
        vectorizer = TfidfVectorizer(analyzer=lambda terms: terms, sublinear_tf=True, norm="l2", dtype=np.float64)
        expected = vectorizer.fit_transform(documents).tocsr()
        matrix, idf, vocabulary = tfidf(documents)
        assert vocabulary == vectorizer.vocabulary_
        assert idf.tobytes() == vectorizer.idf_.tobytes()
        assert matrix.shape == expected.shape
        assert matrix.indptr.tolist() == expected.indptr.tolist()
        assert matrix.indices.tolist() == expected.indices.tolist()  # same order inside each row, not only the set
        assert matrix.data.tobytes() == expected.data.tobytes()
        assert matrix.indices.dtype == expected.indices.dtype


def _random_csr(seed: int) -> sparse.csr_matrix:
    rng = np.random.default_rng(seed)
    rows, columns = int(rng.integers(1, 30)), int(rng.integers(1, 50))
    matrix = sparse.random(rows, columns, density=float(rng.uniform(0, 0.4)), format="csr", random_state=seed)
    if matrix.nnz:  # rows in any column order, as the pipeline's matrices have them, and an explicit zero
        matrix = _shuffled_rows(matrix, rng)
        matrix.data[0] = 0.0
    return matrix


def _shuffled_rows(matrix: sparse.csr_matrix, rng: np.random.Generator) -> sparse.csr_matrix:
    indices, data = matrix.indices.copy(), matrix.data.copy()
    for a, b in zip(matrix.indptr[:-1], matrix.indptr[1:], strict=True):
        order = rng.permutation(b - a) + a
        indices[a:b], data[a:b] = indices[order], data[order]
    return sparse.csr_matrix((data, indices, matrix.indptr.copy()), shape=matrix.shape)


def _same(left: sparse.csr_matrix, right: sparse.csr_matrix) -> None:
    assert left.shape == right.shape
    assert left.indptr.tolist() == right.indptr.tolist()
    assert left.indices.tolist() == right.indices.tolist()
    assert left.data.tobytes() == right.data.tobytes()


def test_scaled_columns_and_l2_rows_are_scipy_and_scikit_learns_bit_for_bit() -> None:
    for seed in range(300):
        matrix = _random_csr(seed)
        weights = np.random.default_rng(seed).uniform(0, 2, matrix.shape[1])
        weights[:: 3 + seed % 4] = 0.0  # terms every sentence uses weigh nothing
        product = sparse.csr_matrix(matrix @ sparse.diags(weights))
        _same(scaled_columns(matrix, weights), product)
        _same(l2_rows(product), sparse.csr_matrix(normalize(product)))
        _same(l2_rows(matrix), sparse.csr_matrix(normalize(matrix)))


def test_l2_vector_is_scikit_learns_bit_for_bit() -> None:
    rng = np.random.default_rng(0)
    for size in range(1, 300):
        vector = rng.uniform(-1, 1, size) * rng.choice([1e-20, 1e-3, 1.0, 1e6])
        vector[rng.random(size) < 0.3] = 0.0
        assert l2_vector(vector).tobytes() == normalize(vector.reshape(1, -1)).tobytes()
    zero = np.zeros(5)
    assert l2_vector(zero).tobytes() == normalize(zero.reshape(1, -1)).tobytes()
