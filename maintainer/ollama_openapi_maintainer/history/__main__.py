"""``python -m ollama_openapi_maintainer.history``: see `ollama_openapi_maintainer.history.cli`."""

import sys

from ollama_openapi_maintainer.history.cli import main

sys.exit(main())
