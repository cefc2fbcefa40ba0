"""Slots: the values a sentence gives, each with the slot it fills and the words around it.

Dates (day, month and year in any notation the matcher knows: "Rabu (19/6/2024)", "19 Juni 2024", "June 19,
2024"), years, scores, numbers with their unit (the content word after the number, or before it: "12 people",
"magnitude 6.1", "45 million dollars"), and places and persons (a name whose neighbouring words say which it
is: "in Padang", "said minister X"). Each value keeps the content stems around it: its context (a set) and
the runs of words before and after it (in order), from which conflicts.py tells two mentions of one quantity.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .language import WORD_RE, Analyzer
from .slot_ages import ages
from .slot_dates import date_spans, dates, in_colon_time, lone_weekdays
from .slot_names import name_marks, read_names, same_name, word_marks
from .slot_numbers import PEOPLE, is_label, numbers, scores
from .slot_times import times
from .slot_value import (
    ANOTHER,
    DATE,
    FATE,
    NAMES,
    NUMBER,
    PLACE,
    ROLE,
    SERIOUS,
    TO_COME,
    YEARS,
    Value,
    Words,
    other_fates,
    other_grades,
    run_length,
    word_stems,
)

__all__ = [
    "DATE",
    "NAMES",
    "NUMBER",
    "YEARS",
    "Value",
    "date_spans",
    "in_colon_time",
    "is_label",
    "name_marks",
    "other_fates",
    "other_grades",
    "run_length",
    "same_name",
    "values",
    "word_marks",
]


def values(text: str, analyzer: Analyzer) -> list[Value]:
    """Every date, year and number with a unit in the sentence."""
    language = analyzer.language
    tokens = list(WORD_RE.finditer(text))
    words = Words.of(tokens, analyzer)
    found = date_spans(text, language)
    out = dates(text, tokens, words, found, language)
    taken = [(a, b) for a, b, _ in found]
    given = scores(text, words, taken)
    out.extend(given)
    taken.extend((v.start, v.end) for v in given)
    clock = [v for v in times(text, words, language) if not any(a < v.end and v.start < b for a, b in taken)]
    out.extend(clock)
    taken.extend((v.start, v.end) for v in clock)
    aged = ages(text, words, analyzer, taken)  # "Ahmad Rifai (42)", "berusia 45 tahun": no count of years
    taken.extend((v.start, v.end) for v in aged)
    out.extend(numbers(text, tokens, words, analyzer, taken, out[-1] if out else None))
    out.extend(aged)
    out.extend(lone_weekdays(text, tokens, words, analyzer, found))
    out.extend(read_names(text, tokens, words, analyzer))
    read = [  # a lone weekday reads its words past the part of the day ("early Tuesday": lone_weekdays)
        v
        if v.slot == {"weekday"}
        else replace(v, before=v.before or words.side(v.start, -1), after=v.after or words.side(v.end, 1))
        for v in out
    ]
    places = [v for v in read if v.kind == PLACE]
    return [
        v if v.kind in NAMES else replace(v, marks=event_marks(text, v, analyzer), where=_places_of(text, v, places))
        for v in read
    ]


# Words of a clause that tell of another event of the story's kind than the one a report without them tells of:
# "Three people were injured in a second blast" is no count of "the blast"; "an aftershock on 18 January" is no
# day of "the earthquake on 12 January".
ANOTHER_WORDS = {
    "en": frozenset({"second", "another", "aftershock", "aftershocks", "again"}),
    "id": frozenset({"susulan"}),
}
# What befell the people a count counts, by the words of its clause: "12 people were injured" and "40 people were
# arrested" count two things, though both count people in one clash; "Eight people have died" / "nine people were
# killed" one. Each class a Value.mark (FATE + class) of the number; see `other_fates`.
FATE_WORDS = {
    "en": {
        "dead": "died dead killed death deaths perished toll",
        "injured": "injured wounded hurt injuries",
        "arrested": "arrested detained custody",
        "missing": "missing",
        "displaced": "evacuated displaced homeless",
    },
    "id": {
        "dead": "tewas meninggal mati",
        "injured": "luka terluka cedera",
        "arrested": "ditangkap ditahan diamankan",
        "missing": "hilang",
        "displaced": "mengungsi pengungsi dievakuasi",
    },
}


@functools.cache
def _fate_stems(analyzer: Analyzer) -> dict[str, str]:
    """Stem -> FATE mark, for the analyzer's language."""
    return {
        stem: FATE + fate
        for fate, words in FATE_WORDS.get(analyzer.language, {}).items()
        for word in words.split()
        for stem in word_stems(word, analyzer)[:1]
    }


