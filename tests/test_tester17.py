"""Tester 17's findings on sets nobody tuned on (a city blackout in English, a whirlwind in Indonesian), each fixed
with a case that failed before (README, "Real-world input")."""

from __future__ import annotations

from summarizer.clean import clean
from summarizer.unwrap import unwrap, wrap_width

# one sentence a line, the longest line a full one right before a caption: no hard-wrapped text
ONE_SENTENCE_LINES = """Puting beliung terjang Rancaekek, 312 rumah rusak
Sebanyak 312 rumah rusak akibat angin puting beliung di Rancaekek, Selasa sore.
Kepala Pelaksana BPBD Kabupaten Bandung Uka Suska mengatakan tiga orang luka ringan.
Empat belas pohon tumbang di jalan provinsi dan aliran listrik padam.
Bupati Bandung Dadang Supriatna meninjau lokasi pada Selasa malam.
Pemerintah kabupaten akan memberi bantuan Rp 5 juta untuk setiap rumah rusak berat.
Foto: Warga membersihkan puing rumah di Rancaekek."""


def test_lines_of_one_sentence_each_are_not_read_as_hard_wrapped():
    # a full line that ends on its full stop is no evidence of wrapping: the caption was glued onto the line before
    assert wrap_width(ONE_SENTENCE_LINES) is None
    assert unwrap(ONE_SENTENCE_LINES) == ONE_SENTENCE_LINES


def test_a_caption_after_a_full_last_line_is_dropped():
    paragraphs = clean(ONE_SENTENCE_LINES).paragraphs
    assert paragraphs[-1] == "Pemerintah kabupaten akan memberi bantuan Rp 5 juta untuk setiap rumah rusak berat."
    assert not any("Foto" in p for p in paragraphs)
