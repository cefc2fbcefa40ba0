"""Conflicts: where outlets that report one fact give different values of the same slot.

Each sentence of a fact is read into slot values: dates (day, month and year in any notation the
matcher knows: "Rabu (19/6/2024)", "19 Juni 2024", "June 19, 2024"), years, and numbers with their unit
(the content word after the number, or before it: "12 people", "magnitude 6.1", "45 million dollars").
Two reports disagree on a slot when some value of one has a same-slot value in the other, and neither
value agrees with any same-slot value of the other report. Values agree when they are equal or one is a
consistent restatement of the other: a bound ("more than 11,000" and "11,000"), a rounding ("about
40,000" and 40,312, "45 million" and 45.3 million), a date with fewer parts ("19 Juni" and "19/6/2024").
A year ("sejak tahun 2000") and a count of years ("24 tahun") are different slots.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from .align import TOPIC_MIN_SENTENCES, TOPIC_SHARE, Alignment
from .language import WORD_RE, Analyzer, is_number
from .models import Conflict, ConflictValue, Corpus, Fact, UniqueItem
from .normalize import calendar_words, canonical_number, given_terms, is_value, month_numbers, names, number_words

NUMBER, DATE, PLACE, PERSON = "number", "date", "place", "person"
NAMES = (PLACE, PERSON)
SCORE = "-score-"  # the slot of a score or range ("3-1", "25-40"): not a word, so no unit can match it
YEARS = (1900, 2099)  # a bare four-digit number in this range is a year
ROUNDING = 0.05  # a round number may differ by this share from a precise one it rounds
APPROXIMATE = 0.10  # ... and by this share when an outlet says "about"
# Besides sentences of one fact, two sentences of different reports are compared when this share of the
# smaller one's words (values left out), and at least MIN_SHARED_WORDS of them, are in the other.
RESTATEMENT = 0.8
# Claim share (align.py) from which two sentences of different reports are compared.
LINKED = 0.6
MIN_SHARED_WORDS = 5
# Large sets: words in more than this share of the value-holding sentences are left out of the overlap.
DENSE_SHARE = 0.05
DENSE_MIN_SENTENCES = 200
UNIT_WINDOW = 3  # tokens looked at on each side of a number for its unit
CONTEXT_WINDOW = 4  # content words on each side of a value that tell what it counts
SHARED_CONTEXT = 2  # two values are one quantity only when their contexts share this many stems (dates: one less)
RUN_WINDOW = 6  # content words on each side of a value read for the run of words two mentions share
NUMBER_MARK = "#"
RUN_SAME = 2  # two values of one slot whose neighbouring words run alike for this many stems are one quantity
RUN_ANCHOR = 5  # ... and this many when nothing else pairs their sentences
ANCHOR_BUCKET = 50  # at most this many values compared by their run of words (see anchored)
RUN_LOOSE = 3  # ... and this many when their sentences only come close to stating one claim (align.UNSTATED)
COPY_PAIRS = 4  # pairs of copies compared per pair of distinct sentences (wire copy; see find_conflicts)
QUALIFIER_WORDS = 3  # words before a number in which "more than", "sekitar" ... are looked for
# Bounds and hedges that make a number consistent with others ("more than 11,000" and "11,000").
QUALIFIERS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "en": tuple(
        (tuple(words.split()), kind)
        for words, kind in (
            ("more than", "over"),
            ("over", "over"),
            ("at least", "over"),
            ("above", "over"),
            ("exceeding", "over"),
            ("upwards of", "over"),
            ("in excess of", "over"),
            ("less than", "under"),
            ("fewer than", "under"),
            ("under", "under"),
            ("up to", "under"),
            ("at most", "under"),
            ("nearly", "under"),
            ("almost", "under"),
            ("about", "about"),
            ("around", "about"),
            ("approximately", "about"),
            ("roughly", "about"),
            ("some", "about"),
            ("estimated", "about"),
            ("an estimated", "about"),
            ("close to", "about"),
        )
    ),
    "id": tuple(
        (tuple(words.split()), kind)
        for words, kind in (
            ("lebih dari", "over"),
            ("lebih", "over"),
            ("sedikitnya", "over"),
            ("setidaknya", "over"),
            ("minimal", "over"),
            ("paling sedikit", "over"),
            ("sekurangnya", "over"),
            ("kurang dari", "under"),
            ("hampir", "under"),
            ("maksimal", "under"),
            ("hingga", "under"),
            ("sampai", "under"),
            ("mendekati", "under"),
            ("sekitar", "about"),
            ("kira-kira", "about"),
            ("kurang lebih", "about"),
            ("lebih kurang", "about"),
            ("sekira", "about"),
            ("diperkirakan", "about"),
            ("ditaksir", "about"),
        )
    ),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A name is read as a place or a person only when the words around it say which: a place after a locative
# word ("in Padang", "di Padang", "kota Padang"), a person after a title or next to a verb of speech ("said
# minister X", "kata Menteri X", "X said"). Anything else is no slot of this module (precision first).
PLACE_WORDS = {
    "en": _words("in at near from into outside inside across town city village province district region"),
    "id": _words("di ke dari kota provinsi kabupaten desa kecamatan pulau wilayah daerah kampung"),
}
TITLE_WORDS = {
    "en": _words(
        "minister president spokesman spokeswoman spokesperson governor mayor chief director secretary leader "
        "premier chairman mr mrs ms dr commander ambassador general senator prosecutor judge"
    ),
    "id": _words(
        "presiden menteri gubernur bupati walikota wali kepala ketua direktur sekretaris jubir manajer "
        "kapolda kapolri kapolres pak bu bapak ibu jenderal hakim jaksa pelatih"
    ),
}
SPEECH_WORDS = {
    "en": _words("said says told added according"),
    "id": _words("kata ujar ungkap jelas tutur katanya ujarnya menurut ungkapnya jelasnya tuturnya"),
}
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4}|\d{2})(?![\d/])")
_DAY_MONTH_RE = re.compile(r"\((?:\w+,? )?(\d{1,2}) ?/ ?(\d{1,2})\)")  # "Kamis (8/6)": a date without its year
_SCORE_RE = re.compile(r"(?<![\d.,/:-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\d.,/:%-])")  # "3-1", "3 - 1": a score
# A value in brackets right after another value and its unit is the same value converted: "10 km (6 miles)".
_CONVERSION_RE = re.compile(r"^\s?[^\W\d]+\s?[(\[]\s?$")
# Before a dateline date ("Tuesday, January 18, 2005 ..."): at most a weekday and its comma.
_DATELINE_RE = re.compile(r"^\W*(?:[^\W\d]+,\s*)?$")
_PERCENT_RE = re.compile(r"^\s?%")


@dataclass(frozen=True, slots=True)
class Value:
    """One slot value of a sentence: what it is, which slot it fills, and where it is written."""

    kind: str  # NUMBER, DATE, PLACE or PERSON
    slot: frozenset[str]  # unit stems for a number, {"day"} or {"year"} for a date, {kind} for a name
    value: tuple[float, ...] | tuple[int | None, ...] | tuple[str, ...]  # (number,), (score, score),
    # (year, month, day), or a name's lower-case words
    qualifier: str  # "exact", "over", "under" or "about"
    precision: float  # 10**k for an integer with k trailing zeros, 10**-d for d decimals
    start: int
    end: int
    surface: str
    context: frozenset[str]  # content stems near the value: two mentions of one quantity share some
    before: tuple[str, ...] = ()  # content stems before the value, nearest first (NUMBER_MARK for a number)
    after: tuple[str, ...] = ()  # ... and after it


def _precision(token: str) -> float:
    canonical = canonical_number(token)
    if "." in canonical:
        return 10.0 ** -len(canonical.split(".")[1])
    digits = canonical.rstrip("0")
    return 10.0 ** (len(canonical) - len(digits)) if digits else 1.0


def _date_values(text: str, language: str) -> list[tuple[int, int, tuple[int | None, int | None, int | None]]]:
    """(start, end, (year, month, day)) of every date written with a month or in numbers."""
    found: list[tuple[int, int, tuple[int | None, int | None, int | None]]] = []
    for m in _NUMERIC_DATE_RE.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (b, a) if language == "en" and a <= 12 else (a, b)
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
        if before.isdigit() and 1 <= int(before) <= 31 and tokens[n - 1].start() not in [a for a, _ in taken]:
            when_day, start = int(before), tokens[n - 1].start()
        k = n + 1
        if when_day is None and k < len(tokens) and tokens[k].group().isdigit() and 1 <= int(tokens[k].group()) <= 31:
            when_day, end, k = int(tokens[k].group()), tokens[k].end(), k + 1
        if k < len(tokens) and tokens[k].group().isdigit() and YEARS[0] <= int(tokens[k].group()) <= YEARS[1]:
            when_year, end, k = int(tokens[k].group()), tokens[k].end(), k + 1
        if when_day is not None or when_year is not None:
            found.append((start, end, (when_year, month, when_day)))
            taken.append((start, end))
        n = k
    return sorted(found)


def _qualifier(text: str, start: int, language: str) -> str:
    before = [w.lower() for w in WORD_RE.findall(text[:start])][-QUALIFIER_WORDS:]
    for words, kind in sorted(QUALIFIERS.get(language, ()), key=lambda q: -len(q[0])):
        if tuple(before[-len(words) :]) == words:
            return kind
    return "exact"


def _unit(tokens: Sequence[re.Match[str]], n: int, skip: int, analyzer: Analyzer, text: str) -> frozenset[str]:
    """Stems of the nearest content word after the number (past `skip` tokens) and before it."""
    end = tokens[n + skip].end()
    if _PERCENT_RE.match(text[end:]):
        return frozenset({"%"})
    unit: set[str] = set()
    for k in range(n + skip + 1, min(len(tokens), n + skip + 1 + UNIT_WINDOW)):
        word = tokens[k].group()
        if is_number(word):
            continue  # "2,000 or 3,000 metres": both are metres
        terms = analyzer.word_terms(word)
        if terms:
            unit.add(terms[0])
            break
    for k in range(n - 1, max(-1, n - 1 - UNIT_WINDOW), -1):
        word = tokens[k].group()
        if is_number(word):
            break
        terms = analyzer.word_terms(word)
        if terms:
            unit.add(terms[0])
            break
    return frozenset(unit)


def values(text: str, analyzer: Analyzer) -> list[Value]:
    """Every date, year and number with a unit in the sentence."""
    language = analyzer.language
    out: list[Value] = []
    tokens = list(WORD_RE.finditer(text))
    dates = _date_values(text, language)
    for start, end, date in dates:
        if _DATELINE_RE.match(text[:start]):
            continue  # the report's own date, not a date it reports
        slot = frozenset({"day", "year"} if date[0] is not None else {"day"})
        context = _context(tokens, start, end, analyzer)
        out.append(Value(DATE, slot, date, "exact", 1.0, start, end, text[start:end], context))
    taken = [(a, b) for a, b, _ in dates]
    for m in _SCORE_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        context = _context(tokens, m.start(), m.end(), analyzer)
        score = (float(m.group(1)), float(m.group(2)))
        out.append(Value(NUMBER, frozenset({SCORE}), score, "exact", 1.0, m.start(), m.end(), m.group(), context))
        taken.append((m.start(), m.end()))
    spelled, multipliers = number_words(language)
    for n, token in enumerate(tokens):
        if not token.group()[0].isdigit() and token.group().lower() not in spelled:
            continue
        if any(a <= token.start() < b for a, b in taken) or _is_time(text, token):
            continue
        if out and out[-1].kind == NUMBER and _CONVERSION_RE.match(text[out[-1].end : token.start()]):
            continue
        word = token.group()
        lower = word.lower()
        if is_number(word):
            if re.fullmatch(r"\d{4}", word) and YEARS[0] <= int(word) <= YEARS[1]:
                date = (int(word), None, None)
                context = _context(tokens, token.start(), token.end(), analyzer)
                year = Value(DATE, frozenset({"year"}), date, "exact", 1.0, token.start(), token.end(), word, context)
                out.append(year)
                continue
            if _is_identifier(text, tokens, n):
                continue
            try:
                number, precision = float(canonical_number(word)), _precision(word)
            except ValueError:
                continue
        elif lower in spelled and lower not in ("one", "satu", "se"):
            number, precision = float(spelled[lower]), 1.0
        else:
            continue
        skip = 0
        following = tokens[n + 1].group().lower() if n + 1 < len(tokens) else ""
        if following in multipliers:
            number, precision, skip = number * multipliers[following], precision * multipliers[following], 1
        unit = _unit(tokens, n, skip, analyzer, text)
        if not unit:
            continue
        end = tokens[n + skip].end()
        qualifier = _qualifier(text, token.start(), language)
        context = _context(tokens, token.start(), end, analyzer) | unit
        surface = text[token.start() : end]
        out.append(Value(NUMBER, unit, (number,), qualifier, precision, token.start(), end, surface, context))
    out.extend(_names(text, tokens, analyzer))
    return [
        replace(v, before=_side(tokens, v.start, -1, analyzer), after=_side(tokens, v.end, 1, analyzer)) for v in out
    ]


def _names(text: str, tokens: Sequence[re.Match[str]], analyzer: Analyzer) -> list[Value]:
    """Places and persons: names whose neighbouring words say which they are (PLACE_WORDS, TITLE_WORDS)."""
    language = analyzer.language
    places, titles = PLACE_WORDS.get(language, frozenset()), TITLE_WORDS.get(language, frozenset())
    speech, calendar = SPEECH_WORDS.get(language, frozenset()), calendar_words(language)
    out: list[Value] = []
    starts = [t.start() for t in tokens]
    for name in names(text):
        words = list(name.words)
        start = name.start
        lead = ""
        while words and words[0].lower() in titles | places:  # "Presiden Joko Widodo", "Kota Padang"
            lead = words.pop(0).lower()
            start = text.index(words[0], start) if words else name.end
        if not words or any(w.lower() in calendar or not w.isalpha() for w in words):
            continue
        first = bisect_left(starts, start)
        before = ["", "", *(t.group().lower() for t in tokens[max(0, first - 2) : first])][-2:]
        said = re.match(r"\s+(\w+)", text[name.end :])  # "X said", not "Padang, said"
        if (
            lead in places
            or not lead
            and (before[1] in places or before == [*before[:1], "of"] and before[0] in places)
        ):
            kind = PLACE
        elif lead in titles or set(before) & titles:
            kind = PERSON
        elif len(words) > 1 and (set(before) & speech or said and said.group(1).lower() in speech):
            kind = PERSON  # "Joko Widodo said", "said Joko Widodo", "according to Joko Widodo"
        else:
            continue
        if kind == PERSON and lead in titles and len(words) > 2:  # "Menteri Sosial Tri Rismaharini": the office's
            start = text.index(words[-2], start)  # own words are no part of the person's name
            words = words[-2:]
        key = tuple(w.lower() for w in words if not w.islower())  # "Rio de Janeiro": ("rio", "janeiro")
        context = _context(tokens, start, name.end, analyzer)
        out.append(Value(kind, frozenset({kind}), key, "exact", 1.0, start, name.end, text[start : name.end], context))
    return out


@lru_cache(maxsize=65536)
def _name_marks(text: str) -> frozenset[tuple[str, str]]:
    """Marks (_word_marks) of every name of the text."""
    return frozenset(mark for name in names(text) for mark in word_marks(name.words))


def word_marks(words: Sequence[str]) -> frozenset[tuple[str, str]]:
    """("name", word) for every word of a name and ("name", its initials): two texts share a mark when they
    give one name in any form ("Putin", "Vladimir Putin"; "AS", "Amerika Serikat")."""
    lower = [w.lower() for w in words if w.isalpha() and not w.islower()]  # not "de" of "Charles de Gaulle"
    initials = {("name", "".join(w[0] for w in lower))} if len(lower) > 1 else set()
    return frozenset({("name", w) for w in lower} | initials)


def _same_name(a: Value, b: Value) -> bool:
    """Forms of one name: a word in common ("Putin", "Vladimir Putin") or one the other's initials ("AS",
    "Amerika Serikat")."""
    x, y = set(a.value), set(b.value)
    if x & y:
        return True
    initials = {"".join(str(w)[0] for w in v.value) for v in (a, b)}
    return bool(initials & {str(w) for w in x | y})


def _side(tokens: Sequence[re.Match[str]], at: int, step: int, analyzer: Analyzer) -> tuple[str, ...]:
    """Up to RUN_WINDOW content stems before (step -1) or after (step 1) offset `at`, nearest first; a number or
    a month is NUMBER_MARK, so that "216 passengers and 12 crew" and "516 passengers and 12 crew" line up."""
    months = month_numbers(analyzer.language)
    if step < 0:
        near = tokens[: bisect_right([t.end() for t in tokens], at)][::-1]
    else:
        near = tokens[bisect_left([t.start() for t in tokens], at) :]
    out: list[str] = []
    for t in near:
        word = t.group()
        if is_number(word) or word.lower().rstrip(".") in months:
            out.append(NUMBER_MARK)
            continue
        terms = analyzer.word_terms(word)
        if terms:
            out.append(terms[0])
        if len(out) >= RUN_WINDOW:
            break
    return tuple(out)


def run_length(a: Value, b: Value) -> int:
    """Content stems in the runs of words the two values share right before and right after them: "killing all
    228 people on board" and "killing all 528 people on board" share three (kill; peopl, board)."""
    count = 0
    for x, y in ((a.before, b.before), (a.after, b.after)):
        for p, q in zip(x, y, strict=False):
            if p != q:
                break
            count += p != NUMBER_MARK
    return count


