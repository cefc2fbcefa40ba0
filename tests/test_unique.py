"""What only one outlet says (unique.py): names and numbers listed as details, and what is never one (issue 9)."""

import pytest

from summarizer import Options, Report, summarize, to_dict


def _unique(first, second):
    reports = [Report(id="a", outlet="A", text=first), Report(id="b", outlet="B", text=second)]
    return to_dict(summarize(reports, Options(unique=0)))


@pytest.mark.parametrize(
    ("lead", "short", "long"),
    [
        (
            "Floodwater cut the coastal road near Redhaven on Monday.",
            "The NTSB is inspecting the damaged bridge.",
            "The National Transportation Safety Board is inspecting the damaged bridge.",
        ),
        (
            "Banjir memutus jalan pesisir di dekat Karangsari pada Senin.",
            "BPBD mendirikan tenda pengungsian di lapangan desa.",
            "Badan Penanggulangan Bencana Daerah mendirikan tenda pengungsian di lapangan desa.",
        ),
    ],
)
def test_a_sentence_giving_an_acronym_and_one_giving_its_expansion_keep_their_own_spans(lead, short, long):
    # The two sentences read alike (the acronym is its expansion): each keeps the claims of its own text, and the
    # expansion is no name detail.
    data = _unique(f"{lead}\n{short}", f"{lead}\n{long}")
    assert not data["unique"]
    for fact in data["facts"]:
        for version in fact["versions"]:
            assert version["claims"][-1]["end"] == len(version["text"])
