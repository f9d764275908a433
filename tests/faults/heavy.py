"""The opt-in for the heavy runs of the fault suite (``make fuzz``).

``OLLAMA_OPENAPI_HEAVY=1`` turns on the full volumes: 10,000 abandoned streams per variant and 10,000+
fuzzed responses. The default run uses small volumes that finish in seconds on a 2-core CI machine.
"""

from __future__ import annotations

import os

__all__ = ["HEAVY", "scale"]

HEAVY = os.environ.get("OLLAMA_OPENAPI_HEAVY", "") == "1"


def scale(default: int, heavy: int) -> int:
    """``heavy`` under the opt-in, else ``default``."""
    return heavy if HEAVY else default
