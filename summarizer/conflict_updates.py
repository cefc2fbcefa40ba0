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
from .language import WORD_RE
from .models import ConflictKind, Corpus
from .slot_value import DATE, NUMBER, Value

GROW_WORDS = {
    "en": frozenset({"rose", "risen", "rising", "climbed", "grew", "grown", "increased", "jumped", "swelled"}),
    "id": frozenset({"bertambah", "meningkat", "bertambahnya", "meningkatnya"}),
}
TALLY_WORDS = {
    "en": frozenset({"toll", "tally", "number", "count"}),
    "id": frozenset({"jumlah", "korban"}),
}

Clash = tuple[ConflictKind, dict[int, tuple[int, Value]]]


def without_updates(clashes: Sequence[Clash], corpus: Corpus, language: str) -> list[Clash]:
    """The clashes that are not updates (see the module's doc)."""
    grow = GROW_WORDS.get(language, frozenset())
    if not grow:
        return list(clashes)
    tally = TALLY_WORDS.get(language, frozenset())
    told: dict[int, bool] = {}

    def words(i: int) -> set[str]:
        return {w.lower() for w in WORD_RE.findall(corpus.texts[i])}

    def grown(d: int, i: int) -> bool:
        """Sentence i of report d says a count grew, or the report says so of its tally."""
        if grow & words(i):
            return True
        if d not in told:
            told[d] = any(
                grow & words(m) and tally & words(m) for m, ref in enumerate(corpus.refs) if ref.document == d
            )
        return told[d]

    return [clash for clash in clashes if not _update(clash, corpus, words, grown, grow)]


def _update(
    clash: Clash,
    corpus: Corpus,
    words: Callable[[int], set[str]],
    grown: Callable[[int, int], bool],
    grow: frozenset[str],
) -> bool:
    """Every value of a later day than the first is larger (a count) or later (a date) than each earlier day's, and
    its report says the count grew (a date: its very sentence does)."""
    kind, per_doc = clash
    if kind not in (NUMBER, DATE):
        return False
    days: list[tuple[date, int, int, Value]] = []
    for d, (i, v) in per_doc.items():
        day = published_day(corpus, d)
        order = _order(v)
        if day is None or order is None:
            return False
        days.append((day, d, i, v))
    days.sort(key=lambda entry: (entry[0], _order(entry[3]) or 0))
    first = days[0][0]
    if all(day == first for day, _, _, _ in days):
        return False
    for (day_a, _, _, a), (day_b, d, i, b) in zip(days, days[1:], strict=False):
        if day_a == day_b:
            if _order(a) != _order(b):
                return False
            continue
        if not (_order(a) or 0) < (_order(b) or 0):
            return False
        if not (grown(d, i) if kind == NUMBER else bool(grow & words(i))):
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
    return None
