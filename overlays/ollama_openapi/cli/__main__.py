"""``python -m ollama_openapi.cli``: the same as the ``ollama-openapi`` command."""

import sys

from ollama_openapi.cli import main

if __name__ == "__main__":
    sys.exit(main())
