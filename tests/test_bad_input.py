"""Hostile input gets a 4xx JSON error or exit 2 with one line, never a 500 or a traceback (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.cli import main
from summarizer.errors import OptionsError
from summarizer.options import Options, build_options
from summarizer.segment import CHUNK_CHARS as MAX_PIECE_CHARS
from summarizer.segment import split_paragraph
from tests.conftest import ENGLISH
from web import create_app

OPTION_NAMES = ("sentences", "words", "fill", "unique", "language", "method")
# JSON-like scalars, with the digits and signs that broke str.isdigit() -> int().
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["²", "፩", "٣", "--5", "-0", "+3", " 7 ", "9" * 5000, "1_000", "0x10", "\ud800"]),
)


@pytest.fixture(scope="module")
def client(seeds_dir):
    return create_app({"TESTING": True, "SEEDS_DIR": str(seeds_dir)}).test_client()


def assert_json_4xx(response, status=400):
    assert response.status_code == status, response.get_data(as_text=True)[:200]
    message = response.get_json()["error"]["message"]
    assert message and "\n" not in message


@pytest.mark.parametrize("value", ["²", "፩", "--5", "--1", "9" * 5000, "-" * 3 + "7", "1_000"])
def test_odd_digits_are_an_options_error(value):
    with pytest.raises(OptionsError, match="^sentences must be"):
        build_options({"sentences": value})


def test_a_huge_integer_is_refused_in_a_short_message():
    with pytest.raises(OptionsError) as caught:
        build_options({"unique": 10**5000})
    assert len(str(caught.value)) < 120


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(OPTION_NAMES) | st.text(max_size=8), SCALARS, max_size=4))
def test_build_options_gives_options_or_an_options_error(values):
    try:
        options = build_options(values)
    except OptionsError as error:
        assert "\n" not in str(error)
        str(error).encode("utf-8")  # printable on any terminal, even for a lone surrogate
    else:
        assert isinstance(options, Options)


@pytest.mark.parametrize(
    "query", ["sentences=%C2%B2", "sentences=--5", "unique=%E1%8D%A9", "words=" + "9" * 5000, "method=%ED%A0%80"]
)
def test_odd_query_values_are_400(client, query):
    assert_json_4xx(client.get(f"/api/summary?{query}"))


@pytest.mark.parametrize(
    "body",
    [
        b'{"documents": ["Kim met Putin."], "options": {"sentences": "--1"}}',
        b"[" * 100_000,
        b'{"documents": ["Kim met Putin."], "options": {"sentences": ' + b"9" * 5000 + b"}}",
        b'{"documents": ["Kim met Putin."], "options": {"sentences": ' + b"9" * 4000 + b"}}",
        b'{"documents": ["x"]}\xff',
    ],
    ids=["double-minus", "deep-nesting", "5000-digits", "4000-digits", "not-utf8"],
)
def test_bad_bodies_are_400(client, body):
    assert_json_4xx(client.post("/api/summary", data=body, content_type="application/json"))


@pytest.mark.parametrize("field", ["text", "outlet", "title", "url", "published"])
def test_a_lone_surrogate_in_a_document_field_is_400(client, field):
    document = {"text": ENGLISH[0], field: "A\ud800B"}
    body = json.dumps({"documents": [document, ENGLISH[1]]})  # json.dumps escapes it as \ud800
    response = client.post("/api/summary", data=body, content_type="application/json")
    assert_json_4xx(response)
    assert field in response.get_json()["error"]["message"]


def test_one_huge_paragraph_is_cut_into_pieces_for_punkt():
    paragraph = "Kim met Putin in Pyongyang on Wednesday afternoon. " * (3 * MAX_PIECE_CHARS // 50)
    sentences = split_paragraph(paragraph, "en")
    assert len(sentences) == paragraph.count(".")
    assert all(s == "Kim met Putin in Pyongyang on Wednesday afternoon." for s in sentences)


def test_a_long_paragraph_without_sentence_ends_stays_one_sentence():
    paragraph = "word " * (MAX_PIECE_CHARS // 2)
    assert split_paragraph(paragraph, "en") == [paragraph.strip()]


def test_an_empty_seeds_directory_is_no_seeds(tmp_path):
    client = create_app({"TESTING": True, "SEEDS_DIR": str(tmp_path)}).test_client()
    assert client.get("/api/health").get_json()["seeds"] is False
    assert_json_4xx(client.get("/api/summary"), 404)
    page = client.get("/")
    assert page.status_code == 200 and b"<form" in page.data


def _one_line_exit_2(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1
    return err


def test_an_unreadable_directory_exits_2(tmp_path, monkeypatch, capsys):
    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)  # tests may run as root, who reads any directory
    assert "Permission denied" in _one_line_exit_2(["brief", str(tmp_path)], capsys)


def test_an_unreadable_manifest_exits_2(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(ENGLISH[0])
    (tmp_path / "manifest.toml").write_text("[reports]\n")
    real = Path.read_bytes

    def refuse(self):
        if self.name == "manifest.toml":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert "manifest.toml: cannot read" in _one_line_exit_2(["brief", str(tmp_path)], capsys)


def test_an_unreadable_report_exits_2(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(ENGLISH[0])

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert "a.txt: cannot read" in _one_line_exit_2(["brief", str(tmp_path / "a.txt")], capsys)


@pytest.mark.parametrize(
    "argv",
    [
        ["brief", "seeds", "--sentences", "²"],
        ["brief", "seeds", "--sentences", "--5"],
        ["brief", "seeds", "--unique", "9" * 5000],
        ["brief", "seeds", "--method", "magic"],
        ["brief"],
        ["frobnicate"],
        ["serve", "--port", "x"],
        [],
    ],
)
def test_bad_cli_arguments_are_one_line_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1 and len(err) < 300


# Request bodies: anything JSON can say, and things shaped like a request with odd values in every field.
JSON_VALUES = st.recursive(
    SCALARS | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
DOCUMENTS = st.lists(
    st.one_of(
        st.sampled_from(ENGLISH),
        JSON_VALUES,
        st.fixed_dictionaries(
            {"text": st.sampled_from(ENGLISH) | SCALARS},
            optional={name: SCALARS for name in ("outlet", "title", "url", "published", "extra")},
        ),
    ),
    max_size=3,
)
BODIES = st.one_of(
    JSON_VALUES,
    st.fixed_dictionaries(
        {"documents": DOCUMENTS},
        optional={"options": st.dictionaries(st.sampled_from(OPTION_NAMES), SCALARS, max_size=3) | JSON_VALUES},
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(BODIES)
def test_any_request_body_is_answered_without_a_5xx(client, body):
    data = json.dumps(body).encode()
    response = client.post("/api/summary", data=data, content_type="application/json")
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    if response.status_code != 200:
        assert response.get_json()["error"]["message"]


def test_another_method_is_a_documented_405_with_allow(client):
    spec = client.get("/api/openapi.json").get_json()
    response = client.delete("/api/health")
    assert_json_4xx(response, 405)
    assert "GET" in response.headers["Allow"]
    assert "405" in spec["paths"]["/api/health"]["get"]["responses"]
