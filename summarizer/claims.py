"""Claims: what part of a sentence states what, and which sentences state nothing on their own.

A sentence may hold several claims ("Crowds welcomed Putin on Wednesday, where Kim declared full
support for the war"): it is cut at a comma, dash or semicolon followed by a connector of the
language (summarizer/data/claims/*.txt), at every semicolon, and at a comma followed by a coordinator
("and", "dan") when the words before and after it each form a clause with its own verb ("..., and the airport
will stay closed"; not a list of nouns "X, Y and Z", nor "X, and Y gathered"); pieces too small to stand alone
join their neighbour.
Two kinds of sentence carry no claim of their own and are never listed as one outlet's fact:
attribution lines ("Demikian seperti dikutip kantor berita Rusia, TASS.", "the BBC reported.") and
fragments (a piece of a quote cut from its sentence: short, no name, no number; a line giving a telephone number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from .language import WORD_RE, Analyzer
from .models import Role
from .normalize import NOT_COUNTS, conjoined_names, number_words

CLAIM: Final = "claim"
ATTRIBUTION: Final = "attribution"
FRAGMENT: Final = "fragment"
MIN_CLAIM_TERMS = 3  # a piece with fewer content terms joins its neighbour
ATTRIBUTION_CONTENT_TERMS = 1  # an attribution line has at most this many terms besides names and its cue
SOURCE_WORDS = 3  # ", emergency services said": a source named in at most this many words, without a title
TITLE_WORDS = 4  # words of a title between a speech verb and the name that ends an attribution ("said police ...")
FRAGMENT_WORDS = 5  # a sentence of at most this many words, with no name and no number, is a fragment
VERB_MIN_LETTERS = 5  # a word shorter than this is never taken for a verb by its prefix or suffix alone
PHONE_LINE_WORDS = 8  # a line with a telephone number and at most this many words besides is contact details

_BREAK_RE = re.compile(r"\s*(?:[,;:]|\s[–—-])\s+")
# A short capitalised name in brackets right after a name: the acronym it spells (" (BMKG)") or a party, an
# outlet (" (PDIP)", " (Reuters)"); only counted as no word before a denial, so whether it spells is not asked
_BRACKETED_ACRONYM_RE = re.compile(r"\s*\([A-Z][A-Za-z.]{1,9}\)")
NEGATION_WORDS = 4  # a negation word among a claim's first words denies the claim
WORD_SPLIT_RE = re.compile(r"[\w'’]+")  # words with their apostrophes: "didn't", "don’t"
# A telephone number: "+33 1 57 02 10 55", "(021) 500 454 12" (an international "+" and three groups or more, or
# four groups or more of digits). A line giving one is contact details, not a claim of the event.
_PHONE_RE = re.compile(
    r"(?<![\w.,])(?:\+\(?\d{1,4}\)?(?:[ .-]\(?\d{1,4}\)?){2,}|\(?\d{2,5}\)?(?:[ .-]\d{2,4}){3,})(?![\w.,]?\d)"
)


@dataclass(frozen=True)
class ClaimWords:
    """A language's claim connectors (lower-case word sequences) and attribution cues (words or stems)."""

    connectors: tuple[tuple[str, ...], ...]
    attribution: frozenset[str]
    coordinators: frozenset[str] = frozenset()  # open a claim only before a clause with its own verb
    verbs: frozenset[str] = frozenset()  # auxiliaries and common finite verbs
    verb_prefixes: tuple[str, ...] = ()  # a lower-case word with one of these (and more letters) is a verb
    verb_suffixes: tuple[str, ...] = ()
    complementizers: tuple[str, ...] = ()  # "that", "bahwa": an attribution lead-in ends at one
    passive: frozenset[str] = frozenset()  # auxiliaries of a passive: "been" in "have been reported"
    passive_prefixes: tuple[str, ...] = ()  # a passive verb's prefix: "di" of "dilaporkan"
    agents: frozenset[str] = frozenset()  # who did it, after a passive: "by", "oleh"
    negations: frozenset[str] = frozenset()  # words that deny what a claim says: "no", "not", "tidak", "belum"
    openers: frozenset[str] = frozenset()  # content words that open a phrase as a preposition does: "akibat"
    inner: frozenset[str] = frozenset()  # stop words that go on a noun phrase: "luar" of "program luar angkasa"
    # words after which a noun phrase goes on ("the local market"); none: it goes on after a noun ("program luar")
    determiners: frozenset[str] = frozenset()


