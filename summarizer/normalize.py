"""Surface normalisation for matching claims across outlets.

Two outlets seldom word a fact alike: "40,000" / "40.000" / "40 000", "7-2" / "7 to 2", "19/6/2024" /
"19 Juni 2024", "tiga kali" / "3 kali", "USGS" / "US Geological Survey", "Kim Jong-un" / "Kim Jong Un".
`Matcher` turns a sentence into match terms in which those variants coincide: the analyzer's stems
(affixes and reduplication already handled by the language's stemmer), numbers as values, month names
as month numbers (Babel's locale data), number words as numbers (num2words' vocabulary, read backwards),
and acronyms and their expansions as one term when the set itself uses both.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .language import WORD_RE, Analyzer, is_number, news_abbreviations

# "40 000": groups of three digits separated by a space (or a no-break space) are one number.
SPACED_THOUSANDS_RE = re.compile(r"(?<![\d.,])(\d{1,3})(?:[ \u00a0\u202f](\d{3}))+(?![\d.,]|\s?\d)")
ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")  # "2025-03-04"
_RANGE_RE = re.compile(r"^(\d+(?:[.,]\d+)*)[-–](\d+(?:[.,]\d+)*)$")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_DOTTED_RE = re.compile(r"^(?:[A-Z]\.){1,5}[A-Z]\.?$")  # "U.N", "U.S.A": an acronym written with dots
# Company forms after a name ("Benguet Consolidated Inc."): the name without them is the same company.
COMPANY_FORMS = frozenset({"inc", "ltd", "corp", "co", "plc", "llc", "tbk", "ag", "sa", "nv", "bv", "gmbh"})
# Lower-case words that may sit inside a name without breaking it ("Bank of England", "Kim Jong-un").
NAME_JOINERS = frozenset({"of", "for", "the", "de", "del", "da", "van", "von", "bin", "al"})
CONJUNCTIONS = frozenset({"and", "dan", "&"})  # inside a name an acronym spells ("Badan Pengawas Obat dan Makanan")
# An amount written as one word: a currency code before the digits ("Rp5.000.000", "Rp2,5") and an
# abbreviated multiplier after them ("$5m", "1.2bn").
_AMOUNT_RE = re.compile(r"^(?:Rp|RP|Rs|USD|US|IDR|EUR|GBP)?(\d+(?:[.,]\d+)*)(k|m|mn|bn|tn)?$")
# A number written together with its unit's abbreviation ("150mm", "5km", "30kg"): the number is its value.
_GLUED_UNIT_RE = re.compile(r"^(\d+(?:[.,]\d+)*)(mm|cm|km|kg|mg|ml|ha|kw|kwh|mw|gw|gb|mb|tb|mph|kph|kmh|ft)$", re.I)
_AMOUNT_FIRST = frozenset("0123456789RUIEG")  # what an amount's first character can be (a cheap test first)
ABBREVIATED = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}
# Currency codes written before an amount: never a name of their own ("Rp 5 juta", "US$5 million").
CURRENCY_CODES = frozenset({"Rp", "RP", "Rs", "USD", "US", "IDR", "EUR", "GBP", "S", "A", "C", "HK", "NZ"})
# The word a currency sign or code stands for, per language: "$5 million" and "5 million dollars" share it.
_CURRENCY_WORDS = {
    "en": {
        "$": "dollar",
        "€": "euro",
        "£": "pound",
        "rp": "rupiah",
        "rs": "rupee",
        "usd": "dollar",
        "eur": "euro",
        "idr": "rupiah",
    },
    "id": {"$": "dolar", "€": "euro", "£": "pound", "rp": "rupiah", "usd": "dolar", "eur": "euro", "idr": "rupiah"},
}
_CURRENCY_RE = re.compile(r"(?:(?<![A-Za-z])(Rp|RP|Rs|USD|US|IDR|EUR)\.?\s?\$?|([$€£]))\s?(?=\d)")
ACRONYM_TERM = "acr:"
# A British spelling of a measure ("kilometres", "litre"): read as the American one, the same unit whichever an
# outlet writes (the English stemmer makes "kilometr" of one and "kilomet" of the other).
_BRITISH_RE = re.compile(r"((?:kilo|centi|milli)?(?:met|lit))re(s?)", re.IGNORECASE)
# A unit's abbreviation, read as the words it stands for in the language ("230 km/h" / "230 kilometres per hour",
# "120 km/jam" / "120 kilometer per jam", "50 kg" / "50 kilogram"): which one an outlet writes is house style, not
# a detail of its own. Rates are written with a slash ("km/h") or as one word ("kph", "mph").
UNIT_SPELLINGS = {
    "en": {
        "km": "kilometer",
        "kg": "kilogram",
        "mm": "millimeter",
        "cm": "centimeter",
        "ha": "hectare",
        "km/h": "kilometer per hour",
        "kph": "kilometer per hour",
        "kmh": "kilometer per hour",
        "mph": "mile per hour",
    },
    "id": {
        "km": "kilometer",
        "kg": "kilogram",
        "mm": "milimeter",
        "cm": "sentimeter",
        "ha": "hektare",
        "km/jam": "kilometer per jam",
        "km/h": "kilometer per jam",
        "kph": "kilometer per jam",
    },
}
_RATE_UNIT_RE = re.compile(r"(km/(?:h|jam))(?![^\W\d_])", re.IGNORECASE)
LARGEST_NUMBER_WORD = 100
PHRASE_LARGEST = 999  # number names of several words are read up to this ("sembilan ratus sembilan puluh sembilan")


def canonical_number(token: str) -> str:
    """One spelling per value: "40,000" / "40.000" -> "40000"; "6,1" / "6.1" -> "6.1"; "03.00" -> "3.00"."""
    groups = re.split(r"[.,]", token)
    if len(groups) > 1 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return str(int("".join(groups)))
    if len(groups) == 2:
        return f"{int(groups[0])}.{groups[1]}"
    if len(groups) == 1:
        return str(int(token))
    return ".".join(groups)


def join_spaced_thousands(text: str) -> str:
    """ "40 000" -> "40000", so that a space used as a thousands separator does not split a number."""
    return SPACED_THOUSANDS_RE.sub(lambda m: re.sub(r"[ \u00a0\u202f]", "", m.group()), text)


@lru_cache(maxsize=16)
def is_value(term: str) -> bool:
    """A match term that is a number's value ("40000", "6.1"), not a word."""
    try:
        float(term)
    except ValueError:
        return False
    return True


