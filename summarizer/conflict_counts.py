"""A count the cluster agrees on, against one report's other count of it in other words.

A number that CONSENSUS_REPORTS reports or more give in one unit ("228 people on board", "killing all 228
people on board", "The 228 people on board the aircraft") is the story's count of that thing. A report that
gives another number of that unit no other report gives, and never the agreed one in that unit ("an Air France
passenger jet with 528 people on board"), gives a rival count, though its sentence is worded too differently to
be paired with any of theirs (conflict_pairs): it is compared with the agreed mentions it is one quantity with
(same_quantity) and in the same words, RUN_SAME stems running alike next to the two ("528 people on board" /
"228 people on board"; "membawa 528 penumpang" / "membawa 228 penumpang"): sharing context words only, "25 to 40
percent by 2020" and "at least 50 percent by 2050" are two targets, "200,000 killed" and "766,000 displaced"
two counts (TAC's French and Czech translations). Only numbers of one
value (no scores or ranges), of one event (Value.marks), not of two places (two_places); a whole number up to
CHANCE_COUNT is agreed on by chance ("mencetak satu gol" in three reports of three matches).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations

from .align import days_apart
from .conflict_compare import RUN_SAME, agree, orders_apart, same_quantity, two_places
from .models import Corpus
from .slot_ages import AGE, same_person
from .slot_times import occurrence_time, of_time
from .slot_value import NUMBER, Value, fates, run_length

CONSENSUS_REPORTS = 3  # a count this many reports give in one unit is the story's count (as for days)
RIVAL_REPORTS = 10  # reports giving one count of a noun at most, for rival_counts (more: count_consensus)
CHANCE_COUNT = 10  # ... unless a whole number up to this: "one goal", "two people" are said of many things


def _keys(v: Value) -> list[tuple[float, str]]:
    """(number, unit stem) of a count of one value, one per stem of its unit; none for any other value."""
    if v.kind != NUMBER or len(v.value) != 1:
        return []
    number = float(v.value[0])  # type: ignore[arg-type]
    return [(number, stem) for stem in sorted(v.slot)]


def _pair(pairs: dict[tuple[int, int], list[tuple[Value, Value]]], i: int, a: Value, j: int, b: Value) -> None:
    """Add values `a` (of sentence i) and `b` (of j) to compare, under the pair's key and in its order, once."""
    compared = pairs.setdefault((min(i, j), max(i, j)), [])
    if (a, b) not in compared and (b, a) not in compared:
        compared.append((a, b) if i < j else (b, a))


