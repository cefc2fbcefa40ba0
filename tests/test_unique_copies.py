"""A sentence two reports carry word for word (a wire copy) is no outlet's own, in whole or in part: the longer
version of a shared fact that two outlets copied gives neither of them a detail (TAC 2011 English cycled ten times
by `summarizer bench --corpus`: 200 of 230 outlet-only items were parts of such copies)."""

from __future__ import annotations

import pytest

from summarizer import Options, summarize, to_dict
from summarizer.models import Report

LONG = {
    "en": "Rescuers pulled three survivors from the rubble of the hotel on Tuesday, after digging through the night "
    "with their bare hands and a borrowed excavator.",
    "id": "Tim penyelamat mengeluarkan tiga korban selamat dari reruntuhan hotel pada Selasa, setelah menggali "
    "sepanjang malam dengan tangan kosong dan sebuah ekskavator pinjaman.",
}
SHORT = {
    "en": "Rescuers pulled three survivors from the rubble of the hotel on Tuesday.",
    "id": "Tim penyelamat mengeluarkan tiga korban selamat dari reruntuhan hotel pada Selasa.",
}
OTHER = {
    "en": ("The hotel collapsed during the earthquake.", "Aid arrived by road.", "The airport reopened."),
    "id": ("Hotel itu runtuh saat gempa.", "Bantuan tiba lewat jalan darat.", "Bandara dibuka kembali."),
}


def _unique(language: str, copies: int) -> list[dict]:  # type: ignore[type-arg]
    first, second, third = OTHER[language]
    texts = [f"{first} {LONG[language]} {second}" for _ in range(copies)] + [f"{first} {SHORT[language]} {third}"]
    reports = [Report(id=f"r{n}", outlet=f"Outlet {n}", text=t) for n, t in enumerate(texts)]
    return to_dict(summarize(reports, Options(language=language)))["unique"]


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_longer_version_one_outlet_gives_has_its_tail_as_a_detail(language):
    # the control: one outlet alone gives the longer version, so what it adds is its own
    found = [u for u in _unique(language, 1) if u["document"] == "r0" and u["kind"] == "detail"]
    assert any("excavator" in u["text"] or "ekskavator" in u["text"] for u in found)


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_sentence_two_outlets_copy_word_for_word_is_neither_ones_own(language):
    found = _unique(language, 2)
    assert not [u for u in found if u["document"] in ("r0", "r1") and u["text"] in LONG[language]]
