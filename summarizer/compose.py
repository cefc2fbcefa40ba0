"""Composing: choose facts for the brief under a length budget, without repeating one, in story order."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from . import concepts
from .claims import CLAIM
from .models import BriefItem, Corpus, Fact
from .options import Options
from .submodular import Budget, select

MMR_LAMBDA = 0.7  # weight of importance against novelty in maximal marginal relevance
REDUNDANT = 0.5  # a candidate this similar to a chosen sentence says nothing new
MIN_BRIEF_WORDS = 6  # shorter sentences rarely stand on their own in a brief
GRAM_FACTS = 1000  # up to this many facts MMR reads their similarities from one dense matrix (at most 8 MB)


def word_count(text: str) -> int:
    """Words as the budget counts them: whitespace-separated, as DUC/TAC's ROUGE length limit counts them."""
    return len(text.split())


def fact_scores(facts: Sequence[Fact], sentence_scores: np.ndarray) -> np.ndarray:
    """A fact is as important as its most important version."""
    return np.array([max(sentence_scores[i] for i in f.members) for f in facts]) if facts else np.zeros(0)


def representative(fact: Fact, terms: Sequence[Sequence[str]], scores: np.ndarray) -> int:
    """The most complete version of a fact: it covers most of the words all versions use."""
    if len(fact.members) == 1:  # most facts of a day's feed: one sentence of one report
        return fact.members[0]
    union = set().union(*(terms[i] for i in fact.members))
    return min(fact.members, key=lambda i: (-len(union & set(terms[i])), -scores[i], i))


def _truncate(text: str, limit: int) -> str:
    """The first `limit` words of `text`, marked as cut by an ellipsis joined to the last word."""
    words = text.split()
    if len(words) <= limit:
        return text
    return " ".join(words[:limit]).rstrip(",;:") + "…"


def compose(
    corpus: Corpus,
    facts: Sequence[Fact],
    sentence_scores: np.ndarray,
    matrix: sparse.csr_matrix,
    terms: Sequence[Sequence[str]],
    options: Options,
    roles: Sequence[str] = (),
    kin: Sequence[int] = (),
) -> tuple[BriefItem, ...]:
    """Pick facts until the budget is spent and order them as a story.

    "submodular" selects by coverage and diversity (submodular.py), "concepts" by concept coverage (concepts.py,
    which reads the sentences' `roles`); every other method, ours ("tfidf") included, by maximal marginal
    relevance over its own scores, so those differ in scoring only. `kin`: per fact, the fact it is one with
    (outlets that give it with different values, pipeline.disputed_facts): one of them is told, not each.
    """
    scores = fact_scores(facts, sentence_scores)
    top = float(scores.max()) if len(scores) else 1.0
    if options.method == "submodular":
        chosen = _submodular(corpus, facts, matrix, options)
    elif options.method == "concepts":
        costs = np.array([word_count(t) for t in corpus.texts], dtype=float)
        budget = Budget(options.sentence_budget, options.words, options.fill)
        chosen = concepts.select(corpus, facts, terms, roles, costs, budget)
    else:
        chosen = _mmr(corpus, facts, sentence_scores, scores, matrix, terms, options, kin, roles)
    fact_of = {i: n for n, fact in enumerate(facts) for i in fact.members}
    items = []
    for i in chosen:
        n = fact_of[i]
        docs = tuple(sorted({corpus.refs[m].document for m in facts[n].members}))
        items.append(
            BriefItem(
                fact=facts[n].id,
                sentence=i,
                documents=docs,
                score=round(scores[n] / (top or 1.0), 4),
                text=corpus.texts[i],
            )
        )
    items = story_order(corpus, items)
    if options.fill and options.words is not None and items:
        items = _fill(items, options.words)
    return tuple(items)


def _submodular(corpus: Corpus, facts: Sequence[Fact], matrix: sparse.csr_matrix, options: Options) -> list[int]:
    costs = np.array([word_count(t) for t in corpus.texts], dtype=float)
    eligible = costs >= MIN_BRIEF_WORDS
    if not eligible.any():  # only short sentences: better a short brief than none
        eligible = np.ones(len(costs), dtype=bool)
    return select(corpus, facts, matrix, costs, eligible, Budget(options.sentence_budget, options.words, options.fill))


