"""Open every module openapi-python-client wrote with the project's one-line generated marker.

Usage: mark_generated.py GENERATED_PACKAGE_DIR (run by scripts/generate.sh right after the generator)
"""

from __future__ import annotations

import sys
from pathlib import Path

MARKER = (
    "# @generated from openapi/ollama.yaml by openapi-python-client (templates/): "
    "do not edit; run `make generate`.\n"
)


def main() -> int:
    package = Path(sys.argv[1])
    for path in sorted(package.rglob("*.py")):
        text = path.read_text("utf-8")
        if not text.startswith("# @generated"):
            path.write_text(MARKER + text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
