#!/usr/bin/env bash
# Print the path of a working Python interpreter of version $1 (e.g. 3.10), or nothing.
# A pyenv shim on PATH may exist without working, so each candidate is run before it is trusted.
set -u
version="$1"
for candidate in "python$version" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$version".*/bin/python"$version"; do
    if path=$(command -v "$candidate" 2>/dev/null) && "$path" -c 'import sys, venv' >/dev/null 2>&1; then
        echo "$path"
        exit 0
    fi
done
