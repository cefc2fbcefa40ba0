"""One person under two titles that cannot both be true is a disagreement (conflict_roles; testers 17-19's
title-disagree repros); forms of one title, a form of address and a person's second office are not."""

from __future__ import annotations

import pytest

from summarizer import Options, Report, summarize


def _conflicts(*texts: str) -> list[tuple[str, list[str]]]:
    reports = [Report(id=f"r{k}", outlet=f"outlet{k}", text=text) for k, text in enumerate(texts)]
    return [(c.kind, sorted(v.text for v in c.values)) for c in summarize(reports, Options(unique=0)).conflicts]


BANK = "Northmoor Bank customers could not use the app on Friday.\n{} Laura Finch apologised to customers."
PIPE = "A gas pipeline exploded near Marlow Creek on Tuesday night.\n{} John Hale said the cause was not yet known."
SAID = "A gas pipeline exploded near Marlow Creek on Tuesday night.\nThe cause was not yet known, said {} John Hale."
BUS = (
    "Bus pariwisata terguling di Jalan Raya Cikidang, Sukabumi.\n{} Dedi Firmansyah mengatakan bus mengalami rem blong."
)


@pytest.mark.parametrize(
    ("story", "one", "other"),
    [
        (BANK, "Chief executive", "Chief operating officer"),  # tester 19
        (PIPE, "Police Chief", "Deputy Police Chief"),  # tester 18
        (BUS, "Kapolres Sukabumi AKBP", "Kasat Lantas Polres Sukabumi AKP"),  # tester 18
        (BUS, "Kapolres Sukabumi AKBP", "Wakapolres Sukabumi Kompol"),
        (PIPE, "Fire chief", "Police chief"),
        (SAID, "finance minister", "foreign minister"),
    ],
)
def test_one_person_under_two_titles_is_a_disagreement(story, one, other):
    found = _conflicts(story.format(one), story.format(other))
    assert len(found) == 1
    kind, values = found[0]
    assert kind == "person"
    assert all(v.endswith((" Laura Finch", " John Hale", " Dedi Firmansyah")) for v in values)
    assert {v.split()[0] for v in values} == {one.split()[0], other.split()[0]}


@pytest.mark.parametrize(
    ("story", "one", "other"),
    [
        (BANK, "Chief executive", "Chief executive officer"),  # a longer form of one title
        (BANK, "Chief executive", "Northmoor Bank chief executive"),
        (PIPE, "Police Chief", "Chief"),
        (PIPE, "Police spokesman", "Police spokeswoman"),  # spellings of one office
        (BUS, "Kasatlantas Polres Sukabumi AKP", "Kasat Lantas Polres Sukabumi AKP"),
        (BUS, "Sopir", "Pengemudi"),
        (PIPE, "President", "Mr"),  # a form of address says nothing of the office
        (PIPE, "President", "Russian leader"),
        (BUS, "Kepala Polres Sukabumi", "Kapolres Sukabumi"),
        (PIPE, "President", "Former governor"),  # another time's office
        (BUS, "Gubernur", "Mantan Bupati"),
    ],
)
def test_forms_of_one_title_are_no_disagreement(story, one, other):
    assert _conflicts(story.format(one), story.format(other)) == []


def test_a_title_the_other_report_also_gives_is_a_second_office():
    # Report 2 calls him chairman here and minister elsewhere: he holds both offices, no report is wrong
    first = PIPE.format("Minister")
    second = PIPE.format("Party chairman") + "\nMinister John Hale visited the site on Wednesday."
    assert _conflicts(first, second) == []


def test_a_single_name_word_is_no_person_to_compare():
    # "Chief Hale" / "Deputy Chief Hale": one word of a name may be two people of one family
    assert (
        _conflicts(PIPE.format("Police Chief").replace("John ", ""), PIPE.format("Deputy Chief").replace("John ", ""))
        == []
    )


def test_the_titles_in_dispute_are_no_outlet_only_detail():
    reports = [
        Report(id="a", outlet="a", text=BANK.format("Chief executive")),
        Report(id="b", outlet="b", text=BANK.format("Chief operating officer")),
    ]
    summary = summarize(reports, Options())
    assert [c.kind for c in summary.conflicts] == ["person"]
    assert not any("operating" in u.text[u.start : u.end] for u in summary.unique if u.kind != "fact")
