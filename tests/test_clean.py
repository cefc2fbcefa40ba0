from summarizer.clean import clean, find_date, is_caption, is_credit, strip_dateline, strip_trailing_tags


def test_navigation_and_ad_lines_are_dropped():
    text = "Notification\n\n×\n\nKategori Berita\n\nIklan\n\nPresiden tiba di kota itu pada Rabu pagi."
    assert clean(text).paragraphs == ("Presiden tiba di kota itu pada Rabu pagi.",)


def test_first_long_heading_becomes_title_and_timestamp_gives_date():
    text = "Cari Berita\nDiundang Kim, Putin Akan Berkunjung ke Korea\n"
    text += "Januari 21, 2024 Last Updated 2024-01-21T07:24:44Z\n"
    text += "Putin menyambut undangan itu.\nKunjungan Pertama dalam 20 Tahun\nIni akan menjadi lawatan pertama."
    cleaned = clean(text)
    assert cleaned.title == "Diundang Kim, Putin Akan Berkunjung ke Korea"
    assert cleaned.published == "2024-01-21"
    assert cleaned.paragraphs == ("Putin menyambut undangan itu.", "Ini akan menjadi lawatan pertama.")


def test_datelines_name_the_outlet_and_leave_the_sentence():
    assert strip_dateline("TRIBUNNEWS.COM – Presiden tiba.") == ("Presiden tiba.", "Tribunnews.com", None)
    assert strip_dateline("Krjogja.com - Pyongyang - Presiden tiba.")[:2] == ("Presiden tiba.", "Krjogja.com")
    assert strip_dateline("SEOUL (SR28) – 19 Juni 2024, kerumunan bersorak.") == (
        "Kerumunan bersorak.",
        "SR28",
        "2024-06-19",
    )
    assert strip_dateline("WASHINGTON (Reuters) - The president said.")[1] == "Reuters"
    assert strip_dateline("Jakarta – Presiden Rusia tiba.") == ("Presiden Rusia tiba.", None, None)


def test_ordinary_sentences_are_not_datelines():
    sentence = "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu."
    assert strip_dateline(sentence) == (sentence, None, None)


def test_bylines_credits_and_tags():
    assert is_credit("(Tribunnews.com, Andari Wulan Nugrahani)")
    assert is_credit("(Sumber Antaranews)")
    assert is_credit("Editor: Budi Santoso")
    assert not is_credit("(Ini kalimat lengkap dalam kurung yang berakhir dengan titik.)")
    assert strip_trailing_tags("Rombongan turis pertama asal Rusia. [SB]") == (
        "Rombongan turis pertama asal Rusia.",
        None,
    )
    assert strip_trailing_tags("Pembangunan berlanjut. (Sumber: Antaranews)") == (
        "Pembangunan berlanjut.",
        "Antaranews",
    )


def test_photo_captions_are_recognised():
    assert is_caption(
        "Foto arsip – Pemimpin Korea Utara berjabat tangan (13/9/2023). ANTARA/KCNA/tm/aa. (Handout KCNA)"
    )
    assert is_caption("Photo: Reuters")
    assert not is_caption("Fotografer itu tiba di Jakarta pada Senin.")


def test_clean_reads_outlet_from_credit_when_no_dateline():
    cleaned = clean("Jakarta – Presiden Rusia melakukan kunjungan resmi.\nIni kalimat kedua.\n(Sumber Antaranews)")
    assert cleaned.outlet == "Antaranews"
    assert cleaned.paragraphs == ("Presiden Rusia melakukan kunjungan resmi.", "Ini kalimat kedua.")


def test_find_date_formats():
    assert find_date("Rabu, 19 Juni 2024") == "2024-06-19"
    assert find_date("June 19, 2024") == "2024-06-19"
    assert find_date("2024-01-21T07:24:44Z") == "2024-01-21"
    assert find_date("tanpa tanggal") is None
