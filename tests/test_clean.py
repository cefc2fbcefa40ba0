import pytest

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
    assert strip_dateline("Liputan6.com, Magelang - Warga keracunan.")[:2] == ("Warga keracunan.", "Liputan6.com")
    assert strip_dateline('Liputan6.com, Jakarta - "Kami siap," kata Presiden.')[0] == '"Kami siap," kata Presiden.'
    assert strip_dateline("Liputan6.com, Jakarta - 12 orang tewas.")[0] == "12 orang tewas."
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
    listed = "Putin, Kim and Lavrov met - briefly - on Wednesday."
    assert strip_dateline(listed) == (listed, None, None)
    for sentence in ("Messi, Ronaldo - the two legends retire this year.", "Senin, Selasa - hujan turun deras."):
        assert strip_dateline(sentence) == (sentence, None, None)  # a dateline is followed by a sentence's start


def test_an_outlet_and_city_dateline_is_no_part_of_the_sentence():
    """A tester's report: "Suara Kota, Jakarta - ..." left the outlet's name in the sentence, listed as a detail
    only that outlet gives. Which of the two is the outlet is not known ("Jakarta, Suara Kota" is written too)."""
    assert strip_dateline("Suara Kota, Jakarta - BPOM menarik sirup itu.") == ("BPOM menarik sirup itu.", None, None)
    assert strip_dateline("Jakarta, Warta Jatim - BPOM menarik sirup itu.")[0] == "BPOM menarik sirup itu."


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


def test_story_paragraph_starting_with_foto_foto_is_kept():
    text = open_seed("003_f757f88b50e7b4dc.txt")
    last = clean(text).paragraphs[-1]
    assert last.startswith("Foto-foto media negara menunjukkan")
    assert "Hotel Ryugyong" in last and "101 lantai" in last
    assert not is_caption("Foto-foto media negara menunjukkan jalan-jalan di Pyongyang dipenuhi potret Putin.")
    assert is_caption("FOTO - Kim menyambut Putin di bandara") and is_caption("Photo | Reuters")


def test_dateline_date_is_the_reports_date():
    cleaned = clean(open_seed("003_f757f88b50e7b4dc.txt"))
    assert cleaned.published == "2024-06-19" and cleaned.outlet == "SR28"
    assert cleaned.paragraphs[0].startswith("Kerumunan yang bersorak")


def test_reporter_initials_after_the_last_sentence_are_dropped():
    cleaned = clean("Kedua pihak sepakat bertemu lagi bulan depan. (julian / yp)")
    assert cleaned.paragraphs == ("Kedua pihak sepakat bertemu lagi bulan depan.",)
    assert strip_trailing_tags("Dia tiba pagi tadi. (ant/rd)") == ("Dia tiba pagi tadi.", None)


def test_lines_ending_with_other_scripts_full_stops_are_running_text():
    text = "राष्ट्रपति बुधवार को राजधानी पहुंचे और नेता से मिले।\nयह उनकी पहली यात्रा है।"
    assert len(clean(text).paragraphs) == 2


def open_seed(name):
    from pathlib import Path

    return (Path(__file__).parent.parent / "seeds" / name).read_text(encoding="utf-8")


def test_normalize_drops_control_and_format_characters_only():
    from summarizer.clean import normalize

    assert normalize("a\u200bb\u0007c\td\r\ne\u00a0f\u200dg\ufeffh\r") == "abc d\ne fgh\n"


def test_wire_datelines_with_double_hyphen_or_underscore():
    assert strip_dateline("WASHINGTON (AP) _ The Senate voted.") == ("The Senate voted.", "AP", None)
    assert strip_dateline("BOSTON _ Senators voted.") == ("Senators voted.", None, None)
    assert strip_dateline("PHNOM PENH, Cambodia (AP) -- Hun Sen said.") == ("Hun Sen said.", "AP", None)
    assert strip_dateline("The score was 2 _ 1 at half time.")[0] == "The score was 2 _ 1 at half time."


def test_an_editors_note_is_no_part_of_the_story_and_the_dateline_after_it_goes():
    note = "Editor's note: This article was updated on March 11 with a higher death toll."
    cleaned = clean(f"By Jason Gutierrez\n\n{note}\n\nMANILA — The death toll rose to 15 on Wednesday.")
    assert cleaned.paragraphs == ("The death toll rose to 15 on Wednesday.",)
    assert clean("Catatan redaksi: Judul berita ini telah diubah.\n\nBanjir melanda Jakarta.").paragraphs == (
        "Banjir melanda Jakarta.",
    )
    assert clean("Corrections were made to the voter roll on Monday.").paragraphs == (
        "Corrections were made to the voter roll on Monday.",
    )


def test_a_note_keeps_the_story_after_it_and_page_boilerplate_goes():
    line = "Editor's note: This story has been updated. The Senate voted 52-48 on Tuesday to pass the bill."
    assert clean(line).paragraphs == ("The Senate voted 52-48 on Tuesday to pass the bill.",)
    page = "The Senate voted.\nComments are closed.\nAll rights reserved.\nThis article was updated."
    assert clean(page).paragraphs == ("The Senate voted.",)


