"""``python -m ollama_openapi_maintainer.audit``: see `ollama_openapi_maintainer.audit.cli`."""

import sys

from ollama_openapi_maintainer.audit.cli import main

sys.exit(main())
