"""Ages: how old a person a sentence names is, bound to that person.

News gives an age in a few set forms: "Ahmad Rifai (42)", "John Carver, 42,", "berusia 45 tahun", "the 45-year-old
founder", "aged 45". Read as a plain number, an age would clash with every other count of years in the story, and
two people's ages with each other; so an age is its own slot, AGE, bound (Value.bound) to the one person it is of
(`ages`), and two ages are one quantity only when they are of one person (`same_person`; conflict_compare).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .language import WORD_RE, Analyzer
from .normalize import COMPANY_FORMS, Name, names
from .slot_dates import said_words
from .slot_value import NUMBER, Value, Words, word_set

AGE = "-age-"
AGES = frozenset({AGE})  # the slot of every age
OLDEST = 120  # no person is older; a bracketed number past it is something else
# An age in words, per language: "berusia 45 tahun", "usia 45 tahun", "45-year-old", "aged 45".
_AGE_RES = {
    "en": (
        re.compile(r"(?<![\w-])(\d{1,3})-years?-old(?![\w-])", re.IGNORECASE),
        re.compile(r"\baged (\d{1,3})\b", re.IGNORECASE),
    ),
    "id": (re.compile(r"\b(?:berusia|usia|umur|berumur)\s+(\d{1,3})\s+tahun\b", re.IGNORECASE),),
}
# "Ahmad Rifai (42)", "John Carver, 42,": a number right after a person's name, in brackets or in commas.
_AFTER_NAME_RE = re.compile(r"\s*(?:\((\d{1,3})\)|,\s(\d{1,3})(?=,|\s*$|\.))")
# Words that make a name an organisation's, never a person's: a company form ("Golden Harvest Ltd"), "PT" / "CV"
# before an Indonesian company's name ("PT Emas Berkah Sejahtera"), and common words of organisations' names.
ORGANISATION_WORDS = COMPANY_FORMS | {"pt", "cv", "bank", "group", "company", "foods", "university"}
# Verbs by which a source tells of someone else, besides those of speech and attribution (slot_dates.said_words):
# "South Yorkshire Police said a 52-year-old lorry driver ...", "Polres Solok menyebutkan nakhoda berusia 52 tahun":
# the name before them is the source's, not the age's person.
TOLD_WORDS = word_set("confirmed stated menyebutkan menyebut")


def _personal(name: Name) -> bool:
    """A name that may be a person's: none of its words an acronym or an organisation's word."""
    return not any(w.isupper() or w.lower() in ORGANISATION_WORDS for w in name.words)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD_RE.findall(text)}


def ages(text: str, words: Words, analyzer: Analyzer, taken: Sequence[tuple[int, int]]) -> list[Value]:
    """The ages `text` gives outside the spans `taken`, each bound to its person (`person_marks`): the name right
    before it ("Ahmad Rifai (42)", "John Carver, 42,"), else the nearest person's name before it ("Ahmad Rifai,
    pendiri PT Emas Berkah Sejahtera yang berusia 45 tahun") but a source's, before a verb it tells by
    (slot_dates.said_words, TOLD_WORDS: "Inspector Dan Holt said a 52-year-old man ..."), else the first after it
    ("the 45-year-old founder, John Carver"); an age of nobody named ("A 67-year-old man") is none."""
    found = names(text)
    persons = [n for n in found if _personal(n)]
    spans: list[tuple[int, int, int, Name | None]] = []  # start, end, age, its person
    for name in persons:
        after = _AFTER_NAME_RE.match(text, name.end)
        if after:
            group = 1 if after.group(1) else 2
            spans.append((after.start(group), after.end(group), int(after.group(group)), name))
    named = [n for n in persons if len(n.words) > 1]  # not a place's one word ("warga Surabaya berusia 30 tahun")
    told = said_words(analyzer.language) | TOLD_WORDS
    for pattern in _AGE_RES.get(analyzer.language, ()):
        for match in pattern.finditer(text):  # from the number on: "45-year-old", "45 tahun" of "berusia 45 tahun"
            at = match.start(1)
            before = [n for n in named if n.end <= at and not told & _words(text[n.end : at])]
            person = before[-1] if before else next((n for n in named if n.start >= match.end()), None)
            spans.append((at, match.end(), int(match.group(1)), person))
    out = []
    for start, end, age, person in sorted(spans, key=lambda s: s[0]):
        if person is None or not 0 < age <= OLDEST or any(a < end and start < b for a, b in taken):
            continue
        context = words.context(start, end)
        bound = person_marks(person)
        out.append(Value(NUMBER, AGES, (float(age),), "exact", 1.0, start, end, text[start:end], context, bound=bound))
    return out


def person_marks(name: Name) -> frozenset[str]:
    """A person's name as marks of its last word and, of a longer name, its first: "Rifai" and "Ahmad Rifai" are
    one person, "Budi Santoso" and "Joko Santoso" two."""
    last = {"last:" + name.words[-1].lower()}
    return frozenset(last | {"first:" + name.words[0].lower()} if len(name.words) > 1 else last)


def same_person(a: Value, b: Value) -> bool:
    """Two ages of one person (`person_marks`): the same last word, and the same first word where both give one."""
    if not a.bound & b.bound & {m for m in a.bound if m.startswith("last:")}:
        return False
    firsts = [{m for m in v.bound if m.startswith("first:")} for v in (a, b)]
    return not (firsts[0] and firsts[1]) or bool(firsts[0] & firsts[1])
