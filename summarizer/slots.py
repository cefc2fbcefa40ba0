"""Slots: the values a sentence gives, each with the slot it fills and the words around it.

Dates (day, month and year in any notation the matcher knows: "Rabu (19/6/2024)", "19 Juni 2024", "June 19,
2024"), years, scores, numbers with their unit (the content word after the number, or before it: "12 people",
"magnitude 6.1", "45 million dollars"), and places and persons (a name whose neighbouring words say which it
is: "in Padang", "said minister X"). Each value keeps the content stems around it: its context (a set) and
the runs of words before and after it (in order), from which conflicts.py tells two mentions of one quantity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from .language import WORD_RE, Analyzer, is_number
from .models import ConflictKind
from .normalize import (
    ABBREVIATED,
    NOT_COUNTS,
    SPACED_THOUSANDS_RE,
    calendar_words,
    canonical_number,
    currency_terms,
    day_month,
    day_names,
    month_numbers,
    names,
    number_words,
)

NUMBER: Final = "number"
DATE: Final = "date"
PLACE: Final = "place"
PERSON: Final = "person"
NAMES = (PLACE, PERSON)
DESTINATION = "-destination-"  # the slot a place fills as where something was going ("on its way to X")
SCORE = "-score-"  # the slot of a score or range ("3-1", "25-40"): not a word, so no unit can match it
YEARS = (1900, 2099)  # a bare four-digit number in this range is a year
UNIT_WINDOW = 3  # tokens looked at on each side of a number for its unit
CONTEXT_WINDOW = 4  # content words on each side of a value that tell what it counts
RUN_WINDOW = 6  # content words on each side of a value read for the run of words two mentions share
NUMBER_MARK = "#"
QUALIFIER_WORDS = 3  # words before a number in which "more than", "sekitar" ... are looked for


def _qualifiers(*pairs: tuple[str, str]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """("more than", "over") -> (("more", "than"), "over"): a qualifier's words, as they are matched."""
    return tuple((tuple(words.split()), kind) for words, kind in pairs)


# Bounds and hedges that make a number consistent with others ("more than 11,000" and "11,000").
QUALIFIERS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "en": _qualifiers(
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
    ),
    "id": _qualifiers(
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
    ),
    "fr": _qualifiers(
        ("plus de", "over"),
        ("au moins", "over"),
        ("moins de", "under"),
        ("presque", "under"),
        ("près de", "under"),
        ("environ", "about"),
        ("quelque", "about"),
        ("quelques", "about"),
        ("approximativement", "about"),
    ),
    "cs": _qualifiers(
        ("více než", "over"),
        ("nejméně", "over"),
        ("alespoň", "over"),
        ("přes", "over"),
        ("méně než", "under"),
        ("téměř", "under"),
        ("skoro", "under"),
        ("asi", "about"),
        ("přibližně", "about"),
        ("zhruba", "about"),
        ("kolem", "about"),
    ),
    "el": _qualifiers(
        ("τουλάχιστον", "over"),
        ("πάνω από", "over"),
        ("περισσότερα από", "over"),
        ("περισσότεροι από", "over"),
        ("λιγότερο από", "under"),
        ("σχεδόν", "under"),
        ("περίπου", "about"),
    ),
}


@lru_cache(maxsize=16)
def _multiplier_forms(language: str) -> dict[str, int]:
    """Every form of "thousand", "million" ... after one, two and five: a language that declines them (Czech
    "dva tisíce", "pět tisíc"; French "un million", "deux millions") writes "150 tisíc eur" for 150,000."""
    try:
        from num2words import num2words

        forms = [(num2words(n * 10**k, lang=language).split(), 10**k) for k in (3, 6, 9, 12) for n in (1, 2, 5)]
    except (ImportError, NotImplementedError):
        return {}
    found: dict[str, int] = {}
    for words, value in forms:  # the smallest multiplier first: Spanish "dos mil millones" is no "millones"
        if len(words) > 1:
            found.setdefault(words[-1].lower(), value)
    return found


