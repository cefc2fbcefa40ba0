"""The CLI through main([...]): output formats, options, and one-line errors with exit status 2."""

import json
import re
import subprocess
import sys

import pytest

from summarizer.cli import build_parser, main

BODY = "Presiden Rusia tiba di Pyongyang pada Rabu pagi.\nIa disambut oleh pemimpin Korea Utara di bandara.\n"


def test_brief_text_lists_outlets_and_only_in(seeds_dir, capsys):
    assert main(["brief", str(seeds_dir)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^ 1\. ", out, re.M)
    assert "— " in out and "Only in Tribunnews.com" in out


def test_brief_json_contract(seeds_dir, capsys):
    assert main(["brief", str(seeds_dir), "--format", "json", "--sentences", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"version", "language", "method", "documents", "facts", "brief", "unique"}
    assert len(data["brief"]) == 3
    assert set(data["brief"][0]) >= {"fact", "text", "document", "sentence", "documents", "outlets", "score"}
    assert set(data["unique"][0]) >= {"document", "outlet", "text", "kind", "sentence", "score"}


def test_markdown_format(seeds_dir, capsys):
    assert main(["brief", str(seeds_dir), "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Brief\n")


def test_stdin_dash(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode())))
    assert main(["brief", "-", "--language", "id"]) == 0
    assert "Presiden Rusia" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["brief", "does-not-exist"],
        ["brief", "{seeds}", "--sentences", "0"],
        ["brief", "{seeds}", "--fill"],
        ["brief", "{empty}"],
    ],
)
def test_errors_are_one_line_with_status_2(args, seeds_dir, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    args = [a.format(seeds=seeds_dir, empty=tmp_path / "empty") for a in args]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1


def test_only_one_report_has_no_outlet_only_section(tmp_path, capsys):
    path = tmp_path / "one.txt"
    path.write_text(BODY)
    assert main(["brief", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Only in" not in out and "Presiden Rusia" in out


def test_identical_reports_share_everything(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(BODY)
    assert main(["brief", str(tmp_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unique"] == []
    assert all(item["documents"] == ["a", "b"] for item in data["brief"])


def test_report_without_sentences(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Iklan\n\nMenu\n")
    assert main(["brief", str(tmp_path)]) == 2
    assert "no sentences" in capsys.readouterr().err


def test_python_dash_m_is_the_same_cli(seeds_dir):
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", str(seeds_dir), "--sentences", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.count("\n    — ") == 2


def test_every_command_and_option_is_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # argparse keeps them here
    for name, sub in commands.items():
        assert f"summarizer {name}" in readme, name
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, f"{name} {flag}"


def test_a_thousand_reports(tmp_path, capsys):
    for n in range(1000):
        (tmp_path / f"r{n:04d}.txt").write_text(
            f"Pejabat kota nomor {n} meresmikan jembatan baru di distrik {n % 37}.\n"
            "Presiden Rusia tiba di Pyongyang pada Rabu pagi dan disambut pemimpin Korea Utara.\n"
        )
    assert main(["brief", str(tmp_path), "--format", "json", "--sentences", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["documents"]) == 1000
    assert any(len(item["documents"]) == 1000 for item in data["brief"])


def test_english_reports_end_to_end(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(
        "WASHINGTON (Reuters) - The president arrived in Pyongyang on Wednesday for a two-day state visit.\n"
        "It is the first visit by a Russian leader to North Korea since 2000, officials said.\n"
        "The two leaders are expected to sign a partnership agreement covering security.\n"
    )
    (tmp_path / "b.txt").write_text(
        "LONDON (AP) - The Russian president arrived in Pyongyang on Wednesday for a state visit.\n"
        "Officials said it was the first visit by a Russian leader to North Korea since 2000.\n"
        "Crowds lined the streets of the capital, waving flags and holding 3,000 balloons.\n"
    )
    assert main(["brief", str(tmp_path), "--format", "json", "--unique", "0"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == "en"
    assert {d["outlet"] for d in data["documents"]} == {"Reuters", "AP"}
    first = [b for b in data["brief"] if "since 2000" in b["text"]]
    assert len(first) == 1 and first[0]["outlets"] == ["Reuters", "AP"]
    assert any(u["outlet"] == "AP" and "3,000" in u["text"] for u in data["unique"])


def test_serve_refuses_a_missing_seeds_directory(tmp_path, capsys):
    assert main(["serve", "--seeds", str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err.strip() == f"summarizer: error: {tmp_path / 'missing'}: no such directory"


@pytest.mark.parametrize("words", [25, 40, 100, 250])
def test_fill_gives_exactly_n_whitespace_words(seeds_dir, capsys, words):
    assert main(["brief", str(seeds_dir), "--words", str(words), "--fill", "--format", "json"]) == 0
    brief = json.loads(capsys.readouterr().out)["brief"]
    assert sum(len(item["text"].split()) for item in brief) == words


def test_words_without_fill_takes_whole_sentences_within_the_budget(seeds_dir, capsys):
    assert main(["brief", str(seeds_dir), "--words", "100", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    sentences = {s for d in data["documents"] for s in d["sentences"]}
    assert sum(len(item["text"].split()) for item in data["brief"]) <= 100
    assert all(item["text"] in sentences for item in data["brief"])


@pytest.mark.parametrize("args, message", [(["--port", "99999"], "--port must be"), (["--threads", "0"], "--threads")])
def test_serve_refuses_bad_numbers(args, message, capsys):
    assert main(["serve", *args]) == 2
    assert capsys.readouterr().err.startswith(f"summarizer: error: {message}")


def test_serve_on_a_taken_port_is_a_one_line_error(capsys):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"summarizer: error: cannot listen on 127.0.0.1:{port}") and err.count("\n") == 1
