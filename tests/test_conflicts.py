"""Conflicts: outlets that give different values of one slot of a fact, and restatements that are not conflicts."""

from __future__ import annotations

import pytest

from summarizer import Options, summarize, to_dict
from summarizer.conflict_compare import agree, relaxed
from summarizer.language import analyzer_for
from summarizer.models import Report
from summarizer.render import to_markdown, to_text
from summarizer.slots import DATE, NUMBER, run_length, values
from tests.conftest import report
from web import create_app

QUAKE = [
    Report(
        id="a",
        outlet="Daily A",
        text=report(
            "A magnitude 6.1 earthquake struck off the coast of Sumatra on Tuesday, the US Geological Survey said.",
            "The quake injured 12 people and damaged dozens of houses in the coastal town of Padang.",
            "Officials estimated the damage at 45 million dollars.",
            "Schools in the town were closed for the rest of the week.",
        ),
    ),
    Report(
        id="b",
        outlet="Herald B",
        text=report(
            "A magnitude 6.3 earthquake struck off the coast of Sumatra on Tuesday, according to the US "
            "Geological Survey.",
            "The quake injured 15 people and damaged dozens of houses in the coastal town of Padang.",
            "Officials estimated the damage at 48 million dollars.",
            "Rescue teams from Jakarta arrived on Wednesday.",
        ),
    ),
]


@pytest.fixture(scope="module")
def quake():
    return to_dict(summarize(QUAKE, Options(language="en", unique=0)))


def _pairs(data):
    return sorted(tuple(v["value"] for v in c["values"]) for c in data["conflicts"])


def test_the_earthquake_reports_disagree_on_magnitude_injured_and_damage(quake):
    assert _pairs(quake) == [("12", "15"), ("45 million", "48 million"), ("6.1", "6.3")]
    assert {c["kind"] for c in quake["conflicts"]} == {"number"}
    for conflict in quake["conflicts"]:
        assert [v["outlet"] for v in conflict["values"]] == ["Daily A", "Herald B"]
        for v in conflict["values"]:
            document = next(d for d in quake["documents"] if d["id"] == v["document"])
            assert document["sentences"][v["sentence"]][v["start"] : v["end"]] == v["value"]


def test_a_brief_item_says_when_its_fact_has_a_conflict(quake):
    disputed = {c["fact"] for c in quake["conflicts"]}
    assert len(disputed) == 3
    for item in quake["brief"]:
        assert item["conflict"] == (item["fact"] in disputed)


def test_conflicting_values_are_never_outlet_only_details(quake):
    details = {u["text"] for u in quake["unique"] if u["kind"] == "detail"}
    assert not details & {"6.1", "6.3", "12", "15", "45 million", "48 million", "12 people", "15 people"}
    assert {u["text"] for u in quake["unique"] if u["kind"] == "fact"} == {
        "Schools in the town were closed for the rest of the week.",
        "Rescue teams from Jakarta arrived on Wednesday.",
    }


def test_text_and_markdown_have_an_outlets_disagree_section(quake):
    text = to_text(quake)
    assert "Outlets disagree" in text
    assert "Daily A: 6.1 | Herald B: 6.3" in text
    markdown = to_markdown(quake)
    assert "## Outlets disagree" in markdown
    assert "Daily A: **12**; Herald B: **15**" in markdown


def _page(reports: list[Report]) -> str:
    """The page's answer to a form of two outlets' reports."""
    client = create_app({"TESTING": True}).test_client()
    data = {
        "text": [r.text for r in reports],
        "outlet": ["Daily A", "Herald B"],
        "title": "",
        "published": "",
        "length": "5",
        "unit": "sentences",
        "method": "tfidf",
        "language": "en",
    }
    return client.post("/", data=data).get_data(as_text=True)


def test_the_page_marks_the_sentence_and_shows_each_outlets_value_in_words():
    page = _page(QUAKE)
    assert page.count("Outlets disagree</span>") == 3  # the badge is words, not only a colour
    assert "<caption>Outlets disagree on the number</caption>" in page
    assert "<td><strong>6.1</strong></td>" in page and "<td><strong>6.3</strong></td>" in page


def _conflicts(first: str, second: str, language: str) -> list[dict]:
    reports = [Report(id="one", outlet="One", text=first), Report(id="two", outlet="Two", text=second)]
    return to_dict(summarize(reports, Options(language=language, unique=0)))["conflicts"]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        (  # a count of years with a 2024 report and the year they count from
            "Putin melakukan kunjungan resmi ke Korea Utara, kunjungan pertamanya dalam 24 tahun terakhir.",
            "Ini adalah kunjungan pertama Putin ke Korea Utara sejak tahun 2000.",
            "id",
        ),
        (  # one date in two notations, with and without the weekday
            "Putin tiba di Pyongyang pada Rabu (19/6/2024) pukul 03.00 waktu setempat.",
            "Putin tiba di Pyongyang pada 19 Juni 2024 pukul 03.00 waktu setempat.",
            "id",
        ),
        (  # a bound and the value that meets it
            "More than 11,000 containers of ammunition were shipped to Russia last year, officials said.",
            "Officials said 11,000 containers of ammunition were shipped to Russia last year.",
            "en",
        ),
        (  # a rounding
            "About 40,000 people were evacuated from the coastal towns after the warning.",
            "Exactly 40,312 people were evacuated from the coastal towns after the warning.",
            "en",
        ),
        (  # the same number in words and in digits, and a date with and without its year
            "Three people were killed when the bridge collapsed on June 19.",
            "3 people were killed when the bridge collapsed on 19 June 2024.",
            "en",
        ),
    ],
)
def test_consistent_restatements_are_not_conflicts(first, second, language):
    assert _conflicts(first, second, language) == []


def test_a_changed_date_is_a_date_conflict():
    found = _conflicts(
        "Putin tiba di Pyongyang pada Rabu (19/6/2024) pukul 03.00 waktu setempat.",
        "Putin tiba di Pyongyang pada 20 Juni 2024 pukul 03.00 waktu setempat.",
        "id",
    )
    assert [(c["kind"], [v["value"] for v in c["values"]]) for c in found] == [("date", ["19/6/2024", "20 Juni 2024"])]


def test_values_reads_dates_years_and_numbers_with_their_unit():
    english = analyzer_for("en")
    read = {v.surface: v for v in values("On June 19, 2024, more than 11,000 people fled, up from 9 in 2023.", english)}
    assert read["June 19, 2024"].kind == DATE and read["June 19, 2024"].value == (2024, 6, 19)
    assert read["2023"].kind == DATE and read["2023"].value == (2023, None, None)
    assert read["11,000"].kind == NUMBER and read["11,000"].qualifier == "over" and "peopl" in read["11,000"].slot
    indonesian = analyzer_for("id")
    read = {v.surface: v for v in values("Pada Rabu (19/6/2024), sekitar 2,5 juta warga mengungsi.", indonesian)}
    assert read["19/6/2024"].value == (2024, 6, 19)
    assert read["2,5 juta"].value == (2_500_000.0,) and read["2,5 juta"].qualifier == "about"


def test_agree_allows_bounds_and_rounding_but_not_different_counts():
    english = analyzer_for("en")

    def one(text: str):
        return values(text, english)[0]

    assert agree(one("more than 11,000 people"), one("11,500 people"))
    assert not agree(one("more than 11,000 people"), one("10,000 people"))
    assert agree(one("about 40,000 people"), one("40,312 people"))
    assert agree(one("45 million dollars"), one("45.2 million dollars"))
    assert not agree(one("12 people"), one("15 people"))
    assert not agree(one("10 people"), one("12 people"))
    assert not agree(one("magnitude 6.1"), one("magnitude 6.3"))


def test_the_seed_reports_restate_their_numbers_and_dates_consistently(seeds_result):
    # "dalam 24 tahun" (reports of 19 June 2024) beside "sejak tahun 2000", "Rabu (19/6/2024)": no disagreement
    texts = [s for d in seeds_result["documents"] for s in d["sentences"]]
    assert any("24 tahun" in t for t in texts) and any("sejak tahun 2000" in t for t in texts)
    assert seeds_result["conflicts"] == []
    assert not any(b["conflict"] for b in seeds_result["brief"])


QUAKE_NAMES = [
    Report(
        id="a",
        outlet="Daily A",
        text=report(
            "A magnitude 6.1 earthquake struck off the coast of Sumatra on Tuesday, the US Geological Survey said.",
            "The quake damaged dozens of houses in the coastal town of Padang.",
            "The damage was worst near the harbour, said disaster agency spokesman Sutopo Nugroho.",
            "Schools in the town were closed for the rest of the week.",
        ),
    ),
    Report(
        id="b",
        outlet="Herald B",
        text=report(
            "A magnitude 6.1 earthquake struck off the coast of Sumatra on Tuesday, according to the USGS.",
            "The quake damaged dozens of houses in the coastal town of Bukittinggi.",
            "The damage was worst near the harbour, said disaster agency spokesman Budi Santoso.",
            "Rescue teams from Jakarta arrived on Wednesday.",
        ),
    ),
]


def test_the_earthquake_reports_disagree_on_the_town_and_the_spokesman():
    data = to_dict(summarize(QUAKE_NAMES, Options(language="en", unique=0)))
    found = sorted((c["kind"], tuple(v["value"] for v in c["values"])) for c in data["conflicts"])
    assert found == [("person", ("Sutopo Nugroho", "Budi Santoso")), ("place", ("Padang", "Bukittinggi"))]
    details = {u["text"] for u in data["unique"] if u["kind"] == "detail"}
    assert not details & {"Padang", "Bukittinggi", "Sutopo Nugroho", "Budi Santoso"}


