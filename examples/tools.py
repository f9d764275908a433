"""Let a model call Python functions: a complete tool loop.

The functions' type hints and docstrings become the tool schemas. When the model asks for a tool,
the function is called and its result is sent back as a ``tool`` message, until the model answers.

Run: ``python examples/tools.py`` (uses ``OLLAMA_HOST``; needs a model with tools, e.g. llama3.2).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ollama_openapi import Client

MODEL = "llama3.2"
MAX_ROUNDS = 5


def get_weather(city: str) -> str:
    """Get the current weather in a city.

    Args:
        city: The name of the city, e.g. Paris.
    """
    return json.dumps({"city": city, "temperature_c": 21, "sky": "sunny"})


def add_numbers(a: int, b: int) -> int:
    """Add two whole numbers.

    Args:
        a: The first number.
        b: The second number.
    """
    return a + b


TOOLS: dict[str, Callable[..., Any]] = {tool.__name__: tool for tool in (get_weather, add_numbers)}


def main(host: str | None = None) -> None:
    """Ask about the weather; run each tool call the model makes and send the result back."""
    messages: list[Any] = [{"role": "user", "content": "What is the weather in Paris?"}]
    with Client(host) as client:
        response = client.chat(MODEL, messages, tools=list(TOOLS.values()))
        for _ in range(MAX_ROUNDS):
            calls = response.message.tool_calls or []
            if not calls:
                break
            messages.append(response.message)
            for call in calls:
                arguments = call.function.arguments.to_dict() if call.function.arguments else {}
                result = TOOLS[call.function.name](**arguments)
                print(f"tool call: {call.function.name}({json.dumps(arguments)}) -> {result}")
                messages.append({"role": "tool", "tool_name": call.function.name, "content": str(result)})
            response = client.chat(MODEL, messages, tools=list(TOOLS.values()))
        print(f"answer: {response.message.content}")


if __name__ == "__main__":
    main()
