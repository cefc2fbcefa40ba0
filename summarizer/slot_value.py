"""One slot value of a sentence (Value) and the sentence's words it is read among (Words).

Every reader (slot_dates, slot_numbers, slot_names) builds Values from a sentence's Words: the stem each token
counts as, from which a value's context (a set of content stems) and its runs of words before and after it (in
order) are sliced; conflicts.py tells two mentions of one quantity from those.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from .language import Analyzer, is_number
from .models import ConflictKind
from .normalize import american, month_numbers

NUMBER: Final = "number"
DATE: Final = "date"
PLACE: Final = "place"
PERSON: Final = "person"
NAMES = (PLACE, PERSON)
DESTINATION = "-destination-"  # the slot a place fills as where something was going ("on its way to X")
SCORE = "-score-"  # the slot of a score or range ("3-1", "25-40"): not a word, so no unit can match it
YEARS = (1900, 2099)  # a bare four-digit number in this range is a year
_YEAR_RE = re.compile(r"\d{4}")


def is_year(word: str) -> bool:
    """A number of four digits in the YEARS range ("2005"): a year, not a count."""
    return _YEAR_RE.fullmatch(word) is not None and YEARS[0] <= int(word) <= YEARS[1]


CONTEXT_WINDOW = 4  # content words on each side of a value that tell what it counts
RUN_WINDOW = 6  # content words on each side of a value read for the run of words two mentions share
NUMBER_MARK = "#"
ANOTHER: Final = "another"  # Value.marks: the clause tells of another event of the kind
TO_COME: Final = "to-come"  # Value.marks: a date of something to come
FATE: Final = "fate:"  # Value.marks: FATE + what befell the people a count counts (slots.FATE_WORDS)
SERIOUS: Final = "serious"  # Value.marks: the injured a count counts were badly hurt (slots.SERIOUS_WORDS)
ROLE: Final = "role:"  # Value.marks: ROLE + the part an amount plays in a change, "from", "to" or "by" (slots)


def word_set(text: str) -> frozenset[str]:
    """The words of one string written with spaces between them ("in at near"), as a set."""
    return frozenset(text.split())


# Nouns that count people: two reports count the same people with any of them ("187 warga" / "lebih dari 200
# orang"); their units then only partly meet, so more words around them must be alike (conflict_compare).
PEOPLE_NOUNS = {
    "en": word_set(
        "people persons residents villagers victims passengers patients workers children students "
        "suspects robbers attackers assailants gunmen perpetrators"
    ),
    "id": word_set("orang warga jiwa penduduk korban pasien pekerja anak siswa penumpang pelaku tersangka perampok"),
    "fr": word_set("personnes gens habitants victimes passagers patients ouvriers enfants"),  # "personne": a stop word
    "cs": word_set("lidí lidé lidi osob osoby obyvatel obětí cestujících pacientů dětí"),
    "el": word_set("άνθρωποι ανθρώπους ανθρώπων άτομα ατόμων κάτοικοι κατοίκους θύματα επιβάτες επιβατών"),
}
PEOPLE = "-people-"  # the slot every such noun's count fills too


# An amount of money: digits with a currency code glued before them ("Rp12") or a sign or code right before
# them ("Rp 12", "US$5", "$5", "€65", "USD 5"); only then an abbreviated multiplier after them ("$5m", "£1.2bn":
# "5m" alone may be five metres).
MONEY_RE = re.compile(r"^(Rp|RP|IDR|USD|EUR|GBP)?(\d+(?:[.,]\d+)*)(k|m|mn|bn|tn)?$")
# A number joined to its unit by a hyphen ("24-year-old", "10-metre", "3-day"): the first word is its unit.
HYPHENED_RE = re.compile(r"^(\d+(?:[.,]\d+)?)-([^\W\d_]{2,})(?:-[^\W\d_]+)*$")


def people_noun(word: str, analyzer: Analyzer) -> list[str]:
    """A noun that counts people whose stem is a stop word ("orang"; "pekerja", whose stem is "kerja") as itself:
    it names what a number counts."""
    lower = word.lower()
    return [lower] if lower in PEOPLE_NOUNS.get(analyzer.language, ()) else []


def word_stems(word: str, analyzer: Analyzer) -> list[str]:
    """The analyzer's terms of one word, a British spelling of a measure read as the American one."""
    return analyzer.word_terms(american(word, analyzer.language))


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
    # "<tsunami" ("the tsunami of December 26", "tsunami 26 Desember"); an age's person (slot_ages.person_marks)
    swap_only: bool = False  # a name read past an article ("at the Dunmore Leisure Centre"): compared only with
    # a name in a sentence alike but for it (conflicts.swapped)
    weekday: int | None = None  # the day name a date is given with ("Sunday, January 16", "Rabu (19/6/2024)"): 0-6
    title: str = ""  # the title a person is named with ("satpam", "chief"): one role (conflict_compare.same_role)
    marks: frozenset[str] = frozenset()  # what its clause says of its event (slots.event_marks): ANOTHER ("a second
    # blast", "an aftershock", "gempa susulan"), TO_COME (a date after "will", "would", "akan")
    where: frozenset[str] = frozenset()  # a number's: the words of the places its clause names ("12 orang di Rafah")


