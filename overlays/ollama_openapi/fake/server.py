"""``FakeOllama``: a stateful stand-in for an Ollama server, running on loopback in a background thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any

from .context import DEFAULT_VERSION, FakeConfig, FakeContext, default_pull_fails
from .http_server import FakeHTTPServer
from .names import parse_model_name
from .registry import State, pulled_model


class FakeOllama:
    """A fake Ollama server speaking the real HTTP protocol on ``host:port``.

    It starts empty like a fresh Ollama install: pull models first (or pass ``models=[...]`` to have them
    pre-installed). Example::

        with FakeOllama(models=["llama3.2"]) as server:
            ollama.Client(host=server.url).chat(model="llama3.2", messages=[...])

    Args:
        host: Interface to listen on (loopback by default).
        port: TCP port; ``0`` picks a free one (see :attr:`url`).
        models: Names installed before the server starts, as if pulled.
        strict: Validate every JSON request body against the OpenAPI spec; a non-conforming request gets
            400 ``request does not match the spec: <path>: <message>`` and is recorded in :attr:`violations`.
        validate_responses: Validate every JSON document the fake sends (NDJSON line by line, Server-Sent
            Events event by event against the schema of their event type) against the spec and record
            mismatches in :attr:`violations` (responses are still sent).
        spec: The OpenAPI document as a dict; default: ``ollama_openapi.spec.load_spec()``. Only used
            when ``strict`` or ``validate_responses`` is on (these need the ``jsonschema`` package).
        signed_in: Behave as a server signed in to ollama.com (``/api/me`` and web search/fetch answer).
        pull_fails: Predicate on the requested name; ``True`` makes the pull fail like a missing registry
            model. Default: names containing ``does-not-exist``.
        version: What ``/api/version`` reports.
        log: Receives one access-log line per request when given.
        fail_streams_after: Make every ``/v1`` generation fail after this many chunks of the model's
            output, as when a runner crashes: Ollama loses such an error once the answer has started
            (a stream stops without its end, a transcription is an empty 200), and answers it as an
            HTTP 500 before. ``None`` (the default) never fails; settable on a running server.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        models: Iterable[str] = (),
        strict: bool = False,
        validate_responses: bool = False,
        spec: dict[str, Any] | None = None,
        signed_in: bool = False,
        pull_fails: Callable[[str], bool] = default_pull_fails,
        version: str = DEFAULT_VERSION,
        log: Callable[[str], None] | None = None,
        fail_streams_after: int | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.strict = strict
        self.validate_responses = validate_responses
        self.violations: list[str] = []
        self.context = FakeContext(
            FakeConfig(
                version=version,
                signed_in=signed_in,
                pull_fails=pull_fails,
                fail_streams_after=fail_streams_after,
            ),
            State(),
        )
        for model in models:
            self.add_model(model)
        self._spec = spec
        self._log = log
        self._server: FakeHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # Lifecycle ----------------------------------------------------------------------------------------
    def start(self) -> FakeOllama:
        """Bind the socket and serve in a background thread (no-op if already running)."""
        with self._lock:
            if self._server is not None:
                return self
            checker = observer = None
            if self.strict or self.validate_responses:
                from .validation import SpecValidator

                validator = SpecValidator(self._spec if self._spec is not None else _load_default_spec())
                if self.strict:
                    checker = validator.request_checker(self.violations)
                if self.validate_responses:
                    observer = validator.response_observer(self.violations)
            server = FakeHTTPServer((self.host, self.port), self.context, checker, observer, self._log)
            self._server = server
            self.port = server.server_address[1]
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"fake-ollama:{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close every connection and join the threads. Safe to call more than once."""
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.close_connections()
        server.server_close()
        server.join_threads(timeout=10)
        if thread is not None:
            thread.join()

    def serve_forever(self) -> None:
        """Serve in the calling thread until :meth:`stop` is called from elsewhere (used by the CLI)."""
        self.start()
        thread = self._thread
        if thread is not None:
            while thread.is_alive():
                thread.join(0.2)

    def __enter__(self) -> FakeOllama:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # Introspection ------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether the server is accepting connections."""
        return self._server is not None

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321`` (valid after :meth:`start`)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def add_model(self, name: str) -> None:
        """Install a model as if it had been pulled (raises ``ValueError`` for an invalid name)."""
        parsed = parse_model_name(name)
        if parsed is None:
            raise ValueError(f"invalid model name: {name!r}")
        self.context.state.put_model(pulled_model(parsed))

    def model_names(self) -> list[str]:
        """Installed model names as ``/api/tags`` shows them."""
        return [record.name.display for record in self.context.state.list_models()]

    @property
    def signed_in(self) -> bool:
        """Whether the fake behaves as signed in to ollama.com."""
        return self.context.config.signed_in

    @signed_in.setter
    def signed_in(self, value: bool) -> None:
        self.context.config.signed_in = value

    @property
    def fail_streams_after(self) -> int | None:
        """After how many chunks of output each ``/v1`` generation fails (``None``: never)."""
        return self.context.config.fail_streams_after

    @fail_streams_after.setter
    def fail_streams_after(self, value: int | None) -> None:
        self.context.config.fail_streams_after = value


def _load_default_spec() -> dict[str, Any]:
    try:
        from ollama_openapi.spec import load_spec  # type: ignore[import-not-found,unused-ignore]
    except ImportError as error:
        raise RuntimeError(
            "strict/validate_responses need the OpenAPI spec: "
            "pass spec=... or install ollama-openapi completely"
        ) from error
    spec: dict[str, Any] = load_spec()
    return spec
