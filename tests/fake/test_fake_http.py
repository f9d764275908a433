"""Protocol-level behaviour of the fake: small endpoints, routing and body errors, keep-alive, lifecycle."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from ollama_openapi.fake import FakeOllama

pytestmark = pytest.mark.timeout(30)
REPOSITORY = Path(__file__).resolve().parents[2]


def test_root_version_and_status(client: httpx.Client) -> None:
    root = client.get("/")
    assert (root.status_code, root.text) == (200, "Ollama is running")
    assert root.headers["content-type"].startswith("text/plain")
    assert client.head("/").status_code == 200
    assert client.get("/api/version").json() == {"version": "0.33.0"}
    assert client.head("/api/version").content == b""
    assert client.get("/api/status").json() == {"cloud": {"disabled": False, "source": "none"}}
    recommendations = client.get("/api/experimental/model-recommendations").json()["recommendations"]
    assert recommendations
    assert all({"model", "description"} <= set(item) for item in recommendations)


def test_account_endpoints_when_not_signed_in(client: httpx.Client) -> None:
    me = client.post("/api/me")
    assert me.status_code == 401
    assert me.json()["error"] == "unauthorized"
    assert me.json()["signin_url"].startswith("https://ollama.com/connect?name=")
    for method, path in (("POST", "/api/signout"), ("DELETE", "/api/user/keys/c3NoLWVk")):
        response = client.request(method, path)
        assert (response.status_code, response.json()) == (401, {"error": "you are not currently signed in"})
    search = client.post("/api/experimental/web_search", json={"query": "ollama"})
    assert search.status_code == 401
    assert "signin_url" in search.json()
    fetch = client.post("/api/experimental/web_fetch", json={"url": "ollama.com"})
    assert fetch.status_code == 401


def test_account_endpoints_when_signed_in() -> None:
    with FakeOllama(signed_in=True) as server, httpx.Client(base_url=server.url) as client:
        assert client.post("/api/me").json()["email"] == "fake@example.com"
        results = client.post(
            "/api/experimental/web_search", json={"query": "what is ollama?", "max_results": 2}
        ).json()["results"]
        assert len(results) == 2
        assert all(set(item) == {"title", "url", "content"} for item in results)
        assert (
            results
            == client.post(
                "/api/experimental/web_search", json={"query": "what is ollama?", "max_results": 2}
            ).json()["results"]
        )
        page = client.post("/api/experimental/web_fetch", json={"url": "https://ollama.com"}).json()
        assert page["title"]
        assert page["content"]
        assert page["links"]
        signout = client.post("/api/signout")
        assert (signout.status_code, signout.text) == (200, "null")
        assert client.post("/api/me").status_code == 401


def test_unknown_paths_and_wrong_methods(client: httpx.Client) -> None:
    unknown = client.get("/api/nope")
    assert (unknown.status_code, unknown.text) == (404, "404 page not found")
    wrong = client.get("/api/generate")
    assert (wrong.status_code, wrong.text) == (405, "405 method not allowed")
    assert client.post("/api/tags").status_code == 405
    assert client.get("/v2/whatever").status_code == 404


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "missing request body"),
        (b"   ", "missing request body"),
        (b"{", "unexpected EOF"),
        (b"{bad}", "invalid character 'b' looking for beginning of object key string"),
        (b"nope", "invalid character 'o' in literal null (expecting 'u')"),
        (b"[1]", "json: cannot unmarshal array into Go value of type api.GenerateRequest"),
    ],
)
def test_body_errors(client: httpx.Client, body: bytes, message: str) -> None:
    response = client.post("/api/generate", content=body)
    assert response.status_code == 400
    if message.startswith("invalid character 'o'"):
        assert response.json()["error"].startswith("invalid character")
    else:
        assert response.json() == {"error": message}


def test_keep_alive_connection_is_reused(server: FakeOllama) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as connection:
        stream = connection.makefile("rb")
        for _ in range(3):
            connection.sendall(b"GET /api/version HTTP/1.1\r\nHost: localhost\r\n\r\n")
            status = stream.readline()
            assert status.startswith(b"HTTP/1.1 200")
            headers = {}
            while (line := stream.readline()) not in (b"\r\n", b""):
                key, _, value = line.decode().partition(":")
                headers[key.lower()] = value.strip()
            assert stream.read(int(headers["content-length"])) == b'{"version":"0.33.0"}'


def test_stop_is_idempotent_and_leaves_no_threads() -> None:
    before = set(threading.enumerate())
    server = FakeOllama().start()
    assert server.start() is server
    idle = httpx.Client(base_url=server.url)
    idle.get("/api/version")  # leaves an idle keep-alive connection open
    server.stop()
    server.stop()
    assert not server.running
    leftover = [thread for thread in threading.enumerate() if thread not in before]
    assert leftover == []
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{server.url}/api/version", timeout=2)
    idle.close()


def test_stop_interrupts_an_endless_stream() -> None:
    server = FakeOllama(models=["llama3.2"]).start()
    with (
        httpx.Client(base_url=server.url, timeout=10) as client,
        client.stream(
            "POST",
            "/api/generate",
            json={"model": "llama3.2", "prompt": "x", "options": {"num_predict": 10**9}},
        ) as response,
    ):
        lines = response.iter_lines()
        next(lines)
        stopper = threading.Thread(target=server.stop)
        stopper.start()
        stopper.join(10)
        assert not stopper.is_alive()
        with pytest.raises(httpx.TransportError):
            for _ in lines:
                pass


def test_pytest_plugin_fixture(fake_ollama: FakeOllama) -> None:
    assert fake_ollama.running
    assert fake_ollama.model_names() == []
    assert httpx.get(f"{fake_ollama.url}/").text == "Ollama is running"


def test_command_line_serves_until_sigterm() -> None:
    environment = {"PYTHONPATH": f"{REPOSITORY / 'overlays'}:{REPOSITORY / 'generated'}"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ollama_openapi.fake",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--model",
            "llama3.2",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/api/tags").json()["models"][0]["name"] == "llama3.2:latest"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