@lru_cache(maxsize=16)
def claim_words(language: str) -> ClaimWords:
    """The shipped list of `language`, or none (no cuts, no attribution lines) for a language without one."""
    path = resources.files("summarizer").joinpath(f"data/claims/{language}.txt")
    if not path.is_file():
        return ClaimWords((), frozenset())
    connectors: list[tuple[str, ...]] = []
    attribution: set[str] = set()
    lists: dict[str, set[str]] = {
        "coordinator": set(),
        "verb": set(),
        "verb-prefix": set(),
        "verb-suffix": set(),
        "complementizer": set(),
        "passive": set(),
        "passive-prefix": set(),
        "agent": set(),
        "negation": set(),
        "opener": set(),
        "inner": set(),
        "determiner": set(),
    }
    for line in path.read_text(encoding="utf-8").splitlines():
        kind, _, value = line.partition(":")
        if line.startswith("#") or not value.strip():
            continue
        if kind == "connector":
            connectors.append(tuple(value.lower().split()))
        elif kind == "attribution":
            attribution.add(value.strip().lower())
        elif kind in lists:
            lists[kind].add(value.strip().lower())
    return ClaimWords(
        tuple(sorted(connectors, key=len, reverse=True)),
        frozenset(attribution),
        frozenset(lists["coordinator"]),
        frozenset(lists["verb"]),
        tuple(sorted(lists["verb-prefix"])),
        tuple(sorted(lists["verb-suffix"])),
        tuple(sorted(lists["complementizer"])),
        frozenset(lists["passive"]),
        tuple(sorted(lists["passive-prefix"])),
        frozenset(lists["agent"]),
        frozenset(lists["negation"]),
        frozenset(lists["opener"]),
        frozenset(lists["inner"]),
        frozenset(lists["determiner"]),
    )


def is_negated(text: str, words: ClaimWords) -> bool:
    """The claim opens on a denial of what it says: a negation word in its first NEGATION_WORDS words ("No deaths
    have been reported.", "Belum ada korban jiwa.", "The ship didn't sink"), not "No." before a number ("train
    No. 1453"). A "not" further on often denies only a part ("said it would not comment, but ...")."""
    text = _names_as_words(text[:200])
    for match in WORD_SPLIT_RE.finditer(text.lower()):
        word = match.group()
        denies = word in words.negations or word.endswith(("n't", "n\u2019t"))
        if denies and text[match.end() : match.end() + 1] != ".":
            return True  # "no", "tidak", "didn't"; not "No." before a number
        if match.start() and len(text[: match.start()].split()) >= NEGATION_WORDS:
            return False
    return False


def _names_as_words(text: str) -> str:
    """The text with each name one word and an acronym in brackets after a name left out: a name's length says
    nothing of where the claim's words begin ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan
    gempa tidak berpotensi tsunami" opens on its denial as "BMKG memastikan gempa tidak ..." does)."""
    out, at = [], 0
    for name in sorted(conjoined_names(text), key=lambda n: (n.start, -n.end)):
        if name.start < at:
            continue  # inside a name already read, or its acronym in brackets
        bracket = _BRACKETED_ACRONYM_RE.match(text, name.end)
        out += [text[at : name.start], "N"]
        at = bracket.end() if bracket else name.end
    return "".join(out) + text[at:]


def _has_verb(piece: str, words: ClaimWords, analyzer: Analyzer) -> bool:
    """The piece reads as a clause: it holds an auxiliary or a word shaped like a finite verb.

    A verb prefix counts only when the stemmer takes it off ("ditutup" -> "tutup", not "menteri", "dinas").
    """
    for token in WORD_RE.findall(piece):
        lower = token.lower()
        if lower in words.verbs:
            return True
        if token != lower or len(lower) < VERB_MIN_LETTERS:
            continue
        if any(lower.endswith(x) for x in words.verb_suffixes):
            return True
        if any(lower.startswith(p) for p in words.verb_prefixes):
            stems = analyzer.word_terms(lower)
            if stems and lower not in stems:
                return True
    return False