def given_terms(terms: Sequence[str]) -> Sequence[str]:
    """scikit-learn analyzer for documents that are already lists of match terms."""
    return terms


@lru_cache(maxsize=16)
def calendar_words(language: str) -> frozenset[str]:
    """Day and month names of `language` (Babel's CLDR data), lower case: dates, never a name of their own."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_day_names

    try:
        days = {
            name.lower() for width in ("wide", "abbreviated") for name in get_day_names(width, locale=language).values()
        }
    except (UnknownLocaleError, ValueError):
        days = set()
    return frozenset(days | set(month_numbers(language)))


@lru_cache(maxsize=16)
def month_numbers(language: str) -> dict[str, str]:
    """Month names and abbreviations of `language` (Babel's CLDR data), lower case -> "1".."12"."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    names: dict[str, str] = {}
    for width in ("wide", "abbreviated"):
        try:
            months = get_month_names(width, locale=language)
        except (UnknownLocaleError, ValueError):
            return {}
        for number, name in months.items():
            key = name.lower().rstrip(".")
            if len(key) >= 3:
                names[key] = str(number)
    return names


NOT_COUNTS = frozenset({"one", "satu", "se"})  # number words that are mostly no count ("No one came.")


@lru_cache(maxsize=16)
def number_words(language: str) -> tuple[dict[str, str], dict[str, int]]:
    """One-word number names ("tiga" -> "3", "eleven" -> "11") and multipliers ("juta" -> 10**6), from num2words."""
    spelled = _spelled(language, LARGEST_NUMBER_WORD)
    multipliers: dict[str, int] = {}
    for k in (3, 6, 9, 12):  # the smallest first: Spanish "dos mil millones" (10**9) is no "millones"
        name = spell(2 * 10**k, language)
        if name:
            multipliers.setdefault(name.split()[-1], 10**k)
    for k in (
        (5, 7) if language == "en" else ()
    ):  # Indian English: "Rs 10 lakh" is 1 million rupees, "2 crore" 20 million
        name = spell(2 * 10**k, "en_IN")
        if name:
            multipliers.setdefault(name.split()[-1], 10**k)
            multipliers.setdefault(name.split()[-1] + "s", 10**k)
    words = {text: str(n) for n, text in spelled.items() if " " not in text}  # "twenty-three" is one word
    return words, {w: m for w, m in multipliers.items() if w.isalpha()}


def spell(number: int, language: str, to: str = "cardinal") -> str | None:
    """num2words' name of a number in the language ("ordinal": "third"), or None where it has none (a language it
    does not know, or a number past its largest: Kannada's 10**12)."""
    try:
        from num2words import num2words

        return str(num2words(number, lang=language, to=to))
    except (ImportError, NotImplementedError, OverflowError, KeyError):
        return None


def _spelled(language: str, largest: int) -> dict[int, str]:
    """num2words' names of 0 .. largest in the language (none: the language has no number names there)."""
    if spell(0, language) is None:
        return {}
    names = {n: spell(n, language) for n in range(largest + 1)}
    return {n: name for n, name in names.items() if name}


ORDINAL_FIRST = 3  # "first" and "second" are mostly no rank ("for the first time", "a second", "kedua negara")
# Languages whose ordinals are read as ranks: checked to be no everyday word (Spanish "cuarto" and Portuguese
# "quarto" are also a room; Vietnamese and Thai "ordinals" are the number words).
RANK_LANGUAGES = frozenset({"en", "id"})


@lru_cache(maxsize=16)
def ordinal_words(language: str) -> dict[str, int]:
    """One-word ordinals from ORDINAL_FIRST to LARGEST_NUMBER_WORD ("third" -> 3, "keempat" -> 4), from num2words,
    in RANK_LANGUAGES only."""
    if language not in RANK_LANGUAGES:
        return {}
    found: dict[str, int] = {}
    for n in range(ORDINAL_FIRST, LARGEST_NUMBER_WORD + 1):
        name = (spell(n, language, to="ordinal") or "").lower()
        if name and " " not in name:
            found.setdefault(name, n)
    return found


@lru_cache(maxsize=16)
def number_phrases(language: str) -> dict[tuple[str, ...], int]:
    """Number names of several words up to PHRASE_LARGEST, lower case: ("empat", "puluh", "dua") -> 42, ("dua",
    "belas") -> 12, ("one", "hundred", "and", "five") -> 105, and as they are also written: "ninety nine" for
    num2words' "ninety-nine", "one hundred twenty" without its "and" (one word, "forty-two", is read as such)."""
    found: dict[tuple[str, ...], int] = {}
    for n, text in _spelled(language, PHRASE_LARGEST).items():
        text = text.lower()
        for form in (
            text,
            text.replace("-", " "),
            text.replace(" and ", " "),
            text.replace(" and ", " ").replace("-", " "),
        ):
            words = tuple(form.split())
            if len(words) > 1:
                found.setdefault(words, n)
    return found


@lru_cache(maxsize=16)
def longest_number_phrase(language: str) -> int:
    """Words in the language's longest number name of several words."""
    return max((len(p) for p in number_phrases(language)), default=0)


@lru_cache(maxsize=16)
def number_phrase_starts(language: str) -> frozenset[str]:
    """The first words of the language's number names of several words: a cheap test before reading one."""
    return frozenset(key[0] for key in number_phrases(language))


def read_number_phrase(words: Sequence[str], n: int, language: str) -> tuple[int, int] | None:
    """The value of the longest number name of several words starting at `words[n]`, and the index of its last
    word, or None."""
    phrases = number_phrases(language)
    for size in range(min(longest_number_phrase(language), len(words) - n), 1, -1):
        value = phrases.get(tuple(w.lower() for w in words[n : n + size]))
        if value is not None:
            return value, n + size - 1
    return None


@dataclass(frozen=True)
class Name:
    """A run of capitalised words ("Kim Jong Un", "US Geological Survey") with its span."""

    words: tuple[str, ...]  # as written, hyphenated parts split
    start: int
    end: int

    @property
    def key(self) -> tuple[str, ...]:
        """Lower-case words: what two outlets' spellings of one name share."""
        return tuple(w.lower() for w in self.words)

    def initials(self) -> set[str]:
        """Acronyms this name could be written as: first letters, short all-caps words spelled out."""
        firsts = "".join(w[0] for w in self.words if w[:1].isupper())
        spelled = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in self.words if w[:1].isupper())
        return {firsts.upper(), spelled.upper()}


