"""Concept coverage (concepts.py): what most reports share is covered, exactly, within the budget, every time."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from summarizer import Options, Report, concepts, summarize
from summarizer.compose import word_count
from summarizer.concepts import bigrams, concept_weights, min_documents
from summarizer.language import analyzer_for
from summarizer.models import Corpus, Document, Fact
from summarizer.pipeline import analyse
from summarizer.submodular import Budget
from tests.test_process import _brief

SHARED = "The river flood destroyed four hundred houses near the old harbour bridge on Monday night."
ASIDE = "A coffee seller opened his new stall at the crowded railway market beside the station square."
OTHER = "Local officials promised emergency shelters and clean drinking water for every displaced family."


def _reports() -> list[Report]:
    return [
        Report(id="a", text=SHARED + "\n" + ASIDE),
        Report(id="b", text=SHARED.replace("Monday", "Sunday") + "\n" + OTHER),
        Report(id="c", text="The river flood destroyed four hundred houses near the harbour on Monday, police said."),
        Report(id="d", text=OTHER),
    ]


def test_concepts_are_stemmed_bigrams_weighed_by_the_reports_using_them():
    terms = analyzer_for("en").terms("The floods destroyed houses")
    assert bigrams(terms) == {("flood", "destroy"), ("destroy", "hous")}
    assert [min_documents(n) for n in (1, 2, 3, 10, 100)] == [1, 2, 2, 2, 20]
    data = analyse(_reports(), Options(language="en")).data
    weights = concept_weights(data.corpus, data.vectors.terms)
    lead = concepts.LEAD_BONUS
    assert weights[("river", "flood")] == 3 + lead * 3  # in reports a, b, c, leading each
    assert weights[("emerg", "shelter")] == 2 + lead * 1  # in reports b and d, leading d only
    assert ("coffe", "seller") not in weights  # one report: below the cut


def test_one_sentence_covers_what_most_reports_share_and_no_fact_twice():
    one = summarize(_reports(), Options(method="concepts", sentences=1, language="en"))
    assert one.brief[0].text.startswith("The river flood") and len(one.brief[0].documents) >= 3
    two = summarize(_reports(), Options(method="concepts", sentences=2, language="en"))
    assert len({item.fact for item in two.brief}) == len(two.brief) == 2
    assert any(item.text == OTHER for item in two.brief)  # the second fact two reports share


@pytest.mark.parametrize("words", [12, 20, 35])
def test_word_budget_is_respected_and_fill_cuts_exactly(words):
    reports = _reports()
    whole = summarize(reports, Options(method="concepts", words=words, language="en")).brief
    assert sum(word_count(item.text) for item in whole) <= words
    filled = summarize(reports, Options(method="concepts", words=words, fill=True, language="en")).brief
    assert sum(word_count(item.text) for item in filled) == words


def test_the_ilp_finds_the_best_coverage_a_search_of_every_subset_finds(monkeypatch):
    monkeypatch.setattr(concepts, "PRIOR", 0.0)
    monkeypatch.setattr(concepts, "LEAD_BONUS", 0.0)
    # Greedy by weight per word takes the short "a b" sentence first and then has no room for the two long ones.
    reports = [
        Report(id=f"r{n}", text=text)
        for n, text in enumerate(
            [
                "Storm winds broke the northern dam wall early today, flooding wide farm fields.",
                "Storm winds hit hard. Engineers said the northern dam wall broke early today under pressure.",
                "Wide farm fields were flooding after the storm winds broke the northern dam wall today.",
                "Rescue teams reached wide farm fields flooding near the village church after midnight.",
            ]
        )
    ]
    options = Options(method="concepts", words=30, language="en")
    analysis = analyse(reports, options)
    data = analysis.data
    weights = concept_weights(data.corpus, data.vectors.terms)
    brief = summarize(reports, options).brief

    def covered(sentences: tuple[int, ...]) -> float:
        found = set().union(*(bigrams(data.vectors.terms[i]) for i in sentences)) if sentences else set()
        return sum(weights.get(c, 0.0) for c in found)

    fact_of = {i: f.id for f in data.facts for i in f.members}
    texts = data.corpus.texts
    eligible = [i for i, t in enumerate(texts) if word_count(t) >= concepts.MIN_WORDS]
    best = max(
        covered(subset)
        for size in range(len(eligible) + 1)
        for subset in itertools.combinations(eligible, size)
        if sum(word_count(texts[i]) for i in subset) <= 30 and len({fact_of[i] for i in subset}) == len(subset)
    )
    assert best > 0
    assert covered(tuple(item.sentence for item in brief)) == best


def _knapsack() -> tuple[Corpus, list[Fact], list[tuple[str, ...]], list[str], np.ndarray]:
    """Three candidates of 11, 10 and 10 words whose concepts (each in two reports) weigh 22, 18 and 18.

    The fourth report repeats their terms in attribution lines, which are not candidates.
    """
    chains = [tuple(f"{letter}{k}" for k in range(size)) for letter, size in (("a", 12), ("b", 10), ("c", 10))]
    texts = [f"candidate {n}" for n in range(3)]
    documents = [Document(id=f"d{n}", outlet=f"o{n}", sentences=(texts[n],)) for n in range(3)]
    documents.append(Document(id="d3", outlet="o3", sentences=tuple(f"support {n}" for n in range(3))))
    corpus = Corpus(documents=tuple(documents), language="en")
    facts = [Fact(id=f"f{i}", members=(i,)) for i in range(6)]
    roles = ["claim"] * 3 + ["attribution"] * 3
    return corpus, facts, chains + chains, roles, np.array([11.0, 10.0, 10.0, 11.0, 10.0, 10.0])


def test_the_ilp_takes_the_best_set_where_the_greedy_does_not(monkeypatch):
    monkeypatch.setattr(concepts, "PRIOR", 0.0)
    monkeypatch.setattr(concepts, "LEAD_BONUS", 0.0)
    corpus, facts, terms, roles, costs = _knapsack()
    budget = Budget(sentences=None, words=20, fill=False)
    assert sorted(concepts.select(corpus, facts, terms, roles, costs, budget)) == [1, 2]  # 36, within 20 words
    monkeypatch.setattr(concepts, "_solve", lambda *args: None)  # a solver that gives up leaves the greedy
    assert concepts.select(corpus, facts, terms, roles, costs, budget) == [0]  # 22: best per word first


def test_reports_sharing_no_concept_still_get_a_brief_from_their_leads():
    brief = summarize([SHARED, ASIDE], Options(method="concepts", language="en")).brief
    assert [item.text for item in brief] == [SHARED, ASIDE]


def test_a_solver_that_gives_up_keeps_the_budget(monkeypatch):
    monkeypatch.setattr(concepts, "_solve", lambda *args: None)
    brief = summarize(_reports(), Options(method="concepts", words=35, language="en")).brief
    assert brief and sum(word_count(item.text) for item in brief) <= 35


def test_same_output_under_any_hash_seed():
    first, second = _brief("concepts", "1"), _brief("concepts", "2")
    assert json.loads(first)["method"] == "concepts"
    assert first == second