def _context(tokens: Sequence[re.Match[str]], start: int, end: int, analyzer: Analyzer) -> frozenset[str]:
    """Stems of up to CONTEXT_WINDOW content words on each side of the value, numbers and months left out."""
    months = month_numbers(analyzer.language)
    stems: set[str] = set()
    for side in ([t for t in tokens if t.end() <= start][::-1], [t for t in tokens if t.start() >= end]):
        taken = 0
        for t in side:
            word = t.group()
            if is_number(word) or word.lower().rstrip(".") in months:
                continue
            terms = analyzer.word_terms(word)
            if terms:
                stems.add(terms[0])
                taken += 1
                if taken == CONTEXT_WINDOW:
                    break
    return frozenset(stems)


def _is_identifier(text: str, tokens: Sequence[re.Match[str]], n: int) -> bool:
    """A number that is part of a name ("Flight 447", "Resolution 1723", "A330-200"), not a quantity."""
    token = tokens[n]
    if text[token.start() - 1 : token.start()] in ("-", "#", "+") or text[token.end() : token.end() + 1] == "-":
        return True
    if n == 0:
        return False
    previous = tokens[n - 1]
    gap = text[previous.end() : token.start()]
    return gap == " " and previous.group()[:1].isupper() and previous.group().lower() not in _calendar_words()