@pytest.mark.parametrize(
    ("first", "second", "kind", "expected"),
    [
        (
            "Gempa merusak puluhan rumah di kota Padang pada Selasa malam, kata petugas.",
            "Gempa merusak puluhan rumah di kota Bukittinggi pada Selasa malam, kata petugas.",
            "place",
            ["Padang", "Bukittinggi"],
        ),
        (
            "Bantuan akan segera dikirim ke lokasi gempa, kata Menteri Sosial Tri Rismaharini di Jakarta.",
            "Bantuan akan segera dikirim ke lokasi gempa, kata Menteri Sosial Saifullah Yusuf di Jakarta.",
            "person",
            ["Tri Rismaharini", "Saifullah Yusuf"],
        ),
    ],
)
def test_indonesian_reports_disagree_on_a_place_or_a_person(first, second, kind, expected):
    found = _conflicts(first, second, "id")
    assert [(c["kind"], [v["value"] for v in c["values"]]) for c in found] == [(kind, expected)]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        (  # one person, with and without the first name
            "The talks went well, said President Vladimir Putin after the meeting in Pyongyang.",
            "The talks went well, said President Putin after the meeting in Pyongyang.",
            "en",
        ),
        (  # an acronym and its expansion
            "Menteri Luar Negeri itu tiba di AS pada Senin untuk membahas perjanjian dagang.",
            "Menteri Luar Negeri itu tiba di Amerika Serikat pada Senin untuk membahas perjanjian dagang.",
            "id",
        ),
        (  # a name only one outlet gives is a detail, not a disagreement
            "Rescue teams arrived in the town on Wednesday after the quake.",
            "Rescue teams arrived in the town of Padang on Wednesday after the quake.",
            "en",
        ),
        (  # different words around the two names: not one slot
            "Rescue teams from Jakarta arrived in the town on Wednesday.",
            "Food and tents sent from Surabaya reached the town on Wednesday.",
            "en",
        ),
    ],
)
def test_forms_of_one_name_and_names_in_other_slots_are_not_conflicts(first, second, language):
    assert _conflicts(first, second, language) == []


def test_a_name_the_other_report_also_gives_is_not_contested():
    first = report(
        "The quake damaged dozens of houses in the coastal town of Padang.",
        "Officials in Bukittinggi reported cracked walls.",
    )
    second = report(
        "The quake damaged dozens of houses in the coastal town of Bukittinggi.",
        "Officials in Padang reported cracked walls.",
    )
    assert [c for c in _conflicts(first, second, "en") if c["kind"] == "place"] == []


def test_a_bare_year_does_not_vouch_for_a_changed_day():
    # "Clasico 2017" agrees with any date of 2017; the day of the match still differs
    found = _conflicts(
        "Barcelona menang 3-0 atas Real Madrid di laga Clasico 2017, Sabtu (23/12/2017).",
        "Barcelona menang 3-0 atas Real Madrid di laga Clasico 2017, Sabtu (26/12/2017).",
        "id",
    )
    assert [(c["kind"], [v["value"] for v in c["values"]]) for c in found] == [("date", ["23/12/2017", "26/12/2017"])]


def test_a_changed_count_is_found_where_the_words_around_it_run_alike():
    # the changed value lowers the sentences' overlap; the words next to it ("passengers and 12 crew members")
    # still say it is the same count
    found = _conflicts(
        report(
            "Air France Flight 447 was an Airbus A330 carrying 516 passengers and 12 crew members that disappeared "
            "after it went into a severe thunderstorm.",
            "The search went on for days.",
        ),
        report(
            "The aircraft, an Airbus A330, carrying 216 passengers and 12 crew members, for a total of 228 people "
            "on board, crashed in the Atlantic Ocean after flying in bad weather.",
            "Relatives gathered at the airport.",
        ),
        "en",
    )
    assert [(c["kind"], [v["value"] for v in c["values"]]) for c in found] == [("number", ["516", "216"])]


def test_run_length_counts_the_words_two_values_share_next_to_them():
    english = analyzer_for("en")
    a = values("The plane crashed, killing all 228 people on board.", english)[0]
    b = values("The jet went down in the ocean, killing all 528 people on board.", english)[0]
    c = values("The airline said 228 people were waiting at the airport.", english)[0]
    assert run_length(a, b) == 3  # kill; people, board
    assert run_length(a, c) == 1  # people


def test_the_page_shows_a_place_disagreement_in_words():
    page = _page(QUAKE_NAMES)
    assert "<caption>Outlets disagree on the place</caption>" in page
    assert "<td><strong>Padang</strong></td>" in page and "<td><strong>Bukittinggi</strong></td>" in page


def test_a_joining_word_is_no_form_of_a_name():
    # "de" of "Charles de Gaulle" does not make the first report name "Rio de Janeiro"
    found = _conflicts(
        "The jet flying from Buenos Aires, Brazil to Paris-Charles de Gaulle Airport disappeared over the ocean.",
        "The jet flying from Rio de Janeiro, Brazil to Paris-Charles de Gaulle Airport disappeared over the ocean.",
        "en",
    )
    assert [(c["kind"], [v["value"] for v in c["values"]]) for c in found] == [
        ("place", ["Buenos Aires", "Rio de Janeiro"])
    ]


def _dates(found: list[dict]) -> list[list[str]]:
    return [[v["value"] for v in c["values"]] for c in found if c["kind"] == "date"]


# Ten sentences in all, "flood" in most of them: the story's own word, which alone says nothing of a slot.
FLOOD_A = (
    "The flood forced thousands of families from their homes in the valley.",
    "Relief teams reached the flood zone by boat.",
    "Farmers lost their harvest to the flood.",
    "The river rose two metres overnight before the flood.",
)
FLOOD_B = (
    "Rain kept falling for days after the flood.",
    "The flood destroyed two bridges and a school.",
    "Shops reopened weeks after the flood.",
    "Insurers paid out millions for flood damage.",
)


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [
        (  # the head word after the date, in sentences that share no other word near it
            report(*FLOOD_A, "Victims of the March 4 flood received emergency grants from the council."),
            report(*FLOOD_B, "A memorial concert for the March 6 flood will be held in the old theatre."),
            "en",
            [["March 4", "March 6"]],
        ),
        (  # the head word before "of", the other report's month changed
            report(*FLOOD_A, "Famous singers gave a free concert for the victims of the flood of March 4, 2021."),
            report(*FLOOD_B, "Engineers had rebuilt every bridge lost in the flood of April 4, 2021 within a year."),
            "en",
            [["March 4, 2021", "April 4, 2021"]],
        ),
        (  # Indonesian: the head word right before the date
            report(
                "Banjir merendam ratusan rumah warga di lembah itu.",
                "Tim relawan mencapai lokasi banjir dengan perahu karet.",
                "Para korban banjir 4 Maret menerima bantuan darurat dari pemerintah daerah.",
            ),
            report(
                "Hujan terus turun berhari-hari setelah banjir.",
                "Banjir menghancurkan dua jembatan dan sebuah sekolah.",
                "Konser amal untuk banjir 6 Maret akan digelar di gedung kesenian kota.",
            ),
            "id",
            [["4 Maret", "6 Maret"]],
        ),
    ],
)
def test_close_dates_bound_to_one_head_word_are_one_slot(first, second, language, expected):
    # the two sentences are unlike (no claim links them) and their one shared word is the story's own: the head
    # word right next to the two dates says they date one event
    assert _dates(_conflicts(first, second, language)) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # two events of a story, far apart: "the March 4 flood" and "the April 20 flood"
            report(*FLOOD_A, "Victims of the March 4 flood received emergency grants from the council."),
            report(*FLOOD_B, "A memorial concert for the April 20 flood will be held in the old theatre."),
        ),
        (  # a report that binds both close dates to the head word tells of two floods, not a rival account
            report(*FLOOD_A, "Victims of the March 4 flood received emergency grants from the council."),
            report(
                *FLOOD_B,
                "A memorial concert for the March 6 flood will be held in the old theatre.",
                "The March 4 flood had already closed the main road.",
            ),
        ),
        (  # a weekday next to the date is no head word
            report(*FLOOD_A, "Victims received emergency grants from the council on Sunday, March 4."),
            report(*FLOOD_B, "A memorial concert will be held in the old theatre on Sunday, March 6."),
        ),
    ],
)
def test_dates_of_two_events_or_with_only_a_weekday_in_common_are_not_conflicts(first, second):
    assert _dates(_conflicts(first, second, "en")) == []


def test_close_dates_with_two_words_around_them_in_common_are_compared_in_unlinked_sentences():
    found = _conflicts(
        report(
            "The charity telethon on January 16 raised 395,000 euro for the victims of the disaster.",
            "Donations also came from schools.",
        ),
        report(
            "Organisers said the charity telethon held on January 19 by a private television station drew famous "
            "singers and actors.",
            "The government pledged more aid.",
        ),
        "en",
    )
    assert _dates(found) == [["January 16", "January 19"]]


@pytest.mark.parametrize(
    ("text", "language", "bound"),
    [
        ("The July 7 bombings were a series of attacks.", "en", {">bomb"}),
        ("Money went to the victims of the tsunami of December 26, 2004.", "en", {"<tsunami"}),
        ("Korban tsunami 26 Desember 2004 di Aceh menerima bantuan.", "id", {"<tsunami"}),
        ("The telethon was held on Sunday, January 16, in Bucharest.", "en", set()),  # a weekday is no head word
        ("Rain fell on March 4 across the valley.", "en", set()),  # nor is a stop word
    ],
)
def test_a_date_is_bound_to_the_content_word_right_next_to_it(text, language, bound):
    (date,) = [v for v in values(text, analyzer_for(language)) if v.kind == DATE and v.slot != {"year"}]
    assert date.bound == bound


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a space between thousands is one number, not a year ("2 000") and a count ("000")
        ("Les boîtes noires sont à une profondeur de 2 000 à 3 000 mètres selon la marine", "fr",
         [("2 000", 2000.0, "exact"), ("3 000", 3000.0, "exact")]),
        # bounds and hedges of other languages
        ("Au moins deux corps ont été récupérés par la marine", "fr", [("deux", 2.0, "over")]),
        ("Bylo zaznamenáno nejméně 27 otřesů v regionu", "cs", [("27", 27.0, "over")]),
        # a declined "thousand" multiplies as the dictionary form does
        ("Vláda slíbila dalších 150 tisíc eur pomoci", "cs", [("150 tisíc", 150000.0, "exact")]),
        # the code of an aircraft model is no score
        ("Rádiové spojení s Airbusem A330-220 bylo přerušeno v noci", "cs", []),
    ],
)  # fmt: skip
def test_numbers_are_read_in_the_notations_and_words_of_other_languages(text, language, expected):
    found = [(v.surface, v.value[0], v.qualifier) for v in values(text, analyzer_for(language)) if v.kind == NUMBER]
    assert found == expected