@lru_cache(maxsize=65536)
def names(text: str) -> tuple[Name, ...]:
    """Runs of capitalised words, a sentence-initial word included only when a capitalised word follows.

    Cached: alignment, the outlet-only search and the acronym map all ask for the same sentences' names.
    """
    tokens = list(WORD_RE.finditer(text))
    runs: list[Name] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        if not word[:1].isupper() or _AMOUNT_RE.match(word) or _is_currency(text, tokens, i):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1].group()
            gap = text[tokens[j].end() : tokens[j + 1].start()]
            if gap.strip() not in ("", "-") and not (gap.strip() == "." and _is_title(tokens[j].group())):
                break  # "RSUP Dr. Hasan Sadikin", "Jl. Sudirman": the full stop of an abbreviated title goes on
            capitalised = nxt[:1].isupper() and not is_number(nxt)
            joins = nxt.lower() in NAME_JOINERS and j + 2 < len(tokens) and tokens[j + 2].group()[:1].isupper()
            if capitalised or joins:
                j += 1
            else:
                break
        before = text[: tokens[i].start()].rstrip()
        # a sentence's first word, or a quote's: 'said: "Inflation is ...' opens a sentence too
        at_start = not before.strip(' "“‘«(') or before[-1:] in "“‘«" or (before[-1:] == '"' and before[-2:-1] in " :(")
        if at_start and j == i:
            i += 1
            continue
        first = i + 1 if at_start and tokens[i].group().lower() in NAME_JOINERS else i
        parts = tuple(undotted(p) for t in tokens[first : j + 1] for p in without_possessive(t.group()).split("-") if p)
        if parts:
            end = tokens[j].start() + len(without_possessive(tokens[j].group()))
            runs.append(Name(parts, tokens[first].start(), end))
        i = j + 1
    return tuple(runs)


