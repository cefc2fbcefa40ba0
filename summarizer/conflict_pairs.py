"""Which sentences are compared for conflicts: pairs of sentences of different reports that may give one fact's
values (sentences of one fact, linked claims, close restatements, values in a run of alike words, close dates of
one head word, sentences alike but for a name), each pairing bucketed or by one sparse product, so no pass is
quadratic in the sentences.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from .align import TOPIC_MIN_SENTENCES, TOPIC_SHARE, Alignment
from .conflict_compare import SHARED_CONTEXT, agree, close_dates, same_role, same_slot, weekday_clash
from .language import Analyzer, analyzer_for
from .models import Corpus, Fact
from .normalize import calendar_words, given_terms, is_value
from .slot_dates import ATTRIBUTION_WORDS, STATEMENT_WORDS
from .slot_names import SPEECH_WORDS
from .slot_times import TIME
from .slot_value import DATE, NAMES, NUMBER_MARK, PERSON, Value
from .slots import run_length

# Besides sentences of one fact, two sentences of different reports are compared when this share of the
# smaller one's words (values left out), and at least MIN_SHARED_WORDS of them, are in the other.
RESTATEMENT = 0.8
# Claim share (align.py) from which two sentences of different reports are compared.
LINKED = 0.6
MIN_SHARED_WORDS = 5
SHORT_SHARED_WORDS = 2  # ... or when all of the smaller one's words, at least this many, are ("Ada tiga bets yang
# ditarik." / "Sebanyak lima bets sirup harus ditarik dari apotek.")
# Large sets: words in more than this share of the value-holding sentences are left out of the overlap.
DENSE_SHARE = 0.05
DENSE_MIN_SENTENCES = 200
RUN_ANCHOR = 5  # ... and this many when nothing else pairs their sentences
ANCHOR_BUCKET = 50  # at most this many values compared by their run of words (see anchored)
SWAP_WORDS = 2  # content words, at least, around a name in two sentences alike but for it (see swapped)
STORY_PER_REPORT = 2  # the story's own words come back in more sentences than this per report (see story_words)
COPY_PAIRS = 4  # pairs of copies compared per pair of distinct sentences (wire copy; see find_conflicts)


def story_words(terms: Sequence[Sequence[str]], documents: int) -> frozenset[str]:
    """The story's own words ("Putin", "Korea", "quake"): in more than TOPIC_SHARE of a large set's sentences and
    in more than STORY_PER_REPORT sentences per report: a word each report gives once or twice is the words of a
    fact (in ten sentences of three reports, "partisipasi pemilih ... persen" of a turnout is no story's word)."""
    if len(terms) < TOPIC_MIN_SENTENCES:
        return frozenset()
    df: dict[str, int] = {}
    for sentence in terms:
        for term in set(sentence):
            df[term] = df.get(term, 0) + 1
    return frozenset(t for t, n in df.items() if n > max(TOPIC_SHARE * len(terms), STORY_PER_REPORT * documents))


def _first_pairs(left: Sequence[int], right: Sequence[int], corpus: Corpus, count: int) -> list[tuple[int, int]]:
    """The first `count` pairs, in sorted order, of a sentence of `left` and one of `right` (disjoint, ascending)
    from different reports: all that find_conflicts compares of two distinct sentences' copies."""
    out: list[tuple[int, int]] = []
    in_left = set(left)
    for x in sorted([*left, *right]):
        partners = right if x in in_left else left
        doc = corpus.refs[x].document
        for n in range(bisect_right(partners, x), len(partners)):
            y = partners[n]
            if corpus.refs[y].document != doc:
                out.append((x, y))
                if len(out) == count:
                    return out
    return out


def restatements(
    corpus: Corpus, terms: Sequence[Sequence[str]], candidates: Sequence[int], node_of: Sequence[int]
) -> list[tuple[int, int]]:
    """Pairs of sentences of different reports that say the same words around their values.

    Containment of the smaller sentence's words (numbers left out, so a changed value does not hide a
    restatement), by one sparse product over the distinct sentences (alignment nodes) that hold values;
    of two such sentences' copies, the first COPY_PAIRS pairs (all that find_conflicts compares).
    """
    if len(candidates) < 2:
        return []
    copies: dict[int, list[int]] = {}
    for i in candidates:
        copies.setdefault(node_of[i], []).append(i)
    nodes = list(copies)
    words = [[t for t in terms[copies[m][0]] if not is_value(t) and not any(c.isdigit() for c in t)] for m in nodes]
    vectorizer = CountVectorizer(analyzer=given_terms, binary=True, dtype=np.float64)
    try:
        matrix = sparse.csr_matrix(vectorizer.fit_transform(words))
    except ValueError:  # no words at all
        return []
    weight = np.array([len(copies[m]) for m in nodes], dtype=np.float64)
    df = np.asarray(matrix.T @ weight).ravel()  # sentences, copies included
    if len(candidates) > DENSE_MIN_SENTENCES:
        matrix = sparse.csr_matrix(matrix @ sparse.diags((df <= DENSE_SHARE * len(candidates)).astype(float)))
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    overlap = sparse.triu(matrix @ matrix.T, k=1).tocoo()  # copies of one sentence are never compared
    smaller = np.minimum(sizes[overlap.row], sizes[overlap.col])
    keep = (overlap.data >= MIN_SHARED_WORDS) & (overlap.data >= RESTATEMENT * np.maximum(smaller, 1))
    keep |= (overlap.data >= SHORT_SHARED_WORDS) & (overlap.data >= smaller)  # a short sentence, all in the other
    pairs = zip(overlap.row[keep].tolist(), overlap.col[keep].tolist(), strict=True)
    return sorted(p for a, b in pairs for p in _first_pairs(copies[nodes[a]], copies[nodes[b]], corpus, COPY_PAIRS))


def linked(
    corpus: Corpus, alignment: Alignment, holding: Sequence[bool], threshold: float = LINKED
) -> set[tuple[int, int]]:
    """Sentence pairs of different reports of which one states a claim of the other (Alignment.links, from a
    claim share of `threshold`); of two linked sentences' copies, the first COPY_PAIRS pairs (all that
    find_conflicts compares)."""
    members: dict[int, list[int]] = {}
    for i, node in enumerate(alignment.node_of):
        if holding[i]:
            members.setdefault(node, []).append(i)
    links = alignment.links.tocoo()
    pairs: set[tuple[int, int]] = set()
    for a, b, share in zip(links.row.tolist(), links.col.tolist(), links.data.tolist(), strict=True):
        if share < threshold or a not in members or b not in members:
            continue
        pairs.update(_first_pairs(members[a], members[b], corpus, COPY_PAIRS))
    return pairs


def anchored(corpus: Corpus, read: Sequence[Sequence[Value]]) -> set[tuple[int, int]]:
    """Sentence pairs of different reports with values of one slot in a long run of the same words
    (RUN_ANCHOR), however little else of the two sentences is alike: "carrying 216 passengers and 12 crew
    members" in a long sentence and in a short one. Not names: "the Climate Change Conference in Bali" and "...
    in Indonesia" are both right. Such a run shares its two words next to the value on one
    side, so values are bucketed by those and only a bucket's members are compared."""
    buckets: dict[tuple[str, tuple[str, ...]], list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        for v in found:
            for side, words in (("before", v.before[:2]), ("after", v.after[:2])):
                if len(words) == 2 and any(w != NUMBER_MARK for w in words):
                    buckets.setdefault((side, words), []).append((i, v))
    return {
        (min(i, j), max(i, j))
        for i, a, j, b in _bucket_pairs(corpus, buckets)
        if a.kind not in NAMES and same_slot(a, b) and run_length(a, b) >= RUN_ANCHOR
    }


def _bucket_pairs(
    corpus: Corpus, buckets: Mapping[Any, list[tuple[int, Value]]]
) -> Iterator[tuple[int, Value, int, Value]]:
    """Every two values of one bucket given in sentences of different reports, buckets of at most ANCHOR_BUCKET
    values only: a larger one is the set's stock phrase ("people were") or wire copies, which other pairings cover."""
    for members in buckets.values():
        if len(members) > ANCHOR_BUCKET:
            continue
        for x, (i, a) in enumerate(members):
            for j, b in members[x + 1 :]:
                if corpus.refs[i].document != corpus.refs[j].document:
                    yield i, a, j, b


def swapped(corpus: Corpus, read: Sequence[Sequence[Value]]) -> set[tuple[int, int]]:
    """Sentence pairs of different reports whose words run alike on both sides of a place or a person, as far as
    RUN_WINDOW content words or the sentence's ends ("Evacuees are being housed at the Dunmore Leisure Centre." /
    "... at St Anne's Church Hall."): the same sentence but for the name. Bucketed by those words."""
    buckets: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[int]] = {}
    for i, found in enumerate(read):
        for v in found:
            if v.kind in NAMES and len([w for w in (*v.before, *v.after) if w != NUMBER_MARK]) >= SWAP_WORDS:
                buckets.setdefault((v.kind, v.before, v.after), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > ANCHOR_BUCKET:
            continue
        for x, i in enumerate(members):
            pairs.update(
                (min(i, j), max(i, j)) for j in members[x + 1 :] if corpus.refs[i].document != corpus.refs[j].document
            )
    return pairs


def compared(
    corpus: Corpus, facts: Sequence[Fact], alignment: Alignment, read: Sequence[Sequence[Value]], analyzer: Analyzer
) -> tuple[set[tuple[int, int]], set[tuple[int, int]], set[tuple[int, int]]]:
    """The sentence pairs find_conflicts compares, those of them that are only loosely linked (see below), and those
    paired only for being alike but for a name (`swapped`)."""
    holders = [i for i, found in enumerate(read) if found]
    pairs = set(restatements(corpus, alignment.terms, holders, alignment.node_of))
    holding = [bool(found) for found in read]
    pairs |= linked(corpus, alignment, holding)
    for fact in facts:
        per_node: dict[int, int] = {}
        members = []
        for i in fact.members:
            if read[i] and per_node.get(alignment.node_of[i], 0) <= COPY_PAIRS:
                per_node[alignment.node_of[i]] = per_node.get(alignment.node_of[i], 0) + 1
                members.append(i)
        for x, i in enumerate(members):
            pairs.update((i, j) for j in members[x + 1 :] if corpus.refs[i].document != corpus.refs[j].document)
    pairs |= anchored(corpus, read)
    pairs |= dated(corpus, read, story_words(alignment.terms, len(corpus.documents)), analyzer, alignment.terms)
    pairs |= titled(corpus, read)
    swaps = swapped(corpus, read) - pairs
    pairs |= swaps
    # Claims that come close (align.UNSTATED) but not that close: a changed value lowers the share, as the value
    # is a rare word of the claim. Compared only where the words around the two values run alike.
    loose = linked(corpus, alignment, holding, 0.0) - pairs
    return pairs | loose, loose, swaps


def titled(corpus: Corpus, read: Sequence[Sequence[Value]]) -> set[tuple[int, int]]:
    """Sentence pairs of different reports naming a person with one title and a name word in common, in other
    forms (conflict_compare.same_role), however the rest is worded. Bucketed by title and name word."""
    buckets: dict[tuple[str, str], list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        for v in found:
            if v.kind == PERSON and v.title and len(v.value) > 1:
                for word in v.value:
                    buckets.setdefault((v.title, str(word)), []).append((i, v))
    # "Budi Santoso" / "Budi Hartono": two people, no pair
    return {
        (min(i, j), max(i, j))
        for i, a, j, b in _bucket_pairs(corpus, buckets)
        if a.value != b.value and same_role(a, b)
    }


def single_heads(corpus: Corpus, read: Sequence[Sequence[Value]]) -> frozenset[str]:
    """Head words of dates (Value.bound) to which no report binds two dates that disagree: a report that
    gives "the March 11 earthquake" and "the February 27 earthquake" tells of two events."""
    given: dict[tuple[int, str], list[Value]] = {}
    for i, found in enumerate(read):
        for v in found:
            for head in v.bound:
                given.setdefault((corpus.refs[i].document, head), []).append(v)
    heads = {head for _, head in given}
    for (_, head), dates in given.items():
        if any(not agree(a, b) for n, a in enumerate(dates) for b in dates[n + 1 :]):
            heads.discard(head)
    return frozenset(heads)


@lru_cache(maxsize=16)
def _calendar_stems(language: str) -> frozenset[str]:
    analyzer = analyzer_for(language)
    return frozenset(t for word in calendar_words(language) for t in analyzer.word_terms(word))


def dated(
    corpus: Corpus,
    read: Sequence[Sequence[Value]],
    common: frozenset[str],
    analyzer: Analyzer,
    terms: Sequence[Sequence[str]] = (),
) -> set[tuple[int, int]]:
    """Sentence pairs of different reports with close dates (close_dates) bound to one head word (see
    bound_together) or with SHARED_CONTEXT stems around them in common, the story's own words aside, however
    little else their sentences share: the story's own event told in other words around it; or given with one day
    name (weekday_clash) in sentences with a word in common besides the story's own and the calendar's (`terms`:
    the sentences' match terms). Dates are bucketed by their head words, context stems and day names, so it is
    no quadratic pass."""
    # "Kamis (8/6)" and "Kamis (8/7)": a weekday says nothing of a slot
    common = common | _calendar_stems(analyzer.language)
    buckets: dict[str, list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        for v in found:
            if v.kind != DATE or v.slot in ({"year"}, {"weekday"}, {TIME}):  # a weekday only with a weekday, ...
                continue
            weekday = {f"@{v.weekday}"} if v.weekday is not None else set()
            for key in v.bound | (v.context - common) | weekday:
                buckets.setdefault(key, []).append((i, v))
    pairs: set[tuple[int, int]] = set()
    for i, a, j, b in _bucket_pairs(corpus, buckets):
        if not close_dates(a, b):
            continue
        near = a.bound & b.bound or len((a.context & b.context) - common) >= SHARED_CONTEXT
        one_day = terms and weekday_clash(a, b) and _words_of(terms[i]) & _words_of(terms[j]) - common
        if near or one_day:
            pairs.add((min(i, j), max(i, j)))
    return pairs


def _words_of(terms: Sequence[str]) -> set[str]:
    return {t for t in terms if t.isalpha()}


CONSENSUS_REPORTS = 3  # a day this many reports give is the story's day of an event (see consensus)
ATTRIBUTION_NEAR = 3  # content words on each side of a date in which a word of speech makes it the day of a statement


@lru_cache(maxsize=16)
def _said_stems(language: str) -> frozenset[str]:
    analyzer = analyzer_for(language)
    words = SPEECH_WORDS.get(language, frozenset()) | ATTRIBUTION_WORDS | STATEMENT_WORDS
    return frozenset(t for word in words for t in analyzer.word_terms(word)[:1])


def day_key(v: Value) -> tuple[int, int] | None:
    """(month, day) of a date that gives both, whatever its year; None for any other value."""
    if v.kind != DATE or "day" not in v.slot or TIME in v.slot or len(v.value) != 3:
        return None
    _, month, day = v.value
    return None if month is None or day is None else (int(month), int(day))  # type: ignore[arg-type]


def years_apart(a: Value, b: Value) -> bool:
    """Two dates whose years are both given and differ ("12 January 2010" / "15 January 2024"): never close days."""
    return a.value[0] is not None and b.value[0] is not None and a.value[0] != b.value[0]


def near_days(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two (month, day) keys one part apart as rival accounts of one day are (close_dates): the day by at most a
    week, or the month by one."""
    if a[0] == b[0]:
        return 0 < abs(a[1] - b[1]) <= 7
    return a[1] == b[1] and (abs(a[0] - b[0]) == 1 or abs(a[0] - b[0]) == 11)


def consensus(
    corpus: Corpus, read: Sequence[Sequence[Value]], analyzer: Analyzer
) -> tuple[dict[tuple[int, int], list[tuple[Value, Value]]], frozenset[tuple[int, int]]]:
    """Sentence pairs of a date only one report gives and a close day (near_days) that CONSENSUS_REPORTS reports
    or more give and that report never does ("struck on 15 January" against three reports' "12 January"), with a
    stem around the two in common (the story's own words count here: the consensus says which day it is), each
    with the two dates to compare (in the pair's order; nothing else of the pair is compared for it), and the
    consensus days. A day two reports give, or one the report gives beside the consensus day, is another event's;
    a day a thing was said ("released a statement on June 2 saying") is not the event's; nor is a day of another
    year, a day to come ("will be sworn in on 20 May") or another event of the kind ("an aftershock": Value.marks)
    when the consensus day is not one."""
    said = _said_stems(analyzer.language)
    givers: dict[tuple[int, int], set[int]] = {}
    where: dict[tuple[int, int], list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        for v in found:
            key = day_key(v)
            if key is not None:
                givers.setdefault(key, set()).add(corpus.refs[i].document)
                where.setdefault(key, []).append((i, v))
    agreed = frozenset(k for k, docs in givers.items() if len(docs) >= CONSENSUS_REPORTS)
    pairs: dict[tuple[int, int], list[tuple[Value, Value]]] = {}
    for key, docs in givers.items():
        if len(docs) != 1:
            continue
        (d,) = docs
        for day in agreed:
            if not near_days(key, day):
                continue
            beside = d in givers[day]  # the report gives the consensus day too: only in the same words
            for i, a in where[key]:
                if said & {*a.before[:ATTRIBUTION_NEAR], *a.after[:ATTRIBUTION_NEAR]}:
                    continue
                for j, b in where[day]:
                    if a.marks != b.marks or years_apart(a, b) or corpus.refs[i].document == corpus.refs[j].document:
                        continue
                    if beside and not (a.bound & b.bound or a.value[0] is not None and b.value[0] is not None):
                        continue  # another day a report gives beside the story's own is in a bound or whole date
                    if a.context & b.context or a.bound & b.bound:
                        compared = pairs.setdefault((min(i, j), max(i, j)), [])
                        if (a, b) not in compared and (b, a) not in compared:
                            compared.append((a, b) if i < j else (b, a))
    return pairs, agreed
