"""Bounds and hedges before a number ("more than 11,000", "sekitar 40.000", "au moins deux"): what makes a number
consistent with others it does not equal (conflict_compare.agree)."""

from __future__ import annotations

from .language import WORD_RE

QUALIFIER_WORDS = 3  # words before a number in which "more than", "sekitar" ... are looked for
QUALIFIER_CHARS = 80  # ... within this many characters before it


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


def qualifier(text: str, start: int, language: str) -> str:
    """The bound or hedge right before offset `start`: "over", "under", "about", or "exact" for none."""
    low = max(0, start - QUALIFIER_CHARS)  # a bounded window: values() asks this for every value of a sentence
    found = [w.lower() for w in WORD_RE.findall(text[low:start])]
    cut = low > 0 and text[low - 1].isalnum() and text[low].isalnum()  # ... whose first word may be cut
    before = found[1 if cut else 0 :][-QUALIFIER_WORDS:]
    for words, kind in sorted(QUALIFIERS.get(language, ()), key=lambda q: -len(q[0])):
        if tuple(before[-len(words) :]) == words:
            return kind
    return "exact"