def _is_title(word: str) -> bool:
    """A capitalised abbreviation written with a full stop after it ("Dr.", "Prof.", "Jl.", "Capt."), not an acronym
    in dots ("U.S."): a name goes on after it."""
    return word[:1].isupper() and "." not in word and word.lower() in news_abbreviations()


def undotted(word: str) -> str:
    """ "U.N" -> "UN": an acronym written with dots is the same acronym."""
    return word.replace(".", "") if "." in word and _DOTTED_RE.match(word) else word


def without_possessive(word: str) -> str:
    """ "Norland's" -> "Norland": the possessive is no part of the name."""
    return word[:-2] if word[-2:] in ("'s", "’s") and len(word) > 2 else word


def _is_currency(text: str, tokens: Sequence[re.Match[str]], i: int) -> bool:
    """ "Rp" in "Rp 5 juta", "US" in "US$5 million": a currency code right before an amount."""
    if tokens[i].group() not in CURRENCY_CODES or i + 1 >= len(tokens):
        return False
    gap = text[tokens[i].end() : tokens[i + 1].start()]
    return gap.strip() in ("", "$") and bool(_AMOUNT_RE.match(tokens[i + 1].group()))


def amount(
    words: Sequence[str], n: int, spelled: dict[str, str], multipliers: dict[str, int]
) -> tuple[str, int] | None:
    """The value of the number at `words[n]` with its multiplier, and the index of its last word.

    "5 million" / "five million" / "5,000,000" / "$5m" -> "5000000"; "Rp2,5 triliun" / "Rp2.500 miliar" ->
    "2500000000000"; "40 ribu" -> "40000". None when the word is no number.
    """
    word = words[n]
    match = _AMOUNT_RE.match(word) if word[:1] in _AMOUNT_FIRST else None
    lower = word.lower()
    if match:
        value = canonical_number(match.group(1))
        if match.group(2):
            return _scaled(value, ABBREVIATED[match.group(2)]), n
    elif lower in spelled:
        value = spelled[lower]
    else:
        return None
    following = words[n + 1].lower() if n + 1 < len(words) else ""
    if following in multipliers:
        return _scaled(value, multipliers[following]), n + 1
    return value, n