def is_verb(word: str, analyzer: Analyzer) -> bool:
    """The word reads as a verb (`_has_verb` of the word alone): "escaped", "melarikan", not "bridge"."""
    return _has_verb(word, claim_words(analyzer.language), analyzer)


def _content_terms(text: str, analyzer: Analyzer) -> list[str]:
    return analyzer.terms(text)


def role(text: str, analyzer: Analyzer) -> Role:
    """CLAIM, ATTRIBUTION (only says who said it) or FRAGMENT (a broken piece stating nothing alone)."""
    tokens = [m.group() for m in WORD_RE.finditer(text)]
    if not tokens:
        return FRAGMENT
    has_number = any(map(str.isdigit, text))  # a digit of the text is in a token (WORD_RE's words hold every one)
    names = {t.lower() for n, t in enumerate(tokens) if n > 0 and t[:1].isupper()}
    if text[:1].islower() and not has_number:
        return FRAGMENT
    if has_number and _has_phone_number(text):
        return FRAGMENT
    spelled = number_words(analyzer.language)[0]  # "Police arrested two looters." states a count
    counted = has_number or any(t.lower() in spelled and t.lower() not in NOT_COUNTS for t in tokens)
    if len(tokens) <= FRAGMENT_WORDS and not names and not counted and not _short_clause(tokens, analyzer):
        return FRAGMENT
    if not has_number and _only_attributes(tokens, names, analyzer) and not _acts(tokens, analyzer):
        return ATTRIBUTION
    return CLAIM


def _has_phone_number(text: str) -> bool:
    """A line giving a telephone number (`_PHONE_RE`) and little else (PHONE_LINE_WORDS words besides it): not a
    sentence that gives one in passing, nor a spaced number ("40 000 000 000": groups of three after the first),
    nor dates, times or scores without an international "+" (a year among the groups, or separators of more than
    one kind: "19-06-2024 10.30", "21-15 18-21")."""
    found = False
    for match in _PHONE_RE.finditer(text):
        number = match.group()
        groups = re.findall(r"\d+", number)
        separators = set(re.findall(r"[ .-]", number.replace("(", "").replace(")", "")))
        international = number.startswith("+")  # "+1 202-555-0143", "+62 21 2003 4455": a telephone number
        if not international and (len(separators) > 1 or any(len(g) == 4 and g[:2] in ("19", "20") for g in groups)):
            continue
        if international or any(len(g) != 3 for g in groups[1:]):
            found = True
    return found and len(WORD_RE.findall(_PHONE_RE.sub(" ", text))) <= PHONE_LINE_WORDS


def _short_clause(tokens: list[str], analyzer: Analyzer) -> bool:
    """A short sentence with a subject and its verb ("The mayor resigned.", "Schools have collapsed."), not a
    piece that opens on its verb ("Mencoba mengisolasi mereka ...": the rest of a quote) nor one with no verb."""
    words = claim_words(analyzer.language)
    if len(tokens) < 2 or _has_verb(tokens[0].lower(), words, analyzer):
        return False
    return _has_verb(" ".join(tokens[1:]), words, analyzer)


def _acts(tokens: list[str], analyzer: Analyzer) -> bool:
    """A word besides the attribution cues reads as a verb: "Kejadian tersebut telah ditetapkan sebagai KLB." states
    something ("tersebut" is a cue of "Hal tersebut dikatakan oleh ..."; "ditetapkan" is no speech verb)."""
    words = claim_words(analyzer.language)
    cues = words.attribution
    for token in tokens:
        lower = token.lower()
        if token != lower or len(lower) < VERB_MIN_LETTERS or lower in cues or lower in words.verbs:
            continue
        if any(s in cues for s in analyzer.word_terms(lower)):
            continue
        if any(lower.endswith(x) for x in words.verb_suffixes):
            return True
        # the stem, stop word or not ("ditetapkan" -> "tetap", a stop word `_has_verb` does not see)
        if any(lower.startswith(p) for p in words.verb_prefixes) and analyzer.stem(lower) != lower:
            return True
    return False


