"""Client construction: cheap (a shared default SSL context), yet every httpx option still wins."""

from __future__ import annotations

import ssl
from typing import Any

import certifi
import httpx
import pytest

from .twins import make_client


def _ssl_context(api: Any) -> ssl.SSLContext:
    context: ssl.SSLContext = api.httpx_client._transport._pool._ssl_context
    return context


def test_clients_share_the_default_ssl_context(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with make_client(kind, "https://example.com") as first, make_client(kind) as second:
        assert _ssl_context(first) is _ssl_context(second)
        assert _ssl_context(first).verify_mode == ssl.CERT_REQUIRED
        assert _ssl_context(first).check_hostname is True


def test_ssl_cert_file_is_still_honoured(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    with make_client(kind) as before:
        monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
        with make_client(kind) as after:
            assert _ssl_context(after) is not _ssl_context(before)


@pytest.mark.parametrize("option", [{"verify": False}, {"trust_env": False}])
def test_explicit_tls_options_win(kind: str, option: dict[str, Any]) -> None:
    with make_client(kind) as shared, make_client(kind, **option) as own:
        assert _ssl_context(own) is not _ssl_context(shared)
        if option == {"verify": False}:
            assert _ssl_context(own).verify_mode == ssl.CERT_NONE


def test_a_custom_transport_is_used(kind: str) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"version": "mock"}))
    with make_client(kind, transport=transport) as api:
        assert api.version().version == "mock"


def test_an_api_key_and_basic_auth_together_are_refused() -> None:
    from ollama_openapi import Client, InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="cannot be used together") as raised:
        Client("http://ada:s3cret@localhost:11434", api_key="sk-test-key")
    assert "s3cret" not in str(raised.value)
    assert "sk-test-key" not in str(raised.value)
