"""The TF-IDF of `vectorize.tfidf` is scikit-learn's, bit for bit (the pipeline's output depends on every bit)."""

import random

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from summarizer.vectorize import tfidf


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