def test_two_statements_dated_by_weekday_in_one_city_are_not_one_slot():
    # the day each report quotes someone on is no fact of the story; a weekday and the city are all they share
    found = _conflicts(
        report(
            "Banjir merendam ratusan rumah warga di lembah itu.",
            '"Kami akan membangun tanggul baru," ujar Gubernur Budi Santoso di Jakarta, Selasa (13/2).',
        ),
        report(
            "Hujan terus turun berhari-hari setelah banjir.",
            '"Bantuan sudah dikirim ke semua desa," kata Menteri Sosial Ani Lestari di Jakarta, Selasa (20/2).',
        ),
        "id",
    )
    assert _dates(found) == []


def _found(first: str, second: str, language: str) -> list[tuple[str, list[str]]]:
    return [(c["kind"], [v["value"] for v in c["values"]]) for c in _conflicts(first, second, language)]


SURROUNDED = {  # the changed sentence between two the reports share, as the tester's reports were
    "en": (
        "Flash floods hit the town of Dunmore on Sunday night after torrential rain.",
        "The army has sent soldiers to help with sandbagging in the town centre.",
    ),
    "id": (
        "BPOM menarik sirup obat batuk Batukin dari peredaran pada hari Kamis.",
        "Produsen diwajibkan memusnahkan seluruh stok dalam waktu sebulan.",
    ),
}


def _surrounded(sentence: str, language: str) -> str:
    first, last = SURROUNDED[language]
    return report(first, sentence, last)


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # an amount written with its currency sign or code, glued or not
        (
            "Perusahaan itu membayar denda Rp12 miliar kepada negara.",
            "Rp15 miliar",
            "id",
            ["Rp12 miliar", "Rp15 miliar"],
        ),
        (
            "Perusahaan itu membayar denda Rp 12 miliar kepada negara.",
            "Rp 15 miliar",
            "id",
            ["Rp 12 miliar", "Rp 15 miliar"],
        ),
        (
            "The council paid US$5 million to the builders last year.",
            "US$8 million",
            "en",
            ["US$5 million", "US$8 million"],
        ),
        ("The council paid $5m to the builders last year.", "$8m", "en", ["$5m", "$8m"]),
        (
            "The council paid €65 million to the builders last year.",
            "€70 million",
            "en",
            ["€65 million", "€70 million"],
        ),
    ],
)
def test_an_amount_with_its_currency_is_a_number(first, second, language, expected):
    changed = first.replace(expected[0], second)
    found = _found(_surrounded(first, language), _surrounded(changed, language), language)
    assert found == [("number", expected)]


def test_a_fee_told_in_other_words_is_a_conflict_and_no_detail():
    first = report(
        "Westbridge United have completed the signing of striker Marco Delgado from Porto Real for €65 million.",
        "Delgado scored 31 goals in 38 appearances last season.",
    )
    second = report(
        "Porto Real have sold striker Marco Delgado to Westbridge United for €70 million.",
        "Delgado scored 31 goals in 38 appearances last season.",
    )
    reports = [Report(id="one", outlet="One", text=first), Report(id="two", outlet="Two", text=second)]
    data = to_dict(summarize(reports, Options(language="en", unique=0)))
    assert [[v["value"] for v in c["values"]] for c in data["conflicts"]] == [["€65 million", "€70 million"]]
    assert not [u for u in data["unique"] if u["kind"] == "detail" and "million" in u["text"]]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        (
            "Perusahaan itu membayar denda Rp12 miliar kepada negara.",
            "Perusahaan itu membayar denda 12 miliar rupiah kepada negara.",
            "id",
        ),
        (
            "The council paid $5m to the builders last year.",
            "The council paid 5 million dollars to the builders last year.",
            "en",
        ),
        (
            "The council paid more than €60 million to the builders.",
            "The council paid €65 million to the builders.",
            "en",
        ),
        (
            "The 24-year-old striker passed his medical at the club.",
            "The striker, 24, passed his medical at the club.",
            "en",
        ),
        (
            "He completed his medical at the club on Thursday.",
            "He completed his medical at the club on Thursday.",
            "en",
        ),
        ("Putin tiba di Pyongyang pada Rabu (19/6/2024).", "Putin tiba di Pyongyang pada Kamis (19/6/2024).", "id"),
    ],
)
def test_amounts_ages_and_weekdays_restated_consistently_are_not_conflicts(first, second, language):
    assert _found(_surrounded(first, language), _surrounded(second, language), language) == []


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # a count right after the sentence's first word, capitalised as such
        (
            "Sebanyak 5 bets sirup harus ditarik dari apotek.",
            "Sebanyak 3 bets sirup harus ditarik dari apotek.",
            "id",
            ["5", "3"],
        ),
        ("Some 40 homes were flooded in the night.", "Some 60 homes were flooded in the night.", "en", ["40", "60"]),
        # a number joined to its unit by a hyphen
        (
            "The 24-year-old striker passed his medical at the club.",
            "The 25-year-old striker passed his medical at the club.",
            "en",
            ["24-year-old", "25-year-old"],
        ),
        (
            "Rain fell for the whole of the 3-day festival.",
            "Rain fell for the whole of the 4-day festival.",
            "en",
            ["3-day", "4-day"],
        ),
        # a weekday against another weekday in the same words
        (
            "He completed his medical at the club on Thursday.",
            "He completed his medical at the club on Friday.",
            "en",
            ["Thursday", "Friday"],
        ),
        (
            "Sirup itu ditarik dari apotek pada Selasa malam.",
            "Sirup itu ditarik dari apotek pada Rabu malam.",
            "id",
            ["Selasa", "Rabu"],
        ),
    ],
)
def test_counts_after_a_first_word_hyphened_numbers_and_weekdays_are_compared(first, second, language, expected):
    found = _found(_surrounded(first, language), _surrounded(second, language), language)
    assert found == [("date" if expected[0].isalpha() else "number", expected)]


def test_codes_and_names_with_numbers_are_still_no_values():
    english = analyzer_for("en")
    text = "Flight 447, an Airbus A330-200 with COVID-19 patients, lost 7-2 to the Boeing 737 team."
    assert [(v.surface, v.value) for v in values(text, english) if v.kind == NUMBER] == [("7-2", (7.0, 2.0))]


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # a short complete sentence with a spelled count, all of its words in the other report's sentence
        (
            "Sebanyak lima bets sirup harus ditarik dari apotek dan toko obat.",
            "Ada tiga bets yang ditarik.",
            "id",
            ["lima", "tiga"],
        ),
        (
            "Police arrested five looters near the harbour on Sunday night.",
            "Police arrested two looters.",
            "en",
            ["five", "two"],
        ),
    ],
)
def test_a_short_sentence_is_compared_with_the_sentence_that_holds_all_its_words(first, second, language, expected):
    assert _found(_surrounded(first, language), _surrounded(second, language), language) == [("number", expected)]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [  # a short sentence restated in a longer one, with the same count or a consistent one
        ("Sebanyak tiga bets sirup harus ditarik dari apotek dan toko obat.", "Ada tiga bets yang ditarik.", "id"),
        ("Police arrested more than two looters near the harbour.", "Police arrested five looters.", "en"),
    ],
)
def test_a_short_sentence_restated_consistently_is_not_a_conflict(first, second, language):
    assert _found(_surrounded(first, language), _surrounded(second, language), language) == []


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # the same sentence but for the place: a place conflict, and neither sentence an outlet's own fact
        (
            "Evacuees are being housed at the Dunmore Leisure Centre.",
            "Evacuees are being housed at St Anne's Church Hall.",
            "en",
            ["Dunmore Leisure Centre", "St Anne's Church Hall"],
        ),
        (
            "Para pengungsi ditampung di Gedung Serbaguna Cempaka.",
            "Para pengungsi ditampung di Masjid Agung Al Falah.",
            "id",
            ["Gedung Serbaguna Cempaka", "Masjid Agung Al Falah"],
        ),
    ],
)
def test_sentences_alike_but_for_the_place_disagree_on_it(first, second, language, expected):
    reports = [
        Report(id="one", outlet="One", text=_surrounded(first, language)),
        Report(id="two", outlet="Two", text=_surrounded(second, language)),
    ]
    data = to_dict(summarize(reports, Options(language=language, unique=0)))
    assert [(c["kind"], [v["value"] for v in c["values"]]) for c in data["conflicts"]] == [("place", expected)]
    assert not [u for u in data["unique"] if u["text"] in (first, second)]


@pytest.mark.parametrize(
    ("first", "second"),
    [  # other words around the two places, or one place inside the other: no conflict
        (
            "Evacuees are being housed at the Dunmore Leisure Centre.",
            "Volunteers are cooking at St Anne's Church Hall.",
        ),
        ("Evacuees are being housed in Dunmore.", "Evacuees are being housed in the Dunmore Leisure Centre."),
    ],
)
def test_places_in_other_words_or_named_in_part_are_not_swaps(first, second):
    assert _found(_surrounded(first, "en"), _surrounded(second, "en"), "en") == []


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [  # the day a quote was given, not a day of the fact; an amount that converts another one
        (
            '"Sirupnya sudah ditarik dari semua apotek," ujar Kepala BPOM Rina Kartika, Senin.',
            '"Sirupnya sudah ditarik dari semua apotek," ujar Kepala BPOM Rina Kartika, Selasa.',
            "id",
        ),
        (
            "Perusahaan itu membayar denda 1 juta dolar AS atau setara dengan Rp15 miliar.",
            "Perusahaan itu membayar denda 1 juta dolar AS atau setara dengan Rp16 miliar.",
            "id",
        ),
    ],
)
def test_a_weekday_of_a_quote_and_a_converted_amount_are_not_compared(first, second, language):
    assert _found(_surrounded(first, language), _surrounded(second, language), language) == []


