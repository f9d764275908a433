"""Configuration and shared state handed to every endpoint handler."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import ApiError
from .names import ModelName, parse_model_name
from .pacing import Pacer, Sleeper
from .registry import State
from .stream_failure import RUNNER_FAILURE, StreamFailure, StreamFailureMode

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
    """Make every stream (native generation, pull, push, create; ``/v1`` generation) fail after this many
    native lines (``None``: never)."""
    stream_failure: StreamFailureMode = "error"
    """How streams fail: an in-band error (``"error"``) or a cut connection (``"cut"``)."""
    stream_error: str = RUNNER_FAILURE
    """The message of the in-band error."""
    tokens_per_second: float | None = None
    """Generation speed (``None``: as fast as possible)."""
    load_time: float = 0.0
    """Seconds a model that is not loaded takes to load."""

    def failing_streams(self) -> StreamFailure | None:
        """How streams fail now (``None``: they do not)."""
        if self.fail_streams_after is None:
            return None
        return StreamFailure(self.fail_streams_after, self.stream_failure, self.stream_error)

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
    sleeper: Sleeper = field(default_factory=Sleeper)
    """Every wait of the handlers goes through it, so that stopping the server ends them."""

    def pacer(self) -> Pacer | None:
        """A pacer for one generation at the configured speed (``None``: unpaced)."""
        rate = self.config.tokens_per_second
        return None if rate is None else Pacer(rate, self.sleeper.sleep_until)


def require_name(text: str, message: str = "invalid model name", status: int = 400) -> ModelName:
    """Parse a model name or fail with Ollama's error."""
    name = parse_model_name(text)
    if name is None:
        raise ApiError(status, message)
    return name
