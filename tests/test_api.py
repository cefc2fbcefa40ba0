"""The JSON API through Flask's test client; every response is validated against the served OpenAPI document."""

from __future__ import annotations

import json
import threading

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_spec

from summarizer.options import build_options
from tests.conftest import ENGLISH
from web import create_app
from web.service import MAX_DOCUMENTS


@pytest.fixture(scope="module")
def app(seeds_dir):
    return create_app({"TESTING": True, "SEEDS_DIR": str(seeds_dir)})


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def spec(client):
    return client.get("/api/openapi.json").get_json()


def conforms(spec, response, path, method="get"):
    """Assert the response is documented for its path, method and status, and matches the schema."""
    operation = spec["paths"][path][method]
    documented = operation["responses"].get(str(response.status_code))
    assert documented is not None, f"{method.upper()} {path} {response.status_code} is not in the OpenAPI document"
    schema = documented["content"][response.mimetype]["schema"]
    validator = jsonschema.Draft202012Validator({**schema, "components": spec["components"]})
    validator.validate(response.get_json())
    return response.get_json()


def test_openapi_document_is_valid_and_lists_every_api_route(app, spec):
    validate_spec(spec)
    routes = {rule.rule for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")}
    assert routes == set(spec["paths"])


def test_health(client, spec):
    body = conforms(spec, client.get("/api/health"), "/api/health")
    assert body["status"] == "ok" and "tfidf" in body["methods"] and body["seeds"] is True


def test_get_summary_is_the_seeds_brief_with_query_options(client, spec):
    body = conforms(spec, client.get("/api/summary?sentences=4&method=lead"), "/api/summary")
    assert len(body["brief"]) == 4 and body["method"] == "lead"
    assert {d["outlet"] for d in body["documents"]} >= {"Tribunnews.com", "Antaranews"}


@pytest.mark.parametrize("query", ["sentences=0", "method=magic", "sentences=3&words=50", "colour=red", "fill=maybe"])
def test_get_summary_bad_query_is_400(client, spec, query):
    response = client.get(f"/api/summary?{query}")
    assert response.status_code == 400
    assert conforms(spec, response, "/api/summary")["error"]["code"] == "bad_request"


def test_get_summary_without_seeds_is_404(spec, tmp_path):
    client = create_app({"TESTING": True, "SEEDS_DIR": str(tmp_path / "missing")}).test_client()
    response = client.get("/api/summary")
    assert response.status_code == 404 and conforms(spec, response, "/api/summary")["error"]["code"] == "not_found"


def test_post_summary_attributes_shared_facts_to_both_outlets(client, spec):
    documents = [{"text": ENGLISH[0], "outlet": "Wire A"}, {"text": ENGLISH[1], "outlet": "Wire B", "title": "T"}]
    response = client.post("/api/summary", json={"documents": documents, "options": {"sentences": 3}})
    body = conforms(spec, response, "/api/summary", "post")
    assert body["language"] == "en" and len(body["brief"]) <= 3
    treaty = [b for b in body["brief"] if "treaty" in b["text"]]
    assert treaty and treaty[0]["outlets"] == ["Wire A", "Wire B"]
    assert any(u["outlet"] == "Wire B" and "11,000" in u["text"] for u in body["unique"])


def test_post_summary_accepts_plain_strings(client, spec):
    body = conforms(spec, client.post("/api/summary", json={"documents": ENGLISH}), "/api/summary", "post")
    assert [d["id"] for d in body["documents"]] == ["doc1", "doc2"]


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"documents": []},
        {"documents": "text"},
        {"documents": [42]},
        {"documents": [{"outlet": "no text"}]},
        {"documents": [{"text": "x", "author": "y"}]},
        {"documents": [{"text": "x", "outlet": 5}]},
        {"documents": ENGLISH, "options": {"sentences": "many"}},
        {"documents": ENGLISH, "options": {"method": "magic"}},
        {"documents": ENGLISH, "options": []},
        {"documents": ENGLISH, "extra": 1},
    ],
)
def test_post_bad_fields_are_400(client, spec, body):
    response = client.post("/api/summary", json=body)
    assert response.status_code == 400, response.get_json()
    assert conforms(spec, response, "/api/summary", "post")["error"]["message"]


