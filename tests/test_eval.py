"""Evaluation: data set readers, ROUGE conventions, and `summarizer eval` end to end on the documented JSONL."""

from __future__ import annotations

import json

import pytest

from summarizer.cli import main
from summarizer.datasets import detokenize, read_clusters, read_systems
from summarizer.evaluate import cut, paired, rouge, scorer_for, stat
from tests.conftest import ENGLISH

REFERENCE = "Putin arrived in Pyongyang for a state visit and signed a strategic partnership treaty with Kim."


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def dataset(tmp_path):
    return write_jsonl(
        tmp_path / "set.jsonl",
        [
            {"id": "c1", "documents": ENGLISH, "references": [REFERENCE], "language": "en"},
            {"id": "c2", "documents": [{"text": ENGLISH[1], "outlet": "B"}], "references": [REFERENCE, "Putin came."]},
        ],
    )


def test_indosum_tokens_are_joined_back_with_paired_quotes():
    tokens = [
        "Ia",
        "berkata",
        ",",
        '"',
        "kami",
        "datang",
        "(",
        "besok",
        ")",
        ".",
        '"',
        "Harga",
        "naik",
        "5.999,25",
        "persen",
        ".",
    ]
    assert detokenize(tokens) == 'Ia berkata, "kami datang (besok)." Harga naik 5.999,25 persen.'


