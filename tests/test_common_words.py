"""`language.common_words` keeps only wordfreq's frequent buckets, yet decides as `zipf_frequency(w) >= 5.0` does."""

import itertools

import pytest
from wordfreq import available_languages, iter_wordlist, zipf_frequency

from summarizer.language import _FREQUENT_BUCKETS, _WORDFREQ_CODES, COMMON_ZIPF, _frequent_tokens, common_words

# The story languages of the eval data (IndoSum, TAC 2011), and codes wordfreq spells otherwise (no -> nb, sr -> sh).
LANGUAGES = ["id", "en", "ar", "cs", "fr", "el", "he", "hi", "de", "ru", "no", "sr", "tr"]  # tr: "KADIN" is kadın
# Forms wordfreq tokenizes or normalizes: case, digits (smashed to 0s), several tokens, apostrophes, hyphens, marks.
ODD = [
    "Jakarta", "JAKARTA", "Minister", "2024", "11.000", "1,000", "3", "U.S.", "Jong-un", "l'accord", "aujourd'hui",
    "New York", "dont", "don't", "rock'n'roll", "Senin", "polisi", "rumah", "Éte", "été", "ﬁnal", "x", "", "--",
    "the the", "in-the", "e-mail", "ول", "ال", "של", "के", "και", "že", "и", "KADIN", "BIR", "DI", "ISTANBUL",
]  # fmt: skip


def _sample(code: str) -> list[str]:
    """Every token the structure keeps, the next few thousand (just rarer), their capitalised forms, and ODD."""
    words = list(itertools.islice(iter_wordlist(code), 6000))
    return words + [w.capitalize() for w in words[:3000]] + [w.upper() for w in words[:500]] + ODD


@pytest.mark.parametrize("language", LANGUAGES)
def test_decision_is_wordfreqs_on_a_word_sample(language: str) -> None:
    code = _WORDFREQ_CODES.get(language, language)
    assert code in available_languages()
    common = common_words(language)
    words = _sample(code)
    expected = {w for w in words if zipf_frequency(w, code) >= COMMON_ZIPF}
    assert {w for w in words if common(w)} == expected
    assert len(expected) > 50  # the sample reaches the bar from both sides
    assert len(set(words) - expected) > 1000


def test_structure_is_small() -> None:
    frequent = _frequent_tokens(available_languages()["en"])
    assert 500 < len(frequent) < 20_000
    assert min(frequent.values()) == pytest.approx(10 ** (-_FREQUENT_BUCKETS / 100))


def test_language_without_a_list_is_never_common() -> None:
    assert not common_words("eu")("etxea")
