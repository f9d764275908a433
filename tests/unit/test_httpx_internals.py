"""The time bounds rest on httpx's and httpcore's private attributes: fail loudly if they change.

``ollama_openapi._http.httpx_internals`` finds the network backend of the connection pool inside
an httpx client's own transports. When a new httpx or httpcore renames what it reaches, the clients
would silently fall back to httpx's per-read timeout; these tests say so instead.
"""

from __future__ import annotations

import httpcore
import httpx
import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi._async.network import AsyncWatchedBackend
from ollama_openapi._http.httpx_internals import wrap_network_backends
from ollama_openapi_generated._sync.network import WatchedBackend


def _backends(client: httpx.Client | httpx.AsyncClient) -> list[object]:
    found: list[object] = []

    def sync(backend: httpcore.NetworkBackend, pool: object) -> httpcore.NetworkBackend:
        found.append(backend)
        return backend

    def asynchronous(backend: httpcore.AsyncNetworkBackend, pool: object) -> httpcore.AsyncNetworkBackend:
        found.append(backend)
        return backend

    wrap_network_backends(client, httpcore.NetworkBackend, sync)
    wrap_network_backends(client, httpcore.AsyncNetworkBackend, asynchronous)
    return found


def test_a_plain_httpx_client_has_one_pool_whose_backend_is_reached() -> None:
    with httpx.Client() as client:
        assert wrap_network_backends(client, httpcore.NetworkBackend, lambda backend, pool: backend) == 1


@pytest.mark.anyio
async def test_a_plain_async_httpx_client_has_one_pool_whose_backend_is_reached() -> None:
    async with httpx.AsyncClient() as client:
        assert wrap_network_backends(client, httpcore.AsyncNetworkBackend, lambda backend, pool: backend) == 1


def test_the_clients_pools_are_watched() -> None:
    with Client("http://127.0.0.1:9") as client:
        backends = _backends(client.httpx_client)
    assert backends
    assert all(isinstance(backend, WatchedBackend) for backend in backends)


@pytest.mark.anyio
async def test_the_async_clients_pools_are_watched() -> None:
    async with AsyncClient("http://127.0.0.1:9") as client:
        backends = _backends(client.httpx_client)
    assert backends
    assert all(isinstance(backend, AsyncWatchedBackend) for backend in backends)


def test_transports_of_another_kind_are_left_alone() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(transport=mock) as client:
        assert wrap_network_backends(client, httpcore.NetworkBackend, lambda backend, pool: backend) == 0
    with httpx.Client(http2=False, mounts={"http://x": mock}) as client:
        assert wrap_network_backends(client, httpcore.NetworkBackend, lambda backend, pool: backend) == 1
