"""The comparison: which outlets state each claim, and what only one outlet says (claim-level alignment)."""

import json
import re
from pathlib import Path

import pytest

from summarizer import Options, Report, summarize, to_dict
from summarizer.compare_eval import score_annotation

DEV_SET = Path(__file__).parent / "data" / "alignment"

QUAKE_A = (
    "A strong earthquake of magnitude 6.1 struck the northern province on Tuesday, the US Geological Survey said.\n"
    "About 40,000 people were moved to shelters after the quake damaged their homes.\n"
    "Vladimir Putin sent condolences to the families of the victims.\n"
    "The regional council voted 7 to 2 to release emergency funds for rebuilding."
)
QUAKE_B = (
    "The magnitude 6.1 earthquake struck the northern province on Tuesday, according to USGS.\n"
    "Some 40.000 people were moved to shelters after the quake damaged their homes.\n"
    "Putin sent condolences to the families of the victims.\n"
    "The regional council voted 7-2 to release emergency funds for rebuilding, officials said."
)


def _claims_of(data, outlet, pattern):
    """Outlets stating each claim of the one sentence of `outlet` matching `pattern`."""
    names = {d["id"]: d["outlet"] for d in data["documents"]}
    found = [
        [{names[d] for d in c["documents"]} for c in v["claims"]]
        for f in data["facts"]
        for v in f["versions"]
        if names[v["document"]] == outlet and re.search(pattern, v["text"])
    ]
    assert len(found) == 1, f"expected one {outlet} sentence matching {pattern!r}"
    return found[0]


def test_surface_forms_are_not_outlet_only_details():
    summary = summarize([Report(id="a", outlet="A", text=QUAKE_A), Report(id="b", outlet="B", text=QUAKE_B)])
    data = to_dict(summary)
    assert [u for u in data["unique"] if u["kind"] == "fact"] == []
    texts = {u["text"] for u in data["unique"]}
    for form in ("6.1", "40,000", "40.000", "7", "2", "7-2", "Vladimir Putin", "Putin", "USGS", "US Geological Survey"):
        assert form not in texts
    assert all(len(b["documents"]) == 2 for b in data["brief"])


def test_a_number_only_one_outlet_gives_is_a_detail_in_its_sentence():
    b = QUAKE_B.replace("Some 40.000 people", "Some 40.000 people and 312 tourists")
    data = to_dict(summarize([Report(id="a", outlet="A", text=QUAKE_A), Report(id="b", outlet="B", text=b)]))
    (detail,) = [u for u in data["unique"] if u["part"] == "number"]
    assert detail["outlet"] == "B" and detail["text"].startswith("312")
    sentence = data["documents"][1]["sentences"][detail["sentence"]]
    assert sentence[detail["start"] : detail["end"]] == detail["text"]


def test_a_partly_shared_sentence_lists_its_unstated_claim():
    shared = "Cheering crowds and a lavish ceremony welcomed the visiting president in the capital on Wednesday"
    a = Report(
        id="a", outlet="A", text=shared + ", where the host leader declared full support for the war in the east."
    )
    b = Report(id="b", outlet="B", text=shared + ".\nThe markets of the port city were busy all weekend.")
    data = to_dict(summarize([a, b], Options(unique=0)))
    (version,) = [v for f in data["facts"] for v in f["versions"] if v["document"] == "a"]
    assert version["sharing"] == "partial"
    parts = [u for u in data["unique"] if u["outlet"] == "A"]
    assert [u["part"] for u in parts] == ["claim"]
    assert "full support" in parts[0]["text"] and "crowds" not in parts[0]["text"]


def test_seeds_arrival_is_reported_by_three_outlets(seeds_result):
    (arrival,) = _claims_of(seeds_result, "SR28", r"tiba di bandara Pyongyang")
    assert {"SR28", "Krjogja.com", "Antaranews"} <= arrival
    assert not [u for u in seeds_result["unique"] if "tiba di bandara" in u["text"]]


def test_seeds_hug_and_invitation_are_shared(seeds_result):
    (hug,) = _claims_of(seeds_result, "Krjogja.com", r"berpelukan saat")
    assert "SR28" in hug
    invited = _claims_of(seeds_result, "Antaranews", r"diundang oleh")[0]
    assert "Unnamed outlet [SB]" in invited


