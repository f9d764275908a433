"""The fake's registry: compound operations happen in one step, whatever runs beside them."""

from __future__ import annotations

import json
import random
import threading

import httpx

from ollama_openapi.fake import FakeOllama
from ollama_openapi.fake.names import ModelName, parse_model_name
from ollama_openapi.fake.registry import ModelRecord, State, pulled_model


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


class _DeletedAtOnce(State):
    """A registry where a concurrent ``DELETE`` wins the race right after each pull installs its model."""

    def put_model_if_absent(self, record: ModelRecord) -> ModelRecord:
        installed = super().put_model_if_absent(record)
        self.delete_model(record.name)
        return installed


def test_create_from_a_model_it_pulls_keeps_it_even_when_deleted_at_once() -> None:
    server = FakeOllama()
    server.context.state = _DeletedAtOnce()
    with server, httpx.Client(base_url=server.url, timeout=10) as client:
        lines = client.post("/api/create", json={"model": "mine", "from": "llama3.2"}).content.splitlines()
        assert json.loads(lines[-1]) == {"status": "success"}
        assert server.model_names() == ["mine:latest"]  # llama3.2 itself was deleted meanwhile
        base = pulled_model(_name("llama3.2"))
        mine = client.post("/api/show", json={"model": "mine"}).json()
        assert mine["details"]["parent_model"] == "llama3.2:latest"
        assert [model["size"] for model in client.get("/api/tags").json()["models"]] == [base.size]


def test_a_load_finishing_after_a_delete_does_not_list_the_model() -> None:
    registry = State()
    record = pulled_model(_name("m"))
    registry.put_model(record)
    registry.delete_model(record.name)
    registry.load(record, expires_at_ns=2**62, context_length=4096)
    assert registry.running() == []


def test_requests_during_a_load_share_its_end() -> None:
    registry = State()
    record = pulled_model(_name("m"))
    registry.put_model(record)
    ready = registry.ready_at(record.name, 5.0, now=100.0)
    assert ready == 105.0
    assert registry.ready_at(record.name, 5.0, now=101.0) == 105.0  # joins the load in progress
    registry.load(record, expires_at_ns=2**62, context_length=4096)
    assert registry.ready_at(record.name, 5.0, now=102.0) == 102.0  # loaded: at once


def test_concurrent_model_management_leaves_a_consistent_registry() -> None:
    """Pulls, copies, creates and deletes of the same few names from many threads: every model listed
    afterwards is whole (its weights present), and none is listed twice."""
    names = ["a", "b", "c"]
    with FakeOllama(models=names) as server:

        def churn(seed: int) -> None:
            rng = random.Random(seed)
            with httpx.Client(base_url=server.url, timeout=30) as client:
                for _ in range(40):
                    one, other = rng.sample(names, 2)
                    action = rng.randrange(4)
                    if action == 0:
                        answer = client.post("/api/pull", json={"model": one, "stream": False})
                    elif action == 1:
                        answer = client.post("/api/copy", json={"source": one, "destination": other})
                    elif action == 2:
                        answer = client.request("DELETE", "/api/delete", json={"model": one})
                    else:
                        answer = client.post(
                            "/api/create", json={"model": other, "from": one, "stream": False}
                        )
                    assert answer.status_code in (200, 404), answer.text

        threads = [threading.Thread(target=churn, args=(seed,)) for seed in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        listed = httpx.get(f"{server.url}/api/tags").json()["models"]
        assert len({model["name"] for model in listed}) == len(listed)
        weights = pulled_model(_name("a")).size  # the same catalogue profile for a, b and c
        assert all(model["size"] >= weights for model in listed), listed
