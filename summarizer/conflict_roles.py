"""Roles: one person, named with the same name by two reports of one fact, under two titles that cannot both be
true ("Chief executive Laura Finch" / "Chief operating officer Laura Finch"; "Police Chief John Hale" / "Deputy
Police Chief John Hale"; "Kapolres Sukabumi AKBP Dedi Firmansyah" / "Kasat Lantas Polres Sukabumi AKP Dedi
Firmansyah"). A reader should see both: one of the reports has the person's office wrong.

A person's title is the run of words right before the name (no punctuation between, no stop word: "said chief
executive Laura Finch" gives "chief executive"). Two titles disagree when (see `incompatible`):
- they name different offices: no title word in common, once spellings of one office are taken as one
  (SAME_OFFICE: "spokesman" / "spokeswoman", "sopir" / "pengemudi", "Kasat Lantas" / "Kasatlantas");
- one is the deputy or acting holder of the other's office ("Deputy Police Chief" / "Police Chief");
- they share the office word but each qualifies it with a word the other lacks ("chief executive" / "chief
  operating officer", "foreign minister" / "finance minister").
Never a disagreement: a title that is only a form of address or says nothing of the office (GENERIC: "Mr",
"Pak", "leader", "head", "kepala"), a past or future office ("former governor", "mantan", "calon"), and a title one
report gives that the other report gives the person too, anywhere in it (a person may hold two offices).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from .conflict_compare import Clash
from .language import WORD_RE, Analyzer, common_words, is_number
from .models import Corpus
from .normalize import calendar_words
from .slot_names import HONORIFICS, TITLE_MODIFIERS, TITLE_WORDS
from .slot_value import PERSON, Value, word_set

ROLE_REACH = 6  # words before a name read as its title at most ("Kasat Lantas Polres Sukabumi AKP")
# Titles that are a form of address or say nothing of which office: never a rival office of another title
GENERIC = word_set("mr mrs ms dr leader head official officer pak bu bapak ibu kepala pemimpin pejabat petugas")
# Words that make a title another time's office than the one held now: no rival of today's title
NOT_NOW = word_set("former ex then late mantan eks bekas almarhum calon candidate nominee presumptive elect designate")
# Spellings of one office (a gender's form, a language's synonyms); compressed Indonesian police titles that
# begin with another ("kasatlantas" / "kasat") are one office too (`_office`)
SAME_OFFICE = (
    word_set("spokesman spokeswoman spokesperson jubir"),
    word_set("driver sopir pengemudi"),
    word_set("captain kapten nakhoda skipper"),
    word_set("minister secretary"),
    word_set("mayor walikota wali"),
    word_set("guard satpam penjaga"),
    word_set("chairman chairwoman chairperson chair"),
    word_set("manager manajer"),
    word_set("director direktur"),
    word_set("commander komandan"),
    word_set("lawyer pengacara"),
)
DEPUTY_PREFIX = "waka"  # "Wakapolres": wakil kapolres, the deputy of the office


@dataclass(frozen=True)
class Role:
    """A person's title as one report writes it: where it begins, its office words, the marks of a deputy or
    acting holder, and the lower-case words that qualify the office ("executive", "operating")."""

    start: int
    offices: frozenset[str]
    ranks: frozenset[str]
    qualifiers: frozenset[str]


def role_clashes(
    corpus: Corpus, read: Sequence[Sequence[Value]], pairs: set[tuple[int, int]], analyzer: Analyzer
) -> Iterator[Clash]:
    """A clash per pair of compared sentences (different reports) that name one person under two titles that
    disagree, where neither report gives the person the other's title anywhere. Each value spans the title and the
    name ("Chief executive Laura Finch")."""
    titles = TITLE_WORDS.get(analyzer.language, frozenset())
    if not titles:
        return
    roles: dict[tuple[int, int], Role | None] = {}  # (sentence, value start) -> its title
    words = _RoleWords(titles, calendar_words(analyzer.language), common_words(analyzer.language), analyzer.stop)

    def role_of(i: int, v: Value) -> Role | None:
        if (i, v.start) not in roles:
            roles[(i, v.start)] = _role(corpus.texts[i], v.start, words)
        return roles[(i, v.start)]

    given: dict[tuple[int, tuple[str, ...]], list[Role]] = {}  # (report, name) -> every title it gives the name
    for i, found in enumerate(read):
        for v in found:
            if v.kind == PERSON and len(v.value) > 1 and (role := role_of(i, v)) is not None:
                given.setdefault((corpus.refs[i].document, tuple(map(str, v.value))), []).append(role)
    if not given:
        return
    for i, j in sorted(pairs):
        d, e = corpus.refs[i].document, corpus.refs[j].document
        if d == e:
            continue
        for a in read[i]:
            for b in read[j]:
                if a.kind != PERSON or b.kind != PERSON or len(a.value) < 2 or a.value != b.value:
                    continue
                x, y = role_of(i, a), role_of(j, b)
                name = tuple(map(str, a.value))
                if x is None or y is None or not incompatible(x, y):
                    continue
                if any(not incompatible(x, o) for o in given[(e, name)]) or any(
                    not incompatible(o, y) for o in given[(d, name)]
                ):
                    continue  # the other report gives this title too: a person may hold two offices
                yield PERSON, {d: (i, _titled(a, x, corpus.texts[i])), e: (j, _titled(b, y, corpus.texts[j]))}


def incompatible(x: Role, y: Role) -> bool:
    """Two titles of one person that cannot both be true (see the module's doc)."""
    if x.offices & y.offices:
        if x.ranks != y.ranks:
            return True  # "Deputy Police Chief" / "Police Chief"
        return bool(x.qualifiers) and bool(y.qualifiers) and not x.qualifiers & y.qualifiers
    return bool(x.offices - GENERIC) and bool(y.offices - GENERIC)


@dataclass(frozen=True)
class _RoleWords:
    """What `_role` reads words with, looked up once per set: the language's titles, calendar words, common words
    and stop words."""

    titles: frozenset[str]
    calendar: frozenset[str]
    common: Callable[[str], bool]
    stop: frozenset[str]


def _role(text: str, start: int, lexicon: _RoleWords) -> Role | None:
    """The title right before a name that starts at `start`, or None: none there, or another time's office."""
    titles, calendar, common, stop = lexicon.titles, lexicon.calendar, lexicon.common, lexicon.stop
    words: list[tuple[int, str, bool]] = []  # (start, lower-case word, written in lower case)
    end = start
    for token in reversed(list(WORD_RE.finditer(text, max(0, start - 120), start))):
        word = token.group().lower().rstrip(".")
        gap = text[token.end() : end]
        if word in NOT_NOW:
            return None
        if len(words) >= ROLE_REACH or gap.strip(" .") or not word.isalpha() or is_number(word):
            break
        if word in calendar or word in stop and word not in titles | TITLE_MODIFIERS:
            break
        if word not in HONORIFICS:  # "AKBP", "Lt. Col.": a rank many share, no office
            # a sentence's first word is capitalised whatever it is: written in lower case if a common word
            initial = not text[: token.start()].strip() and common(word)
            words.insert(0, (token.start(), word, token.group().islower() or initial))
        end = token.start()
    offices: set[str] = set()
    ranks: set[str] = set()
    for _, word, _ in words:
        if word in TITLE_MODIFIERS:
            ranks.add("deputy" if word in {"wakil", "vice"} else word)
        elif word in titles:
            if word.startswith(DEPUTY_PREFIX) and word[2:] in titles:
                ranks.add("deputy")
                word = word[2:]
            offices.add(_office(word, titles))
    if not offices:
        return None
    first = next(k for k, (_, w, _) in enumerate(words) if w in titles)
    qualifiers = frozenset(
        w for _, w, lower in words[max(0, first - 1) :] if lower and w not in titles | TITLE_MODIFIERS
    )
    return Role(words[0][0], frozenset(offices), frozenset(ranks), qualifiers)


def _office(word: str, titles: frozenset[str]) -> str:
    """One spelling per office: the first in alphabetical order of its SAME_OFFICE group, or the shortest title
    that begins the word ("kasatlantas": "kasat"; so "Kasat Reskrim" and "Kasat Lantas" are one office too,
    precision first)."""
    for group in SAME_OFFICE:
        if word in group:
            return min(group)
    shorter = [t for t in titles if len(t) >= 4 and word.startswith(t) and t != word]
    return min(shorter, key=len) if shorter else word


def _titled(v: Value, role: Role, text: str) -> Value:
    """The person's value spanning the title too, so the conflict shows each report's title."""
    return replace(v, start=role.start, surface=text[role.start : v.end])
