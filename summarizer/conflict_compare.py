"""Whether two slot values are one quantity, and whether they can both be right.

Values agree when they are equal or one is a consistent restatement of the other: a bound ("more than 11,000" and
"11,000"), a rounding ("about 40,000" and 40,312, "45 million" and 45.3 million), a date with fewer parts ("19
Juni" and "19/6/2024"), a form of one name ("Putin", "Vladimir Putin"). They are one quantity when their slots
meet and the words around them say so (same_quantity); dates also when bound to one head word or given with one
day name that only one of them can be.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence
from difflib import SequenceMatcher

from .models import ConflictKind
from .slot_ages import AGE, same_person
from .slot_times import of_time, same_moment
from .slot_value import (
    ANOTHER,
    DATE,
    DESTINATION,
    NAMES,
    NUMBER,
    PERSON,
    RUN_WINDOW,
    Value,
    fates,
    other_fates,
    other_grades,
    other_roles,
    run_length,
)
from .slots import same_name

# One disagreement found so far: its kind, and each report's (sentence, value), by report (conflicts.find_conflicts)
Clash = tuple[ConflictKind, dict[int, tuple[int, Value]]]

ROUNDING = 0.05  # a round number may differ by this share from a precise one it rounds
APPROXIMATE = 0.10  # ... and by this share when an outlet says "about"
SHARED_CONTEXT = 2  # two values are one quantity only when their contexts share this many stems (dates: one less)
RUN_SAME = 2  # two values of one slot whose neighbouring words run alike for this many stems are one quantity
RUN_LOOSE = 3  # ... and this many when their sentences only come close to stating one claim (align.UNSTATED)
MAGNITUDE = 10.0  # two amounts of one unit further apart than this factor are two quantities, not rival accounts
ROUND_BOUND = 10  # two bounds of one kind agree when close and both round to this unit at least
HEDGED_MINUTES = 30  # "about 6 a.m." agrees with a time this many minutes from it ("about 9:30": half as many)
ROUNDING_UNITS = (60, 30, 15, 10)  # minutes a hedged time of day may be rounded to, the coarsest first
# A time on the hour or half hour agrees with one to the minute this close to it ("08:30" / "08:26"): a rounding.
ROUNDED_MINUTES = 5
# Units of time, in days, by their stems (English and Indonesian): "14 days" / "two weeks" is one duration. A month
# is 28 to 31 days: durations in months or years agree within APPROXIMATE. Not "hari" (a stop word, never read as
# a unit) nor "minggu" (a week, and Sunday).
DURATION_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.0, "year": 365.0}
DURATION_DAYS |= {"jam": 1 / 24, "pekan": 7.0, "bulan": 30.0, "tahun": 365.0}
# Two name words are spellings of one name when difflib's ratio of their letters is at least this ("Santoso" /
# "Susanto" 0.71, "Gunawan" / "Gunadi" 0.62, "Vikrant" / "Vikram" 0.77; "Santoso" / "Hartono" 0.57, "Un" / "Il" 0).
SPELLING = 0.6
BOUND_DAYS = 7  # two dates bound to one head word are one slot when they differ by at most this many days


def agree(a: Value, b: Value) -> bool:
    """True when the two values can both be right: equal, a bound the other meets, or a rounding of it."""
    if a.kind in NAMES:
        return same_name(a, b)
    if of_time(a) or of_time(b):  # "03.00 WIB" and "04.00 WITA": one moment
        if not (of_time(a) and of_time(b)):
            return False
        round_a, round_b = (v.value[0] % 30 == 0 for v in (a, b))  # type: ignore[operator]
        hedged = [v.qualifier == "about" for v in (a, b)]
        if all(hedged) and round_a and round_b:  # "sekitar pukul 15.30" / "sekitar pukul 16.00": two roundings
            margin = HEDGED_MINUTES // 2
        elif any(hedged):  # half the unit the hedged time is rounded to: "about 6 a.m." 30, "about 9:30" 15
            minutes = (a if hedged[0] else b).value[0]
            unit = next((u for u in ROUNDING_UNITS if minutes % u == 0), 0)  # type: ignore[operator]
            margin = max(ROUNDED_MINUTES, unit * HEDGED_MINUTES // 60)
        else:
            margin = ROUNDED_MINUTES if round_a != round_b else 0
        return same_moment(a, b, margin)
    if a.kind == DATE and len(a.value) != len(b.value):  # a weekday of an undated report and one dated by its report
        return a.weekday is not None and a.weekday == b.weekday
    if a.slot == {"weekday"} == b.slot and a.weekday == b.weekday:
        return True  # one day name from two report dates: far likelier one day than two a week apart (or a late copy)
    if a.kind == DATE:
        return all(x is None or y is None or x == y for x, y in zip(a.value, b.value, strict=True))
    if len(a.value) != 1 or len(b.value) != 1:  # scores and ranges agree only when equal, or one read from the other
        return a.value == b.value or len(a.value) == 2 and a.value == b.value[::-1]  # side ("won 3-1" / "lost 1-3")
    x, y = float(a.value[0]), float(b.value[0])  # type: ignore[arg-type]
    if x == y:
        return True
    units = _duration(a), _duration(b)
    if units[0] and units[1] and units[0] != units[1]:  # "14 days" / "two weeks": compared in days
        x, y = x * units[0], y * units[1]
        return abs(x - y) <= (APPROXIMATE * max(x, y) if max(units) >= DURATION_DAYS["month"] else 1e-9)
    if a.qualifier == b.qualifier and a.qualifier in ("over", "under"):  # "nearly 90%" and "nearly 60%" differ;
        # "at least 50" and "at least 47" too: a precise floor is the outlet's own count ("more than 11,000" and
        # "more than 10,500", both round, say the same)
        round_both = min(a.precision, b.precision) >= ROUND_BOUND
        return round_both and abs(x - y) <= APPROXIMATE * max(abs(x), abs(y))
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


def _duration(v: Value) -> float:
    """Days in the unit of time a count is of ("two weeks": 7.0), 0.0 when its unit is none or not one."""
    found = {DURATION_DAYS[w] for w in v.slot if w in DURATION_DAYS}
    return found.pop() if len(found) == 1 else 0.0


def covers(o: Value, v: Value) -> bool:
    """A date vouches for another only when it gives every part the other gives: a bare year (the "2017" of
    "Clasico 2017") says nothing about the day of "23/12/2017"; "19 Juni" and "19/6/2024" vouch for each other
    through the full date. A day name alone ("Wednesday" in an undated report) gives no part of a full date, and a full
    date gives the day name (agree has checked it is the same day)."""
    if o.kind != DATE:
        return True
    if len(o.value) != len(v.value):
        return len(o.value) > len(v.value)
    return all(y is not None for x, y in zip(v.value, o.value, strict=True) if x is not None)


def same_slot(a: Value, b: Value) -> bool:
    return a.kind == b.kind and bool(a.slot & b.slot)


def close_dates(a: Value, b: Value) -> bool:
    """Two dates that differ a little in one part, as rival accounts of one day do: the day by at most
    BOUND_DAYS, or the month or the year by one. Two events a story follows differ a lot ("the February 27
    earthquake", "the March 11 earthquake") or in more than one part."""
    if len(a.value) != len(b.value) or of_time(a) or of_time(b):  # a weekday and a date; a time of day
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


def bound_together(a: Value, b: Value, heads: frozenset[str]) -> bool:
    """Dates bound to one head word ("the July 7 bombings" / "the July 10 bombings"; "the tsunami of December
    26" / "tsunami 23 Desember"), that head naming one date per report in the cluster (`heads`), and close:
    one slot even when the head is the story's own word."""
    return a.kind == DATE == b.kind and bool(a.bound & b.bound & heads) and close_dates(a, b)


def weekday_clash(a: Value, b: Value) -> bool:
    """Close dates (close_dates) given with one day name ("On Sunday, January 16" / "On Sunday, January 19"): both
    cannot be that day unless they are whole weeks apart, so two reports that give them tell of one day."""
    if a.kind != DATE or b.kind != DATE or a.weekday is None or a.weekday != b.weekday or not close_dates(a, b):
        return False
    year = next((int(y) for y in (a.value[0], b.value[0]) if y is not None), 2001)  # type: ignore[arg-type]
    try:
        x, y = (datetime.date(int(v[0] or year), int(v[1]), int(v[2])) for v in (a.value, b.value))  # type: ignore[arg-type]
    except (TypeError, ValueError):  # a date without its day or month
        return False
    return (x - y).days % 7 != 0


def loosely_same(a: Value, b: Value, heads: frozenset[str], run: int) -> bool:
    """Of two values in sentences whose claims only come close (`run`: RUN_LOOSE; 0 for sentences paired
    otherwise), those still compared: their words next to them run alike for `run` stems, they count people who
    met one fate (`slot_value.fates`), or they are dates bound to one head word, given with one day name, or bare
    years one apart ("expires in 2012" / "for after 2013": a rival year of one deadline rarely comes with the same
    words around it)."""
    if run_length(a, b) >= run or bound_together(a, b, heads) or weekday_clash(a, b):
        return True
    if a.kind == NUMBER == b.kind and fates(a) and fates(a) == fates(b):
        return True  # "Four people were killed and 57 injured" / "leaving four people dead and 75 injured"
    return a.kind == DATE == b.kind and a.slot == {"year"} == b.slot and close_dates(a, b)


def same_quantity(
    a: Value, b: Value, common: frozenset[str], heads: frozenset[str] = frozenset(), anchored: bool = False
) -> bool:
    """Same slot and enough shared context, the story's own words aside, to be two reports' values of one quantity;
    one stem less when the two are `anchored` (see _anchor). A value its clause tells of another event of the kind
    (Value.marks: ANOTHER) is of no quantity of a value without that mark: "a second blast" / "the blast"; a day to come
    (TO_COME) is one of a day past only in the same words (outlets write before and after the day: "will begin on
    5 June" / "began on 5 June"), not at "would be reviewed at a meeting on 12 February" / "began on 12 January"."""
    if a.kind != b.kind:  # "pada Senin" / "bertambah menjadi 14": a day and a count, alike words around them or not
        return False
    if AGE in a.slot or AGE in b.slot:  # an age is one quantity with another of the same person only
        return a.slot == b.slot and same_person(a, b)
    # "12 injured" / "40 arrested"; "14 injured" / "two seriously injured"; "dari Rp10.000" / "sebesar Rp1.500"
    if (ANOTHER in a.marks) != (ANOTHER in b.marks) or other_fates(a, b) or other_grades(a, b) or other_roles(a, b):
        return False
    if bound_together(a, b, heads) or weekday_clash(a, b):
        return True
    if a.marks != b.marks and a.kind == DATE:  # a day to come and a day past: only in the same words
        return run_length(a, b) >= RUN_LOOSE
    if a.kind == NUMBER == b.kind and orders_apart(a, b) and not _alike_on_both_sides(a, b):
        return False  # spilt 40 ton / carried 6,5 ribu ton; not "killed 4 people in" / "killed 45 people in"
    if a.kind == DATE and (a.slot == {"year"}) != (b.slot == {"year"}):
        return False  # a bare year dates something else than a full date does ("beredar sejak 2019" / "Kamis (10/4)")
    needed = SHARED_CONTEXT - 1 if a.kind == DATE and "day" in a.slot & b.slot else SHARED_CONTEXT
    if a.kind == NUMBER and a.slot != b.slot:
        needed += 1  # units that only partly meet ("12 people injured", "45 people missing") need more
    needed = max(1, needed - anchored)
    if not same_slot(a, b):
        return False
    if a.kind in NAMES:  # a name fills the same slot only in the same words: "in the town of X", "said minister X"
        destinations = DESTINATION in a.slot & b.slot  # or as where one thing was going ("way to X", "headed for Y")
        alike = run_length(a, b) >= RUN_SAME or whole_alike(a, b) or same_role(a, b)
        return alike or destinations and len((a.context & b.context) - common) >= needed
    if "weekday" in a.slot:  # "on Thursday": only in a longer run of the same words ("ujar X, Senin" is no fact's
        return run_length(a, b) >= RUN_LOOSE  # day: two outlets quote on different days)
    if of_time(a) or of_time(b):  # a time of day only in the same words: a story's timeline gives many ("closed the
        # road at 7 p.m." / "reopened it at 10 p.m."); or, `anchored`, the only time of two sentences that agree on
        # another value, with two stems around them in common ("overturned on Highway 41 at about 6:40 a.m." /
        # "overturned on Highway 41 shortly after 9 a.m.")
        around = len((a.context & b.context) - common) >= SHARED_CONTEXT
        return run_length(a, b) >= RUN_LOOSE or whole_alike(a, b) or anchored and around
    return len((a.context & b.context) - common) >= needed or run_length(a, b) >= RUN_SAME


def two_places(a: Value, b: Value) -> bool:
    """Two counts of two places, each named in its clause ("12 orang di Rafah" / "di Khan Younis ... 20 orang"):
    two quantities. Still one slot that differs when two sentences are weighed as two events or one
    (conflicts._slots_compared): a toll and a place that both differ are two places' events, not a place conflict."""
    return bool(a.where) and bool(b.where) and not a.where & b.where


def same_role(a: Value, b: Value) -> bool:
    """Two persons named with one title and a name word in common, in other forms ("satpam bank, Joko Santoso" /
    "Satpam bernama Joko Susanto"; "police chief Lt. Col. Hendra Gunawan" / "Police chief Hendra Gunadi"): one
    role's holder, named two ways. The words that differ must be spellings of one another (SPELLING of their
    letters in common, in order): "Kim Jong Un" / "Kim Jong Il", "Budi Santoso" / "Budi Hartono" are two people."""
    if not (a.kind == PERSON == b.kind and a.title and a.title == b.title and set(a.value) & set(b.value)):
        return False
    left = [str(w) for w in a.value if w not in b.value]
    right = [str(w) for w in b.value if w not in a.value]
    return len(left) == len(right) and all(
        SequenceMatcher(None, x, y).ratio() >= SPELLING for x, y in zip(left, right, strict=True)
    )


def _alike_on_both_sides(a: Value, b: Value) -> bool:
    """The words right before and right after the two values are the same: one claim told with two figures."""
    return bool(a.before[:1]) and a.before[:1] == b.before[:1] and bool(a.after[:1]) and a.after[:1] == b.after[:1]


def orders_apart(a: Value, b: Value) -> bool:
    """Two amounts more than MAGNITUDE times apart ("40 ton minyak tumpah" / "membawa 6,5 ribu ton minyak": what was
    spilt and what was carried): two quantities of one unit; a rival account of one amount is of its order, or gives
    its digits at another scale."""
    if len(a.value) != 1 or len(b.value) != 1:
        return False
    x, y = sorted(abs(float(v.value[0])) for v in (a, b))  # type: ignore[arg-type]
    if not x:
        return y >= MAGNITUDE
    scale = math.log10(y / x)
    return scale > 1 and abs(scale - round(scale)) > 1e-9  # "Rp5 miliar" / "Rp5 triliun": one amount, two scales


def whole_alike(a: Value, b: Value) -> bool:
    """Two values in sentences alike but for them, as far as both sentences' ends and with a content word at least:
    "Kasus paling banyak ditemukan di Kecamatan Cibeber." / "Kasus terbanyak ditemukan di Kecamatan Cileles."."""
    short = len(a.before) < RUN_WINDOW and len(a.after) < RUN_WINDOW
    return short and a.before == b.before and a.after == b.after and len(a.before) + len(a.after) > 0


def in_same_words(a: Value, b: Value) -> bool:
    """Two values in the same words: bound to one head word, or RUN_LOOSE stems running alike next to them."""
    return bool(a.bound & b.bound) or run_length(a, b) >= RUN_LOOSE or weekday_clash(a, b)


def fit(a: Value, b: Value, common: frozenset[str]) -> tuple[bool, int, int]:
    """How well two values' words say they are one quantity: one head word, the run of words next to them, the
    stems around them in common (the story's own words aside)."""
    return bool(a.bound & b.bound), run_length(a, b), len((a.context & b.context) - common)


def relaxed(a: Value, b: Value, left: Sequence[tuple[int, Value]], right: Sequence[tuple[int, Value]]) -> bool:
    """Values compared on one context stem less in sentences that agree on another value: the only value of their
    kind and slot in each sentence, and numbers of one unit or close dates (close_dates: "by 2020" / "by the year 2021",
    not the "2020" target and the "1990" baseline of one sentence), or times of day."""
    if a.kind != b.kind or not (_sole(a, left) and _sole(b, right)):
        return False
    if a.kind == DATE:
        return close_dates(a, b) or of_time(a) and of_time(b)
    return a.kind == NUMBER and a.slot == b.slot


def _sole(v: Value, found: Sequence[tuple[int, Value]]) -> bool:
    """The only value of its kind and slot in its sentence."""
    return sum(o.kind == v.kind and same_slot(o, v) for _, o in found) == 1
