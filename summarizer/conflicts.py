"""Conflicts: where outlets that report one fact give different values of the same slot.

Each sentence is read into slot values (slots.py: dates, years, scores, numbers with their unit, places and
persons). Two reports disagree on a slot when some value of one has a value of one quantity in the other
(same slot, and the words around the two say so), and neither value agrees with any same-slot value of the
other report. Values agree when they are equal or one is a consistent restatement of the other: a bound
("more than 11,000" and "11,000"), a rounding ("about 40,000" and 40,312, "45 million" and 45.3 million), a
date with fewer parts ("19 Juni" and "19/6/2024"), a form of one name ("Putin", "Vladimir Putin"). A year
("sejak tahun 2000") and a count of years ("24 tahun") are different slots.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from .align import TOPIC_MIN_SENTENCES, TOPIC_SHARE, Alignment
from .language import WORD_RE, Analyzer, analyzer_for
from .models import Conflict, ConflictKind, ConflictValue, Corpus, Fact, UniqueItem
from .normalize import calendar_words, given_terms, is_value
from .slots import (
    DATE,
    DESTINATION,
    NAMES,
    NUMBER,
    NUMBER_MARK,
    Value,
    name_marks,
    run_length,
    same_name,
    values,
    word_marks,
)

ROUNDING = 0.05  # a round number may differ by this share from a precise one it rounds
APPROXIMATE = 0.10  # ... and by this share when an outlet says "about"
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
SHARED_CONTEXT = 2  # two values are one quantity only when their contexts share this many stems (dates: one less)
RUN_SAME = 2  # two values of one slot whose neighbouring words run alike for this many stems are one quantity
RUN_ANCHOR = 5  # ... and this many when nothing else pairs their sentences
ANCHOR_BUCKET = 50  # at most this many values compared by their run of words (see anchored)
SWAP_WORDS = 2  # content words, at least, around a name in two sentences alike but for it (see swapped)
RUN_LOOSE = 3  # ... and this many when their sentences only come close to stating one claim (align.UNSTATED)
BOUND_DAYS = 7  # two dates bound to one head word are one slot when they differ by at most this many days
TWO_EVENTS = 2  # two sentences that differ in this many slots at once tell of two events (see _slots_compared)
STORY_PER_REPORT = 2  # the story's own words come back in more sentences than this per report (see _common)
COPY_PAIRS = 4  # pairs of copies compared per pair of distinct sentences (wire copy; see find_conflicts)


def agree(a: Value, b: Value) -> bool:
    """True when the two values can both be right: equal, a bound the other meets, or a rounding of it."""
    if a.kind in NAMES:
        return same_name(a, b)
    if a.kind == DATE:
        return all(x is None or y is None or x == y for x, y in zip(a.value, b.value, strict=True))
    if len(a.value) != 1 or len(b.value) != 1:  # scores and ranges agree only when equal
        return a.value == b.value
    x, y = float(a.value[0]), float(b.value[0])  # type: ignore[arg-type]
    if x == y:
        return True
    if a.qualifier == b.qualifier and a.qualifier in ("over", "under"):  # "nearly 90%" and "nearly 60%" differ
        return abs(x - y) <= APPROXIMATE * max(abs(x), abs(y))
    for p, q in ((a, b), (b, a)):
        px, qx = float(p.value[0]), float(q.value[0])  # type: ignore[arg-type]
        if p.qualifier == "over" and qx >= px or p.qualifier == "under" and qx <= px:
            return True
        share = abs(px - qx) / max(abs(px), abs(qx))
        if p.qualifier == "about" and share <= APPROXIMATE:
            return True
        coarse = p.precision > q.precision and (p.precision >= 100 or q.precision < 1)
        if coarse and abs(px - qx) <= p.precision / 2 and share <= ROUNDING:
            return True
    return False


def _covers(o: Value, v: Value) -> bool:
    """A date vouches for another only when it gives every part the other gives: a bare year (the "2017" of
    "Clasico 2017") says nothing about the day of "23/12/2017"; "19 Juni" and "19/6/2024" vouch for each other
    through the full date."""
    return o.kind != DATE or all(y is not None for x, y in zip(v.value, o.value, strict=True) if x is not None)


def _same_slot(a: Value, b: Value) -> bool:
    return a.kind == b.kind and bool(a.slot & b.slot)


def _close(a: Value, b: Value) -> bool:
    """Two dates that differ a little in one part, as rival accounts of one day do: the day by at most
    BOUND_DAYS, or the month or the year by one. Two events a story follows differ a lot ("the February 27
    earthquake", "the March 11 earthquake") or in more than one part."""
    if len(a.value) != len(b.value):  # a weekday and a date
        return False
    differ = [
        (x, y, n)
        for n, (x, y) in enumerate(zip(a.value, b.value, strict=True))
        if x is not None and y is not None and x != y
    ]
    if len(differ) != 1:
        return False
    x, y, part = differ[0]
    step = abs(int(x) - int(y))  # type: ignore[arg-type]
    return step <= (1, 1, BOUND_DAYS)[part] or part == 1 and step == 11  # December and January are one month apart


def _bound_together(a: Value, b: Value, heads: frozenset[str]) -> bool:
    """Dates bound to one head word ("the July 7 bombings" / "the July 10 bombings"; "the tsunami of December
    26" / "tsunami 23 Desember"), that head naming one date per report in the cluster (`heads`), and close:
    one slot even when the head is the story's own word."""
    return a.kind == DATE == b.kind and bool(a.bound & b.bound & heads) and _close(a, b)


def _weekday_clash(a: Value, b: Value) -> bool:
    """Close dates (_close) given with one day name ("On Sunday, January 16" / "On Sunday, January 19"): both
    cannot be that day unless they are whole weeks apart, so two reports that give them tell of one day."""
    if a.kind != DATE or b.kind != DATE or a.weekday is None or a.weekday != b.weekday or not _close(a, b):
        return False
    year = next((int(y) for y in (a.value[0], b.value[0]) if y is not None), 2001)  # type: ignore[arg-type]
    try:
        x, y = (datetime.date(int(v[0] or year), int(v[1]), int(v[2])) for v in (a.value, b.value))  # type: ignore[arg-type]
    except (TypeError, ValueError):  # a date without its day or month
        return False
    return (x - y).days % 7 != 0


def _same_quantity(
    a: Value, b: Value, common: frozenset[str], heads: frozenset[str] = frozenset(), anchored: bool = False
) -> bool:
    """Same slot and enough shared context, the story's own words aside, to be two reports' values of one quantity;
    one stem less when the two are `anchored` (see _anchor)."""
    if _bound_together(a, b, heads) or _weekday_clash(a, b):
        return True
    if a.kind == DATE and (a.slot == {"year"}) != (b.slot == {"year"}):
        return False  # a bare year dates something else than a full date does ("beredar sejak 2019" / "Kamis (10/4)")
    needed = SHARED_CONTEXT - 1 if a.kind == DATE and "day" in a.slot & b.slot else SHARED_CONTEXT
    if a.kind == NUMBER and a.slot != b.slot:
        needed += 1  # units that only partly meet ("12 people injured", "45 people missing") need more
    needed = max(1, needed - anchored)
    if not _same_slot(a, b):
        return False
    if a.kind in NAMES:  # a name fills the same slot only in the same words: "in the town of X", "said minister X"
        destinations = DESTINATION in a.slot & b.slot  # or as where one thing was going ("way to X", "headed for Y")
        return run_length(a, b) >= RUN_SAME or destinations and len((a.context & b.context) - common) >= needed
    if "weekday" in a.slot:  # "on Thursday": only in a longer run of the same words ("ujar X, Senin" is no fact's
        return run_length(a, b) >= RUN_LOOSE  # day: two outlets quote on different days)
    return len((a.context & b.context) - common) >= needed or run_length(a, b) >= RUN_SAME


def _common(terms: Sequence[Sequence[str]], documents: int) -> frozenset[str]:
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
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > ANCHOR_BUCKET:
            continue  # the set's stock phrase ("people were"), or wire copies: the other pairings cover those
        for x, (i, a) in enumerate(members):
            for j, b in members[x + 1 :]:
                other = corpus.refs[i].document != corpus.refs[j].document
                if other and a.kind not in NAMES and _same_slot(a, b) and run_length(a, b) >= RUN_ANCHOR:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


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
    pairs |= dated(corpus, read, _common(alignment.terms, len(corpus.documents)), analyzer, alignment.terms)
    swaps = swapped(corpus, read) - pairs
    pairs |= swaps
    # Claims that come close (align.UNSTATED) but not that close: a changed value lowers the share, as the value
    # is a rare word of the claim. Compared only where the words around the two values run alike.
    loose = linked(corpus, alignment, holding, 0.0) - pairs
    return pairs | loose, loose, swaps


def _single_heads(corpus: Corpus, read: Sequence[Sequence[Value]]) -> frozenset[str]:
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
    """Sentence pairs of different reports with close dates (_close) bound to one head word (see
    _bound_together) or with SHARED_CONTEXT stems around them in common, the story's own words aside, however
    little else their sentences share: the story's own event told in other words around it; or given with one day
    name (_weekday_clash) in sentences with a word in common besides the story's own and the calendar's (`terms`:
    the sentences' match terms). Dates are bucketed by their head words, context stems and day names, so it is
    no quadratic pass."""
    # "Kamis (8/6)" and "Kamis (8/7)": a weekday says nothing of a slot
    common = common | _calendar_stems(analyzer.language)
    buckets: dict[str, list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        for v in found:
            if v.kind != DATE or v.slot in ({"year"}, {"weekday"}):  # a weekday is compared with a weekday only
                continue
            weekday = {f"@{v.weekday}"} if v.weekday is not None else set()
            for key in v.bound | (v.context - common) | weekday:
                buckets.setdefault(key, []).append((i, v))
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > ANCHOR_BUCKET:
            continue
        for x, (i, a) in enumerate(members):
            for j, b in members[x + 1 :]:
                if corpus.refs[i].document == corpus.refs[j].document or not _close(a, b):
                    continue
                near = a.bound & b.bound or len((a.context & b.context) - common) >= SHARED_CONTEXT
                one_day = terms and _weekday_clash(a, b) and _words_of(terms[i]) & _words_of(terms[j]) - common
                if near or one_day:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _words_of(terms: Sequence[str]) -> set[str]:
    return {t for t in terms if t.isalpha()}


def find_conflicts(
    corpus: Corpus, facts: Sequence[Fact], alignment: Alignment, analyzer: Analyzer
) -> tuple[Conflict, ...]:
    """Values of one quantity that two reports of one fact give differently, grouped per fact.

    Compared (see `compared`): sentences of different reports in one fact, sentences one of which states a claim
    of the other, close restatements (a changed value may have moved a sentence out of its fact), values in a run
    of alike words (`anchored`), close dates with one head word (`dated`), sentences alike but for a name
    (`swapped`), and claims that only come close where the words next to the values run alike.
    """
    if len(corpus.documents) < 2:  # one report disagrees with none (most stories of a day's feed)
        return ()
    distinct = {text: values(text, analyzer) for text in dict.fromkeys(corpus.texts)}  # wire copies: read once
    read = [distinct[text] for text in corpus.texts]
    fact_of = {i: n for n, fact in enumerate(facts) for i in fact.members}
    pairs, loose, swaps = compared(corpus, facts, alignment, read, analyzer)

    anywhere: dict[int, set[tuple[str, Any]]] = {}  # names' marks of every report
    mentions: dict[int, dict[tuple[str, Any], list[Value]]] = {}  # (slot word, value) -> each report's mentions
    for i, found in enumerate(read):
        d = corpus.refs[i].document
        # a bare year says too little about what it dates to vouch for another mention of that year
        for v in found:
            for w in v.slot if v.slot != {"year"} else ():
                mentions.setdefault(d, {}).setdefault((w, v.value), []).append(v)
        anywhere.setdefault(d, set()).update(name_marks(corpus.texts[i]))

    share: dict[tuple[int, int], list[int]] = {}  # (fact, report) -> the report's sentences in the fact
    for n, fact in enumerate(facts):
        for m in fact.members:
            share.setdefault((n, corpus.refs[m].document), []).append(m)
    owned: dict[int, _Own] = {}
    common = _common(alignment.terms, len(corpus.documents))

    def own(i: int) -> _Own:
        """The values a report gives in the sentence and in the rest of its share of the fact, and anywhere."""
        if i not in owned:
            d = corpus.refs[i].document
            same = share[(fact_of[i], d)]
            found = [(m, v) for m in sorted({i, *same}) for v in read[m]]
            owned[i] = _Own(found, anywhere[d], mentions.get(d, {}), common)
        return owned[i]

    heads = _single_heads(corpus, read)
    clashes: list[tuple[ConflictKind, dict[int, tuple[int, Value]]]] = []
    node_of = alignment.node_of
    tried: dict[tuple[int, int], int] = {}
    for i, j in sorted(pairs):
        # Copies (one node) give the same values; of many copies of two sentences a few pairs are enough:
        # wire copy in a large set made this loop quadratic in the copies.
        key = (min(node_of[i], node_of[j]), max(node_of[i], node_of[j]))
        if key[0] == key[1] and corpus.texts[i] == corpus.texts[j] or tried.get(key, 0) >= COPY_PAIRS:
            # one node of different texts: the match terms leave out what differs ("3-day" / "4-day": "day")
            continue
        tried[key] = tried.get(key, 0) + 1
        d, e = corpus.refs[i].document, corpus.refs[j].document
        left = [(i, v) for v in read[i]]
        right = [(j, v) for v in read[j]]
        vouched = key in alignment.crossed  # the semantic matcher read one fact but for its values
        run = RUN_LOOSE if (i, j) in loose and not vouched else 0
        differ, agreeing, dated = _slots_compared(read[i], read[j], common, heads, run)
        if differ >= TWO_EVENTS and not agreeing and (dated or fact_of[i] != fact_of[j]):
            # two events, not two accounts of one; within one fact, only when one of them is another day: early
            # and late reports of one quake differ in magnitude and toll at once ("6.1, 12 injured" / "6.3, 15")
            continue
        for (_, a), (_, b) in _clashing(
            left, right, own(i), own(j), common, heads, run, (i, j) in swaps, anchored=agreeing, vouched=vouched
        ):
            _merge(clashes, a.kind, {d: (i, a), e: (j, b)})
    conflicts: list[Conflict] = []
    for kind, per_doc in clashes:
        given = tuple(ConflictValue(d, i, v.start, v.end, v.surface) for d, (i, v) in sorted(per_doc.items()))
        conflicts.append(Conflict(facts[fact_of[given[0].sentence]].id, kind, given))
    return tuple(
        sorted(conflicts, key=lambda c: (fact_of[c.values[0].sentence], c.values[0].sentence, c.values[0].start))
    )


def _slots_compared(
    left: Sequence[Value], right: Sequence[Value], common: frozenset[str], heads: frozenset[str], run: int
) -> tuple[int, bool, bool]:
    """How many values of one quantity differ in two sentences (the fewer of the two sides' counts: values with a
    rival of one quantity in the other sentence and no agreeing one), and whether any agree. Two sentences that
    differ in TWO_EVENTS slots or more at once and agree in none (a depth and a distance, a magnitude and a date)
    tell of two events, not two accounts of one: a report that disagrees changes one value. Two that agree in one
    slot tell of one event: their other values are compared on one context stem less (_same_quantity). The last
    of the three: whether a date is among the values that differ."""

    def differing(these: Sequence[Value], others: Sequence[Value]) -> tuple[int, int, bool]:
        count = same = 0
        dated = False
        for a in these:
            rivals = [
                b
                for b in others
                if _same_quantity(a, b, common, heads)
                and (run_length(a, b) >= run or _bound_together(a, b, heads) or _weekday_clash(a, b))
            ]
            agreeing = any(agree(a, b) for b in rivals)
            count += bool(rivals) and not agreeing
            same += agreeing
            dated = dated or bool(rivals) and not agreeing and a.kind == DATE
        return count, same, dated

    (x, same, dated), (y, _, _) = differing(left, right), differing(right, left)
    return min(x, y), bool(same), dated


@dataclass(frozen=True)
class _Own:
    """What one report gives: its values in a sentence's fact (`fact`), the marks of every name it gives, and every
    mention of each value by slot word; the story's own words (`common`) count for no fit."""

    fact: Sequence[tuple[int, Value]]
    marks: set[tuple[str, Any]]
    mentions: dict[tuple[str, Any], list[Value]]
    common: frozenset[str]

    def vouches(self, v: Value, rival: Value | None) -> bool:
        """This report gives a value agreeing with `v` (of another report) in v's slot: in the fact, or the same
        value anywhere. When the `rival` (this report's value that v is compared with) is in the same words as v
        (_near), only a mention in the same words as v too, or fitting v no worse than the rival, vouches: "the
        July 10 bombings ... on the morning of July 7" contradicts "the July 7 bombings", and "killing all 528
        people on board" contradicts "killing all 228 people on board" though the report says "a total of 228
        people" elsewhere; a toll that rose ("the quake killed 20 people" ... "the quake had killed 25 people")
        still vouches for another report's "the quake killed 25 people"."""
        strict = rival is not None and _near(rival, v)
        floor = _fit(rival, v, self.common) if rival is not None and strict else (False, 0, 0)

        def fits(o: Value) -> bool:
            return not strict or _near(o, v) or _fit(o, v, self.common) >= floor

        if any(fits(o) for w in v.slot for o in self.mentions.get((w, v.value), ())):
            return True
        return any(
            o.kind == v.kind and (_same_slot(v, o) or o.value == v.value) and agree(v, o) and _covers(o, v) and fits(o)
            for _, o in self.fact
        )


def _near(a: Value, b: Value) -> bool:
    """Two values in the same words: bound to one head word, or RUN_LOOSE stems running alike next to them."""
    return bool(a.bound & b.bound) or run_length(a, b) >= RUN_LOOSE or _weekday_clash(a, b)


def _fit(a: Value, b: Value, common: frozenset[str]) -> tuple[bool, int, int]:
    """How well two values' words say they are one quantity: one head word, the run of words next to them, the
    stems around them in common (the story's own words aside)."""
    return bool(a.bound & b.bound), run_length(a, b), len((a.context & b.context) - common)


def _clashing(
    left: Sequence[tuple[int, Value]],
    right: Sequence[tuple[int, Value]],
    left_own: _Own,
    right_own: _Own,
    common: frozenset[str],
    heads: frozenset[str],
    run: int = 0,
    whole_names: bool = False,
    anchored: bool = False,
    vouched: bool = False,
) -> list[tuple[tuple[int, Value], tuple[int, Value]]]:
    """Values of one quantity in two sentences, neither agreeing with any such value its other report gives.
    With `whole_names` (sentences alike but for a name), only the whole name elsewhere vouches for a name: the
    "Dunmore" of "the town of Dunmore" says nothing of "the Dunmore Leisure Centre". With `anchored` (the two
    sentences agree on another value), a sole value of one slot is compared on one context stem less. With
    `vouched` (align's semantic matcher read the two sentences as one fact: Alignment.crossed), numbers and dates
    of one slot are one quantity without shared words around them."""

    def explained(v: Value, other: _Own, rival: Value | None = None) -> bool:
        """The other report gives an agreeing value in this slot of the fact (this very value in any slot), or
        this value in this slot anywhere (_Own.vouches); a name anywhere, in any form."""
        if v.kind not in NAMES:
            return other.vouches(v, rival)
        if other.vouches(v, None):
            return True
        if whole_names:
            return {("name", str(w)) for w in v.value} <= other.marks
        return bool(word_marks(WORD_RE.findall(v.surface)) & other.marks)  # named anywhere: a detail

    if not whole_names:
        left, right = [(i, v) for i, v in left if not v.swap_only], [(j, v) for j, v in right if not v.swap_only]
    out = []
    used: set[int] = set()
    for i, a in left:
        if a.kind in NAMES and explained(a, right_own):
            continue
        candidates = [
            (n, (j, b))
            for n, (j, b) in enumerate(right)
            if (
                _same_quantity(a, b, common, heads, anchored and _relaxed(a, b, left, right))
                or vouched
                and a.kind in (NUMBER, DATE)
                and _same_slot(a, b)
            )
            and (run_length(a, b) >= run or _bound_together(a, b, heads) or _weekday_clash(a, b))
            and not explained(a, right_own, b)
            and not explained(b, left_own, a)
            and n not in used
        ]
        if candidates:
            n, best = max(candidates, key=lambda c: (len((a.context & c[1][1].context) - common), -c[0]))
            used.add(n)
            out.append(((i, a), best))
    return out


def _relaxed(a: Value, b: Value, left: Sequence[tuple[int, Value]], right: Sequence[tuple[int, Value]]) -> bool:
    """Values compared on one context stem less in sentences that agree on another value: the only value of their
    kind and slot in each sentence, and numbers of one unit or close dates (_close: "by 2020" / "by the year 2021",
    not the "2020" target and the "1990" baseline of one sentence)."""
    if a.kind != b.kind or not (_sole(a, left) and _sole(b, right)):
        return False
    return _close(a, b) if a.kind == DATE else a.kind == NUMBER and a.slot == b.slot


def _sole(v: Value, found: Sequence[tuple[int, Value]]) -> bool:
    """The only value of its kind and slot in its sentence."""
    return sum(o.kind == v.kind and _same_slot(o, v) for _, o in found) == 1


def _merge(
    clashes: list[tuple[ConflictKind, dict[int, tuple[int, Value]]]],
    kind: ConflictKind,
    pair: dict[int, tuple[int, Value]],
) -> None:
    """Join a clashing pair to a conflict that already holds one of its values, or start a new one."""
    for existing_kind, per_doc in clashes:
        if existing_kind != kind:
            continue
        if any(d in per_doc and per_doc[d][0] == i and per_doc[d][1] == v for d, (i, v) in pair.items()):
            for d, entry in pair.items():
                per_doc.setdefault(d, entry)
            return
    clashes.append((kind, dict(pair)))


def without_conflicts(unique: Sequence[UniqueItem], conflicts: Sequence[Conflict]) -> tuple[UniqueItem, ...]:
    """Outlet-only details that do not hold a conflicting value, and outlet-only facts whose sentence holds none: a
    value others contradict is no detail, and a sentence another report states with another value ("... at the
    Dunmore Leisure Centre" / "... at St Anne's Church Hall") is no fact of one outlet."""
    spans = {(v.sentence, v.start, v.end) for c in conflicts for v in c.values}
    disputed = {s for s, _, _ in spans}

    def clashes(u: UniqueItem) -> bool:
        if u.kind == "fact":
            return u.sentence in disputed
        return any(s == u.sentence and a < u.end and u.start < b for s, a, b in spans)

    return tuple(u for u in unique if not clashes(u))
