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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .align import UNSTATED, Alignment
from .conflict_compare import (
    RUN_LOOSE,
    Clash,
    agree,
    covers,
    fit,
    in_same_words,
    loosely_same,
    relaxed,
    same_quantity,
    same_slot,
    two_places,
)
from .conflict_counts import count_consensus, rival_ages, rival_counts, rival_times
from .conflict_pairs import (
    COPY_PAIRS,
    compared,
    consensus,
    day_key,
    near_days,
    single_heads,
    story_words,
    years_apart,
)
from .conflict_roles import role_clashes
from .conflict_updates import without_updates
from .language import WORD_RE, Analyzer
from .models import Conflict, ConflictKind, ConflictValue, Corpus, Fact, UniqueItem
from .slot_dates import on_day, said_on
from .slot_times import of_time
from .slot_value import DATE, NAMES, NUMBER, Value
from .slots import name_marks, values, word_marks

TWO_EVENTS = 2  # two sentences that differ in this many slots at once tell of two events (see _slots_compared)


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
    published = [corpus.documents[r.document].published for r in corpus.refs]
    read = [[on_day(v, published[i]) for v in distinct[text]] for i, text in enumerate(corpus.texts)]
    fact_of = {i: n for n, fact in enumerate(facts) for i in fact.members}
    pairs, loose, swaps = compared(corpus, facts, alignment, read, analyzer)
    stated = pairs - loose  # sentences that tell one fact: one person's two titles there disagree (conflict_roles)
    agreeing_days, days = consensus(corpus, read, analyzer)
    only_days = {pair: dates for pair, dates in agreeing_days.items() if pair not in pairs}
    common = story_words(alignment.terms, len(corpus.documents))
    for pair, counts in count_consensus(corpus, read, common).items():  # an agreed count and a rival one
        if pair not in pairs:
            only_days.setdefault(pair, []).extend(counts)
    # each of two reports' only count of a unit (reports with a fact in common): rivals however worded
    related = _related(corpus, facts)
    counted = rival_counts(corpus, read, related, analyzer.language)
    ages = rival_ages(corpus, read, related)  # one person's two ages, however worded
    times = rival_times(corpus, read, related, analyzer.language)  # when the event took place, however worded
    for pair, rivals in [*ages.items(), *times.items()]:
        counted.setdefault(pair, []).extend(rivals)
        if pair not in pairs and pair in only_days:
            only_days[pair].extend(rivals)
    for pair, counts in counted.items():
        if pair not in pairs and pair not in only_days:
            only_days[pair] = counts
    pairs |= set(only_days)  # compared on their two dates or counts only (see _clashing)

    anywhere: dict[int, set[tuple[str, Any]]] = {}  # names' marks of every report
    mentions: dict[int, dict[tuple[str, Any], list[Value]]] = {}  # (slot word, value) -> each report's mentions
    for i, found in enumerate(read):
        d = corpus.refs[i].document
        # a bare year says too little about what it dates to vouch for another mention of that year, and the day
        # a report's source spoke ("kata Rahmat, Jumat (7/3/2025)") nothing of the day of the event
        for v in found:
            if v.kind == DATE and said_on(corpus.texts[i], v.start, analyzer.language):
                continue
            for w in v.slot if v.slot != {"year"} else ():
                mentions.setdefault(d, {}).setdefault((w, v.value), []).append(v)
        anywhere.setdefault(d, set()).update(name_marks(corpus.texts[i]))

    share: dict[tuple[int, int], list[int]] = {}  # (fact, report) -> the report's sentences in the fact
    for n, fact in enumerate(facts):
        for m in fact.members:
            share.setdefault((n, corpus.refs[m].document), []).append(m)
    owned: dict[int, _Own] = {}

    def own(i: int) -> _Own:
        """The values a report gives in the sentence and in the rest of its share of the fact, and anywhere."""
        if i not in owned:
            d = corpus.refs[i].document
            same = share[(fact_of[i], d)]
            found = [(m, v) for m in sorted({i, *same}) for v in read[m]]
            owned[i] = _Own(found, anywhere[d], mentions.get(d, {}), common)
        return owned[i]

    heads = single_heads(corpus, read)
    clashes: list[Clash] = []
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
        left = [(i, v) for v in read[i]] if (i, j) not in only_days else [(i, a) for a, _ in only_days[(i, j)]]
        right = [(j, v) for v in read[j]] if (i, j) not in only_days else [(j, b) for _, b in only_days[(i, j)]]
        vouched = key in alignment.crossed  # the semantic matcher read one fact but for its values
        run = RUN_LOOSE if (i, j) in loose and not vouched else 0
        consensual = days if (i, j) in only_days else frozenset()
        differ, agreeing, dated = _slots_compared(read[i], read[j], common, heads, run)
        if differ >= TWO_EVENTS and not agreeing and (dated or fact_of[i] != fact_of[j]):
            # two events, not two accounts of one; within one fact, only when one of them is another day: early
            # and late reports of one quake differ in magnitude and toll at once ("6.1, 12 injured" / "6.3, 15")
            continue
        for (_, a), (_, b) in _clashing(
            left,
            right,
            own(i),
            own(j),
            common,
            heads,
            run,
            (i, j) in swaps,
            anchored=agreeing,
            timed=fact_of[i] == fact_of[j],
            vouched=vouched,
            days=consensual,
            counted=counted.get((i, j), ()),
        ):
            _merge(clashes, a.kind, {d: (i, a), e: (j, b)})
    _third_reports(clashes, (pairs - loose) | _near_pairs(clashes, alignment), corpus, read, common, heads)
    for kind, titled in role_clashes(corpus, read, stated, analyzer):
        _merge(clashes, kind, titled)
    conflicts: list[Conflict] = []
    for kind, per_doc in without_updates(clashes, corpus, analyzer.language):
        given = tuple(ConflictValue(d, i, v.start, v.end, v.surface) for d, (i, v) in sorted(per_doc.items()))
        conflicts.append(Conflict(facts[fact_of[given[0].sentence]].id, kind, given))
    return tuple(
        sorted(conflicts, key=lambda c: (fact_of[c.values[0].sentence], c.values[0].sentence, c.values[0].start))
    )


