"""Dates a sentence gives: day, month and year in any notation the matcher knows ("Rabu (19/6/2024)", "19 Juni
2024", "June 19, 2024", "(8/6)"), each with its head word ("the July 7 bombings") and day name, and weekdays
written alone ("on Thursday"). Clock times are no date (is_time)."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .language import WORD_RE, Analyzer
from .normalize import calendar_words, day_month, day_names, month_numbers
from .slot_names import SPEECH_WORDS
from .slot_value import DATE, NUMBER_MARK, YEARS, Value, Words, word_set

# Words for a date itself ("on the date of 23 August", "tanggal 23 Agustus"): no head word of what it dates.
DATE_WORDS = word_set("date dates day days year years tanggal hari tahun")
# A word that binds a head noun before it to a date after it ("the tsunami of December 26").
BOUND_LINKS = {"en": word_set("of"), "fr": word_set("du de d'")}
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4}|\d{2})(?![\d/])")
_DAY_MONTH_RE = re.compile(r"\((?:\w+,? )?(\d{1,2}) ?/ ?(\d{1,2})\)")  # "Kamis (8/6)": a date without its year
# Before a dateline date ("Tuesday, January 18, 2005 ..."): at most a weekday and its comma.
_DATELINE_RE = re.compile(r"^\W*(?:[^\W\d]+,\s*)?$")
_BRACKETED_RE = re.compile(r"^\s?\(\s?\d")
ATTRIBUTION_WORDS = word_set("tulis mengatakan menyatakan menjelaskan announced wrote")
# Words that make a date the day something was said or published ("released a statement on June 2 saying"):
# another day than the event's (conflict_pairs.consensus).
STATEMENT_WORDS = word_set("statement saying announcement announced press release released pernyataan siaran rilis")
# Parts of a day around a weekday ("early Tuesday", "Selasa dini hari"), read as part of its date.
DAY_PARTS = word_set("early late last this morning afternoon evening night overnight pagi siang sore malam dini hari")
# Words that make a weekday a day to come ("will vote on Friday", "next Friday", "akan ... Jumat", "Jumat depan").
FUTURE_WORDS = word_set("will next upcoming akan depan mendatang")
ON_WORDS = word_set("on pada")  # between a speaker and the day he spoke ("said on Friday", "pada Jumat")
ATTRIBUTION_WINDOW = 8  # tokens before a weekday in which a verb of speech makes it the day something was said
FUTURE_WINDOW = 4  # tokens before a weekday (its part of the day aside) in which "will", "akan" make it a day to come


def _ascii_digits(word: str) -> bool:
    """Digits int() reads: str.isdigit() also accepts "²", which int() refuses."""
    return word.isascii() and word.isdigit()


DateSpan = tuple[int, int, tuple[int | None, int | None, int | None]]  # start, end, (year, month, day)


def date_spans(text: str, language: str) -> list[DateSpan]:
    """(start, end, (year, month, day)) of every date written with a month or in numbers."""
    found: list[DateSpan] = []
    for m in _NUMERIC_DATE_RE.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = day_month(a, b, language)
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append((m.start(), m.end(), (year + 2000 if year < 100 else year, month, day)))
    for m in _DAY_MONTH_RE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12 and not any(a <= m.start(1) < b for a, b, _ in found):
            found.append((m.start(1), m.end(2), (None, month, day)))
    months = month_numbers(language)
    tokens = list(WORD_RE.finditer(text))
    taken = [(a, b) for a, b, _ in found]
    n = 0
    while n < len(tokens):
        word = tokens[n].group().lower().rstrip(".")
        if word not in months or any(a <= tokens[n].start() < b for a, b in taken):
            n += 1
            continue
        month = int(months[word])
        start, end = tokens[n].start(), tokens[n].end()
        when_day: int | None = None
        when_year: int | None = None
        before = tokens[n - 1].group() if n > 0 else ""
        if _ascii_digits(before) and 1 <= int(before) <= 31 and tokens[n - 1].start() not in [a for a, _ in taken]:
            when_day, start = int(before), tokens[n - 1].start()
        k = n + 1
        after = tokens[k].group() if k < len(tokens) else ""
        if when_day is None and _ascii_digits(after) and 1 <= int(after) <= 31:
            when_day, end, k = int(after), tokens[k].end(), k + 1
        if k < len(tokens) and _ascii_digits(tokens[k].group()) and YEARS[0] <= int(tokens[k].group()) <= YEARS[1]:
            when_year, end, k = int(tokens[k].group()), tokens[k].end(), k + 1
        if when_day is not None or when_year is not None:
            found.append((start, end, (when_year, month, when_day)))
            taken.append((start, end))
        n = k
    return sorted(found)


def dates(
    text: str, tokens: Sequence[re.Match[str]], words: Words, found: Sequence[DateSpan], language: str
) -> list[Value]:
    """The dates of `found` (date_spans) as values, each with its head word and day name; not the report's own
    dateline date."""
    out: list[Value] = []
    for start, end, date in found:
        if _DATELINE_RE.match(text[:start]):
            continue  # the report's own date, not a date it reports
        slot = frozenset({"day", "year"} if date[0] is not None else {"day"})
        weekday, at = _weekday_of(text[:start], language)
        context = words.context(at, end)  # "Senin (23/11)": the day name is the date's, no word of what it dates
        bound = _bound(text, tokens, words, start, end, language)
        date_value = Value(DATE, slot, date, "exact", 1.0, start, end, text[start:end], context, bound=bound)
        out.append(replace(date_value, weekday=weekday, before=words.side(at, -1)))
    return out


def _bound(
    text: str, tokens: Sequence[re.Match[str]], words: Words, start: int, end: int, language: str
) -> frozenset[str]:
    """A date's head word: the content word right next to it, only a space between ("the July 7 bombings",
    "tsunami 26 Desember"), or before a linking word ("the tsunami of December 26"). Not a weekday ("Sunday,
    January 16"), a number or another date's month."""
    calendar = calendar_words(language)
    out: set[str] = set()
    after = bisect_left(words.starts, end)
    if after < len(tokens) and text[end : words.starts[after]] == " ":
        out.update(_head(tokens[after].group(), words.stems[after], ">", calendar))
    before = bisect_left(words.starts, start) - 1
    if before >= 0 and text[words.ends[before] : start] == " ":
        if tokens[before].group().lower() in BOUND_LINKS.get(language, ()) and before > 0:
            if text[words.ends[before - 1] : words.starts[before]] == " ":
                out.update(_head(tokens[before - 1].group(), words.stems[before - 1], "<", calendar))
        else:
            out.update(_head(tokens[before].group(), words.stems[before], "<", calendar))
    return frozenset(out)


def said_on(text: str, start: int, language: str) -> bool:
    """The date at `start` is the day a source spoke: right after a verb of speech and its speaker, with only
    capitalised words (the speaker, a day name), "on" / "pada" and punctuation between ("kata Rahmat, Jumat
    (7/3/2025)", "Rahmat said on Friday, March 7"); not "said the flood hit on Thursday"."""
    said = said_words(language)
    for token in reversed(WORD_RE.findall(text[:start])):
        lower = token.lower()
        if lower in said:
            return True
        if not (token[:1].isupper() or lower in ON_WORDS):
            return False
    return False


@lru_cache(maxsize=16)
def said_words(language: str) -> frozenset[str]:
    """Verbs of speech and attribution, as written: a date right after them is the day a source spoke."""
    return SPEECH_WORDS.get(language, frozenset()) | ATTRIBUTION_WORDS


def _weekday_of(before: str, language: str) -> tuple[int | None, int]:
    """The day name right before a date, past a comma or an opening bracket ("Sunday, January 16" -> 6), and where
    it starts (the end of `before` when there is none)."""
    m = re.search(r"([^\W\d_]+)\s?[,(]?\s?$", before)
    day = weekday_numbers(language).get(m.group(1).lower()) if m else None
    return (day, m.start(1)) if m and day is not None else (None, len(before))


def _head(word: str, stem: str | None, side: str, calendar: frozenset[str]) -> set[str]:
    lower = word.lower().rstrip(".")
    if stem is None or stem == NUMBER_MARK or lower in calendar or lower in DATE_WORDS:
        return set()
    return {side + stem}


def lone_weekdays(
    text: str, tokens: Sequence[re.Match[str]], words: Words, analyzer: Analyzer, dates: Sequence[tuple]
) -> list[Value]:
    """A weekday written alone ("on Thursday", "pada Kamis"): a date of its own slot, compared only with another
    weekday. Not one that names the day of a date beside it ("Rabu (19/6/2024)", "Tuesday, January 18")."""
    days = weekday_numbers(analyzer.language)
    capitalised = weekdays_capitalised(analyzer.language)
    said = said_words(analyzer.language)
    out: list[Value] = []
    for n, token in enumerate(tokens):
        day = days.get(token.group().lower().replace("'", "").replace("’", ""))
        if day is None or capitalised and not token.group()[:1].isupper():
            continue
        if any(-3 <= a - token.end() <= 3 or -3 <= token.start() - b <= 3 for a, b, _ in dates):
            continue
        if _BRACKETED_RE.match(text[token.end() :]) or set(words.lower[max(0, n - ATTRIBUTION_WINDOW) : n]) & said:
            continue  # "Senin ( 3 / 7 )" in tokenised text; "ujar X, Senin", "said on Monday": when it was said
        context = words.context(token.start(), token.end())
        first, last = n, n  # "early Tuesday", "Selasa dini hari": the part of the day is part of the date
        while first > max(0, n - 2) and words.lower[first - 1] in DAY_PARTS:
            first -= 1
        while last < min(len(tokens) - 1, n + 2) and words.lower[last + 1] in DAY_PARTS:
            last += 1
        # a day to come: "will vote on Friday", "akan digelar pada Jumat", not "will stay closed after floods hit ... on
        # Monday": the future word in the few words before the day (or right after it)
        ahead = FUTURE_WORDS & {*words.lower[max(0, first - FUTURE_WINDOW) : first], *words.lower[last + 1 : last + 3]}
        weekday = Value(
            DATE,
            frozenset({"weekday"}),
            (day,),
            "next" if ahead else "exact",
            1.0,
            token.start(),
            token.end(),
            token.group(),
            context,
            weekday=day,
        )
        out.append(
            replace(weekday, before=words.side(tokens[first].start(), -1), after=words.side(tokens[last].end(), 1))
        )
    return out


def on_day(v: Value, published: str | None) -> Value:
    """A weekday written alone as the date it names from the report's own date (`published`, ISO): the last such
    day on or before it, or the next on or after it for a day to come ("will vote on Friday", "akan ... Jumat"):
    "early Tuesday" in a report of Tuesday 12 July 2005 and "on Tuesday" in one of the 13th are one day, its "on
    Monday" another. Other values, and weekdays of an undated report, are as read."""
    if v.slot != {"weekday"} or v.weekday is None or not published:
        return v
    try:
        base = datetime.date.fromisoformat(published[:10])
        step = (v.weekday - base.weekday()) % 7 if v.qualifier == "next" else -((base.weekday() - v.weekday) % 7)
        day = base + datetime.timedelta(days=step)
    except (ValueError, OverflowError):  # no date, or a day before 1 January 1 or after 31 December 9999
        return v
    return replace(v, value=(day.year, day.month, day.day))


@lru_cache(maxsize=16)
def weekday_numbers(language: str) -> dict[str, int]:
    """Full day names of `language`, lower case -> 0 (Monday) .. 6."""
    return {name.lower(): number for number, name in day_names(language).items()}


def weekdays_capitalised(language: str) -> bool:
    """Whether `language` writes its day names with a capital ("Monday", "Senin"; not "lundi", "четверг"): there a
    lower-case "minggu" is a week, not Sunday. A language Babel does not know: taken as capitalised."""
    names = day_names(language)
    return not names or any(name[:1].isupper() for name in names.values())


def is_time(text: str, token: re.Match[str]) -> bool:
    """A clock time ("04:15", "8:00 p.m.", "pukul 07.15 WIB"): a time of day is a slot this module does not compare."""
    if in_colon_time(text, token):
        return True
    before = text[max(0, token.start() - 8) : token.start()].split()
    return bool(_CLOCK_RE.match(token.group())) and bool(before) and before[-1].lower() in CLOCK_WORDS


def in_colon_time(text: str, token: re.Match[str]) -> bool:
    """The hour or the minutes of a time written with a colon ("7:15 a.m.")."""
    return text[token.end() : token.end() + 1] == ":" or text[max(0, token.start() - 1) : token.start()] == ":"


CLOCK_WORDS = frozenset({"pukul", "jam", "pkl", "pkl.", "at"})  # "pukul 07.15", "at 9.30": a time of day
_CLOCK_RE = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d$")
