# Set-up and everyday tasks. `make run` and `make test` work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench load-bench eval measure-stemmers measure-comparison measure-conflicts clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,semantic]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed  ## print the merged brief of the bundled seed reports, then serve the page
	$(BIN)/summarizer brief seeds/
	@echo
	$(BIN)/summarizer serve --host 127.0.0.1 --port 8000 --seeds seeds

test: $(VENV)/.installed-test  ## lint, type-check, then the whole test suite
	$(BIN)/ruff check summarizer web tests scripts
	$(BIN)/ruff format --check summarizer web tests scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(VENV)/.installed  ## speed and memory figures beside sumy's LexRank
	$(BIN)/summarizer bench seeds --sizes 100 1000 10000

load-bench: $(VENV)/.installed  ## 50 clients POSTing to `summarizer serve` on loopback for 30 s
	$(BIN)/python scripts/load_bench.py --clients 50 --seconds 30

eval: $(VENV)/.installed-test  ## ROUGE tables on TAC 2011 English and IndoSum dev (needs ../shared/eval)
	$(BIN)/summarizer eval ../shared/eval/tac2011/english.jsonl --words 250 --name "TAC 2011 English" \
	    --systems ../shared/eval/tac2011/english_systems.jsonl --output eval/tac --plot eval/tac.png
	$(BIN)/summarizer eval ../shared/eval/indosum/dev.01.jsonl --sentences 3 --name "IndoSum dev" \
	    --output eval/indosum --plot eval/indosum.png

measure-comparison: $(VENV)/.installed  ## comparison figures: dev set and MSRP (needs ../shared/eval)
	$(BIN)/python scripts/measure_comparison.py

measure-stemmers: | $(BIN)/python  ## ROUGE of Indonesian stemmers on IndoSum (needs ../shared/eval)
	$(BIN)/python -m pip install --quiet -e ".[eval]"
	$(BIN)/python scripts/measure_stemmers.py 200

measure-conflicts: $(VENV)/.installed  ## recall on injected disagreements, false alarms (needs ../shared/eval)
	$(BIN)/python scripts/measure_conflicts.py --indosum 30 --tac english

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache eval