def _related(corpus: Corpus, facts: Sequence[Fact]) -> Callable[[int, int], bool]:
    """Whether two documents have a fact in common: reports of one story, not articles of other events that were
    put in one set. Each document's facts are kept, not the pairs (a fact of a thousand wire copies holds half a
    million pairs)."""
    held: dict[int, set[int]] = {}
    for n, fact in enumerate(facts):
        if len(fact.members) > 1:
            for m in fact.members:
                held.setdefault(corpus.refs[m].document, set()).add(n)
    return lambda d, e: not held.get(d, set()).isdisjoint(held.get(e, set()))


def _anchored(
    a: Value,
    b: Value,
    left: Sequence[tuple[int, Value]],
    right: Sequence[tuple[int, Value]],
    agreeing: bool,
    timed: bool,
) -> bool:
    """Two values compared as anchored (same_quantity): their sentences agree on another value, or (`timed`) are one
    fact as grouped and the two are each sentence's only time of day ("The outage began at 6:40 p.m. after a fault
    at the Kessing substation" / "the blackout started at 6:15 p.m. when a transformer failed at the Kessing
    substation")."""
    if not relaxed(a, b, left, right):
        return False
    return agreeing or timed and of_time(a) and of_time(b)


def _slots_compared(
    left: Sequence[Value], right: Sequence[Value], common: frozenset[str], heads: frozenset[str], run: int
) -> tuple[int, bool, bool]:
    """How many values of one quantity differ in two sentences (the fewer of the two sides' counts: values with a
    rival of one quantity in the other sentence and no agreeing one), and whether any agree. Two sentences that
    differ in TWO_EVENTS slots or more at once and agree in none (a depth and a distance, a magnitude and a date)
    tell of two events, not two accounts of one: a report that disagrees changes one value. Two that agree in one
    slot tell of one event: their other values are compared on one context stem less (same_quantity). The last
    of the three: whether a date is among the values that differ."""

    def differing(these: Sequence[Value], others: Sequence[Value]) -> tuple[int, int, bool]:
        count = same = 0
        dated = False
        for a in these:
            rivals = [b for b in others if same_quantity(a, b, common, heads) and loosely_same(a, b, heads, run)]
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
        (in_same_words), only a mention in the same words as v too, or fitting v no worse than the rival, vouches: "the
        July 10 bombings ... on the morning of July 7" contradicts "the July 7 bombings", and "killing all 528
        people on board" contradicts "killing all 228 people on board" though the report says "a total of 228
        people" elsewhere; a toll that rose ("the quake killed 20 people" ... "the quake had killed 25 people")
        still vouches for another report's "the quake killed 25 people"."""
        strict = rival is not None and in_same_words(rival, v)
        floor = fit(rival, v, self.common) if rival is not None and strict else (False, 0, 0)

        def fits(o: Value) -> bool:
            return not strict or in_same_words(o, v) or fit(o, v, self.common) >= floor

        if any(fits(o) for w in v.slot for o in self.mentions.get((w, v.value), ())):
            return True
        return any(
            o.kind == v.kind and (same_slot(v, o) or o.value == v.value) and agree(v, o) and covers(o, v) and fits(o)
            for _, o in self.fact
        )


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
    timed: bool = False,
    vouched: bool = False,
    days: frozenset[tuple[int, int]] = frozenset(),
    counted: Sequence[tuple[Value, Value]] = (),
) -> list[tuple[tuple[int, Value], tuple[int, Value]]]:
    """Values of one quantity in two sentences, neither agreeing with any such value its other report gives.
    With `whole_names` (sentences alike but for a name), only the whole name elsewhere vouches for a name: the
    "Dunmore" of "the town of Dunmore" says nothing of "the Dunmore Leisure Centre". With `anchored` (the two
    sentences agree on another value), a sole value of one slot is compared on one context stem less. With
    `vouched` (align's semantic matcher read the two sentences as one fact: Alignment.crossed), numbers and dates
    of one slot are one quantity without shared words around them. With `days` (the consensus days, for a pair of
    sentences only conflict_pairs.consensus pairs, `left` and `right` being its two dates), a date and a close
    consensus day are rivals whatever the other words (_against_consensus). The pairs of values `counted` (each of
    two reports' only count of a unit: conflict_counts.rival_counts) are rivals whatever the other words."""

    def explained(v: Value, other: _Own, rival: Value | None = None) -> bool:
        """The other report gives an agreeing value in this slot of the fact (this very value in any slot), or
        this value in this slot anywhere (_Own.vouches); a name anywhere, in any form."""
        if v.kind not in NAMES:
            return other.vouches(v, rival)
        if other.vouches(v, None):
            return True
        if whole_names:
            return {("name", str(w)) for w in v.value} <= other.marks
        marks = word_marks(WORD_RE.findall(v.surface))
        if len(v.value) > 1:  # "Joko Santoso": its last word ("Santoso"; "Putin" of "Vladimir Putin"), not the
            # first or the initials alone ("Joko Susanto", initials "JS" too, is another man); and not when the
            # other report gives that last word only in other names ("Vikram Patil" against "Vikrant Patil")
            last = str(v.value[-1])
            marks = frozenset(m for m in marks if m[1] == last)
            words = set(map(str, v.value))
            wholes = [set(m[1].split()) for m in other.marks if m[0] == "whole" and m[1].split()[-1] == last]
            if wholes and not any(w <= words or words <= w for w in wholes):
                return False
        return bool(marks & other.marks)  # named anywhere: a detail

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
                _against_consensus(a, b, days)
                if days and a.kind == DATE
                else same_quantity(a, b, common, heads, _anchored(a, b, left, right, anchored, timed))
                or vouched
                and a.kind in (NUMBER, DATE)
                and same_slot(a, b)
                or (a, b) in counted
            )
            and loosely_same(a, b, heads, run)
            and not two_places(a, b)
            and (days and a.kind == DATE or not explained(a, right_own, b) and not explained(b, left_own, a))
            and n not in used
        ]
        if candidates:
            n, best = max(candidates, key=lambda c: (len((a.context & c[1][1].context) - common), -c[0]))
            used.add(n)
            out.append(((i, a), best))
    return out