def test_a_bare_year_is_no_rival_of_a_full_date():
    """A tester's set: "Kamis (10/4/2025)" against "beredar sejak 2019" was a date conflict."""
    first = report(
        "BPOM memerintahkan penarikan sirup obat batuk Batukin dari peredaran, Kamis (10/4/2025).",
        "Produsen diwajibkan memusnahkan seluruh stok dalam waktu sebulan.",
    )
    second = report(
        "BPOM memerintahkan penarikan sirup obat batuk Batukin dari peredaran.",
        "Batukin sudah beredar sejak 2019.",
        "Produsen diwajibkan memusnahkan seluruh stok dalam waktu sebulan.",
    )
    assert _conflicts(first, second, "id") == []


def test_a_weekday_written_in_lower_case_is_read_where_the_language_writes_it_so():
    """Review: French, Spanish, Russian ... write day names in lower case, so none was ever read; Indonesian
    writes them with a capital, where a lower-case "minggu" is a week."""
    before = "Des crues soudaines ont frappé la ville de Dunmore après des pluies torrentielles."
    after = "L'armée a envoyé des soldats pour aider à poser des sacs de sable dans le centre-ville."
    first = report(before, "Le joueur a passé sa visite médicale au club jeudi.", after)
    second = report(before, "Le joueur a passé sa visite médicale au club vendredi.", after)
    assert _found(first, second, "fr") == [("date", ["jeudi", "vendredi"])]
    assert not values("Hujan turun sepanjang minggu ini di kota itu.", analyzer_for("id"))


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [  # a number after a numbering noun labels a thing: two labels are two things (two stages, two rounds)
        (
            "Alexandre Vinokourov of Kazakhstan has won stage 13 of the Tour de France, his team said.",
            "Alexandre Vinokourov of Kazakhstan has won stage 15 of the Tour de France, his team said.",
            "en",
        ),
        (
            "The champions were knocked out in round two of the cup by a team from the second division.",
            "The champions were knocked out in round four of the cup by a team from the second division.",
            "en",
        ),
        (
            "Persija Jakarta tersingkir pada babak 16 besar Piala AFC setelah kalah dari tim Vietnam.",
            "Persija Jakarta tersingkir pada babak 8 besar Piala AFC setelah kalah dari tim Vietnam.",
            "id",
        ),
        (
            "Persib menang atas Persija pada pekan ke - 10 Liga 1 di Stadion Gelora Bandung Lautan Api.",
            "Persib menang atas Persija pada pekan ke - 12 Liga 1 di Stadion Gelora Bandung Lautan Api.",
            "id",
        ),
        (
            "Hakim menilai terdakwa melanggar pasal 27 ayat 3 Undang-Undang ITE dalam unggahannya.",
            "Hakim menilai terdakwa melanggar pasal 28 ayat 3 Undang-Undang ITE dalam unggahannya.",
            "id",
        ),
    ],
)
def test_numbers_that_label_rather_than_count_are_not_conflicts(first, second, language):
    assert _found(first, second, language) == []


def test_a_count_next_to_a_label_is_still_compared():
    found = _found(
        "Vinokourov won stage 13 of the Tour de France, where 150 riders started the day in Marseille.",
        "Vinokourov won stage 13 of the Tour de France, where 180 riders started the day in Marseille.",
        "en",
    )
    assert found == [("number", ["150", "180"])]


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # one fact told with two values changed is a disagreement on both (review: early and late reports of one
        # quake); another day and another count tell of two events
        (
            "The aftershock had a magnitude of 5.8 and struck at a depth of 32 kilometers near the coast.",
            "The aftershock had a magnitude of 6.4 and struck at a depth of 10 kilometers near the coast.",
            "en",
            [("number", ["5.8", "6.4"]), ("number", ["32", "10"])],
        ),
        (
            "The aftershock had a magnitude of 5.8 and struck at a depth of 32 kilometers near the coast.",
            "The aftershock had a magnitude of 5.8 and struck at a depth of 10 kilometers near the coast.",
            "en",
            [("number", ["32", "10"])],
        ),
        (
            "Gempa susulan berkekuatan magnitudo 5,8 terjadi pada kedalaman 32 kilometer di lepas pantai.",
            "Gempa susulan berkekuatan magnitudo 6,4 terjadi pada kedalaman 10 kilometer di lepas pantai.",
            "id",
            [("number", ["5,8", "6,4"]), ("number", ["32", "10"])],
        ),
        (
            "Gempa susulan berkekuatan magnitudo 5,8 terjadi pada kedalaman 32 kilometer di lepas pantai.",
            "Gempa susulan berkekuatan magnitudo 5,8 terjadi pada kedalaman 10 kilometer di lepas pantai.",
            "id",
            [("number", ["32", "10"])],
        ),
        (  # another day and another count: another storm
            "A storm on March 3 flooded 120 homes in the valley, the council said.",
            "A storm on March 9 flooded 300 homes in the valley, the council said.",
            "en",
            [],
        ),
        (
            "Banjir pada Senin (3/3/2025) merendam 120 rumah di lembah itu, kata petugas.",
            "Banjir pada Senin (10/3/2025) merendam 300 rumah di lembah itu, kata petugas.",
            "id",
            [],
        ),
    ],
)
def test_sentences_that_differ_in_two_slots_tell_of_two_events(first, second, language, expected):
    assert _found(first, second, language) == expected


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # a changed value in the same words as the other report's, though the report gives the old value elsewhere
        (
            report(
                "The plane crashed into the sea off the coast, killing all 228 people on board.",
                "The Airbus was carrying 216 passengers and 12 crew, a total of 228 people.",
            ),
            report(
                "The plane crashed into the sea off the coast, killing all 528 people on board.",
                "The Airbus was carrying 216 passengers and 12 crew, a total of 228 people.",
            ),
            "en",
            [("number", ["228", "528"])],
        ),
        (
            report(
                "The July 7 bombings killed 52 people on three Underground trains and a bus in London.",
                "Police said the four bombers had travelled from Leeds.",
            ),
            report(
                "The July 10 bombings struck London on the morning of July 7 and killed 52 people.",
                "Police said the four bombers had travelled from Leeds.",
            ),
            "en",
            [("date", ["July 7", "July 10"])],
        ),
        (
            report(
                "Ledakan bom 13 Mei di Surabaya menewaskan 14 orang di tiga gereja.",
                "Polisi menyebut pelaku berasal dari satu keluarga.",
            ),
            report(
                "Ledakan bom 15 Mei mengguncang Surabaya pada pagi 13 Mei dan menewaskan 14 orang.",
                "Polisi menyebut pelaku berasal dari satu keluarga.",
            ),
            "id",
            [("date", ["13 Mei", "15 Mei"])],
        ),
        (
            report(
                "Pesawat itu jatuh ke laut Jawa dan menewaskan seluruh 189 penumpang dan awak.",
                "Sebanyak 189 penumpang dan awak tercatat dalam manifes penerbangan.",
            ),
            report(
                "Pesawat itu jatuh ke laut Jawa dan menewaskan seluruh 159 penumpang dan awak.",
                "Sebanyak 189 penumpang dan awak tercatat dalam manifes penerbangan.",
            ),
            "id",
            [("number", ["189", "159"])],
        ),
        (
            report(
                "Gempa itu menewaskan 20 orang di kota itu, kata petugas pada Senin.",
                "Pada Selasa petugas menyebut gempa itu telah menewaskan 25 orang di kota itu.",
            ),
            report("Gempa itu menewaskan 25 orang di kota itu, kata petugas.", "Tim penyelamat masih mencari korban."),
            "id",
            [],
        ),
        (  # a toll that rose within one report: its later figure, in the same words, vouches for the other's
            report(
                "The quake killed 20 people in the town, officials said on Monday.",
                "On Tuesday officials said the quake had killed 25 people in the town.",
            ),
            report(
                "The quake killed 25 people in the town, officials said.", "Rescuers were still searching the rubble."
            ),
            "en",
            [],
        ),
    ],
)
def test_a_value_given_elsewhere_in_other_words_does_not_vouch(first, second, language, expected):
    assert _found(first, second, language) == expected


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [  # the two sentences agree on a value (25 to 40 percent), so their only years are compared on one stem in common
        (
            "Rich nations should cut their greenhouse gas emissions by 25 to 40 percent, with a deadline set for 2020.",
            "Rich nations should cut their greenhouse gas emissions by 25 to 40 percent, and the deadline agreed by "
            "the ministers is the year 2021.",
            "en",
        ),
        (
            "Negara maju harus memangkas emisi gas rumah kaca sebesar 25 hingga 40 persen, dengan target yang "
            "ditetapkan untuk 2020.",
            "Negara maju harus memangkas emisi gas rumah kaca sebesar 25 hingga 40 persen, dengan batas waktu tahun "
            "2021.",
            "id",
        ),
    ],
)
def test_sentences_that_agree_on_one_value_are_compared_on_their_other_value(first, second, language):
    last = {"en": "Delegates from 190 countries met in Bali.", "id": "Delegasi dari 190 negara bertemu di Bali."}
    found = _found(report(first, last[language]), report(second, last[language]), language)
    assert found == [("date", ["2020", "2021"])]