def conjoined_names(text: str) -> tuple[Name, ...]:
    """The names of `text`, and names joined by "and" / "dan" / "&" as one: "Badan Pengawas Obat dan Makanan", which
    an acronym (BPOM) may spell, and so a list of them that ends in one ("Badan Meteorologi, Klimatologi, dan
    Geofisika": BMKG); `names` keeps them apart ("Putin dan Kim" are two people)."""
    found = list(names(text))
    chain: list[Name] = []  # names joined by commas so far, the last one's joiner still to come
    for left, right in zip(found, found[1:], strict=False):
        joiner = text[left.end : right.start].strip()
        last = joiner.lstrip(",").strip().lower()
        chain = chain or [left]
        if joiner.lower() in CONJUNCTIONS:
            found.append(Name((*left.words, last, *right.words), left.start, right.end))
        if len(chain) > 1 and last in CONJUNCTIONS:  # "A, B, dan C", "A, B dan C"
            words = tuple(w for n in chain for w in n.words)
            found.append(Name((*words, last, *right.words), chain[0].start, right.end))
        chain = [*chain, right] if joiner == "," else []
    return tuple(found)


def _word_span(text: str, name: Name, a: int, b: int) -> range:
    """The characters of words a to b of `name` in `text` (its words as `names` splits them: hyphenated parts
    apart), so that an acronym's words are read as the acronym and the name's other words as themselves."""
    parts = [
        (token.start() + offset, token.start() + offset + len(part))
        for token in WORD_RE.finditer(text, name.start, name.end)
        for part, offset in _parts(without_possessive(token.group()))
    ]
    if len(parts) != len(name.words):  # not the same reading: the whole name, as before
        return range(name.start, name.end)
    return range(parts[a][0], parts[b - 1][1])


def _parts(word: str) -> list[tuple[str, int]]:
    """A word's hyphenated parts with their offsets in it."""
    out, at = [], 0
    for part in word.split("-"):
        if part:
            out.append((part, at))
        at += len(part) + 1
    return out


def acronym_map(texts: Iterable[str]) -> dict[tuple[str, ...], str]:
    """Names in the set that spell an acronym the set also uses: ("amerika", "serikat") -> "AS"."""
    texts = list(texts)
    acronyms = {  # an acronym starts with a capital A-Z, dotted or not: a cheap test first
        u for t in texts for w in WORD_RE.findall(t) if "A" <= w[0] <= "Z" and _ACRONYM_RE.match(u := undotted(w))
    }
    found: dict[tuple[str, ...], str] = {}
    if not acronyms:
        return found
    for text in texts:
        for name in conjoined_names(text):
            words = name.words
            for a in range(len(words)):
                for b in range(a + 2, len(words) + 1):
                    sub = Name(words[a:b], 0, 0)
                    if {sub.words[0].lower(), sub.words[-1].lower()} & (NAME_JOINERS | CONJUNCTIONS):
                        continue
                    hits = sub.initials() & acronyms
                    if hits:
                        found.setdefault(sub.key, min(hits))
    return found


# Derivational confixes a stemmer may read wrongly or not at all ("mengunjungi" -> "unjung" beside "kunjungan" ->
# "kunjung"; "menandatangani" and "penandatanganan" left whole): per language, prefixes with the letters their
# nasal may have replaced ("meng" + "k", "pen" + "t"), and suffixes. Only words with a prefix and a suffix are read.
_CONFIX_PREFIXES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "id": (
        ("meng", ("", "k")),
        ("meny", ("s",)),
        ("mem", ("", "p")),
        ("men", ("", "t")),
        ("me", ("",)),
        ("peng", ("", "k")),
        ("peny", ("s",)),
        ("pem", ("", "p")),
        ("pen", ("", "t")),
        ("per", ("",)),
        ("pe", ("",)),
        ("ber", ("",)),
        ("ter", ("",)),
        ("di", ("",)),
        ("ke", ("",)),
    )
}
_CONFIX_SUFFIXES = {"id": ("kannya", "annya", "inya", "kan", "an", "i")}
MIN_ROOT_LETTERS = 4


