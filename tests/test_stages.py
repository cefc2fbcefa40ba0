"""Unit tests of grouping, scoring, outlet-only details and composition on tiny hand-made reports."""

import numpy as np
import pytest

from summarizer import Options, Report, summarize

A = Report(
    id="a",
    outlet="Alpha",
    text="Presiden tiba di ibu kota pada Rabu pagi dengan pesawat khusus.\n"
    "Korea Utara mengirim lebih dari 11.000 butir amunisi ke Rusia untuk perang di Ukraina.\n"
    "Pasar ikan di pelabuhan ramai dikunjungi warga setiap akhir pekan.",
)
B = Report(
    id="b",
    outlet="Beta",
    text="Presiden tiba di ibu kota pada Rabu pagi dengan pesawat khusus.\n"
    "Korea Utara mengirim amunisi ke Rusia untuk perang di Ukraina, kata pejabat.\n"
    "Tim sepak bola nasional menang tipis dalam laga persahabatan semalam.",
)


@pytest.fixture(scope="module")
def result():
    return summarize([A, B], Options(unique=0))


def test_shared_facts_are_grouped_with_every_document(result):
    shared = [f for f in result.facts if len({result.corpus.refs[i].document for i in f.members}) == 2]
    texts = {result.corpus.texts[f.members[0]][:20] for f in shared}
    assert texts == {"Presiden tiba di ibu", "Korea Utara mengirim"}


def test_each_fact_once_in_the_brief(result):
    facts = [item.fact for item in result.brief]
    assert len(facts) == len(set(facts))
    assert len(result.brief) == len(result.facts) == 4


def test_most_complete_version_is_chosen(result):
    weapons = next(item for item in result.brief if "amunisi" in item.text)
    assert "11.000" in weapons.text
    assert weapons.documents == (0, 1)


def test_detail_only_one_version_carries(result):
    details = [u for u in result.unique if u.kind == "detail"]
    assert [(u.document, u.text) for u in details] == [(0, "11.000 butir amunisi")]
    sentence = result.corpus.texts[details[0].sentence]
    assert sentence[details[0].start : details[0].end] == "11.000 butir amunisi"


def test_whole_facts_only_one_document_has(result):
    facts = {(u.document, u.text[:10]) for u in result.unique if u.kind == "fact"}
    assert facts == {(0, "Pasar ikan"), (1, "Tim sepak ")}


def test_details_take_names_and_numbers_with_units_that_no_other_report_uses():
    shared = "Pasukan berkumpul di alun-alun dekat sungai untuk menyambut tamu negara itu pada pagi hari."
    a = Report(
        id="a",
        outlet="Alpha",
        text=shared.replace("alun-alun", "alun-alun Kim Il Sung")
        .replace("dekat sungai", "dekat Sungai Taedong")
        .replace("pagi hari", "pagi hari di gedung 101 lantai"),
    )
    b = Report(id="b", outlet="Beta", text=shared)
    summary = summarize([a, b], Options(unique=0))
    details = {u.text for u in summary.unique if u.kind == "detail" and u.document == 0}
    assert {"Kim Il Sung", "Sungai Taedong"} <= details
    assert any(text.startswith("101 lantai") for text in details)
    assert not [u for u in summary.unique if u.document == 1]


def test_support_raises_our_score():
    shared = "Gempa berkekuatan besar mengguncang kota pelabuhan itu pada malam hari."
    alone = "Gempa berkekuatan besar mengguncang desa pegunungan itu pada malam hari tadi."
    reports = [Report(id="x", text=shared), Report(id="y", text=shared + "\n" + alone)]
    summary = summarize(reports, Options(sentences=1))
    assert summary.brief[0].documents == (0, 1)


@pytest.mark.parametrize(
    "method",
    ["tfidf", "submodular", "concepts", "lead", "centroid", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic"],
)
def test_every_method_runs_through_the_same_pipeline(method):
    summary = summarize([A, B], Options(method=method, sentences=2))
    assert len(summary.brief) == 2
    assert {f.id for f in summary.facts} == {f.id for f in summarize([A, B]).facts}


def test_word_budget_keeps_whole_sentences_and_fill_cuts_exactly():
    from summarizer.compose import word_count

    whole = summarize([A, B], Options(words=20))
    assert sum(word_count(item.text) for item in whole.brief) <= 20
    filled = summarize([A, B], Options(words=20, fill=True))
    assert sum(word_count(item.text) for item in filled.brief) == 20


def test_same_input_same_output():
    first = summarize([A, B])
    second = summarize([A, B])
    assert first == second
    assert np.isfinite([item.score for item in first.brief]).all()


def test_submodular_prefers_what_most_outlets_report_and_never_repeats_a_fact():
    shared = "Banjir besar merendam ratusan rumah warga di tepi sungai kota itu sejak Senin pagi."
    aside = "Seorang pedagang kopi membuka warung barunya di pasar lama dekat stasiun kereta."
    reports = [
        Report(id="a", text=aside + "\n" + shared),
        Report(id="b", text=shared),
        Report(id="c", text="Banjir besar merendam ratusan rumah warga di tepi sungai kota itu sejak Senin."),
    ]
    one = summarize(reports, Options(method="submodular", sentences=1))
    assert one.brief[0].text.startswith("Banjir") and len(one.brief[0].documents) == 3
    two = summarize(reports, Options(method="submodular", sentences=2))
    assert len({item.fact for item in two.brief}) == len(two.brief) == 2


def test_submodular_word_budget_without_fill_is_never_exceeded():
    from summarizer.compose import word_count

    brief = summarize([A, B], Options(method="submodular", words=20)).brief
    assert brief and sum(word_count(item.text) for item in brief) <= 20


def test_a_word_budget_no_sentence_fits_says_so(seeds_reports):
    summary = summarize(seeds_reports, Options(words=3))
    assert summary.brief == () and any("no sentence fits in 3 words" in w for w in summary.warnings)
    assert not any("no sentence fits" in w for w in summarize(seeds_reports, Options(words=3, fill=True)).warnings)
