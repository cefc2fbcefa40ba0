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


def test_a_claim_that_is_all_attribution_has_a_share_of_at_most_one():
    # "A reporter for the Al Jazeera news agency, however," is a claim with no words outside its attribution: its
    # share in another sentence was its _TINY-weighted overlap divided by a zero total (18,986 on TAC topic M006)
    from summarizer.models import Report
    from summarizer.options import Options
    from summarizer.pipeline import analyse

    reports = [
        Report(id="a", text="The quake struck at dawn. Aid began to arrive on Friday in the capital."),
        Report(
            id="b",
            text='"People are still very traumatised here," said a reporter for the Al Jazeera news agency '
            "who was in Haiti when the aftershock struck.",
        ),
        Report(
            id="c",
            text="A reporter for the Al Jazeera news agency, however, said there might be difficulties delivering aid.",
        ),
    ]
    links = analyse(reports, Options(language="en")).alignment.links
    assert links.nnz
    assert links.data.max() <= 1.0 + 1e-9