def _calendar_words() -> frozenset[str]:
    return frozenset(month_numbers("en")) | frozenset(month_numbers("id"))


def _is_time(text: str, token: re.Match[str]) -> bool:
    """A clock time ("04:15", "8:00 p.m."): a time of day is a slot this module does not compare."""
    return text[token.end() : token.end() + 1] == ":" or text[max(0, token.start() - 1) : token.start()] == ":"


def agree(a: Value, b: Value) -> bool:
    """True when the two values can both be right: equal, a bound the other meets, or a rounding of it."""
    if a.kind in NAMES:
        return _same_name(a, b)
    if a.kind == DATE:
        return all(x is None or y is None or x == y for x, y in zip(a.value, b.value, strict=True))
    if len(a.value) != 1 or len(b.value) != 1:  # scores and ranges agree only when equal
        return a.value == b.value
    x, y = float(a.value[0]), float(b.value[0])  # type: ignore[arg-type]
    if x == y:
        return True
    if a.qualifier == b.qualifier and a.qualifier in ("over", "under"):  # "nearly 90%" and "nearly 60%" differ
        return abs(x - y) <= APPROXIMATE * max(abs(x), abs(y))
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


def _covers(o: Value, v: Value) -> bool:
    """A date vouches for another only when it gives every part the other gives: a bare year (the "2017" of
    "Clasico 2017") says nothing about the day of "23/12/2017"; "19 Juni" and "19/6/2024" vouch for each other
    through the full date."""
    return o.kind != DATE or all(y is not None for x, y in zip(v.value, o.value, strict=True) if x is not None)


