"""Facts about the brief of the bundled seeds: who reports what, never a frozen copy of the output."""

import re

from summarizer import Options, summarize, to_dict

BOILERPLATE = re.compile(
    r"Notification|Kategori Berita|Cari Berita|\bIklan\b|Last Updated|\[SB\]|Sumber Antaranews|Andari Wulan"
    r"|Foto arsip|Handout|TRIBUNNEWS\.COM|Krjogja\.com -|SEOUL \(SR28\)|×|Respon Amerika"
)
OUTLETS = {"Krjogja.com", "Tribunnews.com", "SR28", "Antaranews", "Unnamed outlet [SB]"}


def _all_texts(data):
    yield from (s for d in data["documents"] for s in d["sentences"])
    yield from (b["text"] for b in data["brief"])
    yield from (u["text"] for u in data["unique"])


def test_outlets_come_from_the_manifest(seeds_result):
    assert {d["outlet"] for d in seeds_result["documents"]} == OUTLETS
    assert seeds_result["language"] == "id"


def test_no_fact_is_stated_twice(seeds_result):
    facts = [b["fact"] for b in seeds_result["brief"]]
    assert len(facts) == len(set(facts))
    visits = [b for b in seeds_result["brief"] if re.search(r"kunjungan pertama|24 tahun|Juli 2000", b["text"])]
    assert len(visits) == 1


def test_every_brief_sentence_lists_every_document_of_its_fact(seeds_result):
    facts = {f["id"]: f for f in seeds_result["facts"]}
    for item in seeds_result["brief"]:
        fact = facts[item["fact"]]
        versions = [(v["document"], v["sentence"], v["text"]) for v in fact["versions"]]
        assert (item["document"], item["sentence"], item["text"]) in versions
        assert {v[0] for v in versions} <= set(item["documents"]) <= set(fact["documents"])
        assert len(item["outlets"]) == len(item["documents"])


def test_boilerplate_never_appears(seeds_result):
    leaks = [text for text in _all_texts(seeds_result) if BOILERPLATE.search(text)]
    assert leaks == []


def test_weapons_detail_is_tribunnews_alone(seeds_result):
    carriers = {d["outlet"] for d in seeds_result["documents"] if any("11.000" in s for s in d["sentences"])}
    assert carriers == {"Tribunnews.com"}
    found = [u for u in seeds_result["unique"] if "11.000" in u["text"]]
    assert found and {u["outlet"] for u in found} == {"Tribunnews.com"}


def test_first_visit_since_2000_is_one_item_from_at_least_four_reports(seeds_result):
    (item,) = [b for b in seeds_result["brief"] if re.search(r"kunjungan pertama|24 tahun|sejak tahun 2000", b["text"])]
    assert len(item["documents"]) >= 4


def test_outlet_only_details_point_into_their_sentence(seeds_result):
    sentences = {d["id"]: d["sentences"] for d in seeds_result["documents"]}
    details = [u for u in seeds_result["unique"] if u["kind"] == "detail"]
    assert details
    for u in details:
        assert sentences[u["document"]][u["sentence"]][u["start"] : u["end"]] == u["text"]


def test_seeds_brief_is_deterministic(seeds_reports, seeds_result):
    assert to_dict(summarize(seeds_reports, Options(unique=0))) == seeds_result
