"""Roles and claims of sentences (claims.py): what may be listed as an outlet's fact (issue 9)."""

import pytest

from summarizer import Options, Report, summarize, to_dict
from summarizer.claims import ATTRIBUTION, CLAIM, FRAGMENT, claim_spans, role
from summarizer.language import analyzer_for


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("* +44 20 7946 0321, for relatives calling from abroad.", "en"),
        ("Families can reach the airline's desk on 0800 41 22 90 75.", "en"),
        ("Keluarga penumpang dapat menghubungi posko di +62 21 5550 1234.", "id"),
        ("Informasi: (0370) 62 15 88 setiap hari.", "id"),
        ("Media inquiries: +1 202-555-0143.", "en"),  # a review: mixed separators and "2003"-like groups after a "+"
        ("Tel: +62 21 2003 4455", "id"),
    ],
)
def test_a_line_giving_a_telephone_number_is_no_claim(text, language):
    assert role(text, analyzer_for(language)) == FRAGMENT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("More than 40 000 000 000 dollars was pledged by donors.", "en"),
        ("The quake struck at 10:15 on 19 6 2024, officials said.", "en"),
        ("Sebanyak 1 200 000 warga mengungsi pada 19 6 2024.", "id"),
    ],
)
def test_spaced_numbers_and_dates_are_no_telephone_number(text, language):
    assert role(text, analyzer_for(language)) == CLAIM


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kejadian tersebut kemudian ditetapkan sebagai bencana.", "id"),
        ("Hal tersebut sudah diperbaiki.", "id"),
        ("Officials said it collapsed.", "en"),
    ],
)
def test_a_line_with_a_verb_besides_its_attribution_words_is_a_claim(text, language):
    # "tersebut" and "said" are words of attribution lines ("Hal tersebut dikatakan oleh ..."); "ditetapkan",
    # "diperbaiki" and "collapsed" say what happened
    assert role(text, analyzer_for(language)) == CLAIM


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hal tersebut disampaikan oleh juru bicara kepolisian.", "id"),
        ("The statement was released by the ministry's spokesman.", "en"),
    ],
)
def test_a_line_that_only_says_who_spoke_stays_an_attribution(text, language):
    assert role(text, analyzer_for(language)) == ATTRIBUTION


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gempa terjadi pada 19-06-2024 10.30 WIB dan menewaskan 12 orang di Padang.", "id"),
        ("The quake struck on 2024-06-19 10.30 local time and killed 12 people.", "en"),
        ("Indonesia beat China 21-15 18-21 21-19 in the final.", "en"),
        ("He played in 2019-2020-2021-2022 for the club.", "en"),
        (
            "Pemerintah membuka posko pengaduan di nomor +62 21 500 454 bagi keluarga 12 korban tewas kecelakaan itu.",
            "id",
        ),
    ],
)
def test_dates_scores_and_a_number_given_in_passing_leave_a_claim(text, language):
    """A review: these were fragments, then credited to outlets that never stated them."""
    assert role(text, analyzer_for(language)) == CLAIM


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "The mayor toured the flooded district and said the school would reopen on Monday.",
            "en",
            "and said the school would reopen on Monday.",
        ),
        (
            "Bupati meninjau lokasi longsor dan mengatakan bantuan logistik akan dikirim hari ini.",
            "id",
            "dan mengatakan bantuan logistik akan dikirim hari ini.",
        ),
    ],
)
def test_and_a_speech_verb_after_a_clause_opens_a_claim(text, language, second):
    spans = claim_spans(text, analyzer_for(language))
    assert [text[a:b].strip() for a, b in spans][-1] == second and len(spans) == 2


def test_what_a_speaker_did_besides_the_shared_statement_is_listed_as_its_detail():
    a = Report(
        id="a",
        outlet="A",
        text="Floods cut the coastal road near Redhaven on Monday.\n"
        "The mayor toured the flooded harbour district and said the primary school would reopen on Thursday.",
    )
    b = Report(
        id="b",
        outlet="B",
        text="Floods cut the coastal road near Redhaven on Monday.\n"
        "The primary school would reopen on Thursday, the mayor said.",
    )
    data = to_dict(summarize([a, b], Options(unique=0)))
    added = [u["text"] for u in data["unique"] if u["part"] == "claim"]
    assert added == ["The mayor toured the flooded harbour district"]
