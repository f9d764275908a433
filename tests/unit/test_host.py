"""Tests for OLLAMA_HOST / host= parsing and API-key scoping."""

from __future__ import annotations

import pickle

import pytest

from ollama_openapi._host import (
    DEFAULT_BASE_URL,
    HostConfig,
    InvalidHostError,
    InvalidHostPortError,
    is_ollama_cloud,
    parse_host,
    resolve_api_key,
)

NO_ENV: dict[str, str] = {}

# The 30 doctest cases of ollama-python's _parse_host (clients.md section 2b), in order.
OFFICIAL_CASES = [
    (None, "http://127.0.0.1:11434"),
    ("", "http://127.0.0.1:11434"),
    ("1.2.3.4", "http://1.2.3.4:11434"),
    (":56789", "http://127.0.0.1:56789"),
    ("1.2.3.4:56789", "http://1.2.3.4:56789"),
    ("http://1.2.3.4", "http://1.2.3.4:80"),
    ("https://1.2.3.4", "https://1.2.3.4:443"),
    ("https://1.2.3.4:56789", "https://1.2.3.4:56789"),
    ("example.com", "http://example.com:11434"),
    ("example.com:56789", "http://example.com:56789"),
    ("http://example.com", "http://example.com:80"),
    ("https://example.com", "https://example.com:443"),
    ("https://example.com:56789", "https://example.com:56789"),
    ("example.com/", "http://example.com:11434"),
    ("example.com:56789/", "http://example.com:56789"),
    ("example.com/path", "http://example.com:11434/path"),
    ("example.com:56789/path", "http://example.com:56789/path"),
    ("https://example.com:56789/path", "https://example.com:56789/path"),
    ("example.com:56789/path/", "http://example.com:56789/path"),
    ("[0001:002:003:0004::1]", "http://[0001:002:003:0004::1]:11434"),
    ("[0001:002:003:0004::1]:56789", "http://[0001:002:003:0004::1]:56789"),
    ("http://[0001:002:003:0004::1]", "http://[0001:002:003:0004::1]:80"),
    ("https://[0001:002:003:0004::1]", "https://[0001:002:003:0004::1]:443"),
    ("https://[0001:002:003:0004::1]:56789", "https://[0001:002:003:0004::1]:56789"),
    ("[0001:002:003:0004::1]/", "http://[0001:002:003:0004::1]:11434"),
    ("[0001:002:003:0004::1]:56789/", "http://[0001:002:003:0004::1]:56789"),
    ("[0001:002:003:0004::1]/path", "http://[0001:002:003:0004::1]:11434/path"),
    ("[0001:002:003:0004::1]:56789/path", "http://[0001:002:003:0004::1]:56789/path"),
    ("https://[0001:002:003:0004::1]:56789/path", "https://[0001:002:003:0004::1]:56789/path"),
    ("[0001:002:003:0004::1]:56789/path/", "http://[0001:002:003:0004::1]:56789/path"),
]


@pytest.mark.parametrize(("host", "expected"), OFFICIAL_CASES)
def test_matches_official_client(host: str | None, expected: str) -> None:
    assert parse_host(host, env=NO_ENV) == HostConfig(expected, None)


def test_official_case_count() -> None:
    assert len(OFFICIAL_CASES) == 30


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("HTTP://example.com", "http://example.com:80"),
        ("Https://Example.COM:8443/", "https://example.com:8443"),
        ("  example.com  ", "http://example.com:11434"),
        ('"example.com:1234"', "http://example.com:1234"),
        ("'http://example.com'", "http://example.com:80"),
        ("0.0.0.0", "http://127.0.0.1:11434"),
        ("0.0.0.0:11435", "http://127.0.0.1:11435"),
        ("http://0.0.0.0", "http://127.0.0.1:80"),
        ("::", "http://[::1]:11434"),
        ("[::]:8080", "http://[::1]:8080"),
        ("::1", "http://[::1]:11434"),
        ("[::1]:1337", "http://[::1]:1337"),
        ("ollama.com", "https://ollama.com:443"),
        ("ollama.com:11434", "http://ollama.com:11434"),
        ("http://ollama.com", "http://ollama.com:80"),
        ("example.com?x=1", "http://example.com:11434"),
        ("example.com#frag", "http://example.com:11434"),
        ("example.com:", "http://example.com:11434"),
        ("example.com//a//b//", "http://example.com:11434/a//b"),
        ("https://example.com/ollama", "https://example.com:443/ollama"),
    ],
)
def test_improved_edge_cases(host: str, expected: str) -> None:
    assert parse_host(host, env=NO_ENV).base_url == expected