def test_wire_copy_of_the_archives_keeps_only_the_story():
    """DUC/TAC-era wire copy: a service line before the dateline, typesetting codes, Treebank quotes and an
    editing instruction were kept as story sentences (the service line hid the dateline after it)."""
    text = (
        "   By DAVID FIRESTONE\nc.1998 N.Y. Times News Service\n"
        "   ATLANTA _ The storm drenched Florida on Thursday.\n"
        "   ``We're getting hammered,'' said Bill Jones, a resident.\n"
        "   (STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)\n"
        "   &UR; Roads were washed out. &LR; Prices rose 5 &amp; more.\n   (MORE)\n   NYT-11-05-98 1712EST\n"
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == (
        "The storm drenched Florida on Thursday.",
        "\u201cWe're getting hammered,\u201d said Bill Jones, a resident.",
        "Roads were washed out. Prices rose 5 & more.",
    )
    assert cleaned.outlet == "N.Y. Times News Service"
    assert clean("Copyright 2004 The Associated Press\nThe Senate voted.").outlet == "Associated Press"
    assert clean("Xinhua News Agency\nBEIJING, Jan. 5 (Xinhua) -- China said.").paragraphs == ("China said.",)


def test_sentences_like_wire_lines_are_kept():
    for line in (
        "Copyright 1998 was a good year for the team.",
        "The paper quoted the state news agency.",
        "(Ini kalimat lengkap dalam kurung yang berakhir dengan titik.)",
        "It's 5'' long, she said.",
    ):
        assert clean(line).paragraphs == (line,)
    assert clean("(AP)\nThe Senate voted.").outlet == "AP"  # one word in capitals is a credit, not an instruction
    assert clean("He won in 8`50`` flat.").paragraphs == ("He won in 8`50`` flat.",)  # minutes and seconds


def test_a_tokenized_double_hyphen_ends_a_dateline_and_initials_name_no_outlet():
    """IndoSum's CNN Indonesia copy: "--" tokenized and joined again is "- -"; a third of its articles kept
    "Jakarta, CNN Indonesia - -" in their first sentence. "(ugo/vga)" is a writer's initials, not an outlet."""
    assert strip_dateline("Jakarta, CNN Indonesia - - Gempa mengguncang Aceh.")[0] == "Gempa mengguncang Aceh."
    assert strip_dateline("JAKARTA (Reuters) - - The rupiah fell.") == ("The rupiah fell.", "Reuters", None)
    assert clean("Gempa mengguncang Aceh.\n(ugo/vga)").outlet is None
    assert clean("Gempa mengguncang Aceh.\n(Sumber Antaranews)").outlet == "Antaranews"


def test_review_of_the_wire_rules():
    """A review's cases: linear time on a long bracketed line, and the lines the wire rules must leave alone."""
    from summarizer.clean import is_instruction

    assert not is_instruction("(" + "AB " * 1000 + "X")  # a regular expression took cubic time on it (2 s)
    assert not is_instruction("(ДОКЛАД NASA: ПОЛЁТ ОТЛОЖЕН)") and not is_instruction("(据 NASA 报道)")
    lead = "Amazon.com, Apple and Google - the three largest US technology firms - reported record profits."
    assert clean(lead).paragraphs == (lead,)
    assert clean("c. 1920 The mill burned down.").paragraphs == ("c. 1920 The mill burned down.",)
    assert clean("Copyright 2024 The New York Times Company and its licensors.\nThe Senate voted.").paragraphs == (
        "The Senate voted.",
    )
    assert clean("Pyong&shy;yang rose &#10; sharply.").paragraphs == ("Pyongyang rose sharply.",)
    assert clean("``He is 6'2'' tall,'' she said.").paragraphs == ("\u201cHe is 6'2'' tall,\u201d she said.",)
    assert clean("Gempa mengguncang Aceh.\n(tempo)").outlet == "tempo"


def test_a_copyright_line_of_two_sentences_is_boilerplate():
    """A review: "Copyright 2024 The New York Times Company. All rights reserved." was kept as two sentences,
    both listed as the outlet's facts; a story sentence after a boilerplate one stays."""
    line = "Copyright 2024 The New York Times Company. All rights reserved."
    assert clean(f"The Senate voted.\n{line}").paragraphs == ("The Senate voted.",)
    kept = "Comments are closed. The Senate voted on Tuesday."
    assert clean(kept).paragraphs == (kept,)


@pytest.mark.parametrize(
    "byline", ["By OLGA R. RODRIGUEZ", "By JOHN O. NEWMAN, Associated Press Writer", "Oleh A.B. Nugroho"]
)
def test_a_byline_with_initials_is_no_paragraph_and_the_dateline_after_it_goes(byline):
    # the full stop of an initial made the byline look like running text: it became the first paragraph, and the
    # dateline of the real first paragraph ("OAKHURST, Calif. (AP) —") stayed in the brief
    cleaned = clean(
        f"{byline}\nAssociated Press\n\nOAKHURST, Calif. (AP) — A fast-moving wildfire has forced about 8,000 "
        "residents to evacuate, fire officials said Monday.\n"
    )
    assert cleaned.paragraphs[0].startswith("A fast-moving wildfire")
    assert cleaned.outlet == "AP"


def test_a_sentence_opening_with_by_is_kept():
    text = "By the end of the day, 20 people had died in the fire, officials said on Monday."
    assert clean(text).paragraphs == (text,)