def _mmr(
    corpus: Corpus,
    facts: Sequence[Fact],
    sentence_scores: np.ndarray,
    scores: np.ndarray,
    matrix: sparse.csr_matrix,
    terms: Sequence[Sequence[str]],
    options: Options,
    kin: Sequence[int] = (),
    roles: Sequence[str] = (),
) -> list[int]:
    """Representatives of the facts by maximal marginal relevance, in the order chosen. Facts told in a short sentence
    (under MIN_BRIEF_WORDS words) come only once the others are spent, and then only claims ("Power failed across
    the city.", which three reports give, not a fragment): a small set's brief had room and left them out."""
    top = float(scores.max()) if len(scores) else 1.0
    reps = [representative(f, terms, sentence_scores) for f in facts]
    candidates = [n for n in range(len(facts)) if word_count(corpus.texts[reps[n]]) >= MIN_BRIEF_WORDS]
    long = set(candidates)
    later = [n for n in range(len(facts)) if n not in long and (not roles or roles[reps[n]] == CLAIM)]
    if not candidates:  # only short sentences: better a short brief than none
        candidates, later = list(range(len(facts))), []
    candidates.sort(key=lambda n: (-scores[n], reps[n]))
    later.sort(key=lambda n: (-scores[n], reps[n]))

    sentence_limit = options.sentence_budget
    word_limit = options.words
    chosen: list[int] = []
    used_words = 0
    similarity = np.zeros(len(facts))
    gram = None
    if 0 < len(facts) <= GRAM_FACTS:  # every pair in one product: the same sums, term by term, as a row at a time
        rows = matrix if reps == list(range(matrix.shape[0])) else matrix[reps]  # one report: every row, in order
        gram = (rows @ rows.T).toarray()
    while candidates or later:
        if not candidates:
            candidates, later = later, []
        if sentence_limit is not None and len(chosen) >= sentence_limit:
            break
        if word_limit is not None and used_words >= word_limit:
            break
        gains = MMR_LAMBDA * scores[candidates] / (top or 1.0) - (1 - MMR_LAMBDA) * similarity[candidates]
        best = candidates.pop(int(np.argmax(gains)))
        if similarity[best] >= REDUNDANT:
            continue
        length = word_count(corpus.texts[reps[best]])
        if word_limit is not None and used_words + length > word_limit and not options.fill:
            continue
        chosen.append(best)
        used_words += length
        pending = candidates + later
        others = [reps[n] for n in pending]
        if others and gram is not None:
            sims = gram[pending, best]
        elif others:
            sims = np.asarray((matrix[others] @ matrix[reps[best]].T).todense()).ravel()
        if others:
            similarity[pending] = np.maximum(similarity[pending], sims)
            if kin:  # a fact one with the chosen one (rival values of it) is as good as told
                same = [n for n in pending if kin[n] == kin[best]]
                similarity[same] = np.maximum(similarity[same], REDUNDANT)

    return [reps[n] for n in chosen]


def story_order(corpus: Corpus, items: list[BriefItem]) -> list[BriefItem]:
    """Earlier reports first, then by where the sentence sits in its report, so the brief reads as a story."""
    known = sorted(d.published for d in corpus.documents if d.published)
    undated = known[-1] if known else ""

    def key(item: BriefItem) -> tuple[str, float, int]:
        doc = corpus.documents[corpus.refs[item.sentence].document]
        return (doc.published or undated, corpus.relative_position(item.sentence), item.sentence)

    return sorted(items, key=key)


def _fill(items: list[BriefItem], words: int) -> list[BriefItem]:
    """Cut the brief to exactly `words` words (fewer only if the chosen sentences run out)."""
    out: list[BriefItem] = []
    left = words
    for item in items:
        if left <= 0:
            break
        count = word_count(item.text)
        if count > left:
            item = BriefItem(item.fact, item.sentence, item.documents, item.score, _truncate(item.text, left))
            count = left
        out.append(item)
        left -= count
    return out
