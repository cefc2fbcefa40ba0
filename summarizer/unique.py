"""Outlet-only content: what one document alone reports, for an analyst to quote.

Three kinds, all precision first (listed only when no other report comes close to stating it):
- a whole fact: a sentence none of whose claims any other report states (never an attribution line
  or a fragment);
- a claim no other report comes near, in a sentence another claim of which another report states or comes
  near ("... where Kim declared full support for the war"), shown with its sentence;
- a name or number inside a shared claim that no other report uses in any form: not "Vladimir Putin"
  when another says "Putin", not "USGS" beside "US Geological Survey", not "40.000" beside "40,000".
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any, cast

import numpy as np
from babel import Locale, UnknownLocaleError

from .align import Alignment, Claim, published_day
from .claims import CLAIM, claim_words, is_verb, without_attribution
from .conflicts import agree
from .language import WORD_RE, Analyzer, common_words, is_number, news_abbreviations
from .models import Corpus, Fact, Part, UniqueItem
from .normalize import (
    ACRONYM_TERM,
    COMPANY_FORMS,
    CONJUNCTIONS,
    ISO_DATE_RE,
    NAME_JOINERS,
    Matcher,
    Name,
    amount,
    calendar_words,
    canonical_number,
    conjoined_names,
    day_names,
    full_dates,
    is_value,
    join_spaced_thousands,
    month_numbers,
    names,
    number_words,
    without_possessive,
)
from .slot_value import HYPHENED_RE, fates, is_year
from .slots import NUMBER, Value, in_colon_time, values

DETAIL_WEIGHT = 0.8  # a detail ranks a little below a whole fact of the same importance
CLAIM_WEIGHT = 0.9  # an outlet-only claim of a shared sentence, between the two
# Time zones written after a clock time ("pukul 07.15 WIB", "9 a.m. EST"): part of the time, not a name.
TIME_ZONES = frozenset(
    ["wib", "wita", "wit", "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest"]
)
# Lower-case content words a claim ends on that no report near it holds, from which they are its detail.
UNSAID_TERMS = 2
UNIT_WORDS = 3  # a number takes up to this many following words as its unit ("11.000 butir amunisi")
# Words a number is the grade of when they come right before it ("a category 4 system", "a magnitude 6.1 quake",
# "gempa magnitudo 5,6", "status Siaga 3"): the detail is the word with its number, not the words after them.
RANK_LABELS = {
    "en": frozenset({"category", "level", "magnitude", "grade", "stage", "phase", "class", "tier"}),
    "id": frozenset({"kategori", "level", "magnitudo", "tingkat", "tahap", "fase", "kelas", "siaga", "skala"}),
}
# Abbreviations of "number" before one ("train No. 1453", "KM No. 5"): no name.
NUMBER_SIGNS = frozenset({("no",), ("nos",), ("nr",), ("nro",)})
_CURRENCY_WORD_RE = re.compile(r"\.?\s+(?:dollars?|dolar)\b", re.I)
# A value in brackets right after another value and up to three words of its unit: its conversion.
_CONVERSION_RE = re.compile(
    r"\d(?:[\d.,]*\d)?(?:\s+[^\W\d]+\.?){0,3}\s*\(\s*(?:about\s+|sekitar\s+)?(?:US|Rp)?[$€£]?\s*$"
)
CONVERSION_REACH = 80  # characters before a bracketed value searched for the value it converts (no long scan)
_NUMBER_AFTER_RE = re.compile(r"\.?\s*\d")
_RANGE_RE = re.compile(r"^(\d+(?:[.,]\d+)*)[-–](\d+(?:[.,]\d+)*)$")
ENDING_STEM = 5  # letters of a name's last common word two forms share ("Minist|ry" / "Minist|er")

WEEK = 7  # days: a report's "on Monday" is a Monday less than a week from the day it was published


@dataclass(frozen=True)
class _Known:
    """Which documents say what, in any form (inverted, so a lookup never scans every document)."""

    numbers: dict[str, frozenset[int]]  # number value -> documents
    names: dict[tuple[str, ...], frozenset[int]]  # every contiguous part of every name -> documents
    full: dict[tuple[str, ...], frozenset[int]]  # every whole name -> documents
    words: dict[str, frozenset[int]]  # every capitalised word, lower case -> documents
    singles: dict[str, frozenset[int]]  # every capitalised word with no capitalised word beside it -> documents
    stems: dict[tuple[str, ...], frozenset[int]]  # every capitalised word's terms -> documents ("Senators")
    tails: dict[tuple[str, ...], frozenset[int]]  # every name with the lower-case word after it ("X bridge")
    pairs: dict[tuple[str, str], frozenset[int]]  # every two words in a row, lower case -> documents
    outlets: frozenset[tuple[str, ...]] = frozenset()  # the set's outlets' names, lower-case words
    modifiers: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict)  # `tails` without the word after
    lower: dict[str, frozenset[int]] = field(default_factory=dict)  # every word written in lower case -> documents
    # every part of two words or more of every name that ends on a common word, that word cut to ENDING_STEM letters
    clipped: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict)
    years: tuple[str | None, ...] = ()  # each document's year of publication, when known (`_years`)
    # number value -> documents that give it as a count or amount, not only as a part of a date: "Senin (10/3/2025)"
    # says nothing of a boiler's "10 ton"
    counts: dict[str, frozenset[int]] = field(default_factory=dict)
    published: tuple[datetime.date | None, ...] = ()  # each document's day of publication, when readable

    @staticmethod
    def elsewhere(index: dict[Any, frozenset[int]], key: Any, document: int) -> bool:
        """Some document other than `document` has `key`."""
        found = index.get(key, frozenset())
        return len(found) > 1 or (len(found) == 1 and document not in found)


def _number_values(word: str, matcher: Matcher) -> list[str]:
    lower = word.lower()
    ranged = _RANGE_RE.match(lower)
    if ranged:
        return [canonical_number(g) for g in ranged.groups()]
    if is_number(lower):
        return [canonical_number(lower)]
    return []


def _known(corpus: Corpus, alignment: Alignment) -> _Known:
    numbers: dict[str, set[int]] = {}
    parts: dict[tuple[str, ...], set[int]] = {}
    full: dict[tuple[str, ...], set[int]] = {}
    words: dict[str, set[int]] = {}
    singles: dict[str, set[int]] = {}
    stems: dict[tuple[str, ...], set[int]] = {}
    tails: dict[tuple[str, ...], set[int]] = {}
    pairs: dict[tuple[str, str], set[int]] = {}
    clipped: dict[tuple[str, ...], set[int]] = {}
    analyzer = alignment.matcher.analyzer
    common = common_words(analyzer.language)
    reverse = {acronym.lower(): key for key, acronym in alignment.matcher.acronyms.items()}

    def add_parts(key: tuple[str, ...], d: int) -> None:
        for a in range(len(key)):
            for b in range(a + 1, len(key) + 1):
                parts.setdefault(key[a:b], set()).add(d)
                if b - a > 1 and len(key[b - 1]) > ENDING_STEM and common(key[b - 1]):
                    clipped.setdefault(_clipped(key[a:b]), set()).add(d)

    read: dict[str, tuple[list[tuple[str, ...]], list[str], list[str], list[tuple[str, ...]], set[tuple[str, str]]]]
    read = {}  # once per text
    counts: dict[str, set[int]] = {}
    counted: dict[str, list[str]] = {}
    for i, text in enumerate(corpus.texts):
        d = corpus.refs[i].document
        if text not in read:
            tokens = WORD_RE.findall(text)
            found = names(text)
            followed = []
            for name in found:
                after = WORD_RE.match(text, name.end + 1) if text[name.end : name.end + 1] == " " else None
                if after and after.group().islower():
                    followed.append((*name.key, after.group()))
            upper = [w[:1].isupper() for w in tokens] + [False]
            capitalised = [without_possessive(w).lower() for w in tokens if w[:1].isupper()]
            alone = [  # upper[-1] is the False after the last word: the first word has none before it
                without_possessive(w).lower()
                for n, w in enumerate(tokens)
                if upper[n] and not (upper[n - 1] or upper[n + 1])
            ]
            lowered = [without_possessive(w).lower() for w in tokens]
            read[text] = ([name.key for name in found], capitalised, alone, followed, set(pairwise(lowered)))
        name_keys, capitalised, alone, followed, bigrams = read[text]
        for pair in bigrams:
            pairs.setdefault(pair, set()).add(d)
        for key in followed:
            tails.setdefault(key, set()).add(d)
        if text not in counted:  # the values a text gives beyond its dates' parts, read once per text
            given = Counter(term for term in alignment.terms[i] if is_value(term))
            in_dates = _date_parts(text, analyzer) if given else Counter()
            counted[text] = [term for term, times in given.items() if times > in_dates[term]]
        for term in counted[text]:
            counts.setdefault(term, set()).add(d)
        for term in alignment.terms[i]:
            if is_value(term):
                numbers.setdefault(term, set()).add(d)
            elif term.startswith(ACRONYM_TERM):
                acronym = term[len(ACRONYM_TERM) :]
                parts.setdefault((acronym,), set()).add(d)
                full.setdefault((acronym,), set()).add(d)
                if acronym in reverse:
                    add_parts(reverse[acronym], d)
        for key in name_keys:
            full.setdefault(key, set()).add(d)
            add_parts(key, d)
        for word in capitalised:
            words.setdefault(word, set()).add(d)
            stems.setdefault(tuple(analyzer.word_terms(word)), set()).add(d)
        for word in alone:
            singles.setdefault(word, set()).add(d)

    def frozen(index: dict[Any, set[int]]) -> dict[Any, frozenset[int]]:
        # only read from here on (lookups, len, `in`, `-`, `&`): the sets as they are, not copied into frozensets
        return cast(dict[Any, frozenset[int]], index)

    outlets = frozenset(tuple(w.lower() for w in WORD_RE.findall(doc.outlet)) for doc in corpus.documents)
    lower: dict[str, set[int]] = {}
    lower_of: dict[str, set[str]] = {}  # once per text
    for i, text in enumerate(corpus.texts):
        if text not in lower_of:
            lower_of[text] = {word for word in WORD_RE.findall(text) if word.islower()}
        for word in lower_of[text]:
            lower.setdefault(word, set()).add(corpus.refs[i].document)
    modifiers: dict[tuple[str, ...], set[int]] = {}  # a name before a noun: "the Mandaue-Liloan bridge"
    for key, followed_in in tails.items():
        if not is_verb(key[-1], analyzer):  # not "Omar Wekesa escaped"
            modifiers.setdefault(key[:-1], set()).update(followed_in)
    return _Known(
        frozen(numbers),
        frozen(parts),
        frozen(full),
        frozen(words),
        frozen(singles),
        frozen(stems),
        frozen(tails),
        frozen(pairs),
        outlets,
        frozen(modifiers),
        frozen(lower),
        frozen(clipped),
        _years(corpus),
        frozen(counts),
        tuple(published_day(corpus, d) for d in range(len(corpus.documents))),
    )


def _told(known: _Known, value: str, is_date: bool, document: int) -> bool:
    """Another report gives the number: a count or amount as a count or amount (not as a day of a date: "Senin
    (10/3/2025)" says nothing of "10 ton"), a date's part or a bare year in any mention."""
    dated = is_date or is_year(value)
    return known.elsewhere(known.numbers if dated else known.counts, value, document)


def _weekday_told(span: str, document: int, known: _Known, language: str) -> bool:
    """Another report names the full date in `span` by its day only: "Monday, July 14, 2025" / "on Monday" in a
    report published within a week of that Monday (or, the other report undated, this one so published)."""
    names = day_names(language)
    for day in full_dates(span, language) if names else ():
        for other in known.words.get(names[day.weekday()].lower(), frozenset()) - {document}:
            published = known.published[other] or known.published[document]
            if published is None or abs((published - day).days) < WEEK:
                return True
    return False


def _date_parts(text: str, analyzer: Analyzer) -> Counter[str]:
    """How many times each number value is a part of a date in `text` ("10/3/2025": 10, 3, 2025)."""
    tokens = list(WORD_RE.finditer(text))
    words = [t.group() for t in tokens]
    multipliers = number_words(analyzer.language)[1]
    months = month_numbers(analyzer.language)
    found: Counter[str] = Counter()
    n = 0
    while n < len(tokens):
        values, last, is_date = _read_number(text, tokens, words, n, months, multipliers)
        if is_date:
            found.update(values)
        n = max(n, last) + 1
    return found


def _years(corpus: Corpus) -> tuple[str | None, ...]:
    """Each document's year of publication; an undated one's is the year every dated report of the set shares (a
    report pasted without its date among reports of 2026 is of 2026), else unknown (None)."""
    dated = [d.published[:4] if d.published else None for d in corpus.documents]
    shared = {year for year in dated if year}
    return tuple(year or (next(iter(shared)) if len(shared) == 1 else None) for year in dated)


def _clipped(key: tuple[str, ...]) -> tuple[str, ...]:
    return (*key[:-1], key[-1][:ENDING_STEM])


def _name_is_known(name: Name, document: int, known: _Known, matcher: Matcher) -> bool:
    """Another document uses this name, a longer form of it, its surname-like last words, or its acronym."""
    key = name.key
    if len(key) > 1 and key[-1] in COMPANY_FORMS:
        return _name_is_known(Name(name.words[:-1], name.start, name.end), document, known, matcher)
    acronym = matcher.acronyms.get(key)
    if known.elsewhere(known.names, key, document) or key in known.outlets:
        return True  # another report uses it, or it is a report of the set cited as a source (", Xinhua said.")
    if acronym and known.elsewhere(known.names, (acronym.lower(),), document):
        return True
    if any(known.elsewhere(known.full, key[a:], document) for a in range(1, len(key))):
        return True  # a shorter form another report uses: "Putin" for "Vladimir Putin"
    if len(key) > 1 and known.elsewhere(known.tails, key, document):
        return True  # its last word in lower case after the rest: "the Mandaue-Liloan bridge"
    if len(key) > 1 and _written_elsewhere(key, document, known):
        return True  # the same words in lower case: "Zhengzhou railway bureau"
    # the same single word capitalised: a surname ("Putin" opening a sentence)
    if known.elsewhere(known.words, key[-1], document):
        return True
    common = common_words(matcher.analyzer.language)
    if len(key) == 1 and not common(name.words[0]) and known.elsewhere(known.lower, key[0], document):
        return True  # another report writes it in lower case: "Pemkot" / "pemkot" (not "Young" / "young volunteers")
    if len(key) > 1 and len(key[-1]) > ENDING_STEM and known.elsewhere(known.clipped, _clipped(key), document):
        return True  # its last word another report's common one in another form: "Relief Ministry" / "Relief Minister"
    if len(key) == 1 and _demonym_known(key[0], document, known, matcher.analyzer.language):
        return True  # "Zambian" beside "Zambia", "Indonesia" beside "Indonesian"
    # a one-word name another report gives in another form: "Senate" beside "Senators" (not the "Court" of "Supreme
    # Court" beside a sentence opening on "Courts")
    terms = tuple(matcher.analyzer.word_terms(name.words[-1])) if len(key) == 1 else ()
    if terms and known.elsewhere(known.stems, terms, document):
        return True
    # the word before the last, not a common one, that another report uses alone: a given name ("Rina" for "Kepala
    # BPOM Rina Kartika"; never a title or common word such as "Kepala", nor the "Dunmore" of "Dunmore Leisure
    # Centre", a place's name in the name of a building in it)
    # a shorter form another report uses that the name goes on from, all of it a person's names: "Ali Mwinyi" for "Ali
    # Mwinyi Hassan"; never an office ("Kepala BPOM" for "Kepala BPOM Rina Kartika": a common word, an acronym), a
    # place another report names something in ("the Mandaue-Liloan bridge" beside "Mandaue-Liloan Tower"), nor a
    # place's name that goes on with common words ("Kuala Lumpur International Airport" beside "Kuala Lumpur")
    for b in range(2, len(key)):
        personal = all(not w.isupper() and not common(w) for w in name.words)
        shorter = key[:b]
        if personal and known.elsewhere(known.full, shorter, document) and shorter not in known.modifiers:
            return True
    if len(key) > 1 and not common(name.words[-2]) and known.elsewhere(known.singles, key[-2], document):
        return True
    # "Finance Minister Erik Holm of Norland": known when the parts on each side of "of" are
    parts = _split_at_joiners(name)
    return len(parts) > 1 and all(_name_is_known(part, document, known, matcher) for part in parts)


# What opens another name for the same thing right after a name: "Pacific Gas and Electric (PG&E)", "the
# California Department of Forestry and Fire Protection, or Cal Fire", "..., atau Damkar".
_ALIAS_WORD_RE = re.compile(r"\s(?:or|atau)\s")
_ALIAS_RE = re.compile(r"\s*(?:\(\s*|,?\s+(?:or|atau)\s+)")


def _whole_names(text: str, document: int, known: _Known, matcher: Matcher) -> tuple[list[Name], dict[int, bool]]:
    """The names of `text` with two kept whole: one written with "&" inside ("PG&E"), and names joined by "and" /
    "dan" when another name for the same thing follows ("California Department of Forestry and Fire Protection,
    or Cal Fire"): apart, their pieces ("Fire Protection", "Electric", "E") are no names. Also, by start: whether
    each name with such a second name (its alias, then no name of its own) is known (the alias or every piece is)."""
    found = list(names(text))
    if "&" not in text and "(" not in text and not _ALIAS_WORD_RE.search(text):
        return found, {}  # no name written with "&", and nothing that opens another name for one (most sentences)
    glued = [
        n for n in conjoined_names(text) if text[n.start : n.end].count("&") == 1 and " " not in text[n.start : n.end]
    ]
    for name in glued:  # "PG&E", "AT&T": one name
        found = [n for n in found if not name.start <= n.start < name.end] + [name]
    found.sort(key=lambda n: n.start)
    aliased: dict[int, bool] = {}
    joined = [n for n in conjoined_names(text) if n not in glued and any(w in CONJUNCTIONS for w in n.words)]
    for name in [*joined, *found]:  # the longest first: "Pacific Gas and Electric", not its "Electric"
        if name not in found and name not in joined:
            continue  # a piece of a name read whole, or an alias, already
        alias_at = _ALIAS_RE.match(text, name.end)
        alias = next((n for n in found if alias_at and n.start == alias_at.end()), None)
        if alias is None or alias_at is None:
            continue
        if "(" in alias_at.group() and not _spells(alias, name):
            continue  # "Ganjar Pranowo (PDIP)": a party, not his short form
        if "(" not in alias_at.group() and name not in joined:
            continue  # "Budi Santoso or Agus Salim": two people; only a joined name's alias follows "or"
        pieces = [n for n in found if name.start <= n.start < name.end]
        known_here = _name_is_known(alias, document, known, matcher) or all(
            _name_is_known(p, document, known, matcher) for p in pieces
        )
        found = [n for n in found if n not in pieces and n is not alias] + [name]
        found.sort(key=lambda n: n.start)
        aliased[name.start] = known_here
    return found, aliased


def _spells(alias: Name, name: Name) -> bool:
    """A name in capitals that spells the initials of the longer name before it ("Pacific Gas and Electric (PG&E)",
    "Badan Pengawas Obat dan Makanan (BPOM)"): what brackets after a longer name give as its short form."""
    if not all(w.isupper() or w == "&" for w in alias.words):
        return False
    return "".join(alias.words).replace("&", "") in name.initials()


# Endings that make a place's name its people's or adjective: "Zambia" + "n", "Brazil" + "ian", "Japan" + "ese",
# "Iraq" + "i", and for a place ending in "a" without it: "Canad(a)" + "ian", "Chin(a)" + "ese".
MIN_PLACE_LETTERS = 4  # a place's name this long at least: no "Ian" from "I" + "an"
DEMONYM_ENDINGS = {"en": ("ian", "an", "ese", "n", "i")}


def _demonym_known(word: str, document: int, known: _Known, language: str) -> bool:
    """Another report names the country of this people's word, or the people's word of this country (a country
    Babel names in `language`: "Ahmadi" beside "Ahmad" are two people's names, not a people and its place)."""
    countries = country_names(language)
    for ending in DEMONYM_ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_PLACE_LETTERS:
            base = word[: -len(ending)]
            for place in (base, base + "a"):
                if place in countries and known.elsewhere(known.words, place, document):
                    return True
        forms = [word + ending] + ([word[:-1] + ending] if word.endswith("a") else [])
        if word in countries and any(known.elsewhere(known.words, f, document) for f in forms):
            return True
    return False


@lru_cache(maxsize=16)
def country_names(language: str) -> frozenset[str]:
    """The names of countries and territories in `language` (Babel's CLDR data), one-word ones, in lower case."""
    try:
        names = Locale.parse(language).territories.values()
    except (ValueError, UnknownLocaleError):
        return frozenset()
    return frozenset(name.lower() for name in names if " " not in name)


def _written_elsewhere(key: tuple[str, ...], document: int, known: _Known) -> bool:
    """Another document has the name's words one after the other, in any case."""
    others: set[int] | None = None
    for pair in pairwise(key):
        found = known.pairs.get(pair, frozenset()) - {document}
        others = set(found) if others is None else others & found
        if not others:
            return False
    return bool(others)


def _split_at_joiners(name: Name) -> list[Name]:
    parts: list[list[str]] = [[]]
    for word in name.words:
        if word.lower() in NAME_JOINERS and parts[-1]:
            parts.append([])
        elif word[:1].isupper():
            parts[-1].append(word)
    return [Name(tuple(p), name.start, name.end) for p in parts if p]


def _read_number(
    text: str,
    tokens: list[re.Match[str]],
    words: list[str],
    n: int,
    months: dict[str, str],
    multipliers: dict[str, int],
) -> tuple[list[str], int, bool]:
    """The values of the number (or date) starting at token `n`, the index of its last token, and if it is a date.

    An amount is one value with its multiplier ("5 million", "$5m", "Rp2,5 triliun"); a date is all its parts,
    known only when all are: "19/6/2024", "2025-03-04", "19 Juni 2024", "March 4, 2025".
    """
    lower = words[n].lower()
    iso = ISO_DATE_RE.match(lower)
    if iso:
        return [canonical_number(g) for g in iso.groups()], n, True
    hyphened = HYPHENED_RE.match(lower)
    if hyphened:  # "a 10-ton boiler", "a 24-year-old man": the number, its unit glued on
        return [canonical_number(hyphened.group(1))], n, False

    def gap(a: int) -> str:
        return text[tokens[a].end() : tokens[a + 1].start()].strip(" .")

    if lower in months and n + 1 < len(tokens) and re.fullmatch(r"\d{1,2}", words[n + 1]) and gap(n) == "":
        values, last = [months[lower], canonical_number(words[n + 1])], n + 1
        if last + 1 < len(tokens) and re.fullmatch(r"\d{4}", words[last + 1]) and gap(last) in ("", ","):
            values.append(words[last + 1])
            last += 1
        return values, last, True
    ranged = _RANGE_RE.match(lower)
    if ranged:
        return [canonical_number(g) for g in ranged.groups()], n, False
    found = amount(words, n, {}, multipliers)
    if found is None:
        return [], n, False
    if found[1] > n or not is_number(lower):
        return [found[0]], found[1], False  # "5 million", "$5m", "Rp5.000.000"
    values, last = [found[0]], n
    while last + 1 < len(tokens) and text[tokens[last].end() : tokens[last + 1].start()] == "/":
        if not is_number(words[last + 1]):
            break
        values.append(canonical_number(words[last + 1]))
        last += 1
    if last > n:
        return values, last, True
    if last + 1 < len(tokens) and words[last + 1].lower() in months:
        values.append(months[words[last + 1].lower()])
        last += 1
        if last + 1 < len(tokens) and is_number(words[last + 1]):
            values.append(canonical_number(words[last + 1]))
            last += 1
        return values, last, True
    return values, n, False


def detail_spans(
    text: str, analyzer: Analyzer, matcher: Matcher, document: int, known: _Known
) -> list[tuple[int, int]]:
    """Character spans of names and numbers in `text` (of `document`) that no other document uses."""
    spans: list[tuple[int, int]] = []
    calendar = calendar_words(analyzer.language)
    found, aliased = _whole_names(text, document, known, matcher)
    # "Badan Penanggulangan Bencana Daerah (BPBD)": the acronym beside its expansion is one detail, not two
    spelled = {matcher.acronyms[n.key].lower() for n in found if n.key in matcher.acronyms}
    for name in found:
        if len(name.key) == 1 and len(name.key[0]) == 1:
            continue  # a letter: "di blok B", "Gate C" (the words before it are no name)
        if len(name.key) == 1 and not name.words[0].isupper() and not analyzer.word_terms(name.key[0]):
            continue  # a stop word: "The" of "at 9 a.m. The local market" (a sentence read on past "a.m.")
        if len(name.key) == 1 and (name.key[0] in calendar or name.key[0] in TIME_ZONES):
            continue  # "Rabu", "Juni": part of a date, whose numbers are checked below; "07.15 WIB": of a time
        if all(key in calendar or not analyzer.word_terms(key) for key in name.key):
            continue  # "In October", "Pada Senin": a date's words after a stop word opening the sentence
        if len(name.key) == 1 and (name.key[0] in spelled or _CURRENCY_WORD_RE.match(text, name.end)):
            continue  # the acronym of a name the sentence spells out; "U.S." of "U.S. dollars": a currency's country
        if len(name.key) == 1 and text.startswith(". ", name.end) and name.key[0] in news_abbreviations():
            continue  # "Capt. Rudi Hartanto", "Dr. Tedros": an abbreviated title; the name after it is checked
        if name.key[-1:] in NUMBER_SIGNS and _NUMBER_AFTER_RE.match(text, name.end):
            # "train No. 1453", "Bus No. 27": the number is checked below, the words before the sign are the name
            if len(name.key) == 1:
                continue
            name = Name(name.words[:-1], name.start, text.rindex(name.words[-1], name.start, name.end))
            name = Name(name.words, name.start, len(text[: name.end].rstrip()))
            if len(name.words) == 1 and not text[: name.start].strip(' "“‘«('):
                continue  # a capitalised first word alone is no name (as in `names`)
        # a name given with another name for it is known when the other name or each of its pieces is ("..., or Cal
        # Fire"); it is one detail otherwise
        if not (aliased[name.start] if name.start in aliased else _name_is_known(name, document, known, matcher)):
            spans.append((name.start, name.end))
    if join_spaced_thousands(text) != text:
        return spans  # number spans would not line up with the text; names are enough here
    tokens = list(WORD_RE.finditer(text))
    words = [t.group() for t in tokens]
    multipliers = number_words(analyzer.language)[1]
    months = month_numbers(analyzer.language)
    n = 0
    while n < len(tokens):
        token = tokens[n]
        values, last, is_date = _read_number(text, tokens, words, n, months, multipliers)
        if not values or in_colon_time(text, token):  # "7:15 a.m.": no count "15 a.m." ("pukul 03.00" is one value)
            n += 1
            continue
        start, end = token.start(), tokens[last].end()
        first = n
        n = last + 1
        if _CONVERSION_RE.search(text, max(0, start - CONVERSION_REACH), start):
            continue  # "8.4 billion euros ($9.1 billion)", "200 kilometers (125 miles)": the value before, converted
        # a date another report gives without its year ("Senin (23/11/2026)" / "Senin (23/11)") is no detail, when it
        # is of the report's own year (or its year is unknown: `_years`): "Senin (23/11/2020)", an earlier flood, is one
        own_year = known.years[document] if document < len(known.years) else None
        parts = [
            v
            for v in values
            if not (is_date and len(values) == 3 and re.fullmatch(r"\d{4}", v) and own_year in (None, v))
        ]
        if all(_told(known, v, is_date, document) for v in parts) or any(a <= start < b for a, b in spans):
            continue
        if is_date and _weekday_told(text[start:end], document, known, analyzer.language):
            continue
        label = tokens[first - 1] if first > 0 else None
        if (
            label is not None
            and label.group().lower() in RANK_LABELS.get(analyzer.language, ())
            and text[label.end() : start].strip() == ""
        ):
            spans.append((label.start(), end))  # "category 4": its grade (no unit words follow a grade)
            continue
        k = last + 1
        while (
            not is_date  # a date takes no unit words, nor a number with its unit glued on ("10-ton")
            and not HYPHENED_RE.match(token.group().lower())
            and k < len(tokens)
            and k - last <= UNIT_WORDS
            and analyzer.is_content(tokens[k].group())
            and not tokens[k].group()[:1].isupper()
            and not _number_values(tokens[k].group(), matcher)
            and text[tokens[k - 1].end() : tokens[k].start()].strip() == ""
        ):
            end = tokens[k].end()
            k += 1
        spans.append((start, end))
    return sorted(spans)


def find_unique(
    corpus: Corpus,
    facts: tuple[Fact, ...],
    fact_scores: np.ndarray,
    alignment: Alignment,
    analyzer: Analyzer,
) -> tuple[UniqueItem, ...]:
    """Every outlet-only fact, claim and detail, by document and then most important first."""
    if len(corpus.documents) < 2:
        return ()
    known = _known(corpus, alignment)
    read: dict[str, list[Value]] = {}
    fact_of = {i: n for n, fact in enumerate(facts) for i in fact.members}
    items: list[UniqueItem] = []
    fact_docs_of = [frozenset(corpus.refs[m].document for m in fact.members) for fact in facts]
    nearby = _nearby(corpus, alignment)
    rivals: dict[int, set[int]] = {}  # node -> the nodes that come near it by a rival value (Alignment.rival_pairs)
    for a, b in alignment.rival_pairs:
        rivals.setdefault(a, set()).add(b)
    rivalled: dict[int, list[tuple[int, int]]] = {}  # node -> the spans of its numbers those rival
    for node, a, b in alignment.rivalled:
        rivalled.setdefault(node, []).append((a, b))

    by_unit: dict[str, list[tuple[int, Value]]] = {}  # every number's unit words -> (document, value): read lazily

    def partners(i: int) -> Sequence[int]:
        """The sentences of i's fact, and those that come near it by a rival value."""
        return (*facts[fact_of[i]].members, *(nearby.head[m] for m in sorted(rivals.get(alignment.node_of[i], ()))))

    def contested(i: int, start: int, end: int) -> bool:
        """Another report near the sentence gives the quantity of the number at `start`-`end` another value."""
        return any(a < end and start < b for a, b in rivalled.get(alignment.node_of[i], ()))

    for i, text in enumerate(corpus.texts):
        if alignment.roles[i] != CLAIM or len(nearby.documents[alignment.node_of[i]]) > 1:
            continue  # a wire copy: another report states every word of it
        d = corpus.refs[i].document
        score = float(fact_scores[fact_of[i]])
        claims = alignment.claims[i]
        if not any(c.close for c in claims) and fact_docs_of[fact_of[i]] == {d}:
            items.append(UniqueItem(d, i, "fact", text, score, 0, len(text)))
            continue
        for claim in claims:
            if not claim.close and any(c.close for c in claims):
                start, end = _stripped(text, claim.start, claim.end)
                items.append(
                    UniqueItem(
                        d,
                        i,
                        "detail",
                        text[start:end],
                        score * CLAIM_WEIGHT,
                        start,
                        end,
                        "claim",
                    )
                )
        said: set[str] | None = None  # read once per sentence, and only when a claim needs it
        for claim in claims:
            if not claim.close:
                continue
            if claim.shared and not _extended(i, claim, corpus, alignment, nearby):
                continue
            # near another report but stated by none (or stated by a shorter sentence): what it ends on that no report
            # near it says is this one's
            if said is None:
                said = _said_nearby(i, corpus, alignment, nearby)
            unsaid = _unsaid_tail(text, claim.start, claim.end, said, alignment.matcher)
            if unsaid:
                start, end = unsaid
                items.append(UniqueItem(d, i, "detail", text[start:end], score * CLAIM_WEIGHT, start, end, "claim"))
        for claim in claims:
            if not claim.close:
                continue
            piece = text[claim.start : claim.end]
            for start, end in detail_spans(piece, analyzer, alignment.matcher, d, known):
                start, end = start + claim.start, end + claim.start
                part: Part = "number" if _is_number_span(text[start:end], analyzer.language) else "name"
                if part == "number" and (
                    _restated(i, start, end, partners(i), corpus, analyzer, read)
                    or contested(i, start, end)
                    or _hedge_restated(i, start, end, corpus, analyzer, read, by_unit)
                ):
                    continue  # another report gives it in a form it agrees with, or gives its quantity another value
                items.append(
                    UniqueItem(
                        d,
                        i,
                        "detail",
                        text[start:end],
                        score * DETAIL_WEIGHT,
                        start,
                        end,
                        part,
                    )
                )
    seen: set[tuple[int, str]] = set()
    kept_once: list[UniqueItem] = []
    for u in items:
        if (u.sentence, u.text) not in seen:
            seen.add((u.sentence, u.text))
            kept_once.append(u)
    items = _without_shorter_names(kept_once)
    items.sort(key=lambda u: (u.document, -u.score, u.sentence, u.start))
    return tuple(items)


@dataclass(frozen=True)
class _Nearby:
    """Per alignment node, the nodes linked to it (`Alignment.links`: a claim of one comes near the other), and per
    node its first sentence and its documents (copies of a sentence are one node: read once)."""

    linked: dict[int, tuple[int, ...]]  # in node order
    head: dict[int, int]
    documents: dict[int, set[int]]

    def sentences(self, sentence: int, corpus: Corpus, alignment: Alignment) -> list[int]:
        """One sentence of each node near this sentence's that another report has."""
        document = corpus.refs[sentence].document
        docs = self.documents
        linked = self.linked.get(alignment.node_of[sentence], ())
        return [self.head[m] for m in linked if len(docs[m]) > 1 or document not in docs[m]]


def _nearby(corpus: Corpus, alignment: Alignment) -> _Nearby:
    links = alignment.links.tocoo()
    linked: dict[int, set[int]] = {}
    for a, b in zip(links.row.tolist(), links.col.tolist(), strict=True):
        linked.setdefault(a, set()).add(b)
        linked.setdefault(b, set()).add(a)
    head: dict[int, int] = {}
    documents: dict[int, set[int]] = {}
    for i, node in enumerate(alignment.node_of):
        head.setdefault(node, i)
        documents.setdefault(node, set()).add(corpus.refs[i].document)
    return _Nearby({node: tuple(sorted(near)) for node, near in linked.items()}, head, documents)


def _extended(sentence: int, claim: Claim, corpus: Corpus, alignment: Alignment, nearby: _Nearby) -> bool:
    """A sentence of another report near this one says nothing the claim does not ("Api berasal dari korsleting
    listrik." beside "Api berasal dari korsleting listrik di salah satu kios pakaian."): the claim is that sentence
    with more, and what it ends on beyond it is its own."""
    whole = set(alignment.terms[sentence])  # the claim's terms are some of these: a cheap test first
    inside = [j for j in nearby.sentences(sentence, corpus, alignment) if whole.issuperset(alignment.terms[j])]
    if not any(alignment.terms[j] for j in inside):
        return False
    mine = set(alignment.matcher.terms(corpus.texts[sentence][claim.start : claim.end]))
    return any(bool(alignment.terms[j]) and mine.issuperset(alignment.terms[j]) for j in inside)


def _said_nearby(sentence: int, corpus: Corpus, alignment: Alignment, nearby: _Nearby) -> set[str]:
    """The match terms of the other reports' sentences that come near this one or near which it comes."""
    return {t for j in nearby.sentences(sentence, corpus, alignment) for t in alignment.terms[j]}


def _unsaid_tail(text: str, start: int, end: int, said: set[str], matcher: Matcher) -> tuple[int, int] | None:
    """The span of the claim's words after the last word whose terms `said` holds ("Tiga anak meninggal dunia |
    akibat komplikasi radang paru"), when it has UNSAID_TERMS lower-case content words or more (names and numbers
    alone are name and number details). Who said the claim is no part of it: its attribution pieces and speech
    words are passed over. Only the tail: runs between words another report holds were mostly the same fact in
    other words (README, "Comparison")."""
    analyzer = matcher.analyzer
    cues = claim_words(analyzer.language).attribution
    core = without_attribution(text, start, end, analyzer)
    tail: list[re.Match[str]] = []  # the words after the last said one ("sejak wabah merebak"), from a lower-case one
    content: list[re.Match[str]] = []  # its content words
    covered = False
    # a last piece with a speech word says who spoke (", the companies said in a joint statement"), not what
    opened = max(core.rfind(c) for c in ",;:—–")
    last = core[opened + 1 :] if opened >= 0 else ""
    if any(t in cues for w in WORD_RE.findall(last) for t in matcher.terms(w)):
        core = core[:opened]
    for token in WORD_RE.finditer(core):
        terms = matcher.terms(token.group())
        if tail or token.group().islower() and token.group() not in number_words(analyzer.language)[1]:
            # not from a name's last word ("Inc., one of the oldest firms") nor a number's ("billion) in cash")
            tail.append(token)
        if not terms or any(t in cues for t in terms):
            continue  # a stop word or a speech word: neither said nor unsaid
        if any(t in said for t in terms):
            covered, tail, content = True, [], []
        else:
            content.append(token)
    tail = _from_phrase_boundary(core, tail, analyzer)
    content = [t for t in content if t in tail]
    multipliers = number_words(analyzer.language)[1]  # "billion" of "$9.1 billion" is part of a number
    plain = [t for t in content if t.group().islower() and not is_number(t.group()) and t.group() not in multipliers]
    if not covered or len(plain) < UNSAID_TERMS:
        return None
    # to its last content word, speech word or capitalised one ("di salah satu kios pakaian di blok B"; "asked for a
    # full report": a speech word inside what the claim adds is a word of it)
    end = max(
        token.end() for token in tail if token in content or token.group()[:1].isupper() or matcher.terms(token.group())
    )
    return start + tail[0].start(), start + end


def _from_phrase_boundary(core: str, tail: list[re.Match[str]], analyzer: Analyzer) -> list[re.Match[str]]:
    """The tail from where a phrase opens: a content word right after another word with nothing between them is
    inside that word's noun phrase ("program | luar angkasa negaranya", "The | local market": after a determiner
    where the language lists them, else after a noun), not the start of what the claim adds; such words are passed
    over to the first stop word, verb, word after punctuation or after a verb."""
    words = claim_words(analyzer.language)
    for n, token in enumerate(tail):
        before = core[: token.start()].rstrip(" ")
        previous = WORD_RE.findall(before[-40:])
        # after a verb a phrase opens ("membuka | lapangan kerja"): its object
        joined = bool(before) and before[-1].isalnum() and len(before) < token.start()
        # a phrase goes on from its determiner ("The | local market"; not "barrier | gave") where the language lists
        # them, else from a noun ("program | luar"; not "WITA Dan | pasar ditutup")
        head = previous[-1].lower() if previous else ""
        opened_by = head in words.determiners if words.determiners else bool(analyzer.word_terms(head))
        joined = joined and (n > 0 or opened_by)
        joined = joined and not (previous and is_verb(previous[-1], analyzer))
        lower = token.group().lower()
        opens = lower in words.openers or not analyzer.word_terms(lower) and lower not in words.inner
        if not joined or opens or is_verb(token.group(), analyzer):
            return tail[n:]
    return []


def _restated(
    sentence: int,
    start: int,
    end: int,
    members: Sequence[int],
    corpus: Corpus,
    analyzer: Analyzer,
    read: dict[str, list[Value]],
) -> bool:
    """Another report's sentence of `members` gives this number in a form it agrees with: a bound it meets or a
    rounding ("about 40 passengers" / "38 passengers", "lebih dari 412 ribu suara" / "412.356 suara")."""
    mine = [v for v in _numbers(corpus.texts[sentence], analyzer, read) if v.start < end and start < v.end]
    document = corpus.refs[sentence].document
    others = [
        w for j in members if corpus.refs[j].document != document for w in _numbers(corpus.texts[j], analyzer, read)
    ]
    return any(v.slot & w.slot and agree(v, w) for v in mine for w in others)


def _numbers(text: str, analyzer: Analyzer, read: dict[str, list[Value]]) -> list[Value]:
    """The numbers `text` gives (slots.values of kind NUMBER), read once per text into `read`."""
    if text not in read:
        read[text] = [v for v in values(text, analyzer) if v.kind == NUMBER]
    return read[text]


def _hedge_restated(
    sentence: int,
    start: int,
    end: int,
    corpus: Corpus,
    analyzer: Analyzer,
    read: dict[str, list[Value]],
    by_unit: dict[str, list[tuple[int, Value]]],
) -> bool:
    """A hedged number ("lebih dari 30 penumpang", "about 1,200 residents") that another report's number of one
    quantity meets anywhere in the set, not only in its fact: the same unit, the same fate ("luka-luka" / "injured")
    or a word around both besides the unit, and the two agree ("Sebanyak 32 penumpang luka-luka"; not "mengangkut 45
    penumpang"). The sentence told in other words is not one outlet's number (`by_unit` is filled on first use)."""
    mine = [
        v
        for v in _numbers(corpus.texts[sentence], analyzer, read)
        if v.start < end and start < v.end and v.qualifier != "exact"
    ]
    if not mine:
        return False
    if not by_unit:
        for j, other in enumerate(corpus.texts):
            for w in _numbers(other, analyzer, read):
                for word in w.slot:
                    by_unit.setdefault(word, []).append((corpus.refs[j].document, w))
    document = corpus.refs[sentence].document
    for v in mine:
        fated = fates(v)
        for word in sorted(v.slot):
            for d, w in by_unit.get(word, ()):
                if d != document and (fated & w.marks or (v.context & w.context) - v.slot - w.slot) and agree(v, w):
                    return True
    return False


def _without_shorter_names(items: list[UniqueItem]) -> list[UniqueItem]:
    """A name detail whose words are all in a longer name of the same report's items (a name detail, or a name in a
    listed fact or clause) is that name again ("Choe" after "Choe Sun-hui"): listed once, in its full form."""
    words = {id(u): frozenset(w.lower() for w in WORD_RE.findall(u.text)) for u in items if u.part == "name"}
    by_document: dict[int, list[frozenset[str]]] = {}
    for u in items:
        if u.part == "name":
            by_document.setdefault(u.document, []).append(words[id(u)])
        else:  # a name inside a listed fact or clause: "Choe" after a whole fact naming "Choe Sun-hui"
            for name in names(u.text):
                by_document.setdefault(u.document, []).append(frozenset(w.lower() for w in name.words))
    listed: dict[int, list[tuple[int, int]]] = {}  # a name inside a listed fact or clause is listed in it
    for u in items:
        if u.part != "name":
            listed.setdefault(u.sentence, []).append((u.start, u.end))

    def inside(u: UniqueItem) -> bool:
        return any(a <= u.start and u.end <= b for a, b in listed.get(u.sentence, ()))

    return [
        u
        for u in items
        if u.part != "name" or not (inside(u) or any(words[id(u)] < other for other in by_document[u.document]))
    ]


def _is_number_span(span: str, language: str) -> bool:
    """A detail span that is an amount or a date ("Rp5 miliar", "March 4, 2025"), not a name."""
    words = WORD_RE.findall(span)
    first = words[0]
    number = _RANGE_RE.match(first.lower()) or amount(words, 0, {}, {}) or ISO_DATE_RE.match(first)
    return bool(number or HYPHENED_RE.match(first.lower())) or (
        first.lower() in month_numbers(language) and any(c.isdigit() for c in span)
    )


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and joining punctuation at its ends."""
    while start < end and (text[start].isspace() or text[start] in ",;:–—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
        end -= 1
    return start, end
