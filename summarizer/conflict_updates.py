"""Updates: a later report's grown count is news of the count, not a disagreement about it.

Reports of one story are written over days, and a toll grows: "Empat orang tewas" on Saturday, "Jumlah korban ...
bertambah pada Minggu (15/6/2025). Lima orang tewas" on Sunday. Two such values are an update when the report
with the larger count was published on a later day and says the count grew: a verb of growth (GROW_WORDS) in the
sentence that holds it, or in a sentence of the report that names the count (TALLY_WORDS: "the death toll rose",
"jumlah korban bertambah"). The day such a sentence gives ("bertambah pada Minggu (15/6/2025)") is the day of the
update, not of the event, and is no rival of the event's day in an earlier report either.

Without the report's word for it, a larger count a day later is still a disagreement: "Three people were injured" /
"Five people were being treated" may be a correction as well as an update, and a reader should see both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from .align import published_day
from .conflict_compare import Clash
from .language import WORD_RE
from .models import Corpus
from .slot_value import DATE, NUMBER, Value

GROW_WORDS = {
    "en": frozenset({"rose", "risen", "rising", "climbed", "grew", "grown", "increased", "jumped", "swelled"}),
    "id": frozenset({"bertambah", "meningkat", "bertambahnya", "meningkatnya"}),
}
TALLY_WORDS = {
    "en": frozenset({"toll", "tally", "number", "count"}),
    "id": frozenset({"jumlah", "korban"}),
}


def without_updates(clashes: Sequence[Clash], corpus: Corpus, language: str) -> list[Clash]:
    """The clashes that are not updates (see the module's doc)."""
    grow = GROW_WORDS.get(language, frozenset())
    if not grow or not clashes:
        return list(clashes)
    tally = TALLY_WORDS.get(language, frozenset())
    read: dict[int, set[str]] = {}
    told: dict[int, bool] = {}

    def words(i: int) -> set[str]:
        """Sentence i's words, lower case."""
        if i not in read:
            read[i] = {w.lower() for w in WORD_RE.findall(corpus.texts[i])}
        return read[i]

    def grew(i: int) -> bool:
        """Sentence i says a count grew."""
        return bool(grow & words(i))

    def grown(d: int, i: int) -> bool:
        """Sentence i of report d says a count grew, or the report says so of its tally."""
        if grew(i):
            return True
        if d not in told:
            told[d] = any(grew(m) and tally & words(m) for m, ref in enumerate(corpus.refs) if ref.document == d)
        return told[d]

    return [clash for clash in clashes if not _update(clash, corpus, grew, grown)]


def _update(clash: Clash, corpus: Corpus, grew: Callable[[int], bool], grown: Callable[[int, int], bool]) -> bool:
    """Every value of a later day than the first is larger (a count) or later (a date) than the earlier days', and
    its report says the count grew (a date: its very sentence does); values of one day are equal."""
    kind, per_doc = clash
    if kind not in (NUMBER, DATE):
        return False
    given: list[tuple[date, float, int, int]] = []  # publication day, value, report, sentence
    for d, (i, v) in per_doc.items():
        day, order = published_day(corpus, d), _order(v)
        if day is None or order is None:
            return False
        given.append((day, order, d, i))
    given.sort()
    if given[0][0] == given[-1][0]:
        return False  # all of one day: no update
    for (day_a, a, _, _), (day_b, b, d, i) in zip(given, given[1:], strict=False):
        if day_a == day_b:
            if a != b:
                return False
        elif not a < b or not (grown(d, i) if kind == NUMBER else grew(i)):
            return False
    return True


def _order(v: Value) -> float | None:
    """A count's number, a full date's day number; None for anything else (a score, a date without its year)."""
    if v.kind == NUMBER:
        return float(v.value[0]) if len(v.value) == 1 else None  # type: ignore[arg-type]
    if v.kind == DATE and len(v.value) == 3:
        year, month, day = v.value
        if isinstance(year, int) and isinstance(month, int) and isinstance(day, int):
            try:
                return float(date(year, month, day).toordinal())
            except ValueError:
                return None
    return None
