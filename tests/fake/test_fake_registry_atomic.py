"""The fake's registry: compound operations happen in one step, whatever runs beside them."""

from __future__ import annotations

import threading

from ollama_openapi.fake.names import ModelName, parse_model_name
from ollama_openapi.fake.registry import State, pulled_model


def _name(text: str) -> ModelName:
    parsed = parse_model_name(text)
    assert parsed is not None
    return parsed


def _race_copy_and_delete() -> tuple[State, list[bool]]:
    registry = State()
    source, destination = _name("a"), _name("b")
    registry.put_model(pulled_model(source))
    copied: list[bool] = []
    threads = [
        threading.Thread(target=lambda: copied.append(registry.copy_model(source, destination))),
        threading.Thread(target=lambda: registry.delete_model(source)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return registry, copied


def test_copy_racing_delete_never_resurrects_the_source() -> None:
    for _ in range(200):
        registry, copied = _race_copy_and_delete()
        assert registry.get_model(_name("a")) is None
        assert (registry.get_model(_name("b")) is not None) == copied[0]


def test_pull_keeps_a_model_installed_meanwhile() -> None:
    registry = State()
    name = _name("m")
    first = registry.put_model_if_absent(pulled_model(name))
    assert registry.put_model_if_absent(pulled_model(name)) is first
