"""What only shows across processes: output independent of PYTHONHASHSEED, and a light start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS

HEAVY = ("sklearn", "sumy", "scipy", "numpy", "nltk", "flask", "trafilatura")


def _brief(method: str, hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    command = [sys.executable, "-m", "summarizer", "brief", str(SEEDS), "--method", method, "--format", "json"]
    result = subprocess.run([*command, "--unique", "0"], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return result.stdout


def test_lsa_is_the_same_under_any_hash_seed():
    first, second = _brief("lsa", "1"), _brief("lsa", "2")
    assert json.loads(first)["method"] == "lsa"
    assert first == second


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["brief", "--help"], ["serve", "--help"]])
def test_version_and_help_do_not_import_the_heavy_libraries(argv):
    code = (
        "import sys\n"
        "from summarizer.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stderr.strip().splitlines()[-1] == "[]"