def _is_cue(word: str, cues: frozenset[str], analyzer: Analyzer) -> bool:
    """A speech or source word of the language's attribution list, as written or by a stem ("said", "reported")."""
    lower = word.lower()
    return lower in cues or any(s in cues for s in analyzer.word_terms(lower))


def _only_attributes(
    tokens: list[str], names: set[str], analyzer: Analyzer, allowed: int = ATTRIBUTION_CONTENT_TERMS
) -> bool:
    """The words name a source and say it spoke, with at most `allowed` other terms.

    A speech verb in the passive with no agent ("No deaths have been reported.", "Tidak ada korban dilaporkan.")
    says what was reported, not who reported it: its other terms are a claim, so the words only attribute when
    there are none besides names ("Demikian seperti dikutip kantor berita Rusia, TASS.").
    """
    words = claim_words(analyzer.language)
    cues = words.attribution
    lowered = [t.lower() for t in tokens]
    is_cue = [_is_cue(t, cues, analyzer) for t in lowered]
    if not cues or not any(is_cue):
        return False
    rest = [
        term for t in lowered if t not in cues and t not in names for term in analyzer.word_terms(t) if term not in cues
    ]
    if rest and _passive_without_agent(lowered, is_cue, words):
        return False
    return len(rest) <= allowed


def _passive_without_agent(lowered: list[str], is_cue: list[bool], words: ClaimWords) -> bool:
    """A speech verb in the passive ("have been reported", "dilaporkan") that no agent ("by", "oleh") follows."""
    if any(t in words.agents for t in lowered):
        return False
    for n, (token, cue) in enumerate(zip(lowered, is_cue, strict=True)):
        if not cue:
            continue
        if n > 0 and lowered[n - 1] in words.passive:
            return True
        if any(token.startswith(p) and len(token) >= VERB_MIN_LETTERS + len(p) for p in words.passive_prefixes):
            return True
    return False


def _is_attribution_tail(piece: str, analyzer: Analyzer, allowed: int = ATTRIBUTION_CONTENT_TERMS) -> bool:
    """ ", menurut media Rusia." / ", kata kantor berita KCNA.": who said the claim before it."""
    tokens = WORD_RE.findall(piece)
    if not tokens or any(any(c.isdigit() for c in t) for t in tokens):
        return False
    if _titled_source(tokens, analyzer) or _short_source(tokens, analyzer):
        return True
    return _only_attributes(tokens, {t.lower() for t in tokens if t[:1].isupper()}, analyzer, allowed)


def _titled_source(tokens: list[str], analyzer: Analyzer) -> bool:
    """ ", said police regional director Brigadier General Arnel Tolentino.": a speech verb, at most
    TITLE_WORDS words of a title, and a name of two capitalised words or more to end it."""
    cues = claim_words(analyzer.language).attribution
    first = tokens[0].lower()
    if not cues or not _is_cue(first, cues, analyzer):
        return False
    name = len(tokens)
    while name > 1 and tokens[name - 1][:1].isupper():
        name -= 1
    title = tokens[1:name]  # "police regional director": content words only, no verb ("said it would sue X")
    words = claim_words(analyzer.language)
    return (
        len(tokens) - name >= 2
        and len(title) <= TITLE_WORDS
        and all(analyzer.is_content(t) for t in title)
        and not _has_verb(" ".join(title), words, analyzer)
    )


def _short_source(tokens: list[str], analyzer: Analyzer) -> bool:
    """ ", emergency services said.", ", police said", ", kata polisi": a speech verb at one end of the piece and a
    source of at most SOURCE_WORDS words without a verb at the other."""
    words = claim_words(analyzer.language)
    cues = words.attribution
    if len(tokens) < 2 or not cues:
        return False
    if _is_cue(tokens[-1], cues, analyzer):  # "emergency services said"
        source = tokens[:-1]
    elif _is_cue(tokens[0], cues, analyzer):  # "kata polisi"
        source = tokens[1:]
    else:
        return False
    return 0 < len(source) <= SOURCE_WORDS and not _has_verb(" ".join(source), words, analyzer)