AID = (
    "Aid for the flood victims is still arriving in the region.",
    "The army has sent soldiers to help with the clean-up.",
)
BANTUAN = ("Bantuan untuk korban banjir masih terus berdatangan ke wilayah itu.", "Tentara dikerahkan membantu warga.")


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # close dates given with one day name cannot both be that day: one day told two ways, in unlike sentences
        (
            report(*AID, "The telethon was organised on Sunday, January 16, by a television station in Bucharest."),
            report(*AID, "On Sunday, January 19, the public raised 395,000 euro in a telethon for the victims."),
            "en",
            [["January 16", "January 19"]],
        ),
        (  # whole weeks apart: two Sundays
            report(*AID, "The telethon was organised on Sunday, January 16, by a television station in Bucharest."),
            report(*AID, "On Sunday, January 23, the public raised 395,000 euro in a telethon for the victims."),
            "en",
            [],
        ),
        (
            report(
                *BANTUAN,
                "Malam amal selama sepuluh jam itu diselenggarakan sebuah stasiun televisi swasta di Bukares pada "
                "Minggu (16/1/2005).",
            ),
            report(
                *BANTUAN,
                "Pada Minggu (19/1/2005), masyarakat Rumania menyumbang setara 395.000 euro, sementara pemerintah "
                "menjanjikan bantuan, dalam malam amal.",
            ),
            "id",
            [["16/1/2005", "19/1/2005"]],
        ),
    ],
)
def test_close_dates_given_with_one_day_name_are_one_slot(first, second, language, expected):
    assert _dates(_conflicts(first, second, language)) == expected


def test_the_relaxed_comparison_never_compares_a_date_with_a_place():
    # in a pair of sentences that agree on a value, a sentence's only date (a weekday) meets the other's only place
    english = analyzer_for("en")
    date = [v for v in values("Putin flew home on Thursday.", english) if v.kind == DATE]
    place = [v for v in values("Putin stayed in Pyongyang.", english) if v.kind == "place"]
    assert len(date) == len(place) == 1
    assert not relaxed(date[0], place[0], [(0, date[0])], [(1, place[0])])


def test_review_two_values_that_differ_within_one_fact_are_both_disagreements():
    from summarizer import Options, Report, summarize, to_dict

    quake = "The earthquake of magnitude {} killed {} people in the coastal province."
    reports = [
        Report(id="a", outlet="a", text=quake.format("6.1", "20")),
        Report(id="b", outlet="b", text=quake.format("6.4", "25")),
    ]
    found = sorted(v["value"] for c in to_dict(summarize(reports, Options(unique=0)))["conflicts"] for v in c["values"])
    assert found == ["20", "25", "6.1", "6.4"]


def test_review_a_numbering_noun_before_a_comma_labels_nothing():
    from summarizer.language import analyzer_for
    from summarizer.slots import values

    english = analyzer_for("en")
    assert [v.surface for v in values("In the past week, 300 people were arrested.", english)] == ["300"]
    assert [v.surface for v in values("Last season, 20 players left the club.", english)] == ["20"]
    assert [v.surface for v in values("The riders finished stage 13 in the rain.", english)] == []


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # "one" or "satu" right before a singular noun is a count like "two" or "dua"
        (
            "Two workers were taken to hospital with smoke inhalation.",
            "One worker was taken to hospital with smoke inhalation.",
            "en",
            ["Two", "One"],
        ),
        (
            "Dua korban dibawa ke rumah sakit akibat menghirup asap.",
            "Satu korban dibawa ke rumah sakit akibat menghirup asap.",
            "id",
            ["Dua", "Satu"],
        ),
    ],
)
def test_one_before_a_singular_noun_is_a_count(first, second, language, expected):
    assert _found(_surrounded(first, language), _surrounded(second, language), language) == [("number", expected)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No one was taken to hospital after the fire.", "en"),
        ("One of the workers was taken to hospital.", "en"),
        ("The one thing the workers wanted was a new contract.", "en"),
        ("Salah satu korban dibawa ke rumah sakit.", "id"),
        ("Para korban dievakuasi satu per satu.", "id"),
    ],
)
def test_one_that_counts_nothing_is_still_not_read(text, language):
    assert [v for v in values(text, analyzer_for(language)) if v.kind == NUMBER] == []


def test_a_quantity_is_compared_in_a_small_set_whose_reports_all_give_its_words():
    # three reports of ten sentences; "partisipasi pemilih ... persen" is in four of them: the words of one fact that
    # every report gives, not the story's own words (which, left out, left the two figures nothing in common)
    a = report(
        "Ketua KPU Banyumas Rina Marlina mengatakan tingkat partisipasi pemilih mencapai 71 persen.",
        "Rapat pleno digelar di Purwokerto.",
    )
    b = report(
        "KPU Banyumas resmi menetapkan Hendra-Siti sebagai bupati dan wakil bupati terpilih.",
        "Rapat pleno rekapitulasi digelar pada Selasa (1/12/2026) di Purwokerto.",
        "Hendra Wijaya dan Siti Rahayu unggul dengan perolehan lebih dari 412 ribu suara, atau 51,2 persen.",
        "Pasangan Bambang-Dewi meraih 48,8 persen suara.",
        "Partisipasi pemilih tercatat 68 persen, kata Ketua KPU Banyumas Rina Marlina.",
        "Kubu Bambang-Dewi berencana mengajukan gugatan sengketa hasil ke MK.",
        "Cuaca di Jakarta cerah sepanjang hari ini.",
    )
    c = report("Ketua KPU Banyumas Rina Marlina mengatakan partisipasi pemilih mencapai 71 persen.")
    reports = [Report(id=n, outlet=n.upper(), text=t) for n, t in (("a", a), ("b", b), ("c", c))]
    data = to_dict(summarize(reports, Options(language="id", unique=0)))
    numbers = [sorted(v["value"] for v in x["values"]) for x in data["conflicts"] if x["kind"] == "number"]
    assert numbers == [["68", "71", "71"]]


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # a place where something was going, told with other words of going
        (
            "The bus, carrying 38 passengers, was on its way to Danao City.",
            "The bus was headed for Cebu City with 38 passengers on board.",
            "en",
            ["Danao City", "Cebu City"],
        ),
        (
            "Bus yang membawa 38 penumpang itu sedang menuju Danao.",
            "Bus yang membawa 38 penumpang itu sedang menuju Cebu.",
            "id",
            ["Danao", "Cebu"],
        ),
    ],
)
def test_two_destinations_of_one_trip_disagree(first, second, language, expected):
    assert _found(_surrounded(first, language), _surrounded(second, language), language) == [("place", expected)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mayor said to Danao City officials that the bridge was safe.", "en"),
        ("The money was meant for Cebu City schools.", "en"),
    ],
)
def test_to_and_for_alone_say_nothing_of_a_place(text, language):
    assert [v for v in values(text, analyzer_for(language)) if v.kind == "place"] == []


def test_a_city_in_two_names_is_no_form_of_one_name():
    found = [v for t in ("headed for Cebu City", "on its way to Cebu") for v in values(t, analyzer_for("en"))]
    assert [v.value for v in found] == [("cebu",), ("cebu",)]


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # a title, a comma, then the name: the person it titles, as without the commas
        (
            "Ketua KPU Banyumas, Rina Marlina, mengatakan partisipasi pemilih mencapai 71 persen.",
            "Ketua KPU Banyumas Rudi Hartono mengatakan partisipasi pemilih mencapai 71 persen.",
            "id",
            ["Rina Marlina", "Rudi Hartono"],
        ),
        (
            "Menteri Pariwisata, Arief Yahya, membuka festival itu di Bali.",
            "Menteri Pariwisata, Dr Dawn Loh, membuka festival itu di Bali.",
            "id",
            ["Arief Yahya", "Dawn Loh"],  # "Dr" a title, as in English
        ),
    ],
)
def test_a_name_in_commas_after_its_title_is_a_person(first, second, language, expected):
    assert _found(_surrounded(first, language), _surrounded(second, language), language) == [("person", expected)]


def test_the_office_before_a_name_in_commas_is_no_person():
    found = values("Ketua KPU Banyumas, Rina Marlina, mengatakan hal itu.", analyzer_for("id"))
    assert [(v.kind, v.surface) for v in found] == [("person", "Rina Marlina")]


def test_an_abbreviated_amount_with_its_currency_after_it_is_money():
    en = analyzer_for("en")
    spelled, signed = (
        next(v for v in values(t, en) if v.kind == NUMBER)
        for t in ("The club paid 65m euros for the striker.", "The club paid €65m for the striker.")
    )
    assert (spelled.value, signed.value) == ((65e6,), (65e6,))
    assert "euro" in spelled.slot & signed.slot
    first = "The council paid 65m euros to the builders last year."
    found = _found(_surrounded(first, "en"), _surrounded(first.replace("65m", "80m"), "en"), "en")
    assert found == [("number", ["65m", "80m"])]
    # without a currency, "65m" may be 65 metres: still not read as millions
    assert [v.value for v in values("The wall is 65m long.", en)] != [(65e6,)]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        (  # one deadline told in other words: claims that only come close, no run of alike words by the years
            "Delegates met in Bali for two weeks of climate talks. The talks are expected to produce a roadmap for "
            "negotiations on emission limits after 2012, the year in which the first phase of the Kyoto Protocol ends, "
            "and on help for poor nations. Activists wanted firmer targets.",
            "Delegates met in Bali for climate talks this month. Officials hope a deal on emission limits is reached "
            "before the Kyoto Protocol ends in 2013. Activists wanted firmer targets.",
            "en",
        ),
        (
            "Para delegasi bertemu di Bali untuk perundingan iklim selama dua pekan. Perundingan diharapkan "
            "menghasilkan peta jalan negosiasi batas emisi setelah 2012, saat tahap pertama Protokol Kyoto berakhir. "
            "Para aktivis menginginkan target yang lebih tegas.",
            "Para delegasi bertemu di Bali untuk perundingan iklim bulan ini. Pejabat berharap kesepakatan batas "
            "emisi tercapai sebelum Protokol Kyoto berakhir pada 2013. Para aktivis menginginkan target yang lebih "
            "tegas.",
            "id",
        ),
    ],
)
def test_bare_years_one_apart_in_claims_that_only_come_close_are_compared(first, second, language):
    assert _dates(_conflicts(first, second, language)) == [["2012", "2013"]]


