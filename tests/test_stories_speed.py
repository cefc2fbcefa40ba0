"""The shortcuts that make a feed's many one-report stories cheap give what the full computation gives."""

from __future__ import annotations

import pytest

from summarizer.align import _nodes, align
from summarizer.claims import role
from summarizer.language import analyzer_for
from summarizer.models import Report
from summarizer.normalize import have_match_terms, matcher_for
from summarizer.options import Options
from summarizer.pipeline import build_corpus

TRICKY = {
    "en": [
        "It is what it is, and that was that.",  # stop words only: no match terms
        "The Who and The The played; TWTT said so.",
        "Two million.",  # a number name and its multiplier
        "It was 5 million, or 11 000 of them.",
        "That-is-it, as-is.",  # hyphenated stop words
        "It is the U.S. and the U.N.",
        "Of the United States, the US said.",
        "On Monday, 3 March 2025.",
    ],
    "id": [
        "Dan di yang itu.",
        "Lima juta dari dua ribu.",
        "Itu-itu saja, ya.",
        "Mengunjungi kunjungan, menandatangani penandatanganan.",
        "Amerika Serikat (AS) dan PBB.",
    ],
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_have_match_terms_is_whether_the_sets_matcher_finds_any(language, seeds_reports):
    analyzer = analyzer_for(language)
    texts = list(TRICKY[language])
    if language == "en":
        texts += [s for r in seeds_reports for s in r.text.split(". ")]
    expected = [bool(matcher_for(analyzer, texts).terms(text)) for text in texts]
    assert have_match_terms(analyzer, texts) == expected
    assert False in expected and True in expected  # both kinds are read


def test_a_one_report_story_has_the_nodes_its_match_terms_give():
    text = (
        "The council approved the budget on Monday. It is what it is. The council approved the budget on Monday. "
        "It is what it is. Officials said the vote was close."
    )
    corpus, _ = build_corpus([Report(id="a", text=text)], Options(language="en"))
    analyzer = analyzer_for("en")
    matcher = matcher_for(analyzer, corpus.texts)
    terms = [tuple(matcher.terms(t)) for t in corpus.texts]
    roles = [role(t, analyzer) for t in corpus.texts]
    assert tuple(_nodes(corpus.texts, terms, roles)[0]) == align(corpus, analyzer).node_of
