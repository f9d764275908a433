"""Settings for the whole suite.

Clients made without ``server_checks=`` take ``OLLAMA_OPENAPI_SERVER_CHECKS``: the suite turns the
checks off by default, so that the many tests that count a call's requests (or script a server's
answers in order) see the call's request only, not the one ``GET /api/version`` a checking client
adds. tests/client/test_server_checks.py and the README example test the checks with explicit modes
and without the variable. Set it before running pytest to run the suite with the checks on.
"""

from __future__ import annotations

import os

os.environ.setdefault("OLLAMA_OPENAPI_SERVER_CHECKS", "off")
