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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Seven cars of train No. 1453 ran off the track near Xinxiang.",
            "Seven cars of an express train ran off the track near Xinxiang.",
        ),
        (
            "Bus No. 27 terguling di tikungan Sitinjau Lauik pada Selasa.",
            "Sebuah bus terguling di tikungan Sitinjau Lauik pada Selasa.",
        ),
    ],
)
def test_no_before_a_number_is_no_name(first, second):
    data = _unique(first, second)
    assert [u["text"] for u in data["unique"] if u["part"] == "name"] == []
    assert [u["text"] for u in data["unique"] if u["part"] == "number"][0].startswith(("1453", "27"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A spokesman of the Harlow Valley Water Board said the pipe burst overnight.",
            "The pipe burst overnight, a spokesman of the Harlow Valley water board said.",
        ),
        (
            "Balai Besar Wilayah Sungai mengatakan tanggul Padolo retak.",
            "Tanggul Padolo retak, kata balai besar wilayah sungai setempat.",
        ),
    ],
)
def test_a_name_another_report_writes_in_lower_case_is_no_detail(first, second):
    assert not _unique(first, second)["unique"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Ratusan warga keracunan nasi kotak di Sleman. Empat puluh dua pasien masih dirawat inap.",
            "Ratusan warga keracunan nasi kotak di Sleman. Sebanyak 42 pasien masih dirawat inap.",
        ),
        (
            "Banjir memutus jalan lembah pada Minggu. Longsor menimbun dua belas rumah di Desa Sukamulya.",
            "Banjir memutus jalan lembah pada Minggu. Sebanyak 12 rumah tertimbun longsor di Desa Sukamulya.",
        ),
    ],
)
def test_a_number_name_of_several_words_is_its_value(first, second):
    # "empat puluh dua" / "42", "dua belas" / "12": the same count, no number detail (English writes such numbers
    # as one word, "forty-two", which is read already)
    assert [u for u in _unique(first, second)["unique"] if u["part"] == "number"] == []


@pytest.mark.parametrize(
    ("outlets", "first", "second"),
    [
        (
            ("Bernama", "AP"),
            "A ferry sank off Samar on Sunday. The captain was detained by police on Monday.",
            "A ferry sank off Samar on Sunday. The captain was detained by police on Monday, Bernama said.",
        ),
        (
            ("Antara", "Kompas.com"),
            "Kapal feri tenggelam di perairan Samar pada Minggu. Nakhoda kapal ditahan polisi pada Senin.",
            "Kapal feri tenggelam di perairan Samar pada Minggu. "
            "Nakhoda kapal ditahan polisi pada Senin, tulis Antara.",
        ),
    ],
)
def test_an_outlet_of_the_set_cited_as_a_source_is_no_name_detail(outlets, first, second):
    reports = [Report(id="a", outlet=outlets[0], text=first), Report(id="b", outlet=outlets[1], text=second)]
    data = to_dict(summarize(reports, Options(unique=0)))
    assert [u["text"] for u in data["unique"] if u["part"] == "name"] == []


def test_the_first_word_of_a_quote_is_no_name():
    """A tester's set: 'said: "Inflation is on track ..."' listed "name: Inflation" as the outlet's detail."""
    a = Report(id="a", text='Andrew Bailey said: "Inflation is on track to come back to our 2% target."')
    b = Report(id="b", text="Governor Andrew Bailey said inflation was on track to return to the 2% target.")
    data = to_dict(summarize([a, b], Options(unique=0)))
    assert [u["text"] for u in data["unique"] if u["part"] == "name"] == []


@pytest.mark.parametrize(
    ("first", "second", "detail", "not_listed"),
    [
        (
            "The Redhaven port authority lost 40 million euros (about 52 million U.S. dollars) last year, "
            "its chairman Piet Aalders said.",
            "The Redhaven port authority lost 40 million euros last year.",
            "Piet Aalders",
            "U.S",
        ),
        (
            "Badan Penanggulangan Bencana Daerah (BPBD) Karangsari mendirikan tenda pengungsian di lapangan desa.",
            "Tenda pengungsian didirikan di lapangan desa Karangsari.",
            "Badan Penanggulangan Bencana Daerah",
            "BPBD",
        ),
    ],
)
def test_a_currency_country_and_an_acronym_beside_its_expansion_are_no_details(first, second, detail, not_listed):
    details = [u["text"] for u in _unique(first, second)["unique"] if u["kind"] == "detail" and u["outlet"] == "A"]
    assert detail in details and not_listed not in details


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Veltra agreed on Monday to buy Orbis Mobile for 8.4 billion euros ($9.1 billion) in cash.",
            "Veltra agreed on Monday to buy Orbis Mobile for 8.4 billion euros.",
        ),
        (
            "Pemkab Lebak menerima bantuan senilai 2 juta dolar AS (sekitar Rp31 miliar) dari donor.",
            "Pemkab Lebak menerima bantuan senilai 2 juta dolar AS dari donor.",
        ),
        (
            "The mine is operated by Benguet Consolidated Inc., one of the oldest firms.",
            "Benguet Consolidated runs the mine.",
        ),
    ],
)
def test_a_bracketed_conversion_and_a_company_form_are_no_details(first, second):
    # no name or number detail ("one of the oldest firms", a clause only the first gives, is one: round 9)
    assert [u["text"] for u in _unique(first, second)["unique"] if u["part"] in ("name", "number")] == []