def _confix_roots(word: str, language: str) -> set[str]:
    """Roots `word` could be built on by a prefix (and "per-" after it: "memper-") and a suffix: "mengunjungi" ->
    "kunjung" (among readings no other word confirms, such as "unjung")."""
    roots: set[str] = set()
    prefixes = _CONFIX_PREFIXES.get(language, ())
    for suffix in _CONFIX_SUFFIXES.get(language, ()):
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        for prefix, restored in prefixes:
            if stem.startswith(prefix):
                bare = stem[len(prefix) :]
                inner = (bare, bare[3:]) if bare.startswith("per") else (bare,)
                roots.update(r for letters in restored for b in inner if len(r := letters + b) >= MIN_ROOT_LETTERS)
    return roots


def root_map(analyzer: Analyzer, texts: Iterable[str]) -> dict[str, str]:
    """Words whose stem no other word of the set shares, mapped to the root of a confix reading the set confirms.

    A reading is confirmed when another word of the set has that root as its stem ("kunjungan" -> "kunjung"
    confirms "mengunjungi" -> "kunjung", not the stemmer's "unjung"), or when another unconfirmed word has the same
    reading ("menandatangani" and "penandatanganan" -> "tandatangan"). The longest confirmed root is taken.
    """
    if analyzer.language not in _CONFIX_SUFFIXES:
        return {}
    distinct = dict.fromkeys(texts)  # wire copies repeat sentences: read each once
    words = {w.lower() for t in distinct for w in WORD_RE.findall(t) if w.isalpha() and len(w) > MIN_ROOT_LETTERS + 2}
    stem_of = {w: tuple(analyzer.word_terms(w)) for w in words}
    family: dict[str, set[str]] = {}
    for w, stems in stem_of.items():
        for stem in stems:
            family.setdefault(stem, set()).add(w)
    alone = {
        w: _confix_roots(w, analyzer.language)
        for w, stems in stem_of.items()
        if len(stems) == 1 and len(family[stems[0]]) == 1
    }
    readings: dict[str, set[str]] = {}
    for w, roots in alone.items():
        for root in roots:
            readings.setdefault(root, set()).add(w)
    found: dict[str, str] = {}
    for w, roots in sorted(alone.items()):
        confirmed = [
            r for r in roots if r != stem_of[w][0] and (r in family and family[r] - {w} or len(readings[r]) > 1)
        ]
        if confirmed:
            found[w] = max(confirmed, key=lambda r: (len(r), r))
    return found


