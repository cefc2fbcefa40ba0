"""Slots: the values a sentence gives, each with the slot it fills and the words around it.

Dates (day, month and year in any notation the matcher knows: "Rabu (19/6/2024)", "19 Juni 2024", "June 19,
2024"), years, scores, numbers with their unit (the content word after the number, or before it: "12 people",
"magnitude 6.1", "45 million dollars"), and places and persons (a name whose neighbouring words say which it
is: "in Padang", "said minister X"). Each value keeps the content stems around it: its context (a set) and
the runs of words before and after it (in order), from which conflicts.py tells two mentions of one quantity.
"""

from __future__ import annotations

from dataclasses import replace

from .language import WORD_RE, Analyzer
from .slot_dates import date_spans, dates, in_colon_time, lone_weekdays
from .slot_names import name_marks, read_names, same_name, word_marks
from .slot_numbers import is_label, numbers, scores
from .slot_times import times
from .slot_value import DATE, NAMES, NUMBER, YEARS, Value, Words, run_length

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
    out.extend(numbers(text, tokens, words, analyzer, taken, out[-1] if out else None))
    out.extend(lone_weekdays(text, tokens, words, analyzer, found))
    out.extend(read_names(text, tokens, words, analyzer))
    return [  # a lone weekday reads its words past the part of the day ("early Tuesday": lone_weekdays)
        v
        if v.slot == {"weekday"}
        else replace(v, before=v.before or words.side(v.start, -1), after=v.after or words.side(v.end, 1))
        for v in out
    ]
