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

from collections.abc import Sequence

from .conflict_compare import RUN_SAME, agree, same_quantity, two_places
from .models import Corpus
from .slot_value import NUMBER, Value, run_length

CONSENSUS_REPORTS = 3  # a count this many reports give in one unit is the story's count (as for days)
CHANCE_COUNT = 10  # ... unless a whole number up to this: "one goal", "two people" are said of many things


def _keys(v: Value) -> list[tuple[float, str]]:
    """(number, unit stem) of a count of one value, one per stem of its unit; none for any other value."""
    if v.kind != NUMBER or len(v.value) != 1:
        return []
    number = float(v.value[0])  # type: ignore[arg-type]
    return [(number, stem) for stem in sorted(v.slot)]


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
                        compared = pairs.setdefault((min(i, j), max(i, j)), [])
                        if (a, b) not in compared and (b, a) not in compared:
                            compared.append((a, b) if i < j else (b, a))
    return pairs