def _same_slot(a: Value, b: Value) -> bool:
    return a.kind == b.kind and bool(a.slot & b.slot)


def _same_quantity(a: Value, b: Value, common: frozenset[str]) -> bool:
    """Same slot and enough shared context, the story's own words aside, to be two reports' values of one quantity."""
    needed = SHARED_CONTEXT - 1 if a.kind == DATE and "day" in a.slot & b.slot else SHARED_CONTEXT
    if a.kind == NUMBER and a.slot != b.slot:
        needed += 1  # units that only partly meet ("12 people injured", "45 people missing") need more
    if not _same_slot(a, b):
        return False
    if a.kind in NAMES:  # a name fills the same slot only in the same words: "in the town of X", "said minister X"
        return run_length(a, b) >= RUN_SAME
    return len((a.context & b.context) - common) >= needed or run_length(a, b) >= RUN_SAME


def _common(terms: Sequence[Sequence[str]]) -> frozenset[str]:
    """The story's own words ("Putin", "Korea", "quake"): in more than TOPIC_SHARE of a large set's sentences."""
    if len(terms) < TOPIC_MIN_SENTENCES:
        return frozenset()
    df: dict[str, int] = {}
    for sentence in terms:
        for term in set(sentence):
            df[term] = df.get(term, 0) + 1
    return frozenset(t for t, n in df.items() if n > TOPIC_SHARE * len(terms))