@pytest.mark.parametrize(
    ("spelled", "digits", "rival", "language"),
    [
        (
            "Ratusan warga keracunan setelah menyantap hidangan hajatan. Empat puluh dua pasien dirawat inap di rumah "
            "sakit. Polisi memeriksa juru masak.",
            "Ratusan warga keracunan setelah menyantap hidangan hajatan. Sebanyak {} pasien dirawat inap di rumah "
            "sakit. Sampel makanan dikirim ke laboratorium.",
            ("42", "45", "Empat puluh dua"),
            "id",
        ),
        (
            "The train left Beijing on Monday night. One hundred and twenty passengers were taken to hospital. Police "
            "questioned the driver.",
            "The train left Beijing on Monday night. Some {} passengers were taken to hospital. Investigators examined "
            "the track.",
            ("120", "150", "One hundred and twenty"),
            "en",
        ),
    ],
)
def test_a_number_named_in_several_words_is_one_number(spelled, digits, rival, language):
    same, other, words = rival
    assert _conflicts(spelled, digits.format(same), language) == []  # "empat puluh dua" is 42, not "dua"
    found = [[v["value"] for v in c["values"]] for c in _conflicts(spelled, digits.format(other), language)]
    assert found == [[words, other]]


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [
        (  # a part of a whole: the part counts the whole's unit, and two parts of one whole are one quantity
            "A train derailed in Henan province on Tuesday. Seven of the 16 cars of the train ran off the track.",
            "A train derailed in Henan province on Tuesday. Eight of its 16 cars overturned, railway officials said.",
            "en",
            [["Seven", "Eight"]],
        ),
        (
            "A train derailed in Henan province on Tuesday. Seven of the 16 cars of the train ran off the track.",
            "A train derailed in Henan province on Tuesday. Seven of its 16 cars overturned, railway officials said.",
            "en",
            [],
        ),
        (  # Indonesian writes no article between: already within the unit's window
            "Kereta api anjlok di Provinsi Henan pada Selasa. Tujuh dari 16 gerbong itu keluar dari rel.",
            "Kereta api anjlok di Provinsi Henan pada Selasa. Delapan dari 16 gerbong terguling, kata pejabat.",
            "id",
            [["Tujuh", "Delapan"]],
        ),
    ],
)
def test_parts_of_one_whole_are_compared(first, second, language, expected):
    assert [[v["value"] for v in c["values"]] for c in _conflicts(first, second, language)] == expected


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [
        (  # "the city of" before one name, "City" inside the other: one place slot in the same words
            "A train derailed in Henan province on Tuesday. The train left the tracks near Xinxiang City at 3:20 a.m.",
            "A train derailed in Henan province on Tuesday. The train left the tracks near the city of Anyang at 3:20 "
            "a.m.",
            "en",
            [["Xinxiang City", "Anyang"]],
        ),
        (
            "A train derailed in Henan province on Tuesday. The train left the tracks near Xinxiang City at 3:20 a.m.",
            "A train derailed in Henan province on Tuesday. The train left the tracks near the city of Xinxiang at "
            "3:20 a.m.",
            "en",
            [],
        ),
        (  # "di dekat" is "near"
            "Kereta api anjlok di Provinsi Henan pada Selasa. Kereta keluar dari rel di dekat Kota Xinxiang pukul "
            "03.20.",
            "Kereta api anjlok di Provinsi Henan pada Selasa. Kereta keluar dari rel di dekat Anyang pukul 03.20.",
            "id",
            [["Xinxiang", "Anyang"]],
        ),
    ],
)
def test_a_word_for_a_kind_of_place_before_a_name_is_no_other_slot(first, second, language, expected):
    assert [[v["value"] for v in c["values"]] for c in _conflicts(first, second, language)] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hendra Wibowo", [["Hendarto", "Hendra Wibowo"]]),
        ("Hendarto", []),
    ],
)
def test_a_one_word_name_in_commas_after_an_office_is_the_person(name, expected):
    # Indonesian writes the office as a name ("Kepala Dinkes Kabupaten Magelang") and many people go by one name
    lead = "Ratusan warga Magelang keracunan setelah menyantap hidangan pesta pernikahan. "
    said = "Dinkes menduga keracunan berasal dari olahan ayam, kata Kepala Dinkes Kabupaten Magelang, {}."
    found = _conflicts(lead + said.format("Hendarto"), lead + said.format(name), "id")
    assert [[v["value"] for v in c["values"]] for c in found if c["kind"] == "person"] == expected


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [
        (  # the same people counted with another noun ("orang" is even a stop word)
            "Sebanyak 187 warga Desa Karangrejo keracunan setelah menyantap hidangan hajatan pernikahan. Polisi "
            "memeriksa juru masak.",
            "Lebih dari 200 orang di Desa Karangrejo keracunan usai menyantap hidangan pesta pernikahan. Seorang anak "
            "sempat kritis.",
            "id",
            [["187", "200"]],
        ),
        (
            "Sebanyak 187 warga Desa Karangrejo keracunan setelah menyantap hidangan hajatan pernikahan. Polisi "
            "memeriksa juru masak.",
            "Sebanyak 187 orang di Desa Karangrejo keracunan usai menyantap hidangan pesta pernikahan. Seorang anak "
            "sempat kritis.",
            "id",
            [],
        ),
        (
            "A total of 187 residents of Karangrejo village fell ill after eating at a wedding feast. Police "
            "questioned the cook.",
            "More than 200 people in Karangrejo village fell ill after eating at a wedding party. One child was in "
            "critical condition.",
            "en",
            [["187", "200"]],
        ),
    ],
)
def test_people_counted_with_two_nouns_are_one_count(first, second, language, expected):
    assert [[v["value"] for v in c["values"]] for c in _conflicts(first, second, language)] == expected


@pytest.mark.parametrize(
    ("texts", "language", "expected"),
    [
        (  # a sides with b in its own notation; only b's sentence is compared closely enough with c's
            [
                "Tanah longsor menimbun permukiman warga di Desa Cibeunying, Kecamatan Pangalengan, Kabupaten Bandung, "
                "Jawa Barat, Minggu (9/3/2025) dini hari.\n\nSebanyak 230 warga mengungsi ke balai desa.",
                "Longsor menerjang Desa Cibeunying, Pangalengan, Kabupaten Bandung, pada Minggu, 9 Maret 2025, sekitar "
                "pukul 02.00 WIB.\n\nJalan penghubung Pangalengan-Garut terputus.",
                "Sembilan orang meninggal dunia akibat tanah longsor yang menimbun dua belas rumah di Desa Cibeunying, "
                "Kecamatan Pangalengan, Kabupaten Bandung, pada Sabtu (8/3) malam.\n\nDua unit ekskavator dikerahkan "
                "untuk membuka akses jalan.",
            ],
            "id",
            ["a: 9/3/2025", "b: 9 Maret 2025", "c: 8/3"],
        ),
        (
            [
                "A landslide buried homes in Cibeunying village, Pangalengan district, Bandung regency, West Java, "
                "early on Sunday, March 9, 2025.\n\nSome 230 residents fled to the village hall.",
                "The landslide hit Cibeunying village, Pangalengan, Bandung regency, on Sunday, March 9, 2025, at "
                "about 2 a.m.\n\nThe road to Garut was cut.",
                "Nine people died when the landslide buried twelve houses in Cibeunying village, Pangalengan district, "
                "Bandung regency, on Saturday, March 8, at night.\n\nTwo excavators were sent to open the road.",
            ],
            "en",
            ["a: March 9, 2025", "b: March 9, 2025", "c: March 8"],
        ),
    ],
)
def test_a_conflict_lists_a_third_report_that_sides_with_one_value(texts, language, expected):
    reports = [Report(id=k, outlet=k.upper(), text=t) for k, t in zip("abc", texts, strict=True)]
    found = to_dict(summarize(reports, Options(language=language, unique=0)))["conflicts"]
    assert [[f"{v['document']}: {v['value']}" for v in c["values"]] for c in found] == [expected]


def test_number_names_as_they_are_also_written_are_one_number():
    """A review: "Ninety nine people" read as 90 and 9; "One hundred twenty people" as 100 and 20."""
    from summarizer.language import analyzer_for
    from summarizer.slots import values

    analyzer = analyzer_for("en")
    for text, number in (("Ninety nine people were hurt.", 99.0), ("One hundred twenty people were hurt.", 120.0)):
        found = [v.value for v in values(text, analyzer) if v.kind == "number"]
        assert found == [(number,)], text


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Sopir bus, Dedi Kurniawan, kini diperiksa polisi.",
            "Sopir bus, Ujang Suryana, kini diperiksa polisi.",
            {"Dedi Kurniawan", "Ujang Suryana"},
        ),
        (
            "The bus driver, Tom Hale, was arrested.",
            "The bus driver, Ray Dunn, was arrested.",
            {"Tom Hale", "Ray Dunn"},
        ),
    ],
)
def test_a_driver_named_differently_is_a_person_conflict(a, b, values):
    """A tester's set: a driver (sopir, pilot, captain) is a role like a minister's; the two names were listed as
    each outlet's detail."""
    data = to_dict(summarize([Report(id="a", text=a), Report(id="b", text=b)], Options(unique=0)))
    found = [{v["value"] for v in c["values"]} for c in data["conflicts"] if c["kind"] == "person"]
    assert found == [values]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "It was the third strike at Alitalia since November.",
            "It was the fourth strike at Alitalia since November.",
            {"third", "fourth"},
        ),
        (
            "Ini adalah mogok ketiga di maskapai itu sejak November.",
            "Ini adalah mogok keempat di maskapai itu sejak November.",
            {"ketiga", "keempat"},
        ),
    ],
)
def test_rival_ranks_are_a_number_conflict(a, b, values):
    """A tester's set: "the third strike" / "the fourth strike" was one fact credited to both outlets, no flag."""
    data = to_dict(summarize([Report(id="a", text=a), Report(id="b", text=b)], Options(unique=0)))
    assert [{v["value"] for v in c["values"]} for c in data["conflicts"]] == [values]


