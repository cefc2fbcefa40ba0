"""A set of two or three short reports: what they share counts (vectorize.smoothed_idf, README "Comparison")."""

import numpy as np
import pytest

from summarizer import Options, Report, summarize, to_dict
from summarizer.pipeline import analyse, grouping_matrix
from summarizer.vectorize import smoothed_idf

STRIKE = {
    "en": (
        "Nearly 4,000 bus drivers and tram operators joined the mechanics on the picket line.",
        "Nearly 4,000 bus drivers and tram operators then walked off the job in solidarity.",
    ),
    "id": (
        "Hampir 4.000 sopir bus dan masinis kereta ikut bergabung dengan para mekanik dalam aksi mogok.",
        "Hampir 4.000 sopir bus dan masinis kereta kemudian berhenti bekerja sebagai bentuk solidaritas.",
    ),
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_two_reports_of_one_fact_give_one_brief_item(language):
    # Two sentences alone: a word both use was weighed as the commonest word there is (scikit-learn's idf over two
    # sentences), so the brief told the strike twice, each time as one outlet's
    a, b = STRIKE[language]
    data = to_dict(
        summarize(
            [Report(id="a", outlet="A", text=a), Report(id="b", outlet="B", text=b)],
            Options(unique=0, language=language),
        )
    )
    assert [item["documents"] for item in data["brief"]] == [["a", "b"]]
    # what each adds is still its own
    assert sorted((u["outlet"], u["kind"]) for u in data["unique"]) == [("A", "detail"), ("B", "detail")]


def test_the_prior_fades_as_the_set_grows():
    idf = np.array([1.0, 2.0])
    small, large = smoothed_idf(idf, 2) - idf, smoothed_idf(idf, 10_000) - idf
    assert small[0] == small[1] > 0.5  # the same shift for every term
    assert 0 < large[0] < 0.001


def test_a_term_both_of_two_sentences_use_still_counts_for_grouping():
    a, b = STRIKE["en"]
    analysis = analyse([Report(id="a", text=a), Report(id="b", text=b)], Options(language="en"))
    vectors = analysis.data.vectors
    matrix = grouping_matrix(vectors)
    column = vectors.vocabulary["driver"]
    assert matrix[0, column] > 0 and matrix[1, column] > 0