@dataclass(frozen=True)
class Matcher:
    """Match terms of a sentence: analyzer stems with numbers, months, number words and acronyms unified."""

    analyzer: Analyzer
    acronyms: dict[tuple[str, ...], str] = field(default_factory=dict)
    roots: dict[str, str] = field(default_factory=dict)  # word -> root of a confix the set confirms (`root_map`)
    # Each text's terms, read once: alignment, conflicts and outlet-only details read many texts again (a claim
    # spanning its whole sentence, a name in many sentences): about half the calls in a story of several reports.
    _read: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def terms(self, text: str) -> list[str]:
        """The sentence's match terms, in order."""
        found = self._read.get(text)
        if found is None:
            found = self._read[text] = tuple(self._terms(text))
        return list(found)

    def _terms(self, text: str) -> list[str]:
        text = join_spaced_thousands(text)
        if "/" in text:  # "230 km/h": its words ("kilometer per hour"), as the rate's other abbreviations are read
            units = UNIT_SPELLINGS.get(self.analyzer.language, {})
            text = _RATE_UNIT_RE.sub(lambda m: units.get(m.group(1).lower(), m.group(1)), text)
        months = month_numbers(self.analyzer.language)
        spelled, multipliers = number_words(self.analyzer.language)
        skip: set[int] = set()
        out: list[str] = []
        if self.acronyms:
            for name in conjoined_names(text):
                key = name.key
                for a in range(len(key)):
                    for b in range(len(key), a + 1, -1):
                        acronym = self.acronyms.get(key[a:b])
                        if acronym:
                            out.append(ACRONYM_TERM + acronym.lower())
                            skip.update(_word_span(text, name, a, b))
                            break
        tokens = list(WORD_RE.finditer(text))
        words = [t.group() for t in tokens]
        language = self.analyzer.language
        starts = number_phrase_starts(language)
        after = -1  # the last word of a number name of several words read
        for n, token in enumerate(tokens):
            if token.start() in skip or n <= after:
                continue
            phrase = read_number_phrase(words, n, language) if words[n].lower() in starts else None
            if phrase is not None:
                out.append(str(phrase[0]))
                after = phrase[1]
                continue
            word = undotted(token.group())
            lower = word.lower()
            half = _half_of(words, n, language, multipliers) if lower in HALF_WORDS.get(language, ()) else None
            if half is not None:  # "half a million" / "setengah juta": 500000
                out.append(half[0])
                after = half[1]
                continue
            if "A" <= word[0] <= "Z" and _ACRONYM_RE.match(word):
                out.append(ACRONYM_TERM + lower)
                continue
            found = amount(words, n, spelled, multipliers)
            if found is not None:
                out.append(found[0])
                continue
            if word[0].isdecimal():  # units, ISO dates and ranges start with a digit (\d): most words do not
                glued = _GLUED_UNIT_RE.match(word)
                if glued:
                    out.append(canonical_number(glued.group(1)))
                    out.extend(self.unit_terms(glued.group(2)))
                    continue
                iso = ISO_DATE_RE.match(lower)
                if iso:
                    out.extend(canonical_number(g) for g in iso.groups())
                    continue
                ranged = _RANGE_RE.match(lower)
                if ranged:
                    out.extend(canonical_number(g) for g in ranged.groups())
                    continue
            if lower in months:
                out.append(months[lower])
                continue
            if lower in multipliers and n > 0 and amount(words, n - 1, spelled, {}) is not None:
                continue
            if lower in self.roots:
                out.append(self.roots[lower])
                continue
            if "-" in word[1:-1]:  # each part as the word it is: "Beijing-Wuchang" / "Beijing" (not "beij")
                out.extend(term for part in word.split("-") if part for term in self.analyzer.word_terms(part))
                continue
            out.extend(self.unit_terms(word))
        out.extend(term for day in weekdays(text, self.analyzer.language) for term in self.analyzer.word_terms(day))
        out.extend(currency_terms(text, self.analyzer))
        return out

    def unit_terms(self, word: str) -> list[str]:
        """The analyzer's terms of one word, a unit's abbreviation read as its words and a British spelling of a
        measure as the American one."""
        language = self.analyzer.language
        return [
            term
            for w in spelled_unit(word, language).split()
            for term in self.analyzer.word_terms(american(w, language))
        ]


def spelled_unit(word: str, language: str) -> str:
    """ "km" -> "kilometer", "km/jam" -> "kilometer per jam": a unit's abbreviation as the words it stands for
    (UNIT_SPELLINGS); any other word as it is."""
    return UNIT_SPELLINGS.get(language, {}).get(word.lower(), word)


def american(word: str, language: str) -> str:
    """ "kilometres" -> "kilometers": a British spelling of a measure as the American one (English only)."""
    british = _BRITISH_RE.fullmatch(word) if language == "en" else None
    return f"{british.group(1)}er{british.group(2)}" if british else word


_YEAR_RE = re.compile(r"\d{4}")
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


