"""``FakeOllama``: a stateful stand-in for an Ollama server, running on loopback in a background thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any

from .._releases import parse_release
from .context import DEFAULT_VERSION, FakeConfig, FakeContext, default_pull_fails
from .faults import ErrorReply, Fault, FaultQueue, Stall
from .http_server import FakeHTTPServer
from .names import parse_model_name
from .registry import State, pulled_model
from .releases import ReleasePlay, newest_release
from .routes import spec_operations, unserved
from .stream_failure import RUNNER_FAILURE, StreamFailure, StreamFailureMode


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
            when ``strict`` or ``validate_responses`` is on (these need the ``jsonschema`` package);
            then an operation of the spec that the fake has no route for is a violation too.
        signed_in: Behave as a server signed in to ollama.com (``/api/me`` and web search/fetch answer).
        pull_fails: Predicate on the requested name; ``True`` makes the pull fail like a missing registry
            model. Default: names containing ``does-not-exist``.
        version: The Ollama release played: what ``/api/version`` reports and, from the spec's release
            annotations, what the fake has: a route that release lacks answers ``404 page not
            found`` as Ollama's router does, a request field it lacks is ignored, and answers leave
            out the fields it lacks. Default: the newest release the spec's annotations name (at least
            0.33.0). A version that is not a release number (or ``0.0.0``, a development build)
            plays the newest release too.
        log: Receives one access-log line per request when given.
        fail_streams_after: Make every stream fail after this many lines of its native answer, as when
            a runner crashes or the server goes away: ``/api/generate``, ``/api/chat``, ``/api/pull``,
            ``/api/push``, ``/api/create``, and the ``/v1`` generations, which translate the native
            lines. An answer not streamed fails when its stream would have. ``None`` (the default)
            never fails. How it fails is `stream_failure`'s choice.
        stream_failure: ``"error"`` (the default): the failure is an error, which a native stream
            carries as a last ``{"error": ...}`` line in its 200 answer, as Ollama does, which the
            ``/v1`` routes lose as Ollama does (the stream just stops, a transcription is an empty
            200), and which is an HTTP 500 when nothing was sent yet. ``"cut"``: the connection is
            closed then and there, without the end of the chunked body (or without any answer).
        stream_error: The message of that error (default: what a crashed runner reports).
        tokens_per_second: Generation speed: each token of ``/api/generate`` and ``/api/chat`` (and of
            the ``/v1`` generations) comes ``1 / tokens_per_second`` after the previous one, streamed
            or not, and ``eval_duration`` says so. ``None`` (the default): as fast as possible.
        load_time: Seconds the first request to a model that is not loaded waits for it to load
            (requests arriving meanwhile wait for the same load); ``load_duration`` includes it.
            A model stays loaded for the request's ``keep_alive`` (5 minutes by default).
        faults: Error answers and stalls (:class:`ErrorReply`, :class:`Stall`) for the first requests,
            served in this order (:meth:`fail_next` and :meth:`stall_next` queue more at any time).

    `signed_in` and the misbehaviour options, `fail_streams_after` to `load_time`, are also attributes,
    which take effect at once on a running server.
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
        version: str | None = None,
        log: Callable[[str], None] | None = None,
        fail_streams_after: int | None = None,
        stream_failure: StreamFailureMode = "error",
        stream_error: str = RUNNER_FAILURE,
        tokens_per_second: float | None = None,
        load_time: float = 0.0,
        faults: Iterable[Fault] = (),
    ) -> None:
        self.host = host
        self.port = port
        self.strict = strict
        self.validate_responses = validate_responses
        self.violations: list[str] = []
        self.context = FakeContext(
            FakeConfig(
                version=version if version is not None else default_version(spec),
                signed_in=signed_in,
                pull_fails=pull_fails,
            ),
            State(),
        )
        self.fail_streams_after = fail_streams_after
        self.stream_failure = stream_failure
        self.stream_error = stream_error
        self.tokens_per_second = tokens_per_second
        self.load_time = load_time
        self._faults = FaultQueue()
        for fault in faults:
            self._queue(fault)
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

                spec = self._spec if self._spec is not None else _load_default_spec()
                validator = SpecValidator(spec)
                # An operation of the spec the fake cannot serve would only ever answer 404.
                self.violations.extend(unserved(spec_operations(spec)))
                if self.strict:
                    checker = validator.request_checker(self.violations)
                if self.validate_responses:
                    observer = validator.response_observer(self.violations)
            self.context.sleeper.restart()
            release = ReleasePlay.of(self.context.config.version, self._spec)
            server = FakeHTTPServer(
                (self.host, self.port), self.context, checker, observer, self._log, self._faults, release
            )
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
        self.context.sleeper.stop()  # paced streams, loads and stalls end now
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
        if value is not None:
            StreamFailure(value)  # checks it
        self.context.config.fail_streams_after = value

    @property
    def stream_failure(self) -> StreamFailureMode:
        """How streams fail: ``"error"`` (an in-band error) or ``"cut"`` (the connection is closed)."""
        return self.context.config.stream_failure

    @stream_failure.setter
    def stream_failure(self, value: StreamFailureMode) -> None:
        StreamFailure(0, value)  # checks it
        self.context.config.stream_failure = value

    @property
    def stream_error(self) -> str:
        """The message of the in-band error a failing stream ends with."""
        return self.context.config.stream_error

    @stream_error.setter
    def stream_error(self, value: str) -> None:
        self.context.config.stream_error = value

    @property
    def tokens_per_second(self) -> float | None:
        """Generation speed (``None``: as fast as possible)."""
        return self.context.config.tokens_per_second

    @tokens_per_second.setter
    def tokens_per_second(self, value: float | None) -> None:
        if value is not None and not value > 0:
            raise ValueError(f"tokens_per_second must be > 0, got {value}")
        self.context.config.tokens_per_second = value

    @property
    def load_time(self) -> float:
        """Seconds a model that is not loaded takes to load."""
        return self.context.config.load_time

    @load_time.setter
    def load_time(self, value: float) -> None:
        if not value >= 0:
            raise ValueError(f"load_time must be >= 0, got {value}")
        self.context.config.load_time = value

    # Misbehaviour on demand ---------------------------------------------------------------------------
    def fail_next(
        self,
        status: int,
        count: int = 1,
        *,
        path: str | None = None,
        retry_after: float | None = None,
        message: str | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ErrorReply:
        """Answer the next `count` requests (to `path` only, when given) with HTTP `status`.

        The request is read but not served. The body has the spec's error shape for the route:
        ``{"error": message}`` on the native routes, OpenAI's or Anthropic's on ``/v1``, and for a 401
        ``{"error": "unauthorized", "signin_url": ...}`` everywhere; `body` replaces it whole.
        `retry_after` (seconds) is sent as ``Retry-After``. Example, a busy server then a normal one::

            server.fail_next(503, retry_after=1)

        Returns the fault queued; faults queued earlier are served first.
        """
        reply = ErrorReply(status, count, path, retry_after, message, body)
        self._faults.add(reply)
        return reply

    def stall_next(
        self, seconds: float, count: int = 1, *, path: str | None = None, after_headers: bool = False
    ) -> Stall:
        """Accept the next `count` requests (to `path` only, when given) and send nothing for `seconds`,
        then answer them normally; with `after_headers`, send the status line and headers first and
        stall before the body. Stopping the server ends the stall. Returns the fault queued."""
        stall = Stall(seconds, count, path, after_headers)
        self._faults.add(stall)
        return stall

    def pending_faults(self) -> list[Fault]:
        """The error answers and stalls still queued, each with its remaining requests as `count`."""
        return self._faults.pending()

    def clear_faults(self) -> None:
        """Drop every queued error answer and stall."""
        self._faults.clear()

    def _queue(self, fault: Fault) -> None:
        if not isinstance(fault, (ErrorReply, Stall)):
            raise TypeError(f"faults takes ErrorReply and Stall values, got {fault!r}")
        self._faults.add(fault)


def default_version(spec: dict[str, Any] | None = None) -> str:
    """What the fake plays when not told: the newest release the spec names, at least
    `DEFAULT_VERSION` (the release the spec was written from)."""
    newest = newest_release(spec)
    fallback = parse_release(DEFAULT_VERSION)
    return str(newest) if newest is not None and (fallback is None or newest > fallback) else DEFAULT_VERSION


def _load_default_spec() -> dict[str, Any]:
    try:
        from ollama_openapi.spec import load_spec
    except ImportError as error:
        raise RuntimeError(
            "strict/validate_responses need the OpenAPI spec: "
            "pass spec=... or install ollama-openapi completely"
        ) from error
    spec: dict[str, Any] = load_spec()
    return spec