def _ascii_digits(word: str) -> bool:
    """Digits int() reads: str.isdigit() also accepts "²", which int() refuses."""
    return word.isascii() and word.isdigit()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A name is read as a place or a person only when the words around it say which: a place after a locative
# word ("in Padang", "di Padang", "kota Padang"), a person after a title or next to a verb of speech ("said
# minister X", "kata Menteri X", "X said"). Anything else is no slot of this module (precision first).
PLACE_WORDS = {
    "en": _words("in at near from into outside inside across town city village province district region"),
    "id": _words("di ke dari kota provinsi kabupaten desa kecamatan pulau wilayah daerah kampung"),
}
# A destination: after "towards", "menuju", or "to" / "for" right after a word of going ("on its way to X",
# "headed for X", "bound for X"); "to" and "for" alone say nothing of a place ("said to X", "for X's sake").
DESTINATION_WORDS = {"en": _words("towards toward"), "id": _words("menuju")}
GOING_WORDS = {
    "en": _words(
        "way headed heading bound route travelling traveling going sailing flying flew sailed travelled traveled "
        "left returned fled"
    ),
}
GOING_LINKS = {"en": _words("to for")}
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
# Words for a date itself ("on the date of 23 August", "tanggal 23 Agustus"): no head word of what it dates.
DATE_WORDS = _words("date dates day days year years tanggal hari tahun")
# A word that binds a head noun before it to a date after it ("the tsunami of December 26").
BOUND_LINKS = {"en": _words("of"), "fr": _words("du de d'")}
ARTICLES = _words("the a an")  # "at the Dunmore Leisure Centre": the word before the article says what it is
SPEECH_WORDS = {
    "en": _words("said says told added according"),
    "id": _words("kata ujar ungkap jelas tutur katanya ujarnya menurut ungkapnya jelasnya tuturnya"),
}
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4}|\d{2})(?![\d/])")
_DAY_MONTH_RE = re.compile(r"\((?:\w+,? )?(\d{1,2}) ?/ ?(\d{1,2})\)")  # "Kamis (8/6)": a date without its year
# "3-1", "3 - 1": a score; not the "330-200" of "A330-200", a model's code
_SCORE_RE = re.compile(r"(?<![\w.,/:-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\d.,/:%-])")
# A value in brackets right after another value and its unit is the same value converted: "10 km (6 miles)".
_CONVERSION_RE = re.compile(r"^\s?[^\W\d]+\s?[(\[]\s?$")
# Before a dateline date ("Tuesday, January 18, 2005 ..."): at most a weekday and its comma.
_DATELINE_RE = re.compile(r"^\W*(?:[^\W\d]+,\s*)?$")
_PERCENT_RE = re.compile(r"^\s?%")
# An amount of money: digits with a currency code glued before them ("Rp12") or a sign or code right before
# them ("Rp 12", "US$5", "$5", "€65", "USD 5"); only then an abbreviated multiplier after them ("$5m", "£1.2bn":
# "5m" alone may be five metres).
_MONEY_RE = re.compile(r"^(Rp|RP|IDR|USD|EUR|GBP)?(\d+(?:[.,]\d+)*)(k|m|mn|bn|tn)?$")
# Currency names written after an abbreviated amount ("65m euros", "1.2bn dollars"): that too is money.
CURRENCY_NAMES = _words("euro euros dollar dollars dolar pound pounds sterling rupiah yen yuan")
_CURRENCY_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:(Rp|RP|IDR|USD|EUR|GBP)\.? ?|[A-Z]{0,2}[$€£¥] ?)$")
# A number joined to its unit by a hyphen ("24-year-old", "10-metre", "3-day"): the first word is its unit.
_HYPHENED_RE = re.compile(r"^(\d+(?:[.,]\d+)?)-([^\W\d_]{2,})(?:-[^\W\d_]+)*$")
_BRACKETED_RE = re.compile(r"^\s?\(\s?\d")
ATTRIBUTION_WORDS = _words("tulis mengatakan menyatakan menjelaskan announced wrote")
ATTRIBUTION_WINDOW = 8  # tokens before a weekday in which a verb of speech makes it the day something was said
# A currency amount right after these words converts another one ("7,3 juta dolar AS atau setara dengan Rp 2,3
# triliun"): like a converted value in brackets, not read.
CONVERTING = _words("setara equivalent")
# Words that open a sentence before a count ("Some 5 ...", "Sebanyak 5 ..."), not a name with a number.
COUNT_OPENERS = _words("sebanyak sejumlah terdapat tercatat total some nearly almost about around over only another")
# Nouns that number things: the number after one labels rather than counts ("stage 13", "round two", "pasal 27",
# "pekan ke-10"). Two labels are two things (the Tour's stage 13 and stage 15), never two accounts of one value.
NUMBERING = {
    "en": _words(
        "stage round game leg matchday chapter article episode flight section clause paragraph page volume season "
        "lap heat hole week phase part step act scene verse item question amendment resolution route highway gate "
        "room platform seat row pier terminal number no"
    ),
    "id": _words(
        "pasal ayat tahap babak ronde laga pekan jilid seri bab episode putaran etape nomor no halaman gelombang "
        "angkatan musim pertandingan partai gim set"
    ),
    "fr": _words("étape manche journée chapitre article épisode vol tome saison numéro alinéa"),
    "cs": _words("etapa etapě etapu etapy kolo kole kola článek článku kapitola kapitole díl dílu let letu číslo"),
}
# Words before "one" that make it no count: "no one", "the one", "salah satu" ("one of"), "satu per satu".
NOT_ONE_COUNTS = _words("no the any every each this that which someone salah per")
ORDINAL_LINKS = _words("ke no no. nr number nomor n° č")  # "pekan ke-10", "pasal nomor 5": still the label