def restatements(corpus: Corpus, terms: Sequence[Sequence[str]], candidates: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs of sentences of different reports that say the same words around their values.

    Containment of the smaller sentence's words (numbers left out, so a changed value does not hide a
    restatement), by one sparse product over the sentences that hold values.
    """
    if len(candidates) < 2:
        return []
    words = [[t for t in terms[i] if not is_value(t)] for i in candidates]
    vectorizer = CountVectorizer(analyzer=given_terms, binary=True, dtype=np.float64)
    try:
        matrix = sparse.csr_matrix(vectorizer.fit_transform(words))
    except ValueError:  # no words at all
        return []
    df = np.asarray(matrix.sum(axis=0)).ravel()
    if len(candidates) > DENSE_MIN_SENTENCES:
        matrix = sparse.csr_matrix(matrix @ sparse.diags((df <= DENSE_SHARE * len(candidates)).astype(float)))
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    overlap = sparse.triu(matrix @ matrix.T, k=1).tocoo()
    docs = np.array([corpus.refs[i].document for i in candidates])
    smaller = np.minimum(sizes[overlap.row], sizes[overlap.col])
    keep = (
        (docs[overlap.row] != docs[overlap.col])
        & (overlap.data >= MIN_SHARED_WORDS)
        & (overlap.data >= RESTATEMENT * np.maximum(smaller, 1))
    )
    pairs = zip(overlap.row[keep].tolist(), overlap.col[keep].tolist(), strict=True)
    return sorted((candidates[a], candidates[b]) for a, b in pairs)


def linked(
    corpus: Corpus, alignment: Alignment, holding: Sequence[bool], threshold: float = LINKED
) -> set[tuple[int, int]]:
    """Sentence pairs of different reports of which one states a claim of the other (Alignment.links)."""
    members: dict[int, list[int]] = {}
    for i, node in enumerate(alignment.node_of):
        if holding[i]:
            members.setdefault(node, []).append(i)
    links = alignment.links.tocoo()
    pairs: set[tuple[int, int]] = set()
    for a, b, share in zip(links.row.tolist(), links.col.tolist(), links.data.tolist(), strict=True):
        if share < threshold or a not in members or b not in members:
            continue
        for i in members[a]:
            pairs.update(
                (min(i, j), max(i, j)) for j in members[b] if corpus.refs[i].document != corpus.refs[j].document
            )
    return pairs


def anchored(corpus: Corpus, read: Sequence[Sequence[Value]]) -> set[tuple[int, int]]:
    """Sentence pairs of different reports with values of one slot in a long run of the same words
    (RUN_ANCHOR), however little else of the two sentences is alike: "carrying 216 passengers and 12 crew
    members" in a long sentence and in a short one. Not names: "the Climate Change Conference in Bali" and "...
    in Indonesia" are both right. Such a run shares its two words next to the value on one
    side, so values are bucketed by those and only a bucket's members are compared."""
    buckets: dict[tuple[str, tuple[str, ...]], list[tuple[int, Value]]] = {}
    for i, found in enumerate(read):
        for v in found:
            for side, words in (("before", v.before[:2]), ("after", v.after[:2])):
                if len(words) == 2 and any(w != NUMBER_MARK for w in words):
                    buckets.setdefault((side, words), []).append((i, v))
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > ANCHOR_BUCKET:
            continue  # the set's stock phrase ("people were"), or wire copies: the other pairings cover those
        for x, (i, a) in enumerate(members):
            for j, b in members[x + 1 :]:
                other = corpus.refs[i].document != corpus.refs[j].document
                if other and a.kind not in NAMES and _same_slot(a, b) and run_length(a, b) >= RUN_ANCHOR:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def find_conflicts(
    corpus: Corpus, facts: Sequence[Fact], alignment: Alignment, analyzer: Analyzer
) -> tuple[Conflict, ...]:
    """Values of one quantity that two reports of one fact give differently, grouped per fact.

    Compared: sentences of different reports in one fact, sentences one of which states a claim of the
    other, and close restatements (a changed value may have moved a sentence out of its fact).
    """
    distinct = {text: values(text, analyzer) for text in dict.fromkeys(corpus.texts)}  # wire copies: once
    read = [distinct[text] for text in corpus.texts]
    fact_of = {i: n for n, fact in enumerate(facts) for i in fact.members}
    pairs = set(restatements(corpus, alignment.terms, [i for i, found in enumerate(read) if found]))
    holding = [bool(found) for found in read]
    pairs |= linked(corpus, alignment, holding)
    for fact in facts:
        per_node: dict[int, int] = {}
        members = []
        for i in fact.members:
            if read[i] and per_node.get(alignment.node_of[i], 0) <= COPY_PAIRS:
                per_node[alignment.node_of[i]] = per_node.get(alignment.node_of[i], 0) + 1
                members.append(i)
        for x, i in enumerate(members):
            pairs.update((i, j) for j in members[x + 1 :] if corpus.refs[i].document != corpus.refs[j].document)
    pairs |= anchored(corpus, read)
    # Claims that come close (align.UNSTATED) but not that close: a changed value lowers the share, as the value
    # is a rare word of the claim. Compared only where the words around the two values run alike.
    loose = linked(corpus, alignment, holding, 0.0) - pairs
    pairs |= loose

    anywhere: dict[int, set[tuple[str, Any]]] = {}  # (slot word, value) of every value of every report
    for i, found in enumerate(read):
        # a bare year says too little about what it dates to vouch for another mention of that year
        specific = [v for v in found if v.slot != {"year"}]
        anywhere.setdefault(corpus.refs[i].document, set()).update((w, v.value) for v in specific for w in v.slot)
        anywhere[corpus.refs[i].document].update(_name_marks(corpus.texts[i]))

    share: dict[tuple[int, int], list[int]] = {}  # (fact, report) -> the report's sentences in the fact
    for n, fact in enumerate(facts):
        for m in fact.members:
            share.setdefault((n, corpus.refs[m].document), []).append(m)
    owned: dict[int, tuple[list[tuple[int, Value]], set[tuple[str, Any]]]] = {}

    def own(i: int) -> tuple[list[tuple[int, Value]], set[tuple[str, Any]]]:
        """The values a report gives in the sentence and in the rest of its share of the fact, and anywhere."""
        if i not in owned:
            d = corpus.refs[i].document
            same = share[(fact_of[i], d)]
            owned[i] = ([(m, v) for m in sorted({i, *same}) for v in read[m]], anywhere[d])
        return owned[i]

    common = _common(alignment.terms)
    clashes: list[tuple[str, dict[int, tuple[int, Value]]]] = []
    node_of = alignment.node_of
    tried: dict[tuple[int, int], int] = {}
    for i, j in sorted(pairs):
        # Copies (one node) give the same values; of many copies of two sentences a few pairs are enough:
        # wire copy in a large set made this loop quadratic in the copies.
        key = (min(node_of[i], node_of[j]), max(node_of[i], node_of[j]))
        if key[0] == key[1] or tried.get(key, 0) >= COPY_PAIRS:
            continue
        tried[key] = tried.get(key, 0) + 1
        d, e = corpus.refs[i].document, corpus.refs[j].document
        left = [(i, v) for v in read[i]]
        right = [(j, v) for v in read[j]]
        for (_, a), (_, b) in _clashing(left, right, own(i), own(j), common, RUN_LOOSE if (i, j) in loose else 0):
            _merge(clashes, a.kind, {d: (i, a), e: (j, b)})
    conflicts: list[Conflict] = []
    for kind, per_doc in clashes:
        given = tuple(ConflictValue(d, i, v.start, v.end, v.surface) for d, (i, v) in sorted(per_doc.items()))
        conflicts.append(Conflict(facts[fact_of[given[0].sentence]].id, kind, given))
    return tuple(
        sorted(conflicts, key=lambda c: (fact_of[c.values[0].sentence], c.values[0].sentence, c.values[0].start))
    )


