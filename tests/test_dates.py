import pytest

from summarizer.cli import main
from summarizer.dates import parse_published
from summarizer.errors import InputError
from summarizer.models import Report
from summarizer.pipeline import summarize
from tests.conftest import ENGLISH


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04", "2025-03-04"),
        ("20250304", "2025-03-04"),
        ("2025-03-04T10:30:00Z", "2025-03-04T10:30:00Z"),
        ("2025-03-04T10:30:00+07:00", "2025-03-04T03:30:00Z"),
        ("2025-03-04 10:30", "2025-03-04T10:30:00"),
    ],
)
def test_iso_dates_are_normalised(value, expected):
    assert parse_published(value, "a") == expected


@pytest.mark.parametrize("value", ["yesterday", "2025-13-45", "4 March 2025", "2025-02-30"])
def test_other_dates_are_a_clear_input_error(value):
    with pytest.raises(InputError, match="a: published must be an ISO 8601 date"):
        parse_published(value, "a")


def test_story_order_follows_real_dates_across_formats():
    later = Report(id="later", text=ENGLISH[0], published="2025-03-05")
    earlier = Report(id="earlier", text=ENGLISH[1], published="2025-03-04T23:00:00+00:00")
    summary = summarize([later, earlier])
    published = {d.id: d.published for d in summary.corpus.documents}
    assert published == {"later": "2025-03-05", "earlier": "2025-03-04T23:00:00Z"}
    order = [summary.corpus.documents[summary.corpus.refs[item.sentence].document].id for item in summary.brief]
    assert order == sorted(order, key=lambda doc: published[doc])


def test_bad_published_in_a_manifest_exits_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ENGLISH[0])
    (tmp_path / "manifest.toml").write_text('[reports."a.txt"]\npublished = "yesterday"\n')
    assert main(["brief", str(tmp_path)]) == 2
    assert "published must be an ISO 8601 date" in capsys.readouterr().err


def test_bad_published_in_the_api_is_400():
    from web import create_app

    client = create_app({"TESTING": True}).test_client()
    documents = [{"text": text, "published": "2025-13-45"} for text in ENGLISH]
    response = client.post("/api/summary", json={"documents": documents})
    assert response.status_code == 400
    assert "published must be" in response.get_json()["error"]["message"]
