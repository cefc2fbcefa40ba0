"""The page through Flask's test client: what the HTML carries, form posts without JavaScript, exports."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

import pytest

from tests.conftest import ENGLISH, INJECTION
from web import create_app


class Tags(HTMLParser):
    """Every start tag with its attributes, to check what the browser would run or style."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


@pytest.fixture(scope="module")
def client(seeds_dir):
    return create_app({"TESTING": True, "SEEDS_DIR": str(seeds_dir)}).test_client()


@pytest.fixture(scope="module")
def home(client):
    response = client.get("/")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_home_shows_the_seeds_brief_with_outlet_chips(home):
    sentences = re.findall(r'<li id="f(\d+)">', home)
    assert sentences == [str(n) for n in range(1, 8)]
    for outlet in ("Krjogja.com", "Tribunnews.com", "Unnamed outlet [SB]", "SR28", "Antaranews"):
        assert f">{outlet}</a>" in home  # a chip in some sentence links to that outlet's wording


def test_home_marks_outlet_only_details_and_lists_them_per_outlet(home):
    marks = re.findall(r'<mark class="c(\d)">([^<]+)</mark>', home)
    assert marks, "no outlet-only detail is highlighted"
    sections = home.split('id="only-title"')[1].split("<h3>")
    tribunnews = next(s for s in sections if s.startswith('<span class="chip c1">Tribunnews.com<'))
    assert "11.000" in tribunnews and all("11.000" not in s for s in sections if s is not tribunnews)


def test_coverage_grid_has_a_row_per_brief_fact_and_a_column_per_outlet(home):
    table = home.split('id="coverage-title"')[1].split("</table>")[0]
    assert table.count('<th scope="col"><span class="chip') == 5
    assert len(re.findall(r'<th scope="row"><a href="#f\d+">', table)) == 7
    assert table.count("reported</span>") >= 7


def test_no_inline_script_style_or_handler(home):
    for tag, attrs in tags(home):
        assert not (tag == "script" and not attrs.get("src")), "inline script"
        assert tag != "style" and "style" not in attrs, "inline style"
        assert not any(name.startswith("on") for name in attrs), f"event handler on <{tag}>"


def test_controls_change_the_brief_by_query(client):
    page = client.get("/?length=3&unit=sentences&method=lead").get_data(as_text=True)
    assert len(re.findall(r'<li id="f\d+">', page)) == 3
    assert '<option value="lead" selected>' in page


def test_bad_control_value_is_a_400_page_with_the_message(client):
    response = client.get("/?length=0")
    assert response.status_code == 400
    assert "sentences must be an integer from 1" in response.get_data(as_text=True)


def test_posting_only_controls_redirects_to_a_linkable_address(client):
    response = client.post("/", data={"length": "120", "unit": "words", "method": "tfidf", "language": "auto"})
    assert response.status_code == 303
    assert response.headers["Location"].startswith("/?length=120&unit=words")


def pasted(texts, **extra):
    data = {"text": list(texts), "outlet": ["Wire A", "Wire B"][: len(texts)], "title": "", "published": ""}
    return {**data, "length": "3", "unit": "sentences", "method": "tfidf", "language": "auto", **extra}


def test_pasting_two_reports_shows_their_brief_and_keeps_them_in_the_form(client):
    page = client.post("/", data=pasted(ENGLISH)).get_data(as_text=True)
    assert "Your 2 reports" in page
    assert ">Wire A</a>" in page and ">Wire B</a>" in page
    assert "strategic partnership treaty" in page
    assert page.count("Putin arrived in Pyongyang on Wednesday for a two-day state visit.") >= 2  # brief + textarea


