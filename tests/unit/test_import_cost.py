"""`import ollama_openapi` stays cheap: httpx and ssl are loaded only when a client needs them."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, sys
import ollama_openapi
from ollama_openapi.errors import OllamaError, ResponseError, ClientClosedError
after_import = sorted(name for name in ("httpx", "ssl") if name in sys.modules)
from ollama_openapi._http.error_mapping import map_transport_error
after_mapper = sorted(name for name in ("httpx", "ssl") if name in sys.modules)
print(json.dumps({"import": after_import, "mapper": after_mapper, "name": map_transport_error.__name__}))
"""


def test_import_loads_neither_httpx_nor_ssl() -> None:
    # A fresh interpreter: this test process has long imported both.
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(done.stdout)
    assert loaded["import"] == []
    # map_transport_error is still importable from errors, and brings httpx with it.
    assert loaded["mapper"] == ["httpx", "ssl"]
    assert loaded["name"] == "map_transport_error"
