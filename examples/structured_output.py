"""Structured output: constrain the answer to a JSON Schema, then parse it.

Run: ``python examples/structured_output.py`` (uses ``OLLAMA_HOST``; needs llama3.2).
"""

from __future__ import annotations

import json
from typing import Any

from ollama_openapi import Client

MODEL = "llama3.2"

COUNTRY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "capital": {"type": "string"},
        "languages": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["name", "capital", "languages"],
}


def main(host: str | None = None) -> None:
    """Ask for facts about a country as JSON matching `COUNTRY_SCHEMA` and print the parsed fields."""
    messages = [{"role": "user", "content": "Tell me about Canada. Answer in JSON."}]
    with Client(host) as client:
        response = client.chat(MODEL, messages, format=COUNTRY_SCHEMA, options={"temperature": 0})
    country = json.loads(response.message.content or "{}")
    print(f"name: {country['name']}")
    print(f"capital: {country['capital']}")
    print(f"languages: {', '.join(country['languages'])}")


if __name__ == "__main__":
    main()
