"""Counts of people that tell of different fates ("injured" / "arrested") are no one quantity (slots.FATE_WORDS):
neither a conflict nor rival accounts that hide each other's claims (review 11: injured / arrested)."""

import pytest

from summarizer import Options, Report, summarize, to_dict

CASES = {
    "en": (
        "Police said 12 people were injured in clashes outside the parliament building on Tuesday.",
        "Police said 40 people were arrested in clashes outside the parliament building on Tuesday.",
        "Police said 15 people were injured in clashes outside the parliament building on Tuesday.",
    ),
    "id": (
        "Polisi mengatakan 12 orang luka-luka dalam bentrokan di depan gedung DPR pada Selasa.",
        "Polisi mengatakan 40 orang ditangkap dalam bentrokan di depan gedung DPR pada Selasa.",
        "Polisi mengatakan 15 orang luka-luka dalam bentrokan di depan gedung DPR pada Selasa.",
    ),
}


def _summary(texts: dict[str, str], language: str) -> dict:
    reports = [Report(id=k, outlet=k, text=v) for k, v in texts.items()]
    return to_dict(summarize(reports, Options(unique=0, language=language)))


def _conflicting_values(data: dict) -> list[list[str]]:
    return [[v["value"] for v in c["values"]] for c in data["conflicts"]]


@pytest.mark.parametrize("language", ["en", "id"])
def test_injured_and_arrested_counts_are_no_conflict_but_two_injured_counts_are(language):
    injured, arrested, other_injured = CASES[language]
    assert _conflicting_values(_summary({"a": injured, "b": arrested}, language)) == []
    assert _conflicting_values(_summary({"a": injured, "b": other_injured}, language)) == [["12", "15"]]


def test_a_count_of_arrests_hides_no_count_of_injured_in_other_words():
    # worded otherwise, the two sentences come near only by their counts: rival accounts, had they one fate
    texts = {
        "a": "Police said 12 people were injured in clashes outside the parliament building on Tuesday.",
        "b": "At least 40 people were arrested after protesters clashed with riot police near the parliament.",
    }
    unique = [(u["outlet"], u.get("part"), u["text"]) for u in _summary(texts, "en")["unique"]]
    assert ("a", None, texts["a"]) in unique and ("b", None, texts["b"]) in unique, unique
    # one fate told two ways stays one quantity: neither report's sentence is its own
    killed = {
        "a": "Eight people have died in a crush outside Zambia's biggest stadium as supporters rushed a gate "
        "before the national team's qualifier with Nigeria.",
        "b": "At least nine people were killed and dozens injured in a crush at a football stadium in the Zambian "
        "capital Lusaka on Sunday, as fans tried to force their way into a World Cup qualifier against Nigeria.",
    }
    assert not [u for u in _summary(killed, "en")["unique"] if u.get("part") in (None, "number")]