def count_consensus(
    corpus: Corpus, read: Sequence[Sequence[Value]], common: frozenset[str]
) -> dict[tuple[int, int], list[tuple[Value, Value]]]:
    """Sentence pairs of a count only one report gives and an agreed count of its unit (CONSENSUS_REPORTS reports
    or more, never that report) that are one quantity, each with the two values to compare (in the pair's order;
    nothing else of the pair is compared for it)."""
    givers: dict[tuple[float, str], set[int]] = {}
    where: dict[tuple[float, str], list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        for v in found:
            for key in _keys(v):
                givers.setdefault(key, set()).add(corpus.refs[i].document)
                where.setdefault(key, []).append((i, v))
    agreed: dict[str, list[tuple[float, str]]] = {}
    for key, docs in givers.items():
        chance = key[0] <= CHANCE_COUNT and all(v.precision >= 1 for _, v in where[key])  # not "magnitude 7.0"
        if len(docs) >= CONSENSUS_REPORTS and not chance:
            agreed.setdefault(key[1], []).append(key)
    pairs: dict[tuple[int, int], list[tuple[Value, Value]]] = {}
    for key, docs in givers.items():
        if len(docs) != 1 or key[1] not in agreed:
            continue
        (d,) = docs
        for other in agreed[key[1]]:
            if d in givers[other]:
                continue
            for i, a in where[key]:
                for j, b in where[other]:
                    if corpus.refs[j].document == d or a.marks != b.marks or agree(a, b) or two_places(a, b):
                        continue
                    if same_quantity(a, b, common) and run_length(a, b) >= RUN_SAME:
                        _pair(pairs, i, a, j, b)
    return pairs


# Stems of the units of a span of time, per language rival_counts was measured in: "24 tahun" (since the last visit)
# and "75 tahun" (of ties), "an 84-year-old woman" and "the strongest in two hundred years" are ages and spans of
# many things, no count of one. In TAC's Czech, Arabic and Hindi translations the rule raised false alarms (rates,
# word orders it does not read): it is off in languages not listed here.
SPAN_STEMS = {
    "en": frozenset({"second", "minut", "hour", "day", "week", "month", "year", "decad", "centuri"}),
    "id": frozenset({"detik", "menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "dekade", "abad"}),
}


def _counted(v: Value, spans: frozenset[str]) -> list[tuple[float, str]]:
    """(number, noun) of a count of one value whose unit is the noun right after it ("21 crew", "142 penumpang",
    "sixteen kilometers"; not the other words of its slot, not a rank's "#" stem); none for a span of time
    (`spans`: SPAN_STEMS of the language)."""
    head = v.after[0] if v.after else ""
    if v.slot & spans or spans.intersection(v.after[1:3]) or head not in v.slot or not head[:1].isalnum():
        return []  # a span, an age, a rate ("840 kilometres per hour", "20 meters per second")
    return [(n, stem) for n, stem in _keys(v) if stem == head]


def rival_counts(
    corpus: Corpus, read: Sequence[Sequence[Value]], related: Callable[[int, int], bool], language: str
) -> dict[tuple[int, int], list[tuple[Value, Value]]]:
    """Sentence pairs of two reports' only counts of one unit, when the two differ: "A container ship with 21 crew on
    board ran aground" / "The 22 crew members were taken off the vessel", "membawa 142 penumpang" / "Sebanyak 138
    penumpang ... selamat". However differently the two sentences are worded, a report that counts a unit once and
    another that counts it once otherwise give two accounts of one count, when nothing else tells them apart: the same
    event marks (Value.marks: what befell the people counted, another event of the kind; "Dua penumpang ... luka" is
    another count than "138 penumpang"), not of two places, of one
    order of magnitude, of two `related` reports (documents with a fact in common: articles of other events share
    none) published less than RIVAL_DAYS apart (a toll grows). A report that gives two
    counts of the unit ("420 kios terbakar" and "1.000 kios" of the market) is left to the fact pairs (conflict_pairs),
    as is a whole number up to CHANCE_COUNT (it still counts as the report's count: "at a depth of ten
    kilometers" beside "centered sixteen kilometers from the capital"); and so is a noun counted three ways by the
    reports (several things, or a toll that grew) or by more than RIVAL_REPORTS reports (count_consensus speaks)."""
    if language not in SPAN_STEMS:
        return {}
    spans = SPAN_STEMS[language]
    counts: dict[tuple[int, str, frozenset[str]], set[float]] = {}  # (report, noun, marks) -> its counts of it
    where: dict[tuple[int, str, frozenset[str]], list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        d = corpus.refs[i].document
        for v in found:
            for n, stem in _counted(v, spans):
                counts.setdefault((d, stem, v.marks), set()).add(n)
                if n > CHANCE_COUNT or fates(v):  # a toll is no chance count
                    where.setdefault((d, stem, v.marks), []).append((i, v))
    units: dict[tuple[str, frozenset[str]], list[int]] = {}  # (noun, marks) -> the reports giving one count of it
    for (d, stem, marks), given in counts.items():  # in reading order: deterministic
        if len(given) == 1:
            units.setdefault((stem, marks), []).append(d)
    pairs: dict[tuple[int, int], list[tuple[Value, Value]]] = {}
    for (stem, marks), docs in units.items():
        if len({n for d in docs for n in counts[(d, stem, marks)]}) != 2 or len(docs) > RIVAL_REPORTS:
            continue  # three counts or more: of several things, or a toll that grew; many reports: count_consensus
        for d, e in combinations(sorted(docs), 2):
            if counts[(d, stem, marks)] == counts[(e, stem, marks)] or not related(d, e) or days_apart(corpus, d, e):
                continue
            for i, a in where.get((d, stem, marks), ()):
                for j, b in where.get((e, stem, marks), ()):
                    if agree(a, b) or two_places(a, b) or orders_apart(a, b):
                        continue
                    _pair(pairs, i, a, j, b)
    return pairs


def rival_ages(
    corpus: Corpus, read: Sequence[Sequence[Value]], related: Callable[[int, int], bool]
) -> dict[tuple[int, int], list[tuple[Value, Value]]]:
    """Sentence pairs of two `related` reports that give one person's age differently ("Ahmad Rifai (42)" /
    "Ahmad Rifai, ... yang berusia 45 tahun"), however else the two are worded: a person's age is one quantity
    through a story (slot_ages), whichever facts the two sentences tell."""
    given = [(i, v) for i, found in enumerate(read) for v in found if AGE in v.slot]
    pairs: dict[tuple[int, int], list[tuple[Value, Value]]] = {}
    for n, (i, a) in enumerate(given):
        d = corpus.refs[i].document
        for j, b in given[n + 1 :]:
            e = corpus.refs[j].document
            if d != e and a.value != b.value and same_person(a, b) and related(d, e):
                pairs.setdefault((i, j), []).append((a, b))
    return pairs


def rival_times(
    corpus: Corpus, read: Sequence[Sequence[Value]], related: Callable[[int, int], bool], language: str
) -> dict[tuple[int, int], list[tuple[Value, Value]]]:
    """Sentence pairs of two `related` reports, published less than RIVAL_DAYS apart, that each say once when the
    event took place (slot_times.occurrence_time: "Kebakaran terjadi sekitar pukul 15.30 WIB" / "Peristiwa itu
    terjadi sekitar pukul 16.00 WIB"), at other times: however the sentences name the event, a report that tells once
    when it happened and another that tells it otherwise give two accounts of one time. A report that says so twice
    (two events, or a timeline) is left to the fact pairs, as is a time of another event of the kind (Value.marks)."""
    given: dict[int, list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        for v in found:
            if of_time(v) and occurrence_time(corpus.texts[i], v.start, language):
                given.setdefault(corpus.refs[i].document, []).append((i, v))
    once = sorted((d, times[0]) for d, times in given.items() if len(times) == 1)
    pairs: dict[tuple[int, int], list[tuple[Value, Value]]] = {}
    for (d, (i, a)), (e, (j, b)) in combinations(once, 2):
        if a.marks == b.marks and not agree(a, b) and related(d, e) and not days_apart(corpus, d, e):
            _pair(pairs, i, a, j, b)
    return pairs
