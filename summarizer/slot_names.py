"""Places and persons a sentence gives: a name is read as one only when the words around it say which ("in
Padang", "said minister X", "Joko Widodo said"), and the marks by which two texts give one name in any form."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import dropwhile

from .language import Analyzer
from .models import ConflictKind
from .normalize import Name, calendar_words, names
from .slot_value import DESTINATION, PERSON, PLACE, Value, Words, word_set

# A name is read as a place or a person only when the words around it say which: a place after a locative
# word ("in Padang", "di Padang", "kota Padang"), a person after a title or next to a verb of speech ("said
# minister X", "kata Menteri X", "X said"). Anything else is no slot of this module (precision first).
PLACE_WORDS = {
    "en": word_set("in at near from into outside inside across town city village province district region"),
    "id": word_set("di ke dari dekat kota provinsi kabupaten desa kecamatan pulau wilayah daerah kampung"),
}
# A destination: after "towards", "menuju", or "to" / "for" right after a word of going ("on its way to X",
# "headed for X", "bound for X"); "to" and "for" alone say nothing of a place ("said to X", "for X's sake").
DESTINATION_WORDS = {"en": word_set("towards toward"), "id": word_set("menuju")}
GOING_WORDS = {
    "en": word_set(
        "way headed heading bound route travelling traveling going sailing flying flew sailed travelled traveled "
        "left returned fled"
    ),
}
GOING_LINKS = {"en": word_set("to for")}
# A direction gone in: "ke arah X", "in the direction of X" (the word before the name, then the one before it).
DIRECTION_WORDS = {"en": (word_set("of"), word_set("direction")), "id": (word_set("arah"), word_set("ke menuju"))}
TITLE_WORDS = {
    "en": word_set(
        "minister president spokesman spokeswoman spokesperson governor mayor chief director secretary leader "
        "premier chairman mr mrs ms dr commander ambassador general senator prosecutor judge driver pilot captain "
        "manager guard officer coach lawyer inspector superintendent sheriff"
    ),
    "id": word_set(
        "presiden menteri gubernur bupati walikota wali kepala ketua direktur sekretaris jubir manajer "
        "kapolda kapolri kapolres pak bu bapak ibu jenderal hakim jaksa pelatih sopir pengemudi pilot kapten nakhoda "
        "kapolresta kapolrestabes kapolsek wakapolda wakapolres kasatreskrim kasatlantas kasat kasi kabid kadis dandim "
        "danrem pangdam danlanud kajari kajati kades lurah camat sekda satpam penjaga pengacara komandan"
    ),
}
# Words before a title that make it another rank of it ("Wakil Ketua Komisi XII DPR", "Deputy Governor"): the
# title is the word after them. Not "former" / "mantan": a former holder is another person than the holder.
TITLE_MODIFIERS = word_set("deputy vice acting wakil plt")
# Abbreviated honorifics and ranks before a name ("Capt. Rudi Hartanto", "Lt. Col. Barry Johnson"): part of no
# name and no title of their own (many officers share a rank: "Lt. Col. X" / "Lt. Col. Y" are no rivals).
HONORIFICS = word_set("capt dr prof gov sen rep lt col gen sgt maj kol jend brig ir drs")
ARTICLES = word_set("the a an")  # "at the Dunmore Leisure Centre": the word before the article says what it is
SPEECH_WORDS = {
    "en": word_set("said says told added according"),
    "id": word_set("kata ujar ungkap jelas tutur katanya ujarnya menurut ungkapnya jelasnya tuturnya"),
}


def read_names(text: str, tokens: Sequence[re.Match[str]], words_of: Words, analyzer: Analyzer) -> list[Value]:
    """Places and persons: names whose neighbouring words say which they are (PLACE_WORDS, TITLE_WORDS)."""
    language = analyzer.language
    places, titles = PLACE_WORDS.get(language, frozenset()), TITLE_WORDS.get(language, frozenset())
    speech, calendar = SPEECH_WORDS.get(language, frozenset()), calendar_words(language)
    out: list[Value] = []
    starts = [t.start() for t in tokens]
    found = _joined(names(text), text)
    # "Ketua KPU Banyumas, Rina Marlina,": a name in commas right after a title's name is the person it titles; a
    # name of one word ("kata Kepala Dinkes Kabupaten Magelang, Hendarto.") only where the sentence or clause ends
    apposed = [
        k > 0
        and (len(name.words) > 1 or re.match(r"\s?[,.;]|\s*$", text[name.end :]) is not None)
        and _title_of(found[k - 1].words, titles)
        and re.fullmatch(r"\s?,\s?", text[found[k - 1].end : name.start]) is not None
        for k, name in enumerate(found)
    ]
    for k, name in enumerate(found):
        if k + 1 < len(found) and apposed[k + 1]:
            continue  # the office, not a person
        words = list(name.words)
        start = name.start
        lead = _title_of(found[k - 1].words, titles) if apposed[k] else ""
        while words and words[0].lower() in titles | places | HONORIFICS:  # "Presiden Joko Widodo", "Kota Padang"
            word = words.pop(0).lower()
            lead = lead if word in HONORIFICS else word
            start = _find(text, words[0], start)[0] if words else name.end
        inner = [t for t, w in enumerate(words[:-1]) if w.lower() in titles]
        # "Itogon Mayor Oscar Bahingawan": the person is the name after the title, the words before it his office's
        if inner:
            for w in words[: inner[-1] + 1]:
                start = _find(text, w, start)[1]
            lead, words = words[inner[-1]].lower(), words[inner[-1] + 1 :]
            start = _find(text, words[0], start)[0]
        if start < 0 or not words or any(w.lower() in calendar or not w.isalpha() for w in words):
            continue
        first = bisect_left(starts, start)
        skipped = ARTICLES | HONORIFICS  # "at the Dunmore Leisure Centre", "said police chief Lt. Col. X"
        before = [
            "",
            "",
            *(t.group().lower() for t in tokens[max(0, first - 5) : first] if t.group().lower() not in skipped),
        ][-2:]
        going = GOING_WORDS.get(language, frozenset()), GOING_LINKS.get(language, frozenset())
        direction = DIRECTION_WORDS.get(language, (frozenset(), frozenset()))
        destination = (
            before[1] in DESTINATION_WORDS.get(language, ())
            or before[1] in going[1]
            and before[0] in going[0]
            or before[1] in direction[0]
            and before[0] in direction[1]
        )
        said = re.match(r"\s+(\w+)", text[name.end :])  # "X said", not "Padang, said"
        kind_of_place = said is not None and said.group(1) in PLACE_NOUNS  # "Kutubdia island", "Balatoc village"
        kind: ConflictKind
        if (
            lead in places
            or not lead
            and (
                destination
                or kind_of_place
                or before[1] in places
                or before == [*before[:1], "of"]
                and before[0] in places
            )
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
        title = lead if lead in titles else next((w for w in before[::-1] if w in titles), "")
        found_at = Value(kind, slot, key, "exact", 1.0, start, name.end, surface, context, swap_only=article)
        found_at = replace(found_at, title=title if kind == PERSON else "")
        out.append(
            replace(found_at, before=words_of.side(_place_phrase(text, tokens, start), -1))
            if kind == PLACE
            else found_at
        )
    return out


def _title_of(words: Sequence[str], titles: frozenset[str]) -> str:
    """The title a name of an office begins with, past a rank before it ("Wakil Ketua Komisi XII DPR": "ketua"),
    or ""."""
    rest = list(dropwhile(lambda w: w.lower() in TITLE_MODIFIERS, words))
    return rest[0].lower() if rest and rest[0].lower() in titles else ""


def _place_phrase(text: str, tokens: Sequence[re.Match[str]], start: int) -> int:
    """Where the words naming a place begin: before a word for a kind of place and "of" ("near the city of Anyang",
    "di dekat Kota Xinxiang"), so that "near Xinxiang City" and "near the city of Anyang" run alike before them."""
    k = bisect_left([t.start() for t in tokens], start) - 1
    while k >= 0 and tokens[k].group().lower() in PLACE_NOUNS | PLACE_LINKS | ARTICLES:
        start, k = tokens[k].start(), k - 1
    return start


@lru_cache(maxsize=65536)
def name_marks(text: str) -> frozenset[tuple[str, str]]:
    """Marks (word_marks) of every name of the text, and ("whole", its words) of every name of several words (by
    which "Vikram Patil" is told from "Vikrant Patil": conflicts.explained)."""
    marks = {mark for name in names(text) for mark in word_marks(name.words)}
    wholes = [_name_key([w for w in name.words if w.isalpha()]) for name in names(text)]
    return frozenset(marks | {("whole", " ".join(words)) for words in wholes if len(words) > 1})


PLACE_LINKS = word_set("of")  # "the city of Anyang"
# Words for a kind of place, in a name ("Cebu City", "Danao City"): no word two names share as one name.
PLACE_NOUNS = word_set(
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
    "Amerika Serikat"); two names of several words each are one only when one holds all the other's ("Jose Ramirez",
    "Jose Antonio Ramirez"), not when they share a word ("Joko Santoso", "Joko Susanto")."""
    x, y = set(a.value), set(b.value)
    if len(x) > 1 and len(y) > 1 and not (x <= y or y <= x):
        return False
    if x & y:
        return True
    initials = {"".join(str(w)[0] for w in v.value) for v in (a, b)}
    return bool(initials & {str(w) for w in x | y})