@dataclass(frozen=True, slots=True)
class Value:
    """One slot value of a sentence: what it is, which slot it fills, and where it is written."""

    kind: ConflictKind  # NUMBER, DATE, PLACE or PERSON
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
    bound: frozenset[str] = frozenset()  # a date's head word, right next to it: ">bomb" ("the July 7 bombings"),
    # "<tsunami" ("the tsunami of December 26", "tsunami 26 Desember")
    swap_only: bool = False  # a name read past an article ("at the Dunmore Leisure Centre"): compared only with
    # a name in a sentence alike but for it (conflicts.swapped)
    weekday: int | None = None  # the day name a date is given with ("Sunday, January 16", "Rabu (19/6/2024)"): 0-6


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


def _qualifier(text: str, start: int, language: str) -> str:
    before = [w.lower() for w in WORD_RE.findall(text[:start])][-QUALIFIER_WORDS:]
    for words, kind in sorted(QUALIFIERS.get(language, ()), key=lambda q: -len(q[0])):
        if tuple(before[-len(words) :]) == words:
            return kind
    return "exact"


def _unit(
    tokens: Sequence[re.Match[str]], n: int, skip: int, analyzer: Analyzer, text: str, lead: int = 0
) -> frozenset[str]:
    """Stems of the nearest content word after the number (past `skip` tokens) and before it (past `lead`
    tokens of its currency: "Rp" of "Rp 12 miliar", "US" of "US$5 million")."""
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
    for k in range(n - 1 - lead, max(-1, n - 1 - lead - UNIT_WINDOW), -1):
        word = tokens[k].group()
        if is_number(word):
            break
        terms = analyzer.word_terms(word)
        if terms:
            unit.add(terms[0])
            break
    return frozenset(unit)