def _against_consensus(a: Value, b: Value, days: frozenset[tuple[int, int]]) -> bool:
    """One of two close dates a consensus day (conflict_pairs.consensus), the other not, in one year if both say
    it and both of one event (Value.marks)."""
    x, y = day_key(a), day_key(b)
    if x is None or y is None or a.marks != b.marks or years_apart(a, b):
        return False
    return (x in days) != (y in days) and near_days(x, y)


def _near_pairs(clashes: list[Clash], alignment: Alignment) -> set[tuple[int, int]]:
    """Pairs of a sentence a conflict lists and a sentence whose claims come near it (align's UNSTATED share): a
    third report that gives one side's value in other words ("ordered Hale to serve eight years behind bars" beside
    "sentenced Hale to eight years in prison") is that side's too."""
    listed = {i for _, per_doc in clashes for i, _ in per_doc.values()}
    if not listed:
        return set()
    node_of = alignment.node_of
    nodes = {node_of[i] for i in listed}
    links = alignment.links.tocoo()
    linked: dict[int, set[int]] = {}
    for a, b, share in zip(links.row.tolist(), links.col.tolist(), links.data.tolist(), strict=True):
        if share >= UNSTATED and (a in nodes or b in nodes):
            linked.setdefault(a, set()).add(b)
            linked.setdefault(b, set()).add(a)
    wanted = {m for n in nodes for m in linked.get(n, ())}
    sentences: dict[int, list[int]] = {}
    for j, node in enumerate(node_of):
        if node in wanted:
            sentences.setdefault(node, []).append(j)
    return {
        (min(i, j), max(i, j)) for i in listed for m in sorted(linked.get(node_of[i], ())) for j in sentences.get(m, ())
    }


def _third_reports(
    clashes: list[Clash],
    pairs: set[tuple[int, int]],
    corpus: Corpus,
    read: Sequence[Sequence[Value]],
    common: frozenset[str],
    heads: frozenset[str],
) -> None:
    """A report the conflict does not list joins it with its value of one quantity with one side's value that
    agrees with that side only, in a sentence compared with that side's (not loosely): "Minggu (9/3/2025)" beside
    "9 Maret 2025" against "Sabtu (8/3)"; so the conflict lists every outlet's value."""
    partners: dict[int, list[int]] = {}
    for i, j in pairs:
        partners.setdefault(i, []).append(j)
        partners.setdefault(j, []).append(i)
    for kind, per_doc in clashes:
        for d, (i, v) in sorted(per_doc.items()):
            rivals = [w for e, (_, w) in per_doc.items() if e != d]
            for j in sorted(partners.get(i, ())):
                e = corpus.refs[j].document
                if e in per_doc:
                    continue
                for o in read[j]:
                    one = o.kind == kind and same_quantity(o, v, common, heads) and agree(o, v) and not two_places(o, v)
                    if one and not any(agree(o, w) for w in rivals):
                        per_doc[e] = (j, o)
                        break


def _merge(
    clashes: list[Clash],
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
