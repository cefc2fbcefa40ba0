"""Grouping into facts (group.py): which sentences of different reports are one fact (issue 9, attribution)."""

from summarizer import Options, Report, summarize, to_dict

# Two reports of one event; the second sentences share only an agency, written out by one report and with its
# acronym by the other ("the MSA" reads as "Maritime Safety Authority"): what the agency said and what it was
# ordered to do are two facts, so the brief must not credit one sentence to both outlets.
SHIP_A = (
    "A cargo vessel sank off the northern coast on Monday, and all crew were rescued by fishermen. "
    "The Maritime Safety Authority said the vessel was unsafe. "
    "Heavy waves had battered the coast for two days. "
    "The harbour master closed the port to small boats. "
    "Fuel leaking from the hull formed a slick near the beach. "
    "Insurers estimated the cargo at several million dollars."
)
SHIP_B = (
    "A cargo vessel went down off the northern coast on Monday, and its crew were rescued by fishermen. "
    "The Maritime Safety Authority (MSA) was ordered to inspect every port. "
    "Divers will examine the wreck next week. "
    "Families of the sailors gathered at the harbour. "
    "A tug towed the lifeboats back to shore. "
    "The company declined to comment on the cause."
)
SYRUP_A = (
    "Sebuah pabrik sirup di Bekasi ditutup pada Senin setelah puluhan warga keracunan. "
    "Badan Pengawas Obat dan Makanan mengatakan sirup itu kedaluwarsa. "
    "Warga diminta membuang obat di rumah masing-masing. "
    "Rumah sakit daerah merawat belasan anak. "
    "Harga saham perusahaan turun tajam pada Selasa. "
    "Pedagang di pasar menarik produk itu dari rak."
)
SYRUP_B = (
    "Pabrik sirup di Bekasi ditutup pada Senin karena puluhan warga keracunan. "
    "Gubernur memerintahkan Badan Pengawas Obat dan Makanan (BPOM) memeriksa gudang distributor. "
    "Polisi menahan dua pegawai pabrik. "
    "Keluarga korban menuntut ganti rugi. "
    "Dinas kesehatan membuka posko pengaduan di kecamatan. "
    "Pemilik pabrik belum memberikan keterangan."
)


def _fact_documents(first, second, pattern):
    """The documents of the fact whose version contains `pattern`."""
    reports = [Report(id="a", outlet="A", text=first), Report(id="b", outlet="B", text=second)]
    data = to_dict(summarize(reports, Options(unique=0)))
    (fact,) = [f for f in data["facts"] if any(pattern in v["text"] for v in f["versions"])]
    return {v["document"] for v in fact["versions"]}


def test_a_shared_agency_and_its_acronym_do_not_make_one_fact():
    assert _fact_documents(SHIP_A, SHIP_B, "the vessel was unsafe") == {"a"}
    assert _fact_documents(SHIP_A, SHIP_B, "sank off the northern coast") == {"a", "b"}  # the lead is shared


def test_a_shared_agency_and_its_acronym_do_not_make_one_fact_id():
    assert _fact_documents(SYRUP_A, SYRUP_B, "sirup itu kedaluwarsa") == {"a"}
    assert _fact_documents(SYRUP_A, SYRUP_B, "Sebuah pabrik sirup di Bekasi") == {"a", "b"}


# Three reports' leads of one collapse: the third is close to the second (cosine above 0.3) and a little less
# close to the first (just under 0.3). Average linkage counted that pair as 0, so the third report was left out
# of the fact and the brief's lead did not name it.
BRIDGE = {
    "a": (
        "A footbridge collapsed over a canal in the old town on Friday, sending a delivery van and two "
        "cyclists into the water and injuring at least six people, officials said. "
        "The council had closed the bridge for repairs twice last year. "
        "Tram services were suspended for the evening."
    ),
    "b": (
        "A footbridge collapsed in the old town of Veldmark on Friday, plunging a van and several cyclists "
        "into a canal and injuring five people, police said. "
        "Engineers blamed rusted bolts. "
        "Residents laid flowers at the site on Saturday."
    ),
    "c": (
        "The footbridge, which linked the districts of Oost and Noord in Veldmark, collapsed on Friday "
        "evening, dropping a van and two cyclists into the water. "
        "The mayor promised an inquiry. "
        "Divers searched the canal until midnight."
    ),
}
JEMBATAN = {
    "a": (
        "Sebuah jembatan gantung di Desa Sukamaju runtuh pada Kamis pagi, menjatuhkan sebuah truk dan dua "
        "sepeda motor ke sungai serta melukai sedikitnya enam orang, kata pejabat setempat. "
        "Jembatan itu dibangun pada tahun 1995. "
        "Warga kini harus memutar sejauh sepuluh kilometer."
    ),
    "b": (
        "Jembatan gantung runtuh di Kabupaten Garut pada Kamis, membuat sebuah truk dan beberapa sepeda motor"
        " tercebur ke sungai dan melukai lima orang, kata polisi. "
        "Hujan deras mengguyur wilayah itu sejak Selasa. "
        "Bupati meninjau lokasi pada Jumat."
    ),
    "c": (
        "Jembatan yang menghubungkan Desa Cibodas dan Desa Mekarsari di Garut itu runtuh pada Kamis sore, "
        "membuat truk dan sepeda motor tercebur ke sungai, kata polisi. "
        "Polisi memeriksa kontraktor proyek. "
        "Sekolah di desa itu diliburkan sementara."
    ),
}


def _lead_fact(texts):
    reports = [Report(id=k, outlet=k.upper(), text=t) for k, t in texts.items()]
    data = to_dict(summarize(reports, Options(unique=0)))
    (fact,) = [f for f in data["facts"] if any(v["document"] == "a" and v["sentence"] == 0 for v in f["versions"])]
    return {(v["document"], v["sentence"]) for v in fact["versions"]}


def test_a_third_report_joins_a_fact_close_to_both_of_its_versions_on_average():
    assert _lead_fact(BRIDGE) == {("a", 0), ("b", 0), ("c", 0)}


def test_a_third_report_joins_a_fact_close_to_both_of_its_versions_on_average_id():
    assert _lead_fact(JEMBATAN) == {("a", 0), ("b", 0), ("c", 0)}