def test_post_bad_json_is_400(client, spec):
    response = client.post("/api/summary", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert "JSON" in conforms(spec, response, "/api/summary", "post")["error"]["message"]


def test_post_wrong_content_type_is_415(client, spec):
    response = client.post("/api/summary", data=json.dumps({"documents": ENGLISH}), content_type="text/plain")
    assert response.status_code == 415
    assert conforms(spec, response, "/api/summary", "post")["error"]["code"] == "unsupported_media_type"


def test_post_too_many_documents_is_413(client, spec):
    response = client.post("/api/summary", json={"documents": ["A sentence here."] * (MAX_DOCUMENTS + 1)})
    assert response.status_code == 413
    assert str(MAX_DOCUMENTS) in conforms(spec, response, "/api/summary", "post")["error"]["message"]


def test_post_larger_than_max_content_length_is_413(seeds_dir, spec):
    client = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 1000}).test_client()
    response = client.post("/api/summary", json={"documents": ["word " * 400]})
    assert response.status_code == 413
    assert conforms(spec, response, "/api/summary", "post")["error"]["code"] == "payload_too_large"


def test_post_without_usable_text_is_422(client, spec):
    response = client.post("/api/summary", json={"documents": ["Menu", "Home | Berita | Login"]})
    assert response.status_code == 422
    assert conforms(spec, response, "/api/summary", "post")["error"]["code"] == "no_usable_text"


def test_unknown_api_path_and_method_are_json(client):
    assert client.get("/api/nothing").get_json()["error"]["code"] == "not_found"
    response = client.delete("/api/summary")
    assert response.status_code == 405 and response.get_json()["error"]["code"] == "method_not_allowed"
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "POST"}
    assert response.mimetype == "application/json"


def test_options_schema_states_the_rules_the_server_enforces(spec):
    options = jsonschema.Draft202012Validator({**spec["components"]["schemas"]["Options"]})
    assert options.is_valid({"words": 100, "fill": True}) and options.is_valid({"sentences": 3})
    assert not options.is_valid({"sentences": 3, "words": 100})
    assert not options.is_valid({"fill": True})


def test_internal_error_is_one_json_line_without_traceback(app, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("web.api.summary_json", broken)
    response = app.test_client().post("/api/summary", json={"documents": ENGLISH})
    assert response.status_code == 500
    body = response.get_json()
    assert set(body) == {"error"} and body["error"]["code"] == "internal_error"
    assert "boom" not in response.get_data(as_text=True) and "Traceback" not in response.get_data(as_text=True)


def test_security_headers_on_api_and_page(client):
    for path in ("/api/health", "/"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "unsafe-inline" not in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"


def test_concurrent_requests_give_the_same_answers_as_serial_ones(app):
    """Threads share only immutable caches: each answer equals the one computed alone."""
    bodies = [{"documents": ENGLISH, "options": {"sentences": n}} for n in (1, 2, 3)] + [
        {"documents": list(reversed(ENGLISH)), "options": {"method": m}} for m in ("lead", "lexrank", "tfidf")
    ]
    client = app.test_client()
    expected = [client.post("/api/summary", json=b).get_json() for b in bodies]
    results: dict[int, object] = {}

    def call(i: int) -> None:
        results[i] = app.test_client().post("/api/summary", json=bodies[i % len(bodies)]).get_json()

    threads = [threading.Thread(target=call, args=(i,)) for i in range(4 * len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results[i] == expected[i % len(bodies)] for i in range(len(threads)))


def test_a_caller_changing_its_answer_does_not_change_the_next_one(app):
    from web.service import seeds_summary

    with app.app_context():  # the brief cache is the app's
        first = seeds_summary(app.config["SEEDS_DIR"], build_options({}))
        first["brief"].clear()
        assert seeds_summary(app.config["SEEDS_DIR"], build_options({}))["brief"]


def test_post_summary_lists_conflicts_in_the_documented_shape(client, spec):
    from tests.test_conflicts import QUAKE

    documents = [{"text": r.text, "outlet": r.outlet} for r in QUAKE]
    response = client.post("/api/summary", json={"documents": documents, "options": {"language": "en"}})
    body = conforms(spec, response, "/api/summary", "post")
    assert sorted(v["value"] for c in body["conflicts"] for v in c["values"]) == sorted(
        ["6.1", "6.3", "12", "15", "45 million", "48 million"]
    )
    assert sum(b["conflict"] for b in body["brief"]) == 3


def test_a_detected_language_without_a_two_letter_code_conforms(client, spec):
    """py3langid answers some short texts with ISO 639-3 codes ("bcl" here; schemathesis once met "crh")."""
    response = client.post("/api/summary", json={"documents": ["Putin arrived in Pyongyang on Wednesday."]})
    assert response.status_code == 200
    assert len(conforms(spec, response, "/api/summary", "post")["language"]) == 3