def _find(text: str, word: str, start: int) -> tuple[int, int]:
    """Where `word` of a name is written from `start` on, as (start, end), or (-1, -1): a name's words drop
    initials' dots ("JC" is written "J.C."); once a word is not found, every later search from -1 fails too."""
    if start < 0:
        return -1, -1
    found = _written(word).search(text, start)
    return found.span() if found else (-1, -1)


@lru_cache(maxsize=4096)
def _written(word: str) -> re.Pattern[str]:
    """`word` as the text may write it, a full stop allowed after each letter ("JC": "J.C.")."""
    return re.compile(r"\.?".join(map(re.escape, word)))


def _joined(found: Sequence[Name], text: str) -> list[Name]:
    """Abbreviated honorifics and the name after them as one name: their full stops cut the run ("Kepala KSOP Tanjung
    Uban, Capt. Rudi Hartanto," had "Capt" as the person; "said police chief Lt. Col. Hendra Gunawan" read none)."""
    out: list[Name] = []
    for name in found:
        last = out[-1] if out else None
        if (
            last is not None
            and all(w.lower() in HONORIFICS for w in last.words)
            and text[last.end : name.start] == ". "
        ):
            out[-1] = Name((*last.words, *name.words), last.start, name.end)
        else:
            out.append(name)
    return out