def _clashing(
    left: Sequence[tuple[int, Value]],
    right: Sequence[tuple[int, Value]],
    left_own: tuple[Sequence[tuple[int, Value]], set[tuple[str, Any]]],
    right_own: tuple[Sequence[tuple[int, Value]], set[tuple[str, Any]]],
    common: frozenset[str],
    run: int = 0,
) -> list[tuple[tuple[int, Value], tuple[int, Value]]]:
    """Values of one quantity in two sentences, neither agreeing with any such value its other report gives."""
    left_all, right_all = left_own[0], right_own[0]

    def explained(v: Value, others: Sequence[tuple[int, Value]], everywhere: set[tuple[str, Any]]) -> bool:
        """The other report gives an agreeing value in this slot of the fact (this very value in any slot), or
        this value in this slot anywhere."""
        if any((w, v.value) in everywhere for w in v.slot):
            return True
        if v.kind in NAMES and word_marks(WORD_RE.findall(v.surface)) & everywhere:
            return True  # the other report names this place or person somewhere: a detail, not a disagreement
        return any(
            o.kind == v.kind and (_same_slot(v, o) or o.value == v.value) and agree(v, o) and _covers(o, v)
            for _, o in others
        )

    out = []
    used: set[int] = set()
    for i, a in left:
        if explained(a, right_all, right_own[1]):
            continue
        candidates = [
            (n, (j, b))
            for n, (j, b) in enumerate(right)
            if _same_quantity(a, b, common)
            and run_length(a, b) >= run
            and not explained(b, left_all, left_own[1])
            and n not in used
        ]
        if candidates:
            n, best = max(candidates, key=lambda c: (len((a.context & c[1][1].context) - common), -c[0]))
            used.add(n)
            out.append(((i, a), best))
    return out


def _merge(
    clashes: list[tuple[str, dict[int, tuple[int, Value]]]], kind: str, pair: dict[int, tuple[int, Value]]
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
    """Outlet-only details that do not hold a conflicting value: a value others contradict is no detail."""
    spans = {(v.sentence, v.start, v.end) for c in conflicts for v in c.values}

    def clashes(u: UniqueItem) -> bool:
        return u.kind == "detail" and any(s == u.sentence and a < u.end and u.start < b for s, a, b in spans)

    return tuple(u for u in unique if not clashes(u))