@dataclass(frozen=True)
class _Words:
    """A sentence's tokens with the stem each one counts as: NUMBER_MARK for a number or a month, None for a
    stop word. Read once per sentence; a value's context and runs of words are slices of it."""

    starts: list[int]
    ends: list[int]
    stems: list[str | None]
    lower: list[str]  # the tokens, lower case

    @staticmethod
    def of(tokens: Sequence[re.Match[str]], analyzer: Analyzer) -> _Words:
        months = month_numbers(analyzer.language)
        stems: list[str | None] = []
        for t in tokens:
            word = t.group()
            if (
                is_number(word)
                or word.lower().rstrip(".") in months
                or _MONEY_RE.match(word)
                or _HYPHENED_RE.match(word)
            ):
                stems.append(NUMBER_MARK)
            else:
                terms = analyzer.word_terms(word)
                stems.append(terms[0] if terms else None)
        return _Words(
            [t.start() for t in tokens], [t.end() for t in tokens], stems, [t.group().lower() for t in tokens]
        )

    def _near(self, at: int, step: int) -> list[str]:
        """Stems before (step -1) or after (step 1) offset `at`, nearest first, stop words left out."""
        near = (
            self.stems[: bisect_right(self.ends, at)][::-1] if step < 0 else self.stems[bisect_left(self.starts, at) :]
        )
        return [w for w in near if w is not None]

    def side(self, at: int, step: int) -> tuple[str, ...]:
        """Up to RUN_WINDOW content stems on one side, nearest first; a number or a month is NUMBER_MARK, so
        that "216 passengers and 12 crew" and "516 passengers and 12 crew" line up."""
        return tuple(self._near(at, step)[:RUN_WINDOW])

    def context(self, start: int, end: int) -> frozenset[str]:
        """Stems of up to CONTEXT_WINDOW content words on each side of the value, numbers and months left out."""
        stems: set[str] = set()
        for at, step in ((start, -1), (end, 1)):
            stems.update([w for w in self._near(at, step) if w != NUMBER_MARK][:CONTEXT_WINDOW])
        return frozenset(stems)


def values(text: str, analyzer: Analyzer) -> list[Value]:
    """Every date, year and number with a unit in the sentence."""
    language = analyzer.language
    out: list[Value] = []
    tokens = list(WORD_RE.finditer(text))
    words = _Words.of(tokens, analyzer)
    dates = _date_values(text, language)
    for start, end, date in dates:
        if _DATELINE_RE.match(text[:start]):
            continue  # the report's own date, not a date it reports
        slot = frozenset({"day", "year"} if date[0] is not None else {"day"})
        context = words.context(start, end)
        bound = _bound(text, tokens, words, start, end, language)
        weekday = _weekday_of(text[:start], language)
        date_value = Value(DATE, slot, date, "exact", 1.0, start, end, text[start:end], context, bound=bound)
        out.append(replace(date_value, weekday=weekday))
    taken = [(a, b) for a, b, _ in dates]
    for m in _SCORE_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        context = words.context(m.start(), m.end())
        score = (float(m.group(1)), float(m.group(2)))
        out.append(Value(NUMBER, frozenset({SCORE}), score, "exact", 1.0, m.start(), m.end(), m.group(), context))
        taken.append((m.start(), m.end()))
    spelled, multipliers = number_words(language)
    multipliers = {**_multiplier_forms(language), **multipliers}
    grouped = {m.start(): m.end() for m in SPACED_THOUSANDS_RE.finditer(text)}
    for n, token in enumerate(tokens):
        word = token.group()
        lower = word.lower()
        if not word[0].isdigit() and lower not in spelled and not _MONEY_RE.match(word):
            continue
        if any(a <= token.start() < b for a, b in taken) or is_time(text, token):
            continue
        if out and out[-1].kind == NUMBER and _CONVERSION_RE.match(text[out[-1].end : token.start()]):
            continue
        start, lead, currency = token.start(), 0, frozenset[str]()
        group = 0  # further tokens of a number written with spaces between its thousands ("2 000", "9 800")
        if token.start() in grouped:
            end = grouped[token.start()]
            word = re.sub(r"\s", "", text[token.start() : end])
            group = sum(1 for t in tokens[n + 1 :] if t.start() < end)
            taken.append((token.start(), end))
        money = _MONEY_RE.match(word)
        sign = _CURRENCY_BEFORE_RE.search(text[max(0, token.start() - 6) : token.start()])
        hyphened = _HYPHENED_RE.match(word)
        after = tokens[n + 1].group().lower() if n + 1 < len(tokens) else ""
        spelled_currency = money and money.group(3) and after in CURRENCY_NAMES  # "65m euros"
        if money and (money.group(1) or sign or spelled_currency):  # "Rp12", "US$5", "$5m", "€65": money
            if sign:
                start, lead = token.start() - len(sign.group()), int(any(c.isalpha() for c in sign.group()))
            if set(w.lower() for w in WORD_RE.findall(text[:start])[-2:]) & CONVERTING:
                continue
            currency = frozenset(currency_terms(text[start : token.end()], analyzer)) or frozenset({"money"})
            if spelled_currency and not (money.group(1) or sign):
                currency = frozenset(analyzer.word_terms(after)[:1]) or currency
            digits = money.group(2)
            number, precision = float(canonical_number(digits)), _precision(digits)
            abbreviated = ABBREVIATED.get(money.group(3) or "", 1)
            number, precision = number * abbreviated, precision * abbreviated
        elif is_number(word):
            if not group and re.fullmatch(r"\d{4}", word) and YEARS[0] <= int(word) <= YEARS[1]:
                date = (int(word), None, None)
                context = words.context(token.start(), token.end())
                year = Value(DATE, frozenset({"year"}), date, "exact", 1.0, token.start(), token.end(), word, context)
                out.append(year)
                continue
            if _is_identifier(text, tokens, n, analyzer):
                continue
            try:
                number, precision = float(canonical_number(word)), _precision(word)
            except ValueError:
                continue
        elif hyphened and not _is_identifier(text, tokens, n, analyzer):  # "24-year-old", "a 10-metre wave"
            number, precision = float(canonical_number(hyphened.group(1))), _precision(hyphened.group(1))
            currency = frozenset(analyzer.word_terms(hyphened.group(2))[:1])
            if not currency:
                continue
        elif (
            lower in spelled
            and not _labelled(tokens, n, language)
            and (lower not in NOT_COUNTS or _counts_one(tokens, n, analyzer))
        ):
            number, precision = float(spelled[lower]), 1.0
        else:
            continue
        skip = group
        following = tokens[n + skip + 1].group().lower() if n + skip + 1 < len(tokens) else ""
        if following in multipliers:
            number, precision = number * multipliers[following], precision * multipliers[following]
            skip += 1
        unit = currency | _unit(tokens, n, skip, analyzer, text, lead)
        if not unit:
            continue
        end = tokens[n + skip].end()
        qualifier = _qualifier(text, start, language)
        context = words.context(start, end) | unit
        surface = text[start:end]
        out.append(Value(NUMBER, unit, (number,), qualifier, precision, start, end, surface, context))
    out.extend(_weekdays(text, tokens, words, analyzer, dates))
    out.extend(_names(text, tokens, words, analyzer))
    return [replace(v, before=words.side(v.start, -1), after=words.side(v.end, 1)) for v in out]


