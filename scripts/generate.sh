#!/usr/bin/env bash
# Generates from openapi/ollama.yaml the whole generated package into the directory given as $1
# (its basename must be ollama_openapi_generated): the models (openapi-python-client with
# templates/), the spec as openapi.json, the methods of AsyncClient and the module-level functions
# (scripts/generate_methods.py), and _sync/, derived from every _async/ module (scripts/unasync.py).
# Then the API reference from the same reading of the spec: into $2 (default docs/api.md).
# Used by `make generate` (into generated/) and `make check-generated` (into a temporary directory).
set -euo pipefail
out=${1:?usage: scripts/generate.sh OUTPUT_DIR [API_DOCS]}
root=$(cd "$(dirname "$0")/.." && pwd)
api_docs=${2:-$root/docs/api.md}
venv_bin=${VENV_BIN:-$root/.venv/bin}
rm -rf "$out"
mkdir -p "$(dirname "$out")"
# The ruff post-hooks must find the pinned ruff first on PATH.
PATH="$venv_bin:$PATH" "$venv_bin/openapi-python-client" generate \
  --path "$root/openapi/ollama.yaml" \
  --config "$root/generator-config.yaml" \
  --custom-template-path "$root/templates" \
  --meta none --output-path "$out" --overwrite --fail-on-warning >/dev/null
# The endpoint layer is ours (generate_methods.py below): drop openapi-python-client's.
rm -rf "$out/api" "$out/client.py" "$out/errors.py"
"$venv_bin/python" "$root/scripts/mark_generated.py" "$out"
# The spec travels with the package (as JSON, readable without PyYAML) for runtime discovery.
"$venv_bin/python" "$root/scripts/spec_to_json.py" "$root/openapi/ollama.yaml" "$out/openapi.json"
: > "$out/py.typed"
rm -rf "$out/.ruff_cache"
"$venv_bin/python" "$root/scripts/generate_methods.py" "$root/openapi/ollama.yaml" "$out"
"$venv_bin/python" "$root/scripts/unasync.py" "$out"
rm -rf "$out/.ruff_cache"
"$venv_bin/python" "$root/scripts/generate_api_docs.py" "$root/openapi/ollama.yaml" "$out" "$api_docs"
