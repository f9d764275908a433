#!/usr/bin/env bash
# The client, fault and stream suites with the oldest and the newest release of each runtime
# dependency's supported range (tests/deps/oldest.txt, tests/deps/newest.txt), each in its own venv
# (.venv-deps-oldest, .venv-deps-newest). Usage: scripts/test-deps.sh [oldest|newest]...
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
ends=("$@")
[ ${#ends[@]} -eq 0 ] && ends=(oldest newest)
# The drop-in names and /v1 SDK tests need ollama/openai/anthropic, which need newer httpx releases;
# the reveal_type test of structured output runs mypy, a dev tool whose result no runtime range changes.
ignored=(--ignore=tests/client/test_dropin_names.py --ignore=tests/client/test_v1.py
    --ignore=tests/client/test_structured_types.py)
for end in "${ends[@]}"; do
    pins="tests/deps/$end.txt"
    venv=".venv-deps-$end"
    stamp="$venv/.installed"
    if [ ! -f "$stamp" ] || [ "$stamp" -ot "$pins" ] || [ "$stamp" -ot pyproject.toml ] || [ "$stamp" -ot tests/deps/tools.txt ]; then
        rm -rf "$venv"
        "$PYTHON" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --upgrade pip
        "$venv/bin/python" -m pip install --quiet -e '.[fake]' -r tests/deps/tools.txt -c "$pins" -r "$pins"
        touch "$stamp"
    fi
    echo "== $end: $("$venv/bin/python" -m pip list 2>/dev/null | grep -iE '^(httpx|httpcore|attrs|python-dateutil) ' | tr -s ' ' | paste -sd, -)"
    echo "   (skipping tests/client/test_dropin_names.py and test_v1.py: the ollama, openai and anthropic SDKs need newer httpx releases; test_structured_types.py: it runs mypy)"
    started=$(date +%s)
    "$venv/bin/pytest" tests/client tests/faults tests/unit/test_httpx_internals.py -q -p no:cacheprovider "${ignored[@]}"
    echo "== $end: passed in $(( $(date +%s) - started )) s"
done