def test_uploaded_files_are_summarised_and_moved_into_the_form(client):
    files = [(io.BytesIO(t.encode()), name) for t, name in zip(ENGLISH, ("a.txt", "b.md"), strict=True)]
    response = client.post("/", data={"files": files, "length": "3", "unit": "sentences"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Your 2 reports" in page
    assert 'name="outlet" form="run" value="a"' in page and 'value="b"' in page


def test_an_upload_is_named_by_its_dateline_outlet_as_the_cli_names_it(client):
    text = "LONDON (Daily Ledger) - The Bank of England raised its main interest rate to 5.25 percent on Thursday.\n"
    files = [(io.BytesIO(text.encode()), "a.txt"), (io.BytesIO(ENGLISH[0].encode()), "b.txt")]
    page = client.post("/", data={"files": files, "length": "3", "unit": "sentences"}).get_data(as_text=True)
    assert 'name="outlet" form="run" value="Daily Ledger"' in page and 'value="b"' in page


def test_binary_upload_is_a_400_page_that_keeps_the_pasted_text(client):
    data = {**pasted(ENGLISH[:1]), "files": [(io.BytesIO(b"\x00\x01PK" * 50), "x.zip")]}
    response = client.post("/", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "x.zip: looks like a binary file" in page
    assert ">" + ENGLISH[0] + "</textarea>" in page


def test_bad_option_in_the_form_keeps_the_pasted_text(client):
    response = client.post("/", data=pasted(ENGLISH, length="0"))
    assert response.status_code == 400 and ENGLISH[1] + "</textarea>" in response.get_data(as_text=True)


def test_a_request_over_the_size_limit_is_a_413_page(seeds_dir):
    client = create_app({"TESTING": True, "SEEDS_DIR": str(seeds_dir), "MAX_CONTENT_LENGTH": 2000}).test_client()
    response = client.post("/", data={"files": [(io.BytesIO(b"word " * 1000), "big.txt")]})
    assert response.status_code == 413 and response.mimetype == "text/html"


def test_pasted_text_without_sentences_is_a_422_page(client):
    response = client.post("/", data=pasted(["Home | Menu", "Login"]))
    assert response.status_code == 422 and 'role="alert"' in response.get_data(as_text=True)


def test_article_text_is_escaped(client):
    page = client.post("/", data=pasted([INJECTION, ENGLISH[0]])).get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_exports_of_the_seeds_by_link(client):
    data = json.loads(client.get("/brief.json?length=4&unit=sentences").get_data(as_text=True))
    assert len(data["brief"]) == 4
    markdown = client.get("/brief.md?length=4&unit=sentences")
    assert markdown.mimetype == "text/markdown" and markdown.get_data(as_text=True).startswith("# Brief")


def test_exports_of_pasted_reports_by_form_post(client):
    data = client.post("/brief.json", data=pasted(ENGLISH)).get_json()
    assert [d["outlet"] for d in data["documents"]] == ["Wire A", "Wire B"]
    markdown = client.post("/brief.md", data=pasted(ENGLISH)).get_data(as_text=True)
    assert "*(Wire A, Wire B)*" in markdown


@pytest.mark.parametrize("path", ["/brief.json?length=0", "/brief.json?method=nope", "/api"])
def test_json_addresses_answer_errors_in_json(client, path):
    response = client.get(path)
    assert 400 <= response.status_code < 500 and response.mimetype == "application/json"
    assert response.get_json()["error"]["message"]


def test_unknown_page_is_an_html_404(client):
    response = client.get("/nothing")
    assert response.status_code == 404 and response.mimetype == "text/html"


def h1_count(html: str) -> int:
    return sum(1 for tag, _ in tags(html) if tag == "h1")


def test_one_pasted_report_is_worded_as_one(client):
    page = client.post("/", data=pasted(ENGLISH[:1])).get_data(as_text=True)
    assert "Your report," in page and "Your 1 reports" not in page
    assert "Every fact is reported by more than one outlet" not in page
    assert "no other outlet to compare it with" in page


def test_an_empty_summarise_is_a_400_page_with_an_h1_not_the_sample(client):
    response = client.post("/", data={"action": "summarise", "text": "", "length": "7", "unit": "sentences"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "paste the text of at least one report" in page
    assert h1_count(page) == 1 and "The bundled sample" not in page


def test_every_page_state_has_one_h1(client):
    for response in (client.get("/"), client.get("/?length=0"), client.post("/", data=pasted(ENGLISH))):
        assert h1_count(response.get_data(as_text=True)) == 1


def test_coverage_rows_are_labelled_with_the_sentence(home):
    rows = re.findall(r'<th scope="row"><a href="#f\d+">(.*?)</th>', home)
    assert rows and all('class="gist"' in row and re.search(r"\w{3,}", row.split("gist")[1]) for row in rows)


def test_twelve_outlets_get_twelve_colours_all_styled(client):
    documents = [f"Outlet {n} reports that Kim met Putin in Pyongyang on Wednesday {n}." for n in range(12)]
    page = client.post("/", data=pasted(documents)).get_data(as_text=True)
    chips = set(re.findall(r'class="chip (c\d+)"', page))
    assert len(chips) == 12
    response = client.get("/static/style.css")
    css = response.get_data(as_text=True)
    response.close()
    assert all(f".{c} " in css and f".dot.{c} " in css for c in chips)


def test_an_uploaded_html_page_has_its_title_once(client):
    html = (
        "<html><head><title>Putin visits Pyongyang</title></head><body><article><h1>Putin visits Pyongyang</h1>"
        f"<p>{ENGLISH[0]}</p></article></body></html>"
    )
    files = [(io.BytesIO(html.encode()), "a.html"), (io.BytesIO(ENGLISH[1].encode()), "b.txt")]
    page = client.post("/", data={"files": files}).get_data(as_text=True)
    textarea = re.search(r'<textarea id="text-1"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    assert "Putin visits Pyongyang" not in textarea
    assert 'value="Putin visits Pyongyang"' in page


def test_no_interactive_element_inside_a_summary(home):
    summaries = re.findall(r"<summary>(.*?)</summary>", home, re.S)
    assert summaries and not any(re.search(r"<(a|button|input|select|textarea)\b", s) for s in summaries)


def test_every_chip_link_in_the_brief_points_at_an_outlets_wording(client):
    import re

    page = client.get("/").get_data(as_text=True)
    ids = re.findall(r'id="(f\d+-\d+)"', page)
    assert len(ids) == len(set(ids))  # one anchor per outlet and fact
    targets = set(re.findall(r'class="chip c\d+" href="#(f\d+-\d+)"', page))
    assert targets and targets <= set(ids)


def test_every_language_in_the_menu_has_a_name(home):
    options = re.findall(r'<option value="([a-z]+)"[^>]*>([^<]*)</option>', home)
    languages = {value: label for value, label in options if value == "auto" or len(value) == 2}
    assert len(languages) > 30 and languages["yi"] == "Yiddish" and languages["auto"] == "detect"
    assert all(label.strip() for label in languages.values())
