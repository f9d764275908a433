# ollama-openapi developer commands. `make test` and `make demo` install what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The frameworks (langchain-ollama, llama-index) bring orjson and more: their tests get a venv of their own.
VENV_FW := .venv-frameworks
GEN_PKG := generated/ollama_openapi_generated
LINT_DIRS := $(wildcard overlays maintainer tests scripts bench examples)

.PHONY: help install generate check-generated lint test test-fast test-deps test-frameworks test-py310 test-live demo bench fuzz spec-drift spec-audit spec-history api-changes examples clean

## List the targets with what each does (this list).
help:
	@awk '/^## /{ if (doc == "") doc = substr($$0, 4); gsub(/\$$\$$/, "$$", doc); next } \
		/^[A-Za-z0-9_-]+:/ { if (doc != "") { split($$0, name, ":"); printf "  %-17s %s\n", name[1], doc } } \
		{ doc = "" }' $(MAKEFILE_LIST)

## Create .venv and install the package with its development tools (the other targets do it first).
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,fake]'
	touch $@

## Regenerate generated/ (models, client methods, derived sync client) and docs/api.md from the spec.
generate: install
	scripts/generate.sh $(GEN_PKG)

## Fail when generated/ or docs/api.md differ from a fresh generation (shows the differing lines).
check-generated: install
	@tmp=$$(mktemp -d); \
	scripts/generate.sh $$tmp/ollama_openapi_generated $$tmp/api.md && \
	diff -ru -x __pycache__ -x .ruff_cache $$tmp/ollama_openapi_generated $(GEN_PKG) && \
	diff -u $$tmp/api.md docs/api.md; \
	rc=$$?; rm -rf $$tmp; \
	if [ $$rc -ne 0 ]; then echo "generated code is stale: run 'make generate' and commit the result"; fi; \
	exit $$rc

## ruff check, ruff format --check, mypy --strict and import-linter.
lint: install
	$(BIN)/ruff check $(LINT_DIRS)
	$(BIN)/ruff format --check $(LINT_DIRS)
	$(BIN)/mypy overlays maintainer tests bench $(wildcard examples)
	$(BIN)/lint-imports --no-cache --no-logo

## Everything CI runs first: check-generated, lint, then the whole test suite and the frameworks (tests/frameworks in .venv-frameworks).
test: check-generated lint $(VENV_FW)/.installed
	$(BIN)/pytest
	$(VENV_FW)/bin/pytest tests/frameworks -p no:cacheprovider


## langchain-ollama and llama-index (the `frameworks` extra) on this package against the fake, in .venv-frameworks.
test-frameworks: $(VENV_FW)/.installed
	$(VENV_FW)/bin/pytest tests/frameworks -p no:cacheprovider

$(VENV_FW)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV_FW)
	$(VENV_FW)/bin/python -m pip install --quiet --upgrade pip
	$(VENV_FW)/bin/python -m pip install --quiet -e '.[fake,frameworks]'
	touch $@

## The inner loop: the unit and client tests only, no lint (about a minute on an idle 2-core machine).
test-fast: install
	$(BIN)/pytest tests/unit tests/client -q -p no:cacheprovider -p no:schemathesis

## The client, fault and stream suites with the oldest and newest release of each runtime dependency.
## The releases are in tests/deps/oldest.txt and newest.txt; each end gets its own venv (.venv-deps-*).
test-deps:
	PYTHON=$(PYTHON) scripts/test-deps.sh

PY310 = $(shell scripts/find-python.sh 3.10)
VENV310 := .venv310

## The suite on Python 3.10, the oldest supported version, in .venv310.
## Skipped, saying so, without a Python 3.10; Schemathesis and the wheel build need 3.11 and run in `make test`).
test-py310:
	@if [ -z "$(PY310)" ]; then echo "test-py310 skipped: no working Python 3.10 found"; \
	else $(MAKE) --no-print-directory $(VENV310)/.installed && \
	$(VENV310)/bin/pytest -q -p no:cacheprovider \
		--ignore=tests/fake/test_fake_schemathesis.py --ignore=tests/packaging; fi

