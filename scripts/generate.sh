#!/usr/bin/env bash
# Generates from openapi/ollama.yaml: the models package into the directory given as $1 (its
# basename must be ollama_openapi_generated), and into the package directory $2 (default:
# overlays/ollama_openapi) the methods of AsyncClient (_async/operations.py, whose _sync twin
# scripts/unasync.py then derives) and the module-level functions (functions.py); without $2, also
# the API reference docs/api.md (scripts/generate_api_docs.py).
# Used by `make generate` and `make check-generated`.
set -euo pipefail
out=${1:?usage: scripts/generate.sh OUTPUT_DIR [PACKAGE_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
package=${2:-$root/overlays/ollama_openapi}
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
# The spec travels with the package (as JSON, readable without PyYAML) for runtime discovery.
"$venv_bin/python" "$root/scripts/spec_to_json.py" "$root/openapi/ollama.yaml" "$out/openapi.json"
: > "$out/py.typed"
rm -rf "$out/.ruff_cache"
"$venv_bin/python" "$root/scripts/generate_methods.py" "$root/openapi/ollama.yaml" "$out" "$package"
if [ -z "${2:-}" ]; then
  "$venv_bin/python" "$root/scripts/unasync.py"
  # The API reference (docs/api.md; `make check-generated` runs it with --check).
  "$venv_bin/python" "$root/scripts/generate_api_docs.py" "$root/openapi/ollama.yaml" "$out" "$root/docs/api.md"
fi
