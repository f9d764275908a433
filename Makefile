# ollama-openapi developer commands. `make test` and `make demo` install what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
GEN_PKG := generated/ollama_openapi_generated
LINT_DIRS := $(wildcard overlays tests scripts bench examples)

.PHONY: install generate check-generated lint test test-live demo bench fuzz spec-drift examples clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,fake]'
	touch $@

## Regenerate the client package from openapi/ollama.yaml (never edit generated/ by hand).
generate: install
	scripts/generate.sh $(GEN_PKG)

## Fail when generated/ differs from a fresh generation.
check-generated: install
	@tmp=$$(mktemp -d); \
	scripts/generate.sh $$tmp/ollama_openapi_generated && \
	diff -ru -x __pycache__ $$tmp/ollama_openapi_generated $(GEN_PKG); \
	rc=$$?; rm -rf $$tmp; \
	if [ $$rc -ne 0 ]; then echo "generated/ is stale: run 'make generate' and commit the result"; fi; \
	exit $$rc

lint: install
	$(BIN)/ruff check $(LINT_DIRS)
	$(BIN)/ruff format --check $(LINT_DIRS)
	$(BIN)/mypy overlays tests bench $(wildcard examples)

test: check-generated lint
	$(BIN)/pytest

## The contract tests against a real Ollama at $$OLLAMA_HOST (skipped, with the reason, when none answers).
test-live: install
	$(BIN)/pytest tests/contract tests/compat -m live -rs

## Fields a real Ollama at $$OLLAMA_HOST sends that the spec lacks (exit 1 on drift); RECORDED=1 checks tests/data/recorded.
spec-drift: install
	$(PY) -m ollama_openapi.spec_drift $(if $(RECORDED),--recorded tests/data/recorded,$(if $(OLLAMA_HOST),--host $(OLLAMA_HOST),))

## Benchmarks against the official client and raw httpx (results in bench/results/; not part of `make test`).
bench: install
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) -m bench

## The fault suite at full volume: 10,000 abandoned streams per variant, 48,000 fuzzed documents (~8 min).
fuzz: install
	OLLAMA_OPENAPI_HEAVY=1 $(BIN)/pytest tests/faults -q

## Run every example against a fake server.
examples: install
	$(BIN)/pytest tests/examples -q

demo: install
	$(PY) -m ollama_openapi.demo

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
