"""Rival values (align._rivals) of the thirteenth round: a value the sentence tells of another event of the kind, and
reports published days apart, hide no claim (review 11: TAC M005's earthquake and aftershocks of months apart)."""

import json
import os
from pathlib import Path

import pytest

from summarizer import Options, Report, summarize, to_dict
from summarizer.pipeline import analyse

EVAL = Path(os.environ.get("SUMMARIZER_EVAL_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "eval"))


def _unique(texts: dict[str, str], language: str, published: dict[str, str] | None = None) -> list[tuple]:
    reports = [Report(id=k, outlet=k, text=v, published=(published or {}).get(k)) for k, v in texts.items()]
    data = to_dict(summarize(reports, Options(unique=0, language=language)))
    return [(u["outlet"], u.get("part"), u["text"]) for u in data["unique"]]


ANOTHER_EVENT = {
    "en": {
        "a": "The earthquake, of magnitude 5.5, was centred 30 kilometres south of Pichilemu, the seismological "
        "service said.",
        "b": "Another aftershock followed in the night: it had a magnitude of 5.1 and was centred 40 kilometres west "
        "of Navidad.",
    },
    "id": {
        "a": "Gempa berkekuatan magnitudo 5,5 berpusat 30 kilometer barat daya Palu, kata BMKG.",
        "b": "Sebuah gempa susulan terjadi malam itu: kekuatannya magnitudo 5,1 dan berpusat 40 kilometer di barat "
        "Donggala.",
    },
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_magnitude_the_sentence_gives_of_another_quake_is_no_rival(language):
    # "Another aftershock ...: it had a magnitude of 5.1": its clause has no "another", its sentence does. The quake
    # and the aftershock are two events: each sentence is its outlet's own, not hidden as rival accounts of one.
    texts = ANOTHER_EVENT[language]
    found = _unique(texts, language)
    assert ("a", None, texts["a"]) in found, found
    assert ("b", None, texts["b"]) in found, found


DEPTHS = {
    "a": "UCGS also reported it reached a magnitude of 5.6, at a depth of 7.3 kilometers.",
    "b": "According to the University of Chile, it had a magnitude of 5.4, and occurred 32 kilometers south of "
    "Pichilemu at a depth of 41.9 kilometers.",
}


def test_reports_published_months_apart_give_no_rival_values():
    # one day apart, 5.6 and 5.4 may be two accounts of one quake: "a" is no outlet's own
    close = _unique(DEPTHS, "en", {"a": "2010-05-21", "b": "2010-05-22"})
    assert not [u for u in close if u[0] == "a" and u[1] is None], close
    # six months apart, they are two quakes: each sentence is its outlet's own
    apart = _unique(DEPTHS, "en", {"a": "2010-05-21", "b": "2010-11-28"})
    assert ("a", None, DEPTHS["a"]) in apart, apart
    assert ("b", None, DEPTHS["b"]) in apart, apart


def test_tac_m005_aftershocks_of_months_apart_hide_no_claim():
    # TAC 2011 M005: ten reports of Chile's February 2010 earthquake and of aftershocks until November, all dated
    path = EVAL / "tac2011" / "english.jsonl"
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {path} is missing")
        pytest.skip(f"{path} not found")
    topic = next(t for t in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if t["topic"] == "M005")
    reports = [Report(id=d["docid"], text=d["text"]) for d in topic["docs"]]
    alignment = analyse(reports, Options(language="en")).alignment
    # no value of one report is taken for a rival account of another's: no claim hidden, no value kept from details
    assert alignment.rivalled == frozenset()