@dataclass(frozen=True)
class Words:
    """A sentence's tokens with the stem each one counts as: NUMBER_MARK for a number or a month, None for a
    stop word. Read once per sentence; a value's context and runs of words are slices of it."""

    starts: list[int]
    ends: list[int]
    stems: list[str | None]
    lower: list[str]  # the tokens, lower case

    @staticmethod
    def of(tokens: Sequence[re.Match[str]], analyzer: Analyzer) -> Words:
        months = month_numbers(analyzer.language)
        stems: list[str | None] = []
        for t in tokens:
            word = t.group()
            if is_number(word) or word.lower().rstrip(".") in months or MONEY_RE.match(word) or HYPHENED_RE.match(word):
                stems.append(NUMBER_MARK)
            else:
                terms = word_stems(word, analyzer) or people_noun(word, analyzer)
                stems.append(terms[0] if terms else None)
        return Words([t.start() for t in tokens], [t.end() for t in tokens], stems, [t.group().lower() for t in tokens])

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


def other_fates(a: Value, b: Value) -> bool:
    """Each count's clause tells what befell the people it counts, and no fate of one is one of the other's: "12
    people were injured" / "40 people were arrested" are no one quantity."""
    return _marked_apart(a, b, FATE)


def other_grades(a: Value, b: Value) -> bool:
    """Of two counts of the injured, one counts the badly hurt only (Value.marks: SERIOUS): "injuring 14 people" /
    "Two people suffered serious injuries" are all the injured and some of them. Unlike fates, a count without the
    mark is of no quantity of one with it: it counts them all."""
    return (SERIOUS in a.marks) != (SERIOUS in b.marks)


def other_roles(a: Value, b: Value) -> bool:
    """Each amount plays a part in a change and the parts differ: "naik dari Rp10.000" / "naik sebesar Rp1.500",
    "from 5.5 per cent" / "to 5.75 per cent" are no one quantity."""
    return _marked_apart(a, b, ROLE)


def _marked_apart(a: Value, b: Value, kind: str) -> bool:
    """Both values carry marks of this kind (FATE, ROLE) and none of one is one of the other's."""
    x, y = _marks(a, kind), _marks(b, kind)
    return bool(x and y) and not x & y


def _marks(v: Value, kind: str) -> set[str]:
    return {m for m in v.marks if m.startswith(kind)}


def fates(v: Value) -> set[str]:
    """The FATE marks of a count: what befell the people it counts ("dead", "injured", ...)."""
    return _marks(v, FATE)
