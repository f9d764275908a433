"""The tool-calling loop (``run_tools`` / ``stream_tools``) against the fake, which calls the tools a
user message mentions one per answer, then answers in text (see ``ollama_openapi.fake.tool_calls``).
Each round's request body is recorded as sent."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from typing import Any, Literal

import httpx
import pytest

from ollama_openapi import AsyncClient, Client, errors
from ollama_openapi.tool_runner import ModelText, RunFinished, ToolCallStep, ToolResultStep

from .conftest import Fake
from .twins import Api, make_client

pytestmark = pytest.mark.timeout(60)

ASK = [{"role": "user", "content": "What is the weather in Oslo, and the time?"}]


def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> str:
    """The current weather of a city.

    Args:
        city: The city's name.
        unit: The temperature unit.
    """
    return f"11 degrees {unit} in {city}"


@dataclasses.dataclass
class Clock:
    calls: list[str] = dataclasses.field(default_factory=list)

    def get_time(self, zone: str) -> dict[str, str]:
        """The time in a time zone.

        Args:
            zone: The zone's name.
        """
        self.calls.append(zone)
        return {"zone": zone, "time": "10:00"}


def _recording(kind: str, url: str) -> tuple[Api, list[dict[str, Any]]]:
    bodies: list[dict[str, Any]] = []

    def record(request: httpx.Request) -> None:
        if request.content:
            bodies.append(json.loads(request.content))

    async def arecord(request: httpx.Request) -> None:
        record(request)

    return make_client(kind, url, event_hooks={"request": [record if kind == "sync" else arecord]}), bodies


def test_loop_runs_each_call_and_sends_the_results(kind: str, fake: Fake) -> None:
    clock = Clock()
    api, bodies = _recording(kind, fake.url)
    with api:
        run = api.run_tools(
            "qwen3", ASK, [get_weather, clock.get_time], think=True, options={"seed": 3}, keep_alive="1m"
        )
    assert run.stop_reason == "answer"
    assert run.rounds == 3
    assert len(bodies) == 3
    assert clock.calls == ["Oslo"]
    roles = [message["role"] for message in run.messages]
    assert roles == ["user", "assistant", "tool", "assistant", "tool", "assistant"]
    assert run.messages[2] == {
        "role": "tool",
        "content": "11 degrees celsius in Oslo",
        "tool_name": "get_weather",
        "tool_call_id": run.messages[1]["tool_calls"][0]["id"],
    }
    assert json.loads(run.messages[4]["content"]) == {"zone": "Oslo", "time": "10:00"}
    assert run.content
    assert run.content == run.final.message.content
    for index, body in enumerate(bodies):
        assert [tool["function"]["name"] for tool in body["tools"]] == ["get_weather", "get_time"]
        assert (body["think"], body["options"], body["keep_alive"]) == (True, {"seed": 3}, "1m")
        # Each round sends the transcript so far: what the server saw is what the loop recorded.
        assert body["messages"] == run.messages[: 1 + 2 * index]
    assert "thinking" in run.messages[1]  # the model thought (think=True), and that went back


def test_stream_yields_each_step(kind: str, fake: Fake) -> None:
    clock = Clock()
    api, bodies = _recording(kind, fake.url)
    with api:
        steps = list(api.stream_tools("llama3.2", ASK, [get_weather, clock.get_time]))
    kinds = [type(step).__name__ for step in steps]
    assert kinds[:4] == ["ToolCallStep", "ToolResultStep", "ToolCallStep", "ToolResultStep"]
    assert set(kinds[4:-1]) == {"ModelText"}
    assert kinds[-1] == "RunFinished"
    first = steps[0]
    assert isinstance(first, ToolCallStep)
    assert first.arguments == {"city": "Oslo"}
    result = steps[1]
    assert isinstance(result, ToolResultStep)
    assert not result.is_error
    finished = steps[-1]
    assert isinstance(finished, RunFinished)
    text = "".join(step.text for step in steps if isinstance(step, ModelText))
    assert finished.run.content == text
    assert finished.run.rounds == 3 == len(bodies)
    assert all(body["stream"] is True for body in bodies)
    assert bodies[-1]["messages"] == finished.run.messages[:-1]


def test_tool_that_raises_is_reported_to_the_model(client: Api) -> None:
    def get_weather(city: str) -> str:
        """Weather."""
        raise RuntimeError(f"no station in {city}")

    run = client.run_tools("llama3.2", [{"role": "user", "content": "weather in Oslo"}], [get_weather])
    assert run.stop_reason == "answer"
    assert run.messages[2]["content"] == "Error: RuntimeError: no station in Oslo"
    with pytest.raises(RuntimeError, match="no station"):
        client.run_tools(
            "llama3.2",
            [{"role": "user", "content": "weather in Oslo"}],
            [get_weather],
            raise_tool_errors=True,
        )


def test_unknown_tool_is_reported_not_run(client: Api) -> None:
    ask = [{"role": "user", "content": "Please call tool launch_rocket now"}]
    run = client.run_tools("llama3.2", ask, [get_weather])
    assert run.messages[1]["tool_calls"][0]["function"]["name"] == "launch_rocket"
    assert run.messages[2]["content"] == (
        "Error: there is no tool named 'launch_rocket' (the tools are: get_weather)"
    )
    assert run.stop_reason == "answer"
    assert run.rounds == 2


def test_bad_arguments_are_reported_before_the_tool_runs(client: Api) -> None:
    clock = Clock()
    ask = [{"role": "user", "content": "time in Oslo, with wrong arguments"}]
    run = client.run_tools("llama3.2", ask, [clock.get_time])
    assert clock.calls == []
    assert run.messages[1]["tool_calls"][0]["function"]["arguments"] == {"zone": 7}
    assert run.messages[2]["content"] == (
        "Error: invalid arguments for tool 'get_time': zone: expected a string, got a number (7)"
    )


def test_round_limit(kind: str, fake: Fake) -> None:
    clock = Clock()
    api, bodies = _recording(kind, fake.url)
    ask = [{"role": "user", "content": "time in Oslo again and again"}]
    with api:
        run = api.run_tools("llama3.2", ask, [clock.get_time], max_rounds=3)
        steps = list(api.stream_tools("llama3.2", ask, [clock.get_time], max_rounds=2))
        with pytest.raises(errors.InvalidArgumentError, match="max_rounds"):
            api.run_tools("llama3.2", ask, [clock.get_time], max_rounds=0)
    assert run.stop_reason == "max_rounds"
    assert run.rounds == 3
    assert len(bodies) == 3 + 2
    assert len(clock.calls) == 2 + 1
    assert run.messages[-1]["tool_calls"]
    finished = steps[-1]
    assert isinstance(finished, RunFinished)
    assert finished.run.stop_reason == "max_rounds"


def test_async_tools_run_concurrently(fake: Fake) -> None:
    # Each tool waits for the other to start: run one after the other, they would time out.
    started = {"get_weather": asyncio.Event(), "get_time": asyncio.Event()}

    async def meet(me: str, other: str) -> str:
        started[me].set()
        await asyncio.wait_for(started[other].wait(), timeout=30)
        return f"{me} done"

    async def get_weather(city: str) -> str:
        """Weather."""
        return await meet("get_weather", "get_time")

    async def get_time(zone: str) -> str:
        """Time."""
        return await meet("get_time", "get_weather")

    async def main() -> list[str]:
        async with AsyncClient(fake.url) as client:
            ask = [{"role": "user", "content": "weather and time in Oslo at once"}]
            run = await client.run_tools("llama3.2", ask, [get_weather, get_time])
            return [message["content"] for message in run.messages if message["role"] == "tool"]

    assert asyncio.run(main()) == ["get_weather done", "get_time done"]


def test_sync_client_refuses_async_tools(fake: Fake) -> None:
    async def get_weather(city: str) -> str:
        """Weather."""
        return city

    with Client(fake.url) as client, pytest.raises(errors.InvalidArgumentError, match="AsyncClient"):
        client.run_tools("llama3.2", ASK, [get_weather])
    assert fake.requests_to("POST", "/api/chat") == []


def test_tools_without_a_schema_fail_before_sending(client: Api, fake: Fake) -> None:
    def get_weather(city: object, when: complex) -> str:
        """Weather."""
        return ""

    with pytest.raises(errors.InvalidArgumentError, match="when"):
        client.run_tools("llama3.2", ASK, [get_weather])
    assert fake.requests_to("POST", "/api/chat") == []


def test_raising_async_tool_cancels_the_others(fake: Fake) -> None:
    started = asyncio.Event()
    cancelled: list[str] = []

    async def get_weather(city: str) -> str:
        """Weather."""
        await asyncio.wait_for(started.wait(), timeout=30)
        raise RuntimeError("weather station down")

    async def get_time(zone: str) -> str:
        """Time."""
        started.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.append(zone)
            raise
        return zone

    async def main() -> None:
        async with AsyncClient(fake.url) as client:
            ask = [{"role": "user", "content": "weather and time in Oslo at once"}]
            await client.run_tools("llama3.2", ask, [get_weather, get_time], raise_tool_errors=True)

    with pytest.raises(RuntimeError, match="station down"):
        asyncio.run(main())
    assert cancelled == ["Oslo"]
