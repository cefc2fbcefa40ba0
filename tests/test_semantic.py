"""The optional semantic matcher (`matcher: semantic`): what it adds, what it leaves alone, and its errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summarizer import Options, summarize, to_dict
from summarizer import semantic as semantic_module
from summarizer.cli import main
from summarizer.errors import OptionsError
from summarizer.models import Report
from summarizer.options import build_options
from summarizer.pipeline import analyse
from tests.conftest import ENGLISH, report
from web import create_app

needs_extra = pytest.mark.skipif(not semantic_module.available(), reason='the "semantic" extra is not installed')

# One fact in two wordings that share no content word but the number.
MISSING = "The plane went missing with 228 people on board."
VANISHED = "The aircraft carrying 228 passengers and crew vanished."
PARAPHRASED = [
    report("Officials gave no further details on Tuesday.", MISSING),
    report(VANISHED, "The investigation will take months, a minister said."),
]


def _stated_by(matcher: str) -> dict[str, tuple[int, ...]]:
    """Each claim of the two reports -> the other reports that state it."""
    analysis = analyse([Report(id=f"r{n}", text=t) for n, t in enumerate(PARAPHRASED)], Options(matcher=matcher))
    corpus, alignment = analysis.data.corpus, analysis.alignment
    return {corpus.texts[c.sentence][c.start : c.end]: c.documents for claims in alignment.claims for c in claims}


@needs_extra
def test_semantic_matches_a_paraphrase_the_lexical_matcher_misses():
    lexical, semantic = _stated_by("lexical"), _stated_by("semantic")
    assert lexical[MISSING] == () and lexical[VANISHED] == ()
    assert semantic[MISSING] == (1,) and semantic[VANISHED] == (0,)
    # Unrelated lines stay unmatched.
    assert semantic["Officials gave no further details on Tuesday."] == ()


@needs_extra
def test_a_paraphrased_fact_is_no_longer_listed_as_one_outlets_own():
    def only(matcher: str) -> set[str]:
        data = to_dict(summarize(PARAPHRASED, Options(unique=0, matcher=matcher)))
        return {u["text"] for u in data["unique"]}

    assert MISSING in only("lexical") and VANISHED in only("lexical")
    assert MISSING not in only("semantic") and VANISHED not in only("semantic")


@needs_extra
def test_non_english_sets_fall_back_to_the_lexical_matcher_with_a_warning(seeds_reports):
    lexical = to_dict(summarize(seeds_reports, Options(unique=0)))
    semantic = to_dict(summarize(seeds_reports, Options(unique=0, matcher="semantic")))
    extra = [w for w in semantic["warnings"] if w not in lexical["warnings"]]
    assert extra == ["matcher semantic is English only: claims matched by words for language id"]
    assert {**semantic, "warnings": []} == {**lexical, "warnings": []}


def test_the_lexical_matcher_never_embeds(monkeypatch):
    def refuse(texts):
        raise AssertionError("the lexical matcher must not embed")

    monkeypatch.setattr(semantic_module, "embed", refuse)
    assert to_dict(summarize(ENGLISH, Options(matcher="lexical"))) == to_dict(summarize(ENGLISH, Options()))


def test_cli_start_up_imports_no_torch():
    code = "import sys, summarizer.cli, summarizer.pipeline; print('torch' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.fixture
def without_extra(monkeypatch):
    monkeypatch.setattr(semantic_module, "find_spec", lambda name: None)


def test_missing_extra_is_an_options_error(without_extra):
    with pytest.raises(OptionsError, match='needs the "semantic" extra'):
        build_options({"matcher": "semantic"})
    assert build_options({"matcher": "lexical"}).matcher == "lexical"


def test_missing_extra_in_the_cli_is_one_line_and_exit_2(without_extra, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ENGLISH[0], encoding="utf-8")
    assert main(["brief", str(tmp_path), "--matcher", "semantic"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and 'pip install "summarizer[semantic]"' in err and "Traceback" not in err


def test_missing_extra_in_the_api_is_400_json(without_extra, seeds_dir):
    client = create_app({"TESTING": True, "SEEDS_DIR": str(seeds_dir)}).test_client()
    response = client.post("/api/summary", json={"documents": ENGLISH, "options": {"matcher": "semantic"}})
    assert response.status_code == 400
    assert 'needs the "semantic" extra' in response.get_json()["error"]["message"]


@needs_extra
def test_the_api_takes_the_matcher_option(seeds_dir):
    client = create_app({"TESTING": True, "SEEDS_DIR": str(seeds_dir)}).test_client()
    spec = client.get("/api/openapi.json").get_json()
    assert spec["components"]["schemas"]["Options"]["properties"]["matcher"]["enum"] == ["lexical", "semantic"]
    listed = {}
    for matcher in ("lexical", "semantic"):
        body = {"documents": PARAPHRASED, "options": {"unique": 0, "matcher": matcher}}
        response = client.post("/api/summary", json=body)
        assert response.status_code == 200
        listed[matcher] = {u["text"] for u in response.get_json()["unique"]}
    assert MISSING in listed["lexical"] and MISSING not in listed["semantic"]