def test_credentials_become_auth_not_url() -> None:
    config = parse_host("https://alice:s%40cret@example.com:8443/p", env=NO_ENV)
    assert config.base_url == "https://example.com:8443/p"
    assert config.auth == ("alice", "s@cret")


def test_user_without_password() -> None:
    assert parse_host("bob@example.com", env=NO_ENV).auth == ("bob", "")


def test_password_not_in_repr() -> None:
    config = parse_host("http://alice:topsecret@example.com", env=NO_ENV)
    assert "topsecret" not in repr(config)
    assert "alice" in repr(config)


def test_reads_env_when_host_missing() -> None:
    env = {"OLLAMA_HOST": "remote:9999"}
    assert parse_host(None, env=env).base_url == "http://remote:9999"
    assert parse_host("", env=env).base_url == "http://remote:9999"
    assert parse_host("   ", env=env).base_url == "http://remote:9999"


def test_explicit_host_wins_over_env() -> None:
    assert parse_host("local", env={"OLLAMA_HOST": "remote"}).base_url == "http://local:11434"


def test_empty_env_gives_default() -> None:
    assert parse_host(None, env={"OLLAMA_HOST": "  "}).base_url == DEFAULT_BASE_URL


def test_env_defaults_to_os_environ_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_HOST", "first:1")
    assert parse_host(None).base_url == "http://first:1"
    monkeypatch.setenv("OLLAMA_HOST", "second:2")
    assert parse_host(None).base_url == "http://second:2"
    monkeypatch.delenv("OLLAMA_HOST")
    assert parse_host(None).base_url == DEFAULT_BASE_URL


@pytest.mark.parametrize("port", ["abc", "99999", "0", "-1", "1.5", "٣", "9" * 5000])
def test_bad_port_raises_naming_value(port: str) -> None:
    with pytest.raises(InvalidHostPortError) as caught:
        parse_host(f"example.com:{port}", env=NO_ENV)
    assert repr(port)[:20].strip("'") in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "host",
    ["ftp://example.com", "unix:///tmp/ollama.sock", "http://[::1", "[::1]x", "exa mple.com", "a<b>.com"],
)
def test_invalid_hosts_raise(host: str) -> None:
    with pytest.raises(InvalidHostError):
        parse_host(host, env=NO_ENV)


def test_bad_env_value_raises() -> None:
    with pytest.raises(InvalidHostPortError, match="OLLAMA_HOST"):
        parse_host(None, env={"OLLAMA_HOST": "localhost:port"})


def test_error_hides_credentials_and_pickles() -> None:
    with pytest.raises(InvalidHostError) as caught:
        parse_host("http://alice:topsecret@example.com:bad", env=NO_ENV)
    error = caught.value
    assert "topsecret" not in str(error)
    assert "topsecret" not in error.value
    assert "***@example.com:bad" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InvalidHostPortError
    assert str(copy) == str(error)
    assert copy.value == error.value


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ollama.com", True),
        ("https://ollama.com:443/api", True),
        ("https://www.ollama.com", True),
        ("https://api.ollama.com/v1", True),
        ("http://ollama.com", False),
        ("https://notollama.com", False),
        ("https://ollama.com.evil.example", False),
        ("http://127.0.0.1:11434", False),
        ("HTTPS://OLLAMA.COM", True),
    ],
)
def test_is_ollama_cloud(url: str, expected: bool) -> None:
    assert is_ollama_cloud(url) is expected


def test_explicit_api_key_used_everywhere() -> None:
    assert resolve_api_key("k1", {}, "http://127.0.0.1:11434") == "k1"
    assert resolve_api_key(" k1 ", {"OLLAMA_API_KEY": "env"}, "https://ollama.com") == "k1"


def test_env_api_key_only_for_cloud() -> None:
    env = {"OLLAMA_API_KEY": "secret"}
    assert resolve_api_key(None, env, "https://ollama.com:443") == "secret"
    assert resolve_api_key(None, env, "https://ollama.com/api/web_search") == "secret"
    assert resolve_api_key(None, env, "http://127.0.0.1:11434") is None
    assert resolve_api_key(None, env, "http://ollama.com:80") is None
    assert resolve_api_key("", env, "https://example.com") is None


def test_env_api_key_absent_or_blank() -> None:
    assert resolve_api_key(None, {}, "https://ollama.com") is None
    assert resolve_api_key(None, {"OLLAMA_API_KEY": "  "}, "https://ollama.com") is None


def test_api_key_env_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", '"quoted"')
    assert resolve_api_key(None, None, "https://ollama.com") == "quoted"


def test_host_errors_are_invalid_argument_errors() -> None:
    from ollama_openapi.errors import InvalidArgumentError

    assert issubclass(InvalidHostPortError, InvalidArgumentError)
    assert issubclass(InvalidHostError, ValueError)
