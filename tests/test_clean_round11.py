"""Page furniture a tester's fresh sets showed kept as story (tester 10, part A: D5): each line was listed as its
outlet's own fact, and one was a brief item."""

from __future__ import annotations

import pytest

from summarizer.clean import clean, is_boilerplate, is_caption
from summarizer.models import Report
from summarizer.options import Options
from summarizer.pipeline import summarize

AP_FOOTER = (
    "Copyright 2003 The Associated Press. All rights reserved. "
    "This material may not be published, broadcast, rewritten or redistributed."
)


def test_the_wires_reprint_notice_is_boilerplate_with_its_copyright_line():
    assert is_boilerplate(AP_FOOTER)
    assert is_boilerplate("This material may not be published, broadcast, rewritten or redistributed.")
    assert clean(f"The cause of the blast was not immediately known.\n\n{AP_FOOTER}").paragraphs == (
        "The cause of the blast was not immediately known.",
    )
    # a story sentence about material that may not be published stays
    kept = "The court ruled that the material may not be published until the trial ends."
    assert clean(kept).paragraphs == (kept,)


@pytest.mark.parametrize(
    "line",
    [
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Sign up for our newsletter to get the day's top stories.",
    ],
)
def test_an_invitation_to_the_outlets_feeds_is_boilerplate(line):
    assert is_boilerplate(line)
    assert clean(f"Gempa ini tidak berpotensi tsunami.\n\n{line}").paragraphs == (
        "Gempa ini tidak berpotensi tsunami.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Ikuti perkembangan gempa ini, BMKG meminta warga tetap tenang.",
        "Simak penjelasan Kapolres tentang penyebab kebakaran di pasar itu.",
        "Get out of the building, the firefighters shouted at the residents.",
    ],
)
def test_a_story_sentence_opening_with_the_same_verbs_is_kept(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "caption",
    [
        "Rescue workers carry a body bag out of the Ombilin mine in Sawahlunto, West Sumatra, June 11, 2003. "
        "AFP PHOTO/Adek BERRY",
        "Petugas BPBD memeriksa rumah yang rusak akibat gempa di Pasaman Barat. ANTARA FOTO/Iggoy el Fitra",
        "Police stand guard outside the plant on Tuesday. (REUTERS PHOTO / Stringer)",
    ],
)
def test_a_caption_closing_on_a_photo_credit_is_no_story(caption):
    assert is_caption(caption)


def test_a_story_sentence_about_a_photo_is_no_caption():
    assert not is_caption("Police released a photo of the suspect on Tuesday.")
    assert not is_caption("The agency said the photo was taken on June 11 by a miner.")


def test_footers_are_neither_outlet_only_nor_in_the_brief():
    reports = [
        Report(id="a", text=f"The blast ripped through a tunnel of the Ombilin coal mine.\n\n{AP_FOOTER}", outlet="a"),
        Report(
            id="b",
            text="The blast occurred in a tunnel of the Ombilin mine.\n\n"
            "Rescue workers carry a body bag out of the mine on June 11, 2003. AFP PHOTO/Adek BERRY",
            outlet="b",
        ),
    ]
    summary = summarize(reports, Options(language="en", unique=0))
    told = [item.text for item in summary.brief] + [u.text for u in summary.unique]
    assert told and not any("Associated Press" in t or "material" in t or "body bag" in t for t in told)


def test_a_dateline_naming_a_country_of_several_words_is_no_story():
    """Tester 10's held-out B2 (fixed after it was scored): the dateline stayed, so "Nov 23" and "Reuters" were
    listed as the outlet's details and a brief item opened with it."""
    text = (
        "GOMA, Democratic Republic of Congo, Nov 23 (Reuters) - At least 34 people drowned after a boat capsized "
        "on Lake Kivu on Sunday, a provincial official said."
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == (
        "At least 34 people drowned after a boat capsized on Lake Kivu on Sunday, a provincial official said.",
    )
    assert cleaned.outlet == "Reuters"


def test_a_police_rank_abbreviation_does_not_end_the_sentence():
    """Tester 10's held-out B1 (fixed after it was scored): "Supt." ended the sentence and "Danilo Reyes." was
    dropped as a fragment."""
    from summarizer.segment import split_paragraph

    sentence = (
        "The hijackers were demanding a ransom of one million pesos, said regional police spokesman Supt. Danilo Reyes."
    )
    assert split_paragraph(sentence, "en") == [sentence]
    assert len(split_paragraph("Police arrested Insp. Juan Cruz. He was charged on Monday.", "en")) == 2
