"""Times of day a sentence gives ("6 a.m.", "6:15 p.m.", "pukul 03.00 WIB", "03.00 waktu setempat", "pukul 3 dini
hari"): a date value of the slot "time", its value (minutes after midnight, the zone's offset from UTC in minutes or
None for a local time or none given). Two times agree when they are one moment (conflict_compare.agree)."""

from __future__ import annotations

import re

from .slot_hedges import qualifier as hedge
from .slot_value import DATE, Value, Words

TIME = "time"
# Zones written after a time, with their offset from UTC in hours; "waktu setempat", "local time": the place's own.
ZONES = {
    "wib": 7.0,
    "wita": 8.0,
    "wit": 9.0,
    "gmt": 0.0,
    "utc": 0.0,
    "bst": 1.0,
    "cet": 1.0,
    "cest": 2.0,
    "est": -5.0,
    "edt": -4.0,
    "cst": -6.0,
    "cdt": -5.0,
    "pst": -8.0,
    "pdt": -7.0,
    "ist": 5.5,
    "sgt": 8.0,
}
INDONESIAN_CLOCK = ("pukul", "pkl")  # an hour after these is a time without its minutes ("pukul 3 dini hari")
LOCAL = r"waktu setempat|local time"
# Parts of the day after an Indonesian hour ("pukul 3 dini hari", "pukul 8 malam"): the hours of a 12-hour clock
# [from, to) that are in the afternoon or evening ("pukul 1 siang" is 13:00, "pukul 11 siang" 11:00, "pukul 2 malam"
# 02:00); "pukul 12 malam" is midnight. Hours outside, and "pagi", "dini hari", are read as written.
DAY_PARTS = {"pagi": (0, 0), "siang": (1, 6), "sore": (1, 12), "malam": (6, 12), "dini hari": (0, 0)}
_ZONE = r"(?:\s?(?P<zone>" + "|".join(ZONES) + r"|" + LOCAL + r")\b)?"
_TIME_RE = re.compile(
    r"(?<![\w.,:/])(?P<clock>(?:pukul|pkl\.?|jam|at)\s)?(?P<hour>[01]?\d|2[0-3]|24(?=[:.]00))"
    r"(?:(?P<sep>[:.])(?P<minute>[0-5]\d))?(?![\d:/]|[.,]\d)"
    r"(?:\s?(?P<half>[ap])(?:\.\s?m\.|m\b))?"
    r"(?:\s(?P<part>pagi|siang|sore|malam|dini hari)\b)?" + _ZONE,
    re.IGNORECASE,
)


def times(text: str, words: Words, language: str) -> list[Value]:
    """Every time of day: written with a.m. or p.m.; with a colon after a clock word ("at 9:30") or with a two-digit
    hour ("18:30"; "John 3:16", a ratio "1:50" are none); with minutes after "pukul", "pkl" or "jam" ("pukul 03.00")
    or before a zone ("03.00 WIB", "at 9.30 GMT"; "at 9.30" alone may be a price, "at 2.50 euros", and is none); a
    bare hour after "pukul" ("pukul 3 dini hari") or after "jam" with a part of the day ("jam 7 pagi"). "24.00" is
    midnight. A number with none of these ("3 jam", "at 9 percent") is no time."""
    out: list[Value] = []
    for m in _TIME_RE.finditer(text):
        clock, minute, half, zone, part = (m.group(k) for k in ("clock", "minute", "half", "zone", "part"))
        indonesian_clock = clock is not None and clock.strip().lower().rstrip(".") in INDONESIAN_CLOCK
        colon = m.group("sep") == ":"
        clocked = clock is not None and (colon or clock.strip().lower() != "at")  # "at 2.50 euros": a price
        padded = len(m.group("hour")) == 2  # "18:30", "03:00"; "3:16" (a verse), "1:50" (a ratio) are none alone
        read = half or colon and (clocked or zone or padded) or minute and (clocked or zone) or clock and part
        if not (read or indonesian_clock):
            continue
        hour = int(m.group("hour")) % 24
        if half:
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        elif part:
            low, high = DAY_PARTS[part.lower()]
            hour = 0 if hour == 12 and part.lower() == "malam" else hour + 12 if low <= hour < high else hour
        offset = None if zone is None or zone.lower() not in ZONES else int(ZONES[zone.lower()] * 60)
        start = m.start("hour")
        value = (hour * 60 + int(minute or 0), offset)
        surface = text[start : m.end()].rstrip()
        context = words.context(m.start(), m.end())
        out.append(
            Value(
                DATE,
                frozenset({TIME}),
                value,
                hedge(text, m.start(), language),
                1.0,
                start,
                start + len(surface),
                surface,
                context,
            )
        )
    return out


# Verbs that say the story's event took place, per language: a time of day right after one ("Kebakaran terjadi sekitar
# pukul 15.30 WIB", "Peristiwa itu terjadi sekitar pukul 16.00 WIB", "the collision happened at about 6 a.m.") is
# when the event happened, whatever the sentence calls it (occurrence_time).
OCCURRED = {
    "id": r"terjadi|berlangsung",
    "en": r"occurred|happened|took place",
}
# Words that may stand between such a verb and its time: hedges, prepositions, the clock word.
_BETWEEN = r"(?:(?:pada|sekitar|kurang lebih|at|about|around|approximately|shortly after|just after|just before)\s+)*"
_OCCURRED_RE = {
    language: re.compile(rf"\b(?:{verbs})\s+{_BETWEEN}(?:(?:pukul|pkl\.?|jam|at)\s+)?$", re.IGNORECASE)
    for language, verbs in OCCURRED.items()
}


def occurrence_time(text: str, start: int, language: str) -> bool:
    """The time of day at `start` is said as when something took place: right after a verb of OCCURRED ("terjadi
    sekitar pukul")."""
    pattern = _OCCURRED_RE.get(language)
    return pattern is not None and pattern.search(text, 0, start) is not None


def of_time(v: Value) -> bool:
    """A time of day, not a number that counts "times" ("dua kali", "injury time empat menit")."""
    return v.kind == DATE and TIME in v.slot


def same_moment(a: Value, b: Value, margin: int) -> bool:
    """Two times that can be one moment: equal in UTC when both give a zone; equal on the clock when neither does;
    when only one does (the other is the place's own time, whose zone is not given), whole or half hours apart
    ("03.00 WIB" / "04.00 waktu setempat" in Bali; "10 p.m. local time" / "2 p.m. GMT" in Manila). `margin`:
    minutes allowed for a hedged time ("about 6 a.m.")."""
    (x, p), (y, q) = a.value, b.value  # type: ignore[misc]
    if p is not None and q is not None:
        x, y = x - p, y - q  # type: ignore[operator]
    gap = abs(int(x) - int(y)) % (24 * 60)  # type: ignore[arg-type]
    gap = min(gap, 24 * 60 - gap)
    if gap <= margin:
        return True
    return (p is None) != (q is None) and gap % 30 == 0
