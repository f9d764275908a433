#!/usr/bin/env bash
# Generates the client package from openapi/ollama.yaml into the directory given as $1
# (its basename must be ollama_openapi_generated). Used by `make generate` and `make check-generated`.
set -euo pipefail
out=${1:?usage: scripts/generate.sh OUTPUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
venv_bin=${VENV_BIN:-$root/.venv/bin}
rm -rf "$out"
mkdir -p "$(dirname "$out")"
# The ruff post-hooks must find the pinned ruff first on PATH.
PATH="$venv_bin:$PATH" "$venv_bin/openapi-python-client" generate \
  --path "$root/openapi/ollama.yaml" \
  --config "$root/generator-config.yaml" \
  --custom-template-path "$root/templates" \
  --meta none --output-path "$out" --overwrite --fail-on-warning >/dev/null
# The spec travels with the package (as JSON, readable without PyYAML) for runtime discovery.
"$venv_bin/python" "$root/scripts/spec_to_json.py" "$root/openapi/ollama.yaml" "$out/openapi.json"
: > "$out/py.typed"
rm -rf "$out/.ruff_cache"
