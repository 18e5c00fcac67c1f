# newsevents: `make run` (the embedded demo) and `make test` (everything CI runs).
# Both create .venv and install what they need; only Python 3.11 and make are assumed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# `make models` rebuilds the NER and topic models from ../shared/corpora (build-time extras).
.PHONY: models install compile uncompile run run-once test lint typecheck unit agents integration schemas clean soak

# The stage modules compiled by mypyc (scripts/compile_stages.py), rebuilt when a source changes.
# Without a C compiler the build is skipped with one line and the stages run interpreted.
STAGE_SOURCES := $(filter-out pipeline/stages/__init__.py pipeline/stages/types.py,$(wildcard pipeline/stages/*.py))
COMPILED := pipeline/stages/compiled.json

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

$(COMPILED): $(STAMP) $(STAGE_SOURCES) pipeline/compiled.py scripts/compile_stages.py
	$(BIN)/python scripts/compile_stages.py || true

install: $(STAMP) $(COMPILED)

compile: $(COMPILED)

uncompile:
	$(BIN)/python scripts/compile_stages.py --remove

run: install
	$(BIN)/newsevents run

run-once: install
	$(BIN)/newsevents run --once

lint: install
	$(BIN)/ruff check pipeline tests $(wildcard scripts) $(wildcard bench)

typecheck: install
	$(BIN)/mypy

schemas: install
	$(BIN)/newsevents schemas

unit: install
	$(BIN)/pytest -q tests/unit

agents: install
	$(BIN)/pytest -q tests/agents

integration: install
	$(BIN)/pytest -q tests/integration

test: install lint typecheck
	$(BIN)/newsevents schemas --check
	$(BIN)/pytest -q

soak: install
	$(BIN)/python bench/soak.py --minutes 10

clean:
	rm -rf $(VENV) .run .pytest_cache .mypy_cache .ruff_cache
	rm -f $(COMPILED) pipeline/stages/*.so

models: install
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[train]'
	$(BIN)/python scripts/train_ner.py
	$(BIN)/python scripts/train_topics.py --corpora ../shared/corpora
