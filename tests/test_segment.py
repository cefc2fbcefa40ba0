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


def test_opening_quote_goes_with_the_sentence_it_opens():
    paragraph = "Kim menyebut periode “kemakmuran tinggi baru”. “Sekarang situasi di dunia rumit,” kata Kim."
    assert split_paragraph(paragraph, "id") == [
        "Kim menyebut periode “kemakmuran tinggi baru”.",
        "“Sekarang situasi di dunia rumit,” kata Kim.",
    ]


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("रूसी राष्ट्रपति बुधवार को पहुंचे। उन्होंने नेता से मुलाकात की। यह पहली यात्रा है।", 3),
        ("وصل الرئيس الروسي يوم الأربعاء؟ وقد التقى الزعيم في العاصمة. إنها زيارته الأولى۔", 3),
        ("普京周三抵达平壤，会见了金正恩。这是他二十四年来的首次访问！他们签署了协议吗？", 3),
    ],
)
def test_other_scripts_sentence_ends(paragraph, count):
    assert len(split_paragraph(paragraph, "xx")) == count


@pytest.mark.parametrize("paragraph", ["a. " * 200_000, "Kim said the talks went well in Seoul. " * 20_000])
def test_very_long_paragraphs_are_segmented_without_the_regex_guard(paragraph):
    sentences = split_paragraph(paragraph, "en")
    assert sentences and sum(len(s) for s in sentences) >= len(paragraph.strip()) * 0.9


@pytest.mark.parametrize(
    ("paragraph", "language", "first"),
    [
        (
            "Four miners were rescued alive on Monday in the village, said Itogon Mayor J.C. Santos. The mine was "
            "closed by the authorities on Tuesday.",
            "en",
            "Four miners were rescued alive on Monday in the village, said Itogon Mayor J.C. Santos.",
        ),
        (
            "The novel was written by J.K. Rowling and published in London in 1997. It sold millions of copies.",
            "en",
            "The novel was written by J.K. Rowling and published in London in 1997.",
        ),
        (
            "Menurut Gubernur H.M. Yusuf, banjir sudah surut di sebagian besar wilayah kota. Warga mulai pulang.",
            "id",
            "Menurut Gubernur H.M. Yusuf, banjir sudah surut di sebagian besar wilayah kota.",
        ),
    ],
)
def test_two_initials_do_not_end_a_sentence(paragraph, language, first):
    # Punkt without training data knew one initial ("George W. Bush") but cut "J.C. | Santos."
    assert split_paragraph(paragraph, language)[0] == first