# Words of an injured count's clause that say its people were badly hurt: "Two people suffered serious injuries"
# are some of "14 people injured", no rival count of them; a Value.mark (SERIOUS) of a count with the FATE "injured";
# see `other_grades`. "Lightly" hurt is no such mark: "tiga orang luka ringan" / "lima warga terluka" is one count
# given twice (tester 17's puting set), as reports that say "minor injuries" tell of all the injured.
SERIOUS_WORDS = {
    "en": frozenset({"serious", "seriously", "critical", "critically", "severe", "severely", "life-threatening"}),
    "id": frozenset({"berat", "parah", "kritis"}),
}

# The word right before an amount that says its part in a change: "naik dari Rp10.000 menjadi Rp11.500", "sebesar
# Rp1.500"; "from 5.5 per cent to 5.75 per cent", "by 0.25 points". Each a Value.mark (ROLE + part); see other_roles.
ROLE_WORDS = {
    "en": {"from": "from", "to": "to", "by": "by"},
    "id": {"dari": "from", "menjadi": "to", "jadi": "to", "sebesar": "by"},
}

# Words before a date in its clause that make it a day to come ("will be sworn in on 20 May", "akan dievaluasi ...
# pada 12 Februari"): no rival of a day past.
TO_COME_WORDS = {"en": frozenset({"will", "would", "shall"}), "id": frozenset({"akan", "bakal"})}
_CLAUSE_RE = re.compile(r"[;:()\u2013\u2014]|,(?=\s)|\s-\s")


def _clause(text: str, v: Value) -> tuple[int, int]:
    """Where the clause of a value begins and ends: the punctuation marks around it."""
    cuts = [m.start() for m in _CLAUSE_RE.finditer(text)]
    return max([c + 1 for c in cuts if c < v.start], default=0), min([c for c in cuts if c >= v.end], default=len(text))


def _places_of(text: str, v: Value, places: list[Value]) -> frozenset[str]:
    """The words of the places named in a number's clause ("killed 12 people in Rafah": rafah)."""
    if v.kind != NUMBER:
        return frozenset()
    start, end = _clause(text, v)
    return frozenset(str(w) for p in places if start <= p.start and p.end <= end for w in p.value)


def event_marks(text: str, v: Value, analyzer: Analyzer) -> frozenset[str]:
    """What the clause of a number or date (the words between the punctuation marks around it) says of its event:
    ANOTHER one of the kind, (a date only) one TO_COME, (a number only) the FATE of the people it counts and its
    ROLE in a change, (an injured count only) whether its people were SERIOUS-ly hurt."""
    language = analyzer.language
    start, end = _clause(text, v)
    before = [w.lower() for w in WORD_RE.findall(text[start : v.start])]
    after = [w.lower() for w in WORD_RE.findall(text[v.end : end])]
    marks: set[str] = set()
    fates = _fate_stems(analyzer)
    if v.kind == NUMBER and PEOPLE in v.slot:
        marks.update(fates[t] for w in (*before, *after) for t in word_stems(w, analyzer)[:1] if t in fates)
    elif v.kind == NUMBER and after:  # "and 57 injured", "12 tewas": people counted by their fate alone
        marks.update(fates[t] for t in word_stems(after[0], analyzer)[:1] if t in fates)
    # "Two people suffered serious injuries", "Dua penumpang mengalami luka berat"
    if FATE + "injured" in marks and SERIOUS_WORDS.get(language, frozenset()) & {*before, *after}:
        marks.add(SERIOUS)
    role = ROLE_WORDS.get(language, {}).get(before[-1]) if v.kind == NUMBER and before else None
    if role:
        marks.add(ROLE + role)
    if ANOTHER_WORDS.get(language, frozenset()) & {*before, *after}:
        marks.add(ANOTHER)
    if v.kind == DATE and TO_COME_WORDS.get(language, frozenset()) & set(before):
        marks.add(TO_COME)
    return frozenset(marks)