def test_the_three_formats_are_told_by_their_keys(tmp_path):
    ours = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "documents": ["T."], "references": ["R."]}])
    tac = write_jsonl(
        tmp_path / "b.jsonl",
        [{"topic": "M1", "language": "english", "docs": [{"docid": "d", "text": "T."}], "references": [{"text": "R"}]}],
    )
    indosum = write_jsonl(
        tmp_path / "c.jsonl", [{"id": "i", "paragraphs": [[["A", "b", "."], ["C", "."]]], "summary": [["A", "b", "."]]}]
    )
    assert read_clusters(ours)[0].documents[0].text == "T."
    assert read_clusters(tac)[0].language == "en" and read_clusters(tac)[0].id == "M1"
    cluster = read_clusters(indosum)[0]
    assert cluster.documents[0].text == "A b. C." and cluster.references == ("A b.",) and cluster.language == "id"


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "not valid JSON"),
        ('{"documents": [], "references": ["r"]}', "non-empty list"),
        ('{"documents": ["t"], "references": []}', "references"),
        ('{"text": "t"}', "not a cluster"),
        ('{"system": "ID1", "topic": "M0", "text": "t"}', "--systems"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_bad_data_sets_are_one_line_errors(tmp_path, capsys, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    assert main(["eval", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: ") and message in err and err.count("\n") == 1


def test_cut_is_by_whitespace_words():
    assert cut("a b  c\nd e", 3) == "a b c" and cut("a b", None) == "a b" and cut("a b", 5) == "a b"


def test_several_references_are_averaged_not_maxed():
    scorer = scorer_for("en")
    one, other = rouge(scorer, [REFERENCE], REFERENCE), rouge(scorer, ["Something else entirely."], REFERENCE)
    both = rouge(scorer, [REFERENCE, "Something else entirely."], REFERENCE)
    assert one["rouge2_recall"] == 1.0
    assert both["rouge2_recall"] == pytest.approx((one["rouge2_recall"] + other["rouge2_recall"]) / 2)


def test_english_is_stemmed_and_other_scripts_keep_their_words():
    assert rouge(scorer_for("en"), ["leaders signed"], "leader signs")["rouge1_recall"] == 1.0
    assert rouge(scorer_for("id"), ["Путин прибыл"], "Путин прибыл")["rouge1_recall"] == 1.0


def test_other_languages_are_scored_by_whole_words_not_letters():
    # Same letters, other words: no unigram or bigram in common (scored by letters, both would be 1.0).
    assert rouge(scorer_for("id"), ["harga naik"], "hari ngarag")["rouge1_recall"] == 0.0
    assert rouge(scorer_for("fr"), ["la police a fouillé six maisons"], "six maisons")["rouge2_recall"] == 0.2
    assert scorer_for("hi")._tokenizer.tokenize("भारत की राजधानी") == ["भारत", "की", "राजधानी"]


def test_confidence_interval_holds_the_mean_and_is_deterministic():
    values = [0.1, 0.4, 0.35, 0.2, 0.5, 0.3]
    first = stat(values)
    assert first.low <= first.mean <= first.high and first == stat(values)
    assert first.mean == pytest.approx(30.83, abs=0.01)


def test_paired_difference_is_ours_minus_theirs_on_the_clusters_both_scored():
    ours = {f"c{i}": 0.30 + 0.01 * i for i in range(20)}
    behind = {f"c{i}": 0.25 + 0.01 * i for i in range(20)}
    result = paired("lead", ours, behind)
    assert result.clusters == 20 and (result.wins, result.losses) == (20, 0)
    assert result.difference.mean == pytest.approx(5.0) and result.ahead
    # differences of either sign around zero: not ahead, though every single cluster differs
    mixed = {f"c{i}": ours[f"c{i}"] + (0.02 if i % 2 else -0.02) for i in range(20)}
    level = paired("lead", ours, mixed)
    assert (level.wins, level.losses) == (10, 10) and level.difference.low < 0 < level.difference.high
    assert not level.ahead
    # a system that summarised only some clusters is compared on those alone
    partial = paired("S1", ours, {"c0": 0.5, "c7": 0.1, "elsewhere": 0.9})
    assert partial.clusters == 2 and (partial.wins, partial.losses) == (1, 1)
    assert partial.difference.mean == pytest.approx(((0.30 - 0.5) + (0.37 - 0.1)) / 2 * 100)
    assert not paired("S2", ours, {"c3": 0.0}).ahead  # one cluster: no interval to be ahead of


def test_eval_cli_prints_the_table_and_writes_outputs(dataset, tmp_path, capsys):
    out = tmp_path / "out"
    plot = tmp_path / "chart.png"
    args = [
        "eval",
        str(dataset),
        "--words",
        "20",
        "--method",
        "tfidf",
        "lead",
        "--output",
        str(out),
        "--plot",
        str(plot),
    ]
    assert main(args) == 0
    table = capsys.readouterr().out
    first = table.split("\n\n")[1]  # the scores; the paired comparison follows
    rows = [line for line in first.splitlines() if line.startswith("| ") and "method" not in line]
    assert [r.split(" | ")[0] for r in rows] == ["| tfidf (ours)", "| lead"]
    results = json.loads((out / "results.json").read_text())
    assert results["clusters"] == 2 and {r["name"] for r in results["rows"]} == {"tfidf", "lead"}
    summaries = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert len(summaries) == 4 and all(len(s["summary"].split()) <= 20 for s in summaries)
    assert (out / "results.md").read_text() == table
    assert "paired bootstrap" in table and "| lead | 2 | " in table
    assert [p["name"] for p in results["paired"]] == ["lead"] and results["paired"][0]["clusters"] == 2
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_eval_scores_existing_systems_the_same_way(dataset, tmp_path, capsys):
    systems = write_jsonl(
        tmp_path / "systems.jsonl",
        [
            {"system": "S1", "topic": "c1", "text": REFERENCE + " extra words " * 50},
            {"system": "S1", "topic": "c2", "text": "x"},
        ],
    )
    assert read_systems(systems) == {"S1": {"c1": REFERENCE + " extra words " * 50, "c2": "x"}}
    assert main(["eval", str(dataset), "--words", "15", "--method", "lead", "--systems", str(systems)]) == 0
    table = capsys.readouterr().out
    assert "| S1 * |" in table and "existing summaries" in table
    assert "paired" not in table  # ours was not run: nothing to compare with
    assert main(["eval", str(dataset), "--words", "15", "--method", "tfidf", "--systems", str(systems)]) == 0
    assert "| S1 | 2 | " in capsys.readouterr().out


def test_eval_limit_and_sentences(dataset, capsys):
    assert main(["eval", str(dataset), "--limit", "1", "--sentences", "1", "--method", "lead"]) == 0
    assert "1 clusters, summaries of 1 sentences" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["--limit", "0"], ["--words", "0"], ["--sentences", "0"]])
def test_eval_bad_numbers_are_one_line_errors(dataset, args, capsys):
    assert main(["eval", str(dataset), *args]) == 2
    assert capsys.readouterr().err.startswith("summarizer: error: --")


@pytest.mark.parametrize("args", [["--method", "magic"], ["--words", "5", "--sentences", "1"]])
def test_eval_bad_usage_exits_2(dataset, args):
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", str(dataset), *args])
    assert exit_info.value.code == 2


def test_eval_missing_data_set(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "none.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_scoring_language_comes_from_the_cluster_so_all_rows_are_scored_alike(tmp_path, capsys):
    rows = [
        {"id": "he", "documents": ["פוטין הגיע לפיונגיאנג ביום רביעי.", "פוטין הגיע."], "references": ["פוטין הגיע."]}
    ]
    path = write_jsonl(tmp_path / "he.jsonl", rows)
    systems = write_jsonl(tmp_path / "s.jsonl", [{"system": "S", "topic": "he", "text": "פוטין הגיע."}])
    assert main(["eval", str(path), "--method", "lead", "--systems", str(systems), "--sentences", "1"]) == 0
    out = capsys.readouterr().out
    assert "| S * | 100.00" in out and "Clusters in he" in out  # Hebrew: no Snowball stemmer
    english = write_jsonl(tmp_path / "en.jsonl", [{"id": "e", "documents": ENGLISH, "references": ["leaders signs"]}])
    systems = write_jsonl(tmp_path / "t.jsonl", [{"system": "T", "topic": "e", "text": "leader signed"}])
    assert main(["eval", str(english), "--method", "lead", "--systems", str(systems), "--words", "5"]) == 0
    assert "| T * | 100.00" in capsys.readouterr().out  # identified as English: Porter-stemmed