def test_seeds_attribution_lines_and_fragments_are_never_facts_of_their_own(seeds_result):
    lines = ("Demikian seperti dikutip", "Hal tersebut dikatakan oleh", "Mencoba mengisolasi")
    roles = {v["text"]: v["role"] for f in seeds_result["facts"] for v in f["versions"] if v["text"].startswith(lines)}
    assert len(roles) == 3 and "claim" not in roles.values()
    assert not [u for u in seeds_result["unique"] if u["text"].startswith(lines)]


def test_seeds_dates_are_one_detail_and_day_names_are_not_names(seeds_result):
    texts = [u["text"] for u in seeds_result["unique"] if u["kind"] == "detail"]
    # Krjogja's "Rabu (19/6/2024)": SR28, published that day, welcomes Putin in Pyongyang "pada hari Rabu" (one
    # date, told twice: no detail, nor any of its parts; tests/test_tester17.py has a date that is one detail)
    assert "19/6/2024" not in texts
    assert not {"19", "6", "2024", "Minggu", "Rabu"} & set(texts)


ANNOTATED = {
    "event": "toy",
    "language": "en",
    "documents": [{"id": "a", "outlet": "A", "text": QUAKE_A}, {"id": "b", "outlet": "B", "text": QUAKE_B}],
}


def _annotation(also_last: bool):
    sentences = []
    for doc, text in (("a", QUAKE_A), ("b", QUAKE_B)):
        other = "b" if doc == "a" else "a"
        for k, line in enumerate(text.split("\n")):
            also = {other: [k]} if k < 3 or also_last else {}
            sentences.append(
                {
                    "document": doc,
                    "index": k,
                    "text": line,
                    "kind": "claim",
                    "claims": [{"text": line, "also": also}],
                    "details": [],
                }
            )
    return {**ANNOTATED, "sentences": sentences}


def test_scores_count_agreement_and_disagreement_with_the_annotation():
    agree = score_annotation(_annotation(also_last=True)).figures()
    assert agree["pair_recall"] == 1.0 and agree["pair_precision"] == 1.0
    assert agree["outlet_only_recall"] is None  # nothing is outlet-only in this annotation
    wrong = score_annotation(_annotation(also_last=False)).figures()
    assert wrong["outlet_only_recall"] == 0.0  # the annotation says the vote is outlet-only; we say shared
    assert wrong["pair_precision"] < 1.0


@pytest.mark.parametrize("path", sorted(DEV_SET.glob("*.json")), ids=lambda p: p.stem)
def test_dev_set_files_are_consistent(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    sentences = {(s["document"], s["index"]): s for s in data["sentences"]}
    for s in data["sentences"]:
        assert s["kind"] in {"claim", "attribution", "fragment"}
        for claim in s["claims"]:
            assert claim["text"] in s["text"]
            for doc, indices in claim["also"].items():
                assert doc != s["document"]
                assert all((doc, k) in sentences for k in indices)


# Regression floors on the whole dev set (README, "Comparison"): a little under today's figures, so a change
# that makes the comparison worse fails here. They are not the targets of issue 9, which are far higher.
DEV_FLOORS = {"outlet_only_precision": 0.65, "outlet_only_recall": 0.72, "detail_recall": 0.24, "pair_precision": 0.55}


def test_dev_set_figures_do_not_fall():
    paths = sorted(DEV_SET.glob("*.json"))
    if not paths:
        pytest.skip("no dev set files")
    total = None
    for path in paths:
        scores = score_annotation(json.loads(path.read_text(encoding="utf-8")))
        total = scores if total is None else total + scores
    figures = total.figures()
    for name, floor in DEV_FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]} fell below {floor}"


def test_entailment_decision_sees_a_restated_claim_and_a_new_one():
    from summarizer.compare_eval import adds_nothing

    premise = "Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada Senin pagi bersama gubernur Jawa Timur."
    assert adds_nothing(premise, "Joko Widodo meresmikan jembatan baru di Surabaya.")
    assert not adds_nothing(premise, "Pembangunan jembatan itu menelan biaya 2 triliun rupiah dari anggaran daerah.")


def test_a_name_is_listed_once_in_its_full_form(seeds_result):
    """SB names "Choe Sun-hui", then "Choe": one detail, the full name (a user's trial listed both)."""
    listed = [u for u in seeds_result["unique"] if u["outlet"] == "Unnamed outlet [SB]"]
    names = [u["text"] for u in listed if u["part"] == "name"]
    # the full name is listed as a detail or inside a listed item (the sentence naming her is SB's own)
    assert any("Choe Sun-hui" in u["text"] for u in listed) and "Choe" not in names