$(VENV310)/.installed: pyproject.toml tests/requirements-py310.txt
	$(PY310) -m venv $(VENV310)
	$(VENV310)/bin/python -m pip install --quiet --upgrade pip
	$(VENV310)/bin/python -m pip install --quiet -e '.[fake]' -r tests/requirements-py310.txt
	touch $@

## The contract tests and the openai/anthropic SDK scenarios against a real Ollama at $$OLLAMA_HOST.
## Skipped, with the reason, when none answers.
test-live: install
	$(BIN)/pytest tests/contract tests/compat tests/peers -m live -rs

## Fields a real Ollama at $$OLLAMA_HOST sends that the spec lacks (exit 1 on drift); RECORDED=1 checks tests/data/recorded.
spec-drift: install
	$(PY) -m ollama_openapi.spec_drift $(if $(RECORDED),--recorded tests/data/recorded,$(if $(OLLAMA_HOST),--host $(OLLAMA_HOST),))

## Differences between openapi/ollama.yaml and Ollama's Go source: make spec-audit OLLAMA_SRC=<checkout>.
## All routes, /v1 included: fields, types, nullability, required; exit 1 on any difference.
spec-audit:
	@if [ -z "$(OLLAMA_SRC)" ]; then \
		echo "spec-audit needs Ollama's source: make spec-audit OLLAMA_SRC=<a checkout of github.com/ollama/ollama>" >&2; \
		exit 2; fi
	@$(MAKE) --no-print-directory install
	PYTHONPATH=maintainer $(PY) -m ollama_openapi_maintainer.audit --ollama-src "$(OLLAMA_SRC)" --spec openapi/ollama.yaml --include-v1

## Write x-ollama-since / x-ollama-removed / x-ollama-enum-since into openapi/ollama.yaml from every
## release tag: make spec-history OLLAMA_SRC=<a clone of ollama/ollama with its tags> (cache: .cache/).
spec-history:
	@if [ -z "$(OLLAMA_SRC)" ]; then \
		echo "spec-history needs a clone with tags: make spec-history OLLAMA_SRC=<a clone of github.com/ollama/ollama>" >&2; \
		exit 2; fi
	@$(MAKE) --no-print-directory install
	PYTHONPATH=maintainer $(PY) -m ollama_openapi_maintainer.history --ollama-src "$(OLLAMA_SRC)" --spec openapi/ollama.yaml --cache-dir .cache/spec-history


## What the Ollama releases after FROM up to TO added and removed, by operation (from the spec's
## x-ollama-since / x-ollama-removed): make api-changes FROM=v0.20.0 TO=v0.33.0
api-changes: install
	@if [ -z "$(FROM)" ] || [ -z "$(TO)" ]; then \
		echo "usage: make api-changes FROM=<older release> TO=<newer release>, e.g. FROM=v0.20.0 TO=v0.33.0" >&2; \
		exit 2; fi
	$(BIN)/ollama-openapi api-changes "$(FROM)" "$(TO)"

## Benchmarks against the official client and raw httpx (results in bench/results/; not part of `make test`).
bench: install
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) -m bench
	$(PY) -m bench.decoders

## The fault suite at full volume: 10,000 abandoned streams per variant, 48,000 fuzzed documents (~8 min).
fuzz: install
	OLLAMA_OPENAPI_HEAVY=1 $(BIN)/pytest tests/faults -q

## Run every example against a fake server.
examples: install
	$(BIN)/pytest tests/examples -q

## The demo: against the Ollama at $$OLLAMA_HOST when one answers, else against the fake server.
demo: install
	$(PY) -m ollama_openapi.demo

## Remove the virtual environments and the tools' caches.
clean:
	rm -rf $(VENV) $(VENV310) $(VENV_FW) .venv-deps-oldest .venv-deps-newest .mypy_cache .ruff_cache .pytest_cache
