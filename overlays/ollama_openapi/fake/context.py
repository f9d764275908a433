"""Configuration and shared state handed to every endpoint handler."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import ApiError
from .names import ModelName, parse_model_name
from .registry import State

DEFAULT_VERSION = "0.33.0"


def default_pull_fails(name: str) -> bool:
    """Names containing ``does-not-exist`` fail to pull like a model missing from the registry."""
    return "does-not-exist" in name


@dataclass
class FakeConfig:
    """Behaviour switches of a fake server."""

    version: str = DEFAULT_VERSION
    signed_in: bool = False
    hostname: str = "fake-ollama"
    pull_fails: Callable[[str], bool] = default_pull_fails
    fail_streams_after: int | None = None
    """Make each ``/v1`` generation fail after this many native chunks, as a runner crash would."""

    def signin_url(self) -> str:
        """The ``signin_url`` Ollama puts in 401 bodies (connect URL with this host's public key)."""
        key = hashlib.sha256(self.hostname.encode()).digest()
        encoded = base64.urlsafe_b64encode(b"ssh-ed25519 " + key).decode().rstrip("=")
        return f"https://ollama.com/connect?name={self.hostname}&key={encoded}"

    def unauthorized(self) -> ApiError:
        """The 401 a local server that is not signed in answers for account/cloud features."""
        return ApiError(401, "unauthorized", {"signin_url": self.signin_url()})


@dataclass
class FakeContext:
    """What handlers work with: configuration plus the mutable state."""

    config: FakeConfig = field(default_factory=FakeConfig)
    state: State = field(default_factory=State)


def require_name(text: str, message: str = "invalid model name", status: int = 400) -> ModelName:
    """Parse a model name or fail with Ollama's error."""
    name = parse_model_name(text)
    if name is None:
        raise ApiError(status, message)
    return name
