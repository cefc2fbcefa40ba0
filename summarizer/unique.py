"""Outlet-only content: facts one document alone reports, and details inside shared facts.

A detail is a phrase of one version of a shared fact holding a number or a name that no
other document of the set uses anywhere ("lebih dari 11.000 butir amunisi").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from .language import Analyzer, is_number, words
from .models import Corpus, Fact, UniqueItem

DETAIL_WEIGHT = 0.8  # a detail ranks a little below a whole fact of the same importance
_OPENERS = frozenset('"“‘«(')


SHARED = -1


def _sole_document(corpus: Corpus, terms: Sequence[Sequence[str]]) -> dict[str, int]:
    """For every term, the one document that uses it, or SHARED when several do."""
    owner: dict[str, int] = {}
    for i, ref in enumerate(corpus.refs):
        for term in terms[i]:
            if owner.setdefault(term, ref.document) != ref.document:
                owner[term] = SHARED
    return owner


_JOINERS_RE = re.compile(r"^[\s/:.\-]*$")
UNIT_WORDS = 3  # a number takes up to this many following words as its unit ("11.000 butir amunisi")


def _keys(tokens: Sequence[re.Match[str]], text: str) -> list[bool]:
    """Numbers, and capitalised words that do not merely start the sentence."""
    keys = []
    for n, token in enumerate(tokens):
        word = token.group()
        starts_sentence = not text[: token.start()].strip(" " + "".join(_OPENERS))
        following_capital = n + 1 < len(tokens) and tokens[n + 1].group()[:1].isupper()
        keys.append(is_number(word) or (word[:1].isupper() and (not starts_sentence or following_capital)))
    return keys


def detail_spans(text: str, analyzer: Analyzer, is_novel: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Character spans of names and numbers in `text` that no other document uses.

    A name is a run of capitalised words ("Kim Il Sung", "Aula Besar Rakyat"); a number
    brings its unit along. The span counts when one of its words is used by no other document.
    """
    tokens = words(text)
    keys = _keys(tokens, text)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not keys[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and keys[j + 1] and _JOINERS_RE.match(text[tokens[j].end() : tokens[j + 1].start()]):
            j += 1
        end = j
        if is_number(tokens[j].group()):
            k = j + 1
            while (
                k < len(tokens)
                and k - j <= UNIT_WORDS
                and analyzer.is_content(tokens[k].group())
                and not keys[k]
                and text[tokens[k - 1].end() : tokens[k].start()].strip() == ""
            ):
                end = k
                k += 1
        novel = any(
            analyzer.word_terms(t.group()) and all(is_novel(term) for term in analyzer.word_terms(t.group()))
            for t in tokens[i : end + 1]
        )
        if novel:
            spans.append((tokens[i].start(), tokens[end].end()))
        i = end + 1
    return spans


def find_unique(
    corpus: Corpus,
    facts: tuple[Fact, ...],
    fact_scores: np.ndarray,
    terms: Sequence[Sequence[str]],
    analyzer: Analyzer,
    per_document: int,
) -> tuple[UniqueItem, ...]:
    """The most important outlet-only facts and details of each document (`per_document` = 0: all)."""
    owner = _sole_document(corpus, terms)
    items: list[UniqueItem] = []
    for n, fact in enumerate(facts):
        docs = {corpus.refs[i].document for i in fact.members}
        if len(docs) == 1 and len(corpus.documents) > 1:
            (i,) = fact.members[:1]
            text = corpus.texts[i]
            items.append(UniqueItem(corpus.refs[i].document, i, "fact", text, float(fact_scores[n]), 0, len(text)))
            continue
        if len(docs) == 1:
            continue
        for i in fact.members:
            d = corpus.refs[i].document
            text = corpus.texts[i]
            for start, end in detail_spans(text, analyzer, lambda term, d=d: owner.get(term, d) == d):
                items.append(
                    UniqueItem(d, i, "detail", text[start:end], float(fact_scores[n]) * DETAIL_WEIGHT, start, end)
                )
    items.sort(key=lambda u: (u.document, -u.score, u.sentence, u.start))
    if per_document:
        kept: list[UniqueItem] = []
        for d in range(len(corpus.documents)):
            kept.extend([u for u in items if u.document == d][:per_document])
        items = kept
    return tuple(items)
