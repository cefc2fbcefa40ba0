import pytest

from summarizer.segment import segment, split_paragraph


@pytest.mark.parametrize(
    "text",
    [
        "Putin tiba di Pyongyang pada Rabu (19/6/2024) pukul 03.00 waktu setempat.",
        "Korea Utara mengirim lebih dari 11.000 butir amunisi ke Rusia.",
        "Putin dan Kim Jong-un dijadwalkan menandatangani perjanjian.",
        "Kantornya di Jl. Sudirman dipimpin Dr. Budi sejak tahun lalu.",
        "“Kita tahu bahwa rudal itu masih digunakan,” kata Kirby.",
        "“Kami sudah tiba.” kata juru bicara itu kepada wartawan.",
        "The U.S. said on Jan. 5 that Mr. Smith would go.",
    ],
)
def test_stays_one_sentence(text):
    assert split_paragraph(text, "id") == [text]


def test_splits_at_sentence_ends():
    assert split_paragraph("Putin tiba. Kim menyambutnya. Mereka berpelukan!", "id") == [
        "Putin tiba.",
        "Kim menyambutnya.",
        "Mereka berpelukan!",
    ]


def test_unfinished_trailing_piece_is_dropped():
    paragraph = "Washington memperingatkan soal ketegangan. Putin mengunjungi Korea Utara, disambut sorak-sorai"
    assert segment((paragraph,), "id") == ("Washington memperingatkan soal ketegangan.",)


def test_fragments_shorter_than_three_words_are_dropped():
    assert segment(("(dan).", "Ini kalimat yang utuh."), "id") == ("Ini kalimat yang utuh.",)
