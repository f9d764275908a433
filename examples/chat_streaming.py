"""Chat with a model and print its answer token by token as it is generated.

Run: ``python examples/chat_streaming.py`` (uses ``OLLAMA_HOST``; needs ``ollama pull llama3.2``).
"""

from __future__ import annotations

from ollama_openapi import Client

MODEL = "llama3.2"


def main(host: str | None = None) -> None:
    """Stream one answer, then print the generation statistics of the last chunk."""
    messages = [{"role": "user", "content": "Why is the sky blue? Answer in two sentences."}]
    with Client(host) as client:
        last = None
        for chunk in client.chat(MODEL, messages, stream=True, options={"num_predict": 60}):
            print(chunk.message.content, end="", flush=True)
            last = chunk
        print()
        if last is not None and last.done:
            print(f"[done: {last.done_reason}, {last.eval_count} tokens generated]")


if __name__ == "__main__":
    main()
