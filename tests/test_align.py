"""Claim alignment (align.py) and its match terms (normalize.Matcher): what another report states (issue 9)."""

import pytest

from summarizer.language import analyzer_for
from summarizer.normalize import matcher_for


@pytest.mark.parametrize(
    ("language", "joined", "alone"),
    [("en", "the Beijing-Wuchang express", "Beijing"), ("id", "ruas Penjaringan-Cilincing", "Penjaringan")],
)
def test_a_hyphenated_name_matches_its_parts_written_alone(language, joined, alone):
    # Stemmed whole, "Beijing-Wuchang" kept "beijing" while "Beijing" alone became "beij"
    matcher = matcher_for(analyzer_for(language), [joined, alone])
    assert set(matcher.terms(alone)) <= set(matcher.terms(joined))