def test_a_rank_is_no_count_of_its_noun():
    """Ranks meet ranks only: "the third strike" says nothing against "three strikes" or "five strikes"."""
    a = Report(id="a", text="It was the third strike at Alitalia since November, union leaders said.")
    b = Report(id="b", text="There have been five strikes at Alitalia since November, union leaders said.")
    assert to_dict(summarize([a, b], Options(unique=0)))["conflicts"] == []


def test_ranks_only_where_an_ordinal_is_no_everyday_word():
    """A review: Portuguese "quarto" (also a bedroom) against "quinto" was a rank conflict; "23rd" is mostly a day;
    Catalan and Korean ordinals crashed num2words (exit 1)."""
    a = Report(id="a", text="O corpo foi encontrado morto no quarto do hotel Tivoli, disse a polícia.")
    b = Report(id="b", text="O corpo foi encontrado morto no quinto andar do hotel Tivoli, disse a polícia.")
    assert to_dict(summarize([a, b], Options(unique=0, language="pt")))["conflicts"] == []
    a = Report(id="a", text="The talks resumed on March 23rd in Geneva, diplomats said.")
    b = Report(id="b", text="The talks resumed on March 24th in Geneva, diplomats said.")
    assert "number" not in [c["kind"] for c in to_dict(summarize([a, b], Options(unique=0)))["conflicts"]]
    for language, text in (
        ("ca", "Hi ha hagut 12 ferits a Barcelona, segons la policia."),
        ("ko", "서울에서 12명이 다쳤다고 경찰이 밝혔다."),
    ):
        reports = [Report(id="a", text=text), Report(id="b", text=text.replace("12", "15"))]
        assert to_dict(summarize(reports, Options(language=language)))["language"] == language


@pytest.mark.parametrize(
    ("british", "american"), [("kilometres", "kilometers"), ("litres", "liters"), ("metre", "meter")]
)
def test_a_measure_spelled_the_british_way_is_the_same_unit(british, american):
    # the stemmer makes "kilometr" of one and "kilomet" of the other: two units, so never compared
    analyzer = analyzer_for("en")
    (a,), (b,) = (
        [v for v in values(f"The town lies {n} {unit} north of Manila.", analyzer) if v.kind == NUMBER]
        for n, unit in (("200", american), ("250", british))
    )
    assert a.slot == b.slot


@pytest.mark.parametrize(
    "text", ["Annual inflation was 3.6% in September, well above the Bank's 2% target.", "It met the Fed’s 2 % goal."]
)
def test_a_number_after_an_owner_is_a_quantity_not_part_of_a_name(text):
    assert [v.surface for v in values(text, analyzer_for("en")) if v.kind == NUMBER][-1] == "2"


def test_a_target_all_give_is_no_rival_of_a_rate_only_one_gives():
    texts = [
        'Governor Andrew Bailey said inflation was "on track" to return to the 2% target in the second half of 2027.',
        "Andrew Bailey, the Bank's governor, said: \"Inflation is on track to come back to our 2% target, but we need "
        'to be careful not to cut too quickly."',
        "Annual CPI inflation was 3.6% in September, well above the Bank's 2% target.",
    ]
    reports = [Report(id=name, outlet=name, text=text) for name, text in zip("abc", texts, strict=True)]
    assert to_dict(summarize(reports, Options(language="en", unique=0)))["conflicts"] == []


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        (
            "Kasus paling banyak ditemukan di Kecamatan Cibeber.",
            "Kasus terbanyak ditemukan di Kecamatan Cileles.",
            "id",
        ),
        ("Most cases were reported in Cibeber.", "Most of the cases were reported in Cileles.", "en"),
    ],
)
def test_two_places_in_short_sentences_alike_but_for_them_are_rivals(first, second, language):
    assert [[v["value"] for v in c["values"]] for c in _conflicts(first, second, language)] == [["Cibeber", "Cileles"]]


def test_a_person_after_a_title_inside_a_capitalised_run_is_the_name_after_it():
    first = "Four miners were pulled out alive, said Itogon Mayor Oscar Bahingawan."
    second = "Four miners were pulled out alive, Itogon mayor Victorio Palangdan said."
    assert [v.surface for v in values(first, analyzer_for("en")) if v.kind == "person"] == ["Oscar Bahingawan"]
    found = _conflicts(first, second, "en")
    assert [(c["kind"], [v["value"] for v in c["values"]]) for c in found] == [
        ("person", ["Oscar Bahingawan", "Victorio Palangdan"])
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ils ont trouvé un terrain aussi accidenté que les Alpes.", "fr"),
        ("Deux avions et un hélicoptère ont survolé la zone.", "fr"),
        ("Ένα στρατιωτικό αεροσκάφος εντόπισε συντρίμμια.", "el"),
    ],
)
def test_a_word_for_one_that_is_also_the_article_is_no_count(text, language):
    assert [v.surface for v in values(text, analyzer_for(language)) if v.kind == NUMBER] == []


@pytest.mark.parametrize(
    "said",
    [
        "said Itogon Mayor J.C. Santos.",
        "said Governor G.W. Bush.",
        "Mayor J.C. Santos said.",
        "Quezon City Mayor J.C. Belmonte said.",
    ],
)
def test_a_titled_name_with_dotted_initials_is_read_without_a_crash(said):
    # a name's words drop the initials' dots ("JC"), and looking "JC" up in the text raised ValueError: exit 1
    text = f"Four miners were rescued in Benguet on Monday, {said}"
    reports = [Report(id="a", text=text), Report(id="b", text="Four miners were rescued in Benguet on Monday.")]
    assert to_dict(summarize(reports, Options(language="en")))["brief"]


def test_every_brief_item_whose_sentence_gives_a_conflicting_value_says_so():
    # The conflict is filed under one fact, but the other value's sentence was grouped apart (its changed value
    # lowers the similarity): its brief item said "conflict": false while the conflict listed its value
    reports = [
        Report(
            id="a",
            text="The collapse happened at about 4 a.m. in the village of Balatoc in Itogon town, about 200 "
            "kilometers north of Manila.",
        ),
        Report(
            id="b",
            text="Fourteen miners were trapped when the tunnel caved in at about 4 a.m. on Saturday at Balatoc "
            "village, 250 kilometers north of Manila.",
        ),
    ]
    data = to_dict(summarize(reports, Options(language="en", unique=0)))
    assert data["conflicts"]
    disputed = {(v["document"], v["sentence"]) for c in data["conflicts"] for v in c["values"]}
    flagged = {b["fact"]: b["conflict"] for b in data["brief"]}
    facts = {f["id"]: f for f in data["facts"]}
    for fact, conflict in flagged.items():
        members = {(m["document"], m["sentence"]) for m in facts[fact]["versions"]}
        assert conflict == bool(members & disputed)


def test_a_person_after_an_abbreviated_honorific_is_the_whole_name():
    # the full stop of "Capt." cut the name run: "Capt" was the person, and "name: Capt" an outlet-only detail
    first = "Kepala KSOP Tanjung Uban Hendra Gunawan meminta kapal lain menjauhi lokasi."
    second = "Kepala KSOP Tanjung Uban, Capt. Rudi Hartanto, meminta kapal lain menjauhi lokasi."
    reports = [Report(id="a", text=first), Report(id="b", text=second)]
    data = to_dict(summarize(reports, Options(language="id", unique=0)))
    assert [[v["value"] for v in c["values"]] for c in data["conflicts"]] == [["Hendra Gunawan", "Rudi Hartanto"]]
    assert all(u["text"] != "Capt" for u in data["unique"])


def test_two_officers_of_one_rank_are_no_rivals():
    # many officers share a rank: "Lt. Col." before two names does not make them one role (TAC's Abu Ghraib topic)
    first = 'Lt. Col. Barry Johnson, military spokesman, says "Clearly there is a lot of emotion attached to it."'
    second = "U.S. Lt. Col. Steven Lee Jordan will be tried by a military court, the U.S. Army announced."
    assert _found(_surrounded(first, "en"), _surrounded(second, "en"), "en") == []


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [  # what was spilt and what was carried: one unit, two quantities far apart
        (
            "Diperkirakan 40 ton minyak mentah tumpah dari kapal tersebut.",
            "Kapal yang membawa 6,5 ribu ton minyak mentah itu menumpahkan sebagian muatannya ke laut.",
            "id",
        ),
        (
            "An estimated 40 tons of crude oil spilled from the tanker.",
            "The tanker, carrying 6,500 tons of crude oil, spilled part of its cargo into the sea.",
            "en",
        ),
    ],
)
def test_amounts_of_one_unit_an_order_of_magnitude_apart_are_two_quantities(first, second, language):
    assert _found(first, second, language) == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Agen rahasia 007 berhenti menjadi mata-mata demi menikah.", "id"),
        ("The film's agent 007 quits the secret service to marry.", "en"),
    ],
)
def test_a_number_written_with_a_leading_zero_is_a_code_not_a_count(sentence, language):
    assert [v.surface for v in values(sentence, analyzer_for(language)) if v.kind == NUMBER] == []


