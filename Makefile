# Two entry points, each setting itself up on a fresh machine:
#   make run   — install, run the pipeline on corpus/ and the constructed articles, print the scores against the gold
#   make test  — install, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test layout-eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/claims run corpus --out claims.jsonl --explain claims.explain.tsv
	$(BIN)/claims eval --gold annotations/gold --pred claims.jsonl --events
	$(BIN)/claims run tests/data/constructed --out claims.constructed.jsonl --no-progress
	$(BIN)/claims eval --gold annotations/constructed/gold --pred claims.constructed.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest

layout-eval: $(STAMP)
	$(BIN)/python -m tools.factory.measure

clean:
	rm -rf $(VENV) claims.jsonl claims.explain.tsv claims.constructed.jsonl
