# kg-builder: two commands on a fresh machine need only python3 and make.
#   make run    create .venv, install, build the graph from seeds/, serve it on 127.0.0.1:8000
#   make test   install (with test tools), run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: help install run build serve test test-tools eval bench lint clean train-pairs

help:
	@echo "make run      install, build the seed graph into data/store, serve it on http://$(HOST):$(PORT)"
	@echo "make test     install, then run the tests (pytest)"
	@echo "make eval     score the extractor on the seed and the dev set (needs ../shared)"
	@echo "make bench    run the benchmarks under bench/"
	@echo "make train-pairs  retrain the learned relation fallback from ontologies/training/"
	@echo "make lint     ruff and mypy"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP)

build: install
	$(BIN)/kg build seeds/

serve: install
	$(BIN)/kg serve --host $(HOST) --port $(PORT)

# the build is idempotent: a document already in the store is replaced, not duplicated
run: build
	@exec $(BIN)/kg serve --host $(HOST) --port $(PORT)

# jing validates GEXF against the official schema; graphology-gexf is the parser Gephi Lite uses
test-tools:
	@command -v jing >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		(apt-get install -y -qq jing >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq jing >/dev/null)) ; } || \
		echo "note: jing is not installed and could not be; the GEXF schema test will skip"
	@if [ -f tests/js/package.json ] && command -v npm >/dev/null 2>&1 && [ ! -d tests/js/node_modules ]; then \
		(cd tests/js && npm ci --silent --no-audit --no-fund >/dev/null) || echo "note: npm ci in tests/js failed"; fi

test: install test-tools
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/kg eval ../shared/eval/000_daee0570d8bd31b4.gold.json ../shared/eval/dev/*.gold.json

# the learned fallback of the relation rules: a model per language from the project's own annotated
# articles; thresholds and skipped predicates were chosen on fresh annotated articles the model had not seen
# (docs/extraction.md)
train-pairs: install
	$(BIN)/kg train-pairs --lang de ontologies/training/de --threshold 0.75 --skip ceoOf
	$(BIN)/kg train-pairs --lang en ontologies/training/en --threshold 0.7 --skip ceoOf

bench: install
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

lint: install
	$(BIN)/ruff check kg api tests bench
	$(BIN)/mypy kg api

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