@lru_cache(maxsize=16)
def _month_date_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    months = month_numbers(language)
    if not months:
        return None
    alternatives = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    day_first = re.compile(rf"\b(\d{{1,2}})\s+({alternatives})\.?\s+(\d{{4}})\b", re.IGNORECASE)
    month_first = re.compile(rf"\b({alternatives})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
    return day_first, month_first


def day_month(first: int, second: int, language: str) -> tuple[int, int]:
    """(day, month) of a numeric date's first two numbers: month first in English ("8/3/2023" is August 3)
    when the first can be a month, day first elsewhere ("19/6/2024")."""
    return (second, first) if language == "en" and first <= 12 else (first, second)


def weekdays(text: str, language: str) -> list[str]:
    """The day names of the full dates in `text` ("August 3, 2023" -> "Thursday"): the day another report calls
    "on Thursday" (Babel's day names)."""
    names = day_names(language)
    return [names[day.weekday()] for day in full_dates(text, language)] if names else []


def full_dates(text: str, language: str) -> list[datetime.date]:
    """The full dates written in `text`, day, month and year ("August 3, 2023", "19 Juni 2024", "19/6/2024");
    none that is no day of the calendar ("31/2/2024", or a month/day order we do not read)."""
    if not _YEAR_RE.search(text):  # every full date has a year of four digits: most sentences have none
        return []
    found: list[tuple[int, int, int]] = []
    for a, b, y in _NUMERIC_DATE_RE.findall(text):
        day, month = day_month(int(a), int(b), language)
        found.append((int(y), month, day))
    patterns = _month_date_res(language)
    if patterns:
        months = month_numbers(language)
        found += [(int(y), int(months[m.lower()]), int(d)) for d, m, y in patterns[0].findall(text)]
        found += [(int(y), int(months[m.lower()]), int(d)) for m, d, y in patterns[1].findall(text)]
    dates = []
    for year, month, day in found:
        try:
            dates.append(datetime.date(year, month, day))
        except ValueError:
            continue
    return dates


@lru_cache(maxsize=16)
def day_names(language: str) -> dict[int, str]:
    """Full day names of `language` as written (Babel's CLDR data), 0 (Monday) .. 6; none for a code Babel does
    not know ("bcl", "crh")."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_day_names

    try:
        return dict(get_day_names("wide", locale=language).items())
    except (UnknownLocaleError, ValueError):
        return {}


def currency_terms(text: str, analyzer: Analyzer) -> list[str]:
    """The currency words of amounts written with a sign or code ("$5" -> "dollar", "Rp5" -> "rupiah")."""
    words = _CURRENCY_WORDS.get(analyzer.language)
    if not words or not any(c in text for c in "$€£RUIE"):
        return []
    found = []
    for code, sign in _CURRENCY_RE.findall(text):
        key = sign or ("usd" if code.upper() == "US" and "$" in text else code.lower())
        if key in words:
            found.extend(analyzer.word_terms(words[key]))
    return found


# "Half" before a multiplier ("half a million", "setengah juta"): num2words spells no fractions.
HALF_WORDS = {"en": ("half",), "id": ("setengah",)}
_ARTICLES = frozenset({"a", "an"})


def _half_of(words: Sequence[str], n: int, language: str, multipliers: dict[str, int]) -> tuple[str, int] | None:
    """The value of "half (a) <multiplier>" at `words[n]` and the index of its last word, or None."""
    k = n + 1
    if k < len(words) and words[k].lower() in _ARTICLES:
        k += 1
    if k < len(words) and words[k].lower() in multipliers:
        return _scaled("0.5", multipliers[words[k].lower()]), k
    return None


def _scaled(value: str, multiplier: int) -> str:
    try:
        number = float(value) * multiplier
    except ValueError:
        return value
    if not math.isfinite(number):  # hundreds of digits before "million": no amount to compare
        return value
    return str(int(number)) if number == int(number) else str(number)


def matcher_for(analyzer: Analyzer, texts: Sequence[str]) -> Matcher:
    """A matcher that knows the acronyms the set spells out somewhere and the confixes it confirms."""
    return Matcher(analyzer, acronym_map(texts), root_map(analyzer, texts))


def have_match_terms(analyzer: Analyzer, texts: Sequence[str]) -> list[bool]:
    """`bool(matcher_for(analyzer, texts).terms(text))` for each text, mostly without reading every word or the set.

    A word that has terms of its own, is no multiplier and has no inner hyphen adds at least one match term whatever
    reads it (a number name or amount it is part of, an acronym over it, a month, a confix root, or its own terms):
    finding one suffices. Only a text without such a word is read by the set's matcher, built then.
    """
    _, multipliers = number_words(analyzer.language)
    found: dict[str, bool] = {}
    matcher: Matcher | None = None
    for text in dict.fromkeys(texts):
        for token in WORD_RE.findall(join_spaced_thousands(text)):  # the words `Matcher.terms` reads
            word = undotted(token)
            if "-" not in word[1:-1] and word.lower() not in multipliers and analyzer.word_terms(word):
                found[text] = True
                break
        else:
            matcher = matcher or matcher_for(analyzer, texts)
            found[text] = bool(matcher.terms(text))
    return [found[text] for text in texts]
