"""Photo captions closing on a bracketed credit of a site or a photo desk, and a dateline behind them.

Tester 12's held-out market fire (Kompas): the caption "Petugas pemadam ... (KOMPAS.com/DIAN PRATIWI)" stayed a
story sentence, was grouped with another outlet's quote and credited Kompas with a time it gives otherwise; being
the first paragraph, it also kept "JAKARTA, KOMPAS.com -" on the story's first sentence.
"""

import pytest

from summarizer.clean import clean, is_caption

KOMPAS = """Ratusan Kios di Pasar Kramat Baru Ludes Terbakar

Penulis: Dian Pratiwi | Editor: Ardi Nugroho

Petugas pemadam kebakaran memadamkan api di Pasar Kramat Baru, Selasa (14/10/2025). (KOMPAS.com/DIAN PRATIWI)

JAKARTA, KOMPAS.com - Kebakaran melanda Pasar Kramat Baru, Jakarta Timur, pada Selasa (14/10/2025) dini hari.

Api pertama kali terlihat sekitar pukul 02.15 WIB dari bagian tengah gedung pasar. (ant/rd)
"""

AP = """Firefighters battle a blaze at a warehouse in Oakland, Calif., on Monday. (AP Photo/Noah Berger)

OAKLAND, Calif. (AP) - A fire destroyed a warehouse in Oakland on Monday, officials said.

No one was hurt. (Reporting by Jane Doe)
"""


@pytest.mark.parametrize(
    "caption",
    [
        "Petugas pemadam kebakaran berupaya memadamkan api, Selasa (14/10/2025). (KOMPAS.com/DIAN PRATIWI)",
        "Suasana pasar setelah kebakaran di Jakarta, Selasa. (Tribunnews.com/Jeprima)",
        "Firefighters battle a blaze at a warehouse in Oakland, Calif., on Monday. (AP Photo/Noah Berger)",
    ],
)
def test_a_line_closing_on_a_bracketed_photo_credit_is_a_caption(caption):
    assert is_caption(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Api pertama kali terlihat sekitar pukul 02.15 WIB dari bagian tengah gedung pasar. (ant/rd)",
        "Kebakaran itu terjadi di Pasar Kramat Baru (14/10/2025).",
        "He said the site (example.com/news) was down.",
        "The deal was agreed by the two parties (AS/Amerika).",
    ],
)
def test_a_story_line_with_a_slash_in_brackets_is_no_caption(line):
    assert not is_caption(line)


def test_the_caption_goes_and_the_dateline_behind_it_is_read():
    cleaned = clean(KOMPAS)
    assert cleaned.paragraphs[0] == (
        "Kebakaran melanda Pasar Kramat Baru, Jakarta Timur, pada Selasa (14/10/2025) dini hari."
    )
    assert not any("Petugas" in p or "KOMPAS" in p for p in cleaned.paragraphs)
    assert cleaned.outlet is not None and cleaned.outlet.lower().startswith("kompas")


def test_an_english_caption_goes_before_the_wire_dateline():
    cleaned = clean(AP)
    assert cleaned.paragraphs[0] == "A fire destroyed a warehouse in Oakland on Monday, officials said."
    assert not any("Firefighters" in p for p in cleaned.paragraphs)