def said_parts(text: str, start: int, end: int, analyzer: Analyzer) -> tuple[tuple[int, int], ...]:
    """Character spans, inside the claim `text[start:end]`, of the pieces that only say who said it.

    A piece between breaks (comma, dash, semicolon) that only attributes, with no other term (", The Guardian
    melaporkan", ", menurut Ushakov", ", a spokeswoman said"), and a lead-in before "that" / "bahwa" that only
    attributes ("French President Sarkozy said that"). Who said a claim is no part of it: a report that gives the
    claim from another source, or none, still states it. A claim that is all attribution keeps its pieces (none
    are returned).
    """
    piece = text[start:end]
    bounds = [0, *(m.end() for m in _BREAK_RE.finditer(piece)), len(piece)]
    found = [
        (start + a, start + b)
        for a, b in zip(bounds, bounds[1:], strict=False)
        if b > a and _is_attribution_tail(piece[a:b], analyzer, allowed=0)
    ]
    complementizers = claim_words(analyzer.language).complementizers
    lead = re.search(rf"\b(?:{'|'.join(map(re.escape, complementizers))})\b", piece) if complementizers else None
    if lead and _is_attribution_tail(piece[: lead.start()], analyzer, allowed=0):
        found.append((start, start + lead.end()))
    covered = sum(b - a for a, b in _merged(found))
    return () if covered >= len(piece.strip()) or not found else tuple(_merged(found))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def without_attribution(text: str, start: int, end: int, analyzer: Analyzer) -> str:
    """The claim's text with its attribution pieces blanked (`said_parts`); the claim itself when it has none."""
    parts = said_parts(text, start, end, analyzer)
    if not parts:
        return text[start:end]
    piece = list(text[start:end])
    for a, b in parts:
        piece[a - start : b - start] = " " * (b - a)
    return "".join(piece)


def _said_too(text: str, words: ClaimWords, analyzer: Analyzer) -> list[int]:
    """Where "and" + a speech verb opens a second statement after a clause ("X apologised to patients and said the
    trust would not pay", "... dan mengatakan ..."), with or without a comma: what is said is a claim of its own."""
    if not words.coordinators or not words.attribution:
        return []
    tokens = list(WORD_RE.finditer(text))
    cuts = []
    for n in range(1, len(tokens) - 2):
        word, verb = tokens[n].group(), tokens[n + 1].group().lower()
        coordinated = word.lower() in words.coordinators and word.islower() and verb in words.attribution
        if coordinated and _has_verb(text[: tokens[n].start()], words, analyzer):
            cuts.append(tokens[n].start())
    return cuts


def claim_spans(text: str, analyzer: Analyzer) -> tuple[tuple[int, int], ...]:
    """Character spans of the sentence's claims, covering it from start to end."""
    words = claim_words(analyzer.language)
    breaks = list(_BREAK_RE.finditer(text))
    cuts = [0]
    for n, match in enumerate(breaks):
        following = [w.lower() for w in WORD_RE.findall(text[match.end() : match.end() + 40])]
        if match.group().strip() == ";" or any(tuple(following[: len(c)]) == c for c in words.connectors):
            cuts.append(match.end())
        elif following and following[0] in words.coordinators:
            # both sides must be clauses: "X, dan Y berkumpul" is one subject list of one verb
            clause_start = breaks[n - 1].end() if n > 0 else 0
            clause_end = breaks[n + 1].start() if n + 1 < len(breaks) else len(text)
            rest = text[match.end() : clause_end].split(None, 1)
            after = rest[-1] if rest else ""  # ", , and": nothing between two breaks
            if _has_verb(after, words, analyzer) and _has_verb(text[clause_start : match.start()], words, analyzer):
                cuts.append(match.end())
    cuts += _said_too(text, words, analyzer)
    cuts = sorted(set(cuts))
    cuts.append(len(text))
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        piece = text[start:end]
        if merged and (len(_content_terms(piece, analyzer)) < MIN_CLAIM_TERMS or _is_attribution_tail(piece, analyzer)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    # a first piece with no verb is who or what the claim is about, no claim of its own: "Annelies de Wit, Veltra's
    # chief executive, | said the deal ..." (it made any report naming her state the whole sentence)
    first = text[slice(*merged[0])]
    if len(merged) > 1 and (
        len(_content_terms(first, analyzer)) < MIN_CLAIM_TERMS or not _has_verb(first, words, analyzer)
    ):
        merged[:2] = [(merged[0][0], merged[1][1])]
    return tuple(merged)