def _bound(
    text: str, tokens: Sequence[re.Match[str]], words: _Words, start: int, end: int, language: str
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


def _weekday_of(before: str, language: str) -> int | None:
    """The day name right before a date, past a comma or an opening bracket: "Sunday, January 16" -> 6."""
    m = re.search(r"([^\W\d_]+)\s?[,(]?\s?$", before)
    return weekday_numbers(language).get(m.group(1).lower()) if m else None


def _head(word: str, stem: str | None, side: str, calendar: frozenset[str]) -> set[str]:
    lower = word.lower().rstrip(".")
    if stem is None or stem == NUMBER_MARK or lower in calendar or lower in DATE_WORDS:
        return set()
    return {side + stem}


def _weekdays(
    text: str, tokens: Sequence[re.Match[str]], words: _Words, analyzer: Analyzer, dates: Sequence[tuple]
) -> list[Value]:
    """A weekday written alone ("on Thursday", "pada Kamis"): a date of its own slot, compared only with another
    weekday. Not one that names the day of a date beside it ("Rabu (19/6/2024)", "Tuesday, January 18")."""
    days = weekday_numbers(analyzer.language)
    capitalised = weekdays_capitalised(analyzer.language)
    said = SPEECH_WORDS.get(analyzer.language, frozenset()) | ATTRIBUTION_WORDS
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
        out.append(
            Value(
                DATE, frozenset({"weekday"}), (day,), "exact", 1.0, token.start(), token.end(), token.group(), context
            )
        )
    return out


@lru_cache(maxsize=16)
def weekday_numbers(language: str) -> dict[str, int]:
    """Full day names of `language`, lower case -> 0 (Monday) .. 6."""
    return {name.lower(): number for number, name in day_names(language).items()}


def weekdays_capitalised(language: str) -> bool:
    """Whether `language` writes its day names with a capital ("Monday", "Senin"; not "lundi", "четверг"): there a
    lower-case "minggu" is a week, not Sunday. A language Babel does not know: taken as capitalised."""
    names = day_names(language)
    return not names or any(name[:1].isupper() for name in names.values())


def _names(text: str, tokens: Sequence[re.Match[str]], words_of: _Words, analyzer: Analyzer) -> list[Value]:
    """Places and persons: names whose neighbouring words say which they are (PLACE_WORDS, TITLE_WORDS)."""
    language = analyzer.language
    places, titles = PLACE_WORDS.get(language, frozenset()), TITLE_WORDS.get(language, frozenset())
    speech, calendar = SPEECH_WORDS.get(language, frozenset()), calendar_words(language)
    out: list[Value] = []
    starts = [t.start() for t in tokens]
    found = names(text)
    # "Ketua KPU Banyumas, Rina Marlina,": a name in commas right after a title's name is the person it titles
    apposed = [
        k > 0
        and len(name.words) > 1
        and found[k - 1].words[0].lower() in titles
        and re.fullmatch(r"\s?,\s?", text[found[k - 1].end : name.start]) is not None
        for k, name in enumerate(found)
    ]
    for k, name in enumerate(found):
        if k + 1 < len(found) and apposed[k + 1]:
            continue  # the office, not a person
        words = list(name.words)
        start = name.start
        lead = found[k - 1].words[0].lower() if apposed[k] else ""
        while words and words[0].lower() in titles | places:  # "Presiden Joko Widodo", "Kota Padang"
            lead = words.pop(0).lower()
            start = text.index(words[0], start) if words else name.end
        if not words or any(w.lower() in calendar or not w.isalpha() for w in words):
            continue
        first = bisect_left(starts, start)
        before = [
            "",
            "",
            *(t.group().lower() for t in tokens[max(0, first - 3) : first] if t.group().lower() not in ARTICLES),
        ][-2:]
        going = GOING_WORDS.get(language, frozenset()), GOING_LINKS.get(language, frozenset())
        destination = (
            before[1] in DESTINATION_WORDS.get(language, ()) or before[1] in going[1] and before[0] in going[0]
        )
        said = re.match(r"\s+(\w+)", text[name.end :])  # "X said", not "Padang, said"
        kind: ConflictKind
        if (
            lead in places
            or not lead
            and (destination or before[1] in places or before == [*before[:1], "of"] and before[0] in places)
        ):
            kind = PLACE
        elif lead in titles or set(before) & titles:
            kind = PERSON
        elif len(words) > 1 and (set(before) & speech or said and said.group(1).lower() in speech):
            kind = PERSON  # "Joko Widodo said", "said Joko Widodo", "according to Joko Widodo"
        else:
            continue
        if kind == PERSON and lead in titles and len(words) > 2 and not apposed[k]:  # "Menteri Sosial Tri
            start = text.index(words[-2], start)  # Rismaharini": the office's own words are no part of the name
            words = words[-2:]
        key = _name_key(words)  # "Rio de Janeiro": ("rio", "janeiro"); "Cebu City": ("cebu",)
        context = words_of.context(start, name.end)
        surface = text[start : name.end]
        article = first > 0 and not lead and tokens[first - 1].group().lower() in ARTICLES
        slot = frozenset({kind, DESTINATION} if kind == PLACE and destination else {kind})
        out.append(Value(kind, slot, key, "exact", 1.0, start, name.end, surface, context, swap_only=article))
    return out


@lru_cache(maxsize=65536)
def name_marks(text: str) -> frozenset[tuple[str, str]]:
    """Marks (_word_marks) of every name of the text."""
    return frozenset(mark for name in names(text) for mark in word_marks(name.words))


# Words for a kind of place, in a name ("Cebu City", "Danao City"): no word two names share as one name.
PLACE_NOUNS = _words(
    "city town village province district region county state island kota provinsi kabupaten desa kecamatan pulau"
)


def _name_key(words: Sequence[str]) -> tuple[str, ...]:
    """A name's capitalised words, lower case, past a word for a kind of place unless it is all the name has."""
    lower = [w.lower() for w in words if not w.islower()]  # not "de" of "Rio de Janeiro"
    return tuple(w for w in lower if w not in PLACE_NOUNS) or tuple(lower)


def word_marks(words: Sequence[str]) -> frozenset[tuple[str, str]]:
    """("name", word) for every word of a name and ("name", its initials): two texts share a mark when they
    give one name in any form ("Putin", "Vladimir Putin"; "AS", "Amerika Serikat"). A word for a kind of place
    ("City" of "Cebu City" and "Danao City") is no mark."""
    lower = [w for w in _name_key([w for w in words if w.isalpha()])]  # not "de" of "Charles de Gaulle"
    initials = {("name", "".join(w[0] for w in lower))} if len(lower) > 1 else set()
    return frozenset({("name", w) for w in lower} | initials)


def same_name(a: Value, b: Value) -> bool:
    """Forms of one name: a word in common ("Putin", "Vladimir Putin") or one the other's initials ("AS",
    "Amerika Serikat")."""
    x, y = set(a.value), set(b.value)
    if x & y:
        return True
    initials = {"".join(str(w)[0] for w in v.value) for v in (a, b)}
    return bool(initials & {str(w) for w in x | y})


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


def _is_identifier(text: str, tokens: Sequence[re.Match[str]], n: int, analyzer: Analyzer) -> bool:
    """A number that is part of a name ("Flight 447", "Resolution 1723", "A330-200"), not a quantity. The
    sentence's first word is capitalised as such: "Sebanyak 5 bets", "Some 5 people" are counts."""
    token = tokens[n]
    if text[token.start() - 1 : token.start()] in ("-", "#", "+") or text[token.end() : token.end() + 1] == "-":
        return True
    if n == 0:
        return False
    if _labelled(tokens, n, analyzer.language):
        return True
    previous = tokens[n - 1]
    gap = text[previous.end() : token.start()]
    word = previous.group()
    if n == 1 and (word.lower() in COUNT_OPENERS or not analyzer.word_terms(word)):
        return False
    return gap == " " and word[:1].isupper() and word.lower() not in _calendar_words()


def _counts_one(tokens: Sequence[re.Match[str]], n: int, analyzer: Analyzer) -> bool:
    """A "one" (NOT_COUNTS) counts only right before a singular noun: "One worker was injured", "Satu pekerja";
    not "No one came", "one of them", "the one he chose", "salah satu", "satu per satu"."""
    if n + 1 >= len(tokens) or n > 0 and tokens[n - 1].group().lower() in NOT_ONE_COUNTS:
        return False
    following = tokens[n + 1].group()
    if not following.isalpha() or not following.islower() or not analyzer.word_terms(following):
        return False
    return analyzer.language != "en" or not following.endswith("s") or following.endswith("ss")


def _labelled(tokens: Sequence[re.Match[str]], n: int, language: str) -> bool:
    """The number at token `n` right after a numbering noun: only spaces, hyphens or a dot between ("stage 13",
    "pekan ke-10", "No. 5"), not "In the past week, 300 people"."""
    before: list[str] = []
    for k in range(n - 1, max(-1, n - 3), -1):
        if tokens[k].string[tokens[k].end() : tokens[k + 1].start()].strip(" -–.") or len(before) == 2:
            break
        before.insert(0, tokens[k].group())
    return is_label(before, language)


def is_label(before: Sequence[str], language: str) -> bool:
    """A number after these words follows a numbering noun ("stage 13", "pekan ke - 10", "Round two"): a label."""
    words = [w.lower() for w in before]
    if len(words) > 1 and words[-1] in ORDINAL_LINKS:
        words.pop()
    return bool(words) and words[-1] in NUMBERING.get(language, frozenset())


def _calendar_words() -> frozenset[str]:
    return frozenset(month_numbers("en")) | frozenset(month_numbers("id"))


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
