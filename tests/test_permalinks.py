"""Permalinks of pasted results: stored by content in SQLite, with JSON and Markdown twins, bounded, expiring."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ENGLISH
from web import create_app
from web.permalinks import KEY_LENGTH, MAX_AGE_DAYS, MAX_BYTES, Permalinks


@pytest.fixture
def client(tmp_path):
    return create_app({"TESTING": True, "SEEDS_DIR": "", "PERMALINK_DB": str(tmp_path / "links.db")}).test_client()


def pasted(texts, length="3"):
    return {"text": list(texts), "outlet": ["Wire A", "Wire B"], "title": "", "published": "", "length": length}


def permalink_of(client, data) -> str:
    page = client.post("/", data=data).get_data(as_text=True)
    match = re.search(r'<a href="(/b/[0-9a-f]+)" rel="bookmark">Permalink</a>', page)
    assert match, "a pasted result shows its permalink"
    return match.group(1)


def test_a_pasted_result_has_a_permalink_with_json_and_markdown_twins(client):
    address = permalink_of(client, pasted(ENGLISH))
    page = client.get(address)
    assert page.status_code == 200 and "strategic partnership treaty" in page.get_data(as_text=True)
    assert "Your 2 reports" in page.get_data(as_text=True)
    data = client.get(address + ".json").get_json()
    assert [d["outlet"] for d in data["documents"]] == ["Wire A", "Wire B"]
    markdown = client.get(address + ".md")
    assert markdown.mimetype == "text/markdown" and "Wire A" in markdown.get_data(as_text=True)


def test_the_address_is_the_content(client):
    assert permalink_of(client, pasted(ENGLISH)) == permalink_of(client, pasted(ENGLISH))
    assert permalink_of(client, pasted(ENGLISH)) != permalink_of(client, pasted(ENGLISH, length="2"))


@pytest.mark.parametrize("key", ["0" * KEY_LENGTH, "x" * KEY_LENGTH, "abc", "0" * KEY_LENGTH + ".txt"])
def test_unknown_or_malformed_addresses_are_404(client, key):
    assert client.get(f"/b/{key}").status_code == 404
    twin = client.get(f"/b/{key}.json")
    assert twin.status_code == 404 and twin.get_json()["error"]["code"] == "not_found"


def test_entries_expire_and_oversized_ones_are_not_kept(tmp_path):
    store = Permalinks(tmp_path / "links.db")
    key = store.save("a" * 64, b'{"x": 1}', now=1000.0)
    assert key == "a" * KEY_LENGTH and json.loads(store.load(key, now=1000.0)) == {"x": 1}
    assert store.load(key, now=1000.0 + MAX_AGE_DAYS * 86400 + 1) is None
    assert store.save("b" * 64, b"x" * (MAX_BYTES + 1)) is None


def test_an_unwritable_store_still_shows_the_result(tmp_path):
    (tmp_path / "file").write_text("")
    client = create_app({"TESTING": True, "SEEDS_DIR": "", "PERMALINK_DB": str(tmp_path / "file" / "x.db")})
    response = client.test_client().post("/", data=pasted(ENGLISH))
    assert response.status_code == 200 and "Permalink" not in response.get_data(as_text=True)
