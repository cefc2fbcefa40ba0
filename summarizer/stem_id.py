"""PySastrawi's Indonesian stemmer, with each prefix rule tried only on words it can apply to: the same stems.

Sastrawi strips prefixes by visiting its 40 prefix rules in order, each matching its regexes against the word;
most rules start with a fixed letter ("ber-", "meng-", "peny-"), so on a word starting with "m" the 26 rules of
other letters can only fail. Those visits were most of a new word's stemming. A rule whose every disambiguator
returns None leaves the word as it was, so skipping it changes nothing; the first visitor (plain prefixes)
always runs, so the checks made after a visit that changed nothing (in the dictionary, process stopped) run as
before. Sastrawi's own classes do the rest; nothing of the package is patched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from Sastrawi.Stemmer.Context.Context import Context
from Sastrawi.Stemmer.Context.Removal import Removal
from Sastrawi.Stemmer.Context.Visitor.VisitorProvider import VisitorProvider
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

CONSONANTS = "bcdfghjklmnpqrstvwxyz"
_RULE_RE = re.compile(r"DisambiguatorPrefixRule(\d+)[a-z]?$")


def rule_letters(number: int) -> str | None:
    """The first letters a word must have for Sastrawi's prefix rule `number` to match (None: any word).

    Rules 1-5 match "be(r)...", 6-9 and 35 "te(r)...", 10-19 "me...", 20-34 and 36 "pe...", 37-40 a consonant
    then an infix ("-er-", "-el-", "-em-", "-in-"), 41-42 "ku..." and "kau..." (the regexes of PySastrawi 1.2).
    """
    if 1 <= number <= 5:
        return "b"
    if 6 <= number <= 9 or number == 35:
        return "t"
    if 10 <= number <= 19:
        return "m"
    if 20 <= number <= 36:
        return "p"
    if 37 <= number <= 40:
        return CONSONANTS
    if number in (41, 42):
        return "k"
    return None


def visitor_letters(visitor: Any) -> str | None:
    """The first letters on which `visitor` can change a word (None: any, or not known)."""
    letters = ""
    for disambiguator in getattr(visitor, "disambiguators", None) or [None]:
        match = _RULE_RE.search(type(disambiguator).__name__)
        found = rule_letters(int(match.group(1))) if match else None
        if found is None:
            return None
        letters += found
    return letters


def by_first_letter(visitors: Sequence[Any]) -> dict[str, list[Any]]:
    """For each first letter, the prefix visitors that can apply to a word starting with it, in order.

    The first visitor is always kept (see the module's docstring); a visitor of unknown letters is kept for all.
    """
    letters = [visitor_letters(v) for v in visitors]
    table: dict[str, list[Any]] = {}
    for first in "abcdefghijklmnopqrstuvwxyz":
        table[first] = [v for n, (v, ok) in enumerate(zip(visitors, letters, strict=True)) if not n or ok is None
                        or first in ok]  # fmt: skip
    table[""] = [v for n, (v, ok) in enumerate(zip(visitors, letters, strict=True)) if not n or ok is None]
    return table


class _Affix:
    """A Sastrawi affix visitor, its removed part found with `str.replace` instead of `re.sub(result, ...)`.

    Sastrawi takes the stem it found as a regex to cut it from the word (a pattern compiled for nearly every new
    word); a stem has only the letters, digits and hyphens the text normaliser leaves, which a regex matches
    literally, so the replacement is the same.
    """

    def __init__(self, visitor: Any, kind: str) -> None:
        self.visitor = visitor
        self.kind = kind
        self.disambiguators = getattr(visitor, "disambiguators", None)

    def visit(self, context: Any) -> None:
        word = context.current_word
        if self.disambiguators is None:
            result = self.visitor.remove(word)
            if result == word:
                return
        else:  # AbstractDisambiguatePrefixRule.visit
            result = None
            for disambiguator in self.disambiguators:
                result = disambiguator.disambiguate(word)
                if context.dictionary.contains(result):
                    break
            if result is None:
                return
        context.add_removal(Removal(self.visitor, word, result, word.replace(result, "", 1), self.kind))
        context.current_word = result


_KINDS = {
    "RemovePlainPrefix": "DP",
    "PrefixDisambiguator": "DP",
    "RemoveInflectionalParticle": "P",
    "RemoveInflectionalPossessivePronoun": "PP",
    "RemoveDerivationalSuffix": "DS",
}


def _wrapped(visitors: Sequence[Any]) -> list[Any]:
    """Each visitor of a kind known here as an `_Affix`; any other as it is."""
    return [_Affix(v, _KINDS[type(v).__name__]) if type(v).__name__ in _KINDS else v for v in visitors]


class _Provider:
    """Sastrawi's visitors, the affix ones wrapped (`_Affix`), the prefix ones also by first letter."""

    def __init__(self, provider: Any) -> None:
        self.visitors = provider.get_visitors()
        self.suffix_visitors = _wrapped(provider.get_suffix_visitors())
        self.prefix_visitors = _wrapped(provider.get_prefix_visitors())
        self.table = by_first_letter(self.prefix_visitors)

    def get_visitors(self) -> list[Any]:
        return self.visitors  # type: ignore[no-any-return]

    def get_suffix_visitors(self) -> list[Any]:
        return self.suffix_visitors

    def get_prefix_visitors(self) -> list[Any]:
        return self.prefix_visitors


class _Context(Context):  # type: ignore[misc]
    def accept_prefix_visitors(self, visitors: list[Any]) -> Any:
        if visitors is self.prefix_visitors:
            first = self.current_word[:1]
            table = self.visitor_provider.table
            visitors = table.get(first if "a" <= first <= "z" else "", table[""])
        return super().accept_prefix_visitors(visitors)


class _Stemmer(Stemmer):  # type: ignore[misc]
    def __init__(self, dictionary: Any) -> None:
        super().__init__(dictionary)
        self.provider = _Provider(VisitorProvider())

    def stem_singular_word(self, word: str) -> str:
        context = _Context(word, self.dictionary, self.provider)
        context.execute()
        return str(context.result)


_NOT_KEPT = re.compile(r"[^a-z0-9 -]", re.IGNORECASE | re.MULTILINE)  # TextNormalizer's patterns, compiled once
_SPACES = re.compile(r"( +)", re.IGNORECASE | re.MULTILINE)


def indonesian_stemmer() -> Callable[[str], str]:
    """Sastrawi's `CachedStemmer.stem` without its cache (callers keep theirs): the text normalised once, each
    word stemmed by the stemmer above (normalising a normalised word changes nothing)."""
    stemmer = _Stemmer(StemmerFactory().create_stemmer().delegatedStemmer.get_dictionary())

    def stem(text: str) -> str:
        normal = _SPACES.sub(" ", _NOT_KEPT.sub(" ", text.lower())).strip()
        return " ".join(stemmer.stem_word(word) for word in normal.split(" "))

    return stem
