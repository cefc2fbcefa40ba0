"""A denial is read past a long name: a name counts as one word, and its acronym in brackets as none, when the
claim's first words are searched for a negation (claims.is_negated; tester 19's acronym-fragments repro)."""

from __future__ import annotations

import pytest

from summarizer import Options, Report, summarize
from summarizer.claims import claim_words, is_negated


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan gempa tidak berpotensi tsunami.", "id"),
        ("BMKG memastikan gempa tidak berpotensi tsunami.", "id"),
        ("The Rail Accident Investigation Branch (RAIB) did not find a fault with the brakes.", "en"),
        ("No deaths have been reported.", "en"),
    ],
)
def test_a_denial_after_a_name_of_any_length_is_read(text: str, language: str) -> None:
    assert is_negated(text, claim_words(language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a "not" further on denies a part only, however short the names before it
        ("Chief executive Laura Finch said the bank would not comment further.", "en"),
        ("Gempa mengguncang Garut dan warga panik, tetapi tidak ada kerusakan.", "id"),
    ],
)
def test_a_negation_further_on_is_still_no_denial_of_the_claim(text: str, language: str) -> None:
    assert not is_negated(text, claim_words(language))


@pytest.mark.parametrize(
    ("spelled", "short", "language"),
    [
        (
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan gempa tidak berpotensi tsunami.",
            "BMKG memastikan gempa tidak berpotensi tsunami.",
            "id",
        ),
        (
            "The Rail Accident Investigation Branch (RAIB) did not find a fault with the tram's brakes.",
            "The RAIB did not find a fault with the tram's brakes.",
            "en",
        ),
    ],
)
def test_one_denial_with_a_name_spelled_out_and_its_acronym_is_shared(spelled: str, short: str, language: str) -> None:
    lead = "Gempa mengguncang Garut pada Rabu." if language == "id" else "A tram hit a lorry in Sheffield on Tuesday."
    reports = [Report(id="a", text=f"{lead}\n{spelled}"), Report(id="b", text=f"{lead}\n{short}")]
    summary = summarize(reports, Options(language=language, unique=0))
    assert not [u for u in summary.unique if u.kind == "fact"]
    assert {d for item in summary.brief for d in item.documents} == {0, 1}
    assert all(len(item.documents) == 2 for item in summary.brief)