def _dated_reports(first: tuple[str, str], second: tuple[str, str], language: str) -> list[tuple[str, list[str]]]:
    """The conflicts of two reports, each (published date, sentence)."""
    reports = [
        Report(id=name, outlet=name, text=text, published=day)
        for name, (day, text) in (("one", first), ("two", second))
    ]
    data = to_dict(summarize(reports, Options(language=language, unique=0)))
    return [(c["kind"], [v["value"] for v in c["values"]]) for c in data["conflicts"]]


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # a weekday is a day before the report's date: Tuesday 12 July against Monday 11 July
        (
            ("2005-07-12", "Twenty-three inmates escaped from Shimo La Tewa prison early Tuesday, police said."),
            ("2005-07-13", "Twenty-three inmates escaped from Shimo La Tewa prison on Monday, police said."),
            "en",
            [("date", ["Tuesday", "Monday"])],
        ),
        (
            ("2025-07-15", "Sebanyak 23 narapidana kabur dari Lapas Kerobokan pada Selasa dini hari, kata polisi."),
            ("2025-07-16", "Sebanyak 23 narapidana kabur dari Lapas Kerobokan pada Senin, kata polisi."),
            "id",
            [("date", ["Selasa", "Senin"])],
        ),
        # one day named from two report dates: Wednesday's "Tuesday" is Thursday's "Tuesday"
        (
            ("2005-07-13", "Twenty-three inmates escaped from Shimo La Tewa prison on Tuesday, police said."),
            ("2005-07-14", "Twenty-three inmates escaped from Shimo La Tewa prison late Tuesday, police said."),
            "en",
            [],
        ),
        # a day to come is after the report's date: Wednesday's "will vote on Friday" is Saturday's "voted on Friday"
        (
            ("2005-07-13", "The council will vote on the budget on Friday, the mayor said."),
            ("2005-07-16", "The council voted on the budget on Friday, the mayor said."),
            "en",
            [],
        ),
        (
            ("2025-07-16", "DPRD akan mengesahkan anggaran itu pada Jumat, kata wali kota."),
            ("2025-07-19", "DPRD mengesahkan anggaran itu pada Jumat, kata wali kota."),
            "id",
            [],
        ),
    ],
)
def test_a_weekday_is_a_date_counted_from_the_reports_own_date(first, second, language, expected):
    assert _dated_reports(first, second, language) == expected


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # the day name of a date is part of the date, not one of the words around it that say what it dates
        (
            "Pemkab Lebak menetapkan status KLB campak pada Senin (23/11).",
            "Pemkab Lebak menetapkan kejadian luar biasa campak pada Sabtu (21/11).",
            "id",
            ["23/11", "21/11"],
        ),
        (
            "Officials in Lebak declared a measles emergency on Monday, November 23.",
            "A measles outbreak was declared in Lebak on Saturday, November 21.",
            "en",
            ["November 23", "November 21"],
        ),
    ],
)
def test_the_day_name_of_a_date_is_not_a_word_of_what_it_dates(first, second, language, expected):
    assert _found(first, second, language) == [("date", expected)]


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # a time of day is a date value of its own slot, a moment: two moments differ
        (
            "The tunnel collapsed at about 6 a.m. on Saturday in Balatoc village.",
            "The tunnel collapsed at about 4 a.m. on Saturday in Balatoc village.",
            "en",
            [("date", ["6 a.m.", "4 a.m."])],
        ),
        (
            "Gempa bermagnitudo 5,2 mengguncang Kabupaten Lebak pada pukul 03.00 WIB.",
            "Gempa bermagnitudo 5,2 mengguncang Kabupaten Lebak pada pukul 05.30 WIB.",
            "id",
            [("date", ["03.00 WIB", "05.30 WIB"])],
        ),
        # ... one moment in two zones, or in the place's own time, or hedged, is none
        (
            "Gempa bermagnitudo 5,2 mengguncang Kabupaten Lebak pada pukul 03.00 WIB.",
            "Gempa bermagnitudo 5,2 mengguncang Kabupaten Lebak pada 03.00 waktu setempat.",
            "id",
            [],
        ),
        (
            "Gempa bermagnitudo 5,2 mengguncang Kabupaten Lebak pada pukul 03.00 WIB.",
            "Gempa bermagnitudo 5,2 mengguncang Kabupaten Lebak pada pukul 04.00 WITA.",
            "id",
            [],
        ),
        (
            "The tunnel collapsed at about 6 a.m. on Saturday in Balatoc village.",
            "The tunnel collapsed at 6:15 a.m. on Saturday in Balatoc village.",
            "en",
            [],
        ),
        (
            "The tunnel collapsed at 10 p.m. local time on Saturday in Balatoc village.",
            "The tunnel collapsed at 2 p.m. GMT on Saturday in Balatoc village.",
            "en",
            [],
        ),
    ],
)
def test_times_of_day_are_moments(first, second, language, expected):
    assert _found(first, second, language) == expected


@pytest.mark.parametrize(
    "title", ["Kapolresta", "Kapolsek", "Kapolrestabes", "Dandim", "Kasatreskrim", "Danrem", "Camat"]
)
def test_indonesian_police_military_and_district_offices_title_a_person(title):
    found = _found(
        f"{title} Ade Permana mengatakan lima saksi sudah diperiksa.",
        f"{title} Arief Rahman mengatakan lima saksi sudah diperiksa.",
        "id",
    )
    assert found == [("person", ["Ade Permana", "Arief Rahman"])]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [  # a name before a word for a kind of place is that place
        (
            "The worst-hit area was Kutubdia island, where almost every house was flattened, an official said.",
            "The worst-hit area was Moheshkhali island, where almost every house was flattened, an official said.",
            ["Kutubdia", "Moheshkhali"],
        ),
        (
            "Rescuers reached Balatoc village after the tunnel collapsed, the mayor said.",
            "Rescuers reached Ucab village after the tunnel collapsed, the mayor said.",
            ["Balatoc", "Ucab"],
        ),
    ],
)
def test_a_name_before_a_word_for_a_kind_of_place_is_a_place(first, second, expected):
    assert _found(first, second, "en") == [("place", expected)]


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # "an hour" is one hour ...
        (
            "The crush happened at gate 4 of the stadium about an hour before kick-off, according to police.",
            "The crush happened at gate 4 of the stadium about two hours before kick-off, according to police.",
            "en",
            [("number", ["an hour", "two"])],  # the article means nothing alone: its unit is shown with it
        ),
        (
            "The rescue team reached the mine a day after the collapse, the mayor said.",
            "The rescue team reached the mine three days after the collapse, the mayor said.",
            "en",
            [("number", ["a day", "three"])],
        ),
        # ... but "twice a day" is a rate
        (
            "The pumps were checked twice a day at the mine, the mayor said.",
            "The pumps were checked three times a day at the mine, the mayor said.",
            "en",
            [],
        ),
    ],
)
def test_a_or_an_before_a_unit_of_time_is_one(first, second, language, expected):
    assert _found(first, second, language) == expected


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # two outlets' tolls of one day given as floors: a precise floor is the outlet's own count
        (
            "A cyclone struck the coast of Bangladesh on Monday, killing at least 50 people, officials said.",
            "A cyclone struck the coast of Bangladesh on Monday, killing at least 47 people, officials said.",
            "en",
            [("number", ["50", "47"])],
        ),
        (
            "Topan menerjang pesisir tenggara Bangladesh pada Senin dan menewaskan sedikitnya 50 orang.",
            "Topan menerjang pesisir tenggara Bangladesh pada Senin dan menewaskan sedikitnya 47 orang.",
            "id",
            [("number", ["50", "47"])],
        ),
        # two round floors close together say the same ("more than 11,000" / "more than 10,500")
        (
            "More than 11,000 containers of ammunition were shipped last year, officials said.",
            "More than 10,500 containers of ammunition were shipped last year, officials said.",
            "en",
            [],
        ),
    ],
)
def test_two_floors_of_one_count_agree_only_when_round(first, second, language, expected):
    assert _found(first, second, language) == expected


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [  # "half a million", "setengah juta" are 500,000; "a million" is one million
        (
            "About 500,000 people were evacuated to shelters before the storm, officials said.",
            "Nearly half a million people were evacuated to shelters before the storm, officials said.",
            "en",
            [],
        ),
        (
            "About 300,000 people were evacuated to shelters before the storm, officials said.",
            "About half a million people were evacuated to shelters before the storm, officials said.",
            "en",
            [("number", ["300,000", "half a million"])],
        ),
        (
            "The storm left about 3 million people without power, officials said.",
            "The storm left about a million people without power, officials said.",
            "en",
            [("number", ["3 million", "a million"])],
        ),
        (
            "Sekitar 500.000 warga dievakuasi ke tempat pengungsian sebelum badai datang.",
            "Hampir setengah juta warga dievakuasi ke tempat pengungsian sebelum badai datang.",
            "id",
            [],
        ),
        (
            "Sekitar 300.000 warga dievakuasi ke tempat pengungsian sebelum badai datang.",
            "Sekitar setengah juta warga dievakuasi ke tempat pengungsian sebelum badai datang.",
            "id",
            [("number", ["300.000", "setengah juta"])],
        ),
    ],
)
def test_half_a_million_and_a_million_are_read(first, second, language, expected):
    reports = [Report(id="one", outlet="One", text=first), Report(id="two", outlet="Two", text=second)]
    data = to_dict(summarize(reports, Options(language=language, unique=0)))
    assert [(c["kind"], [v["value"] for v in c["values"]]) for c in data["conflicts"]] == expected
    if not expected:  # one count in two notations is no outlet's detail
        assert [u["text"] for u in data["unique"] if u["kind"] == "detail"] == []


def test_a_number_that_counts_times_is_compared_as_a_number_not_as_a_time_of_day():
    """IndoSum's "injury time empat menit" / "talk time hingga lima menit": numbers whose slot holds the word "time"
    crashed the brief when compared as times of day (issue 13's 10,000-article bench)."""
    indonesian, english = analyzer_for("id"), analyzer_for("en")
    four = values("Tambahan injury time empat menit tuntas tanpa gol.", indonesian)[0]
    five = values("Wasit memberi talk time tujuh menit.", indonesian)[0]
    assert four.kind == five.kind == NUMBER and "time" in four.slot & five.slot
    assert not agree(four, five) and agree(four, four)
    clock = values("Pertandingan dimulai pukul 03.00 WIB.", indonesian)[0]
    assert clock.kind == DATE and not agree(four, clock) and not agree(clock, four)
    assert agree(values("at 6 a.m. local time", english)[0], values("at 6:00 a.m. local time", english)[0])
    reports = [
        Report(id="a", outlet="A", text="Wasit memberi injury time empat menit. Liverpool gagal menang."),
        Report(id="b", outlet="B", text="Wasit memberi injury time lima menit. Liverpool gagal menang."),
    ]
    assert to_dict(summarize(reports, Options()))["brief"]
