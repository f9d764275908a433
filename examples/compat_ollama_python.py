"""Code written for ollama-python 0.1.2, running on ollama_openapi after a one-line import change.

This is the seed document's example (section 3.2): only the import line and the server address
differ. ``base_url`` keeps ollama-python's form, the server address plus ``/api``.

Run: ``python examples/compat_ollama_python.py`` (uses ``OLLAMA_HOST``; needs llama3.2).
"""

from __future__ import annotations

import os

from ollama_openapi.compat import GenerateAPI, ModelManagementAPI

MODEL = "llama3.2"


def initialize_api_client(base_url: str, model_name: str) -> tuple[GenerateAPI, ModelManagementAPI]:
    """The two API objects of ollama-python, for one server."""
    generate_api = GenerateAPI(base_url=base_url, model=model_name)
    model_management_api = ModelManagementAPI(base_url=base_url)
    return generate_api, model_management_api


def main(host: str | None = None) -> None:
    """Generate a completion, chat once, then list the local models, as the seed example does."""
    server = (host or os.environ.get("OLLAMA_HOST") or "http://localhost:11434").rstrip("/")
    if "://" not in server:
        server = f"http://{server}"
    generate_api, model_management_api = initialize_api_client(f"{server}/api", MODEL)

    prompt = "Why is the sky blue?"
    response = generate_api.generate(prompt=prompt, options={"num_predict": 30})
    print(f"Generated Completion for '{prompt}': {response.response}")

    messages = [{"role": "user", "content": "Say hello."}]
    chat = generate_api.generate_chat_completion(messages=messages, options={"num_predict": 20})
    print(f"Chat: {chat.message.content}")

    models = model_management_api.list_local_models()
    print("Local Models:")
    for model in models.models:
        print(f"  {model.name}")


if __name__ == "__main__":
    main()
