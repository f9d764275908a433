"""A loopback HTTP server that misbehaves on purpose, byte for byte.

Every accepted connection runs in its own daemon thread: the request head (and a ``Content-Length`` or
chunked body) is read, then the test's *script* writes exactly the bytes it wants (a partial chunked
body, a stall, one byte per second, a lie about the status...) through a :class:`Conn`. The server
closes the connection when the script returns. Stalls wait on the server's stop event, so stopping
the server ends every script at once and no thread outlives its test.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

__all__ = [
    "Conn",
    "RawRequest",
    "Script",
    "ScriptedServer",
    "chunk",
    "chunked_head",
    "head",
    "json_response",
    "ndjson",
    "response",
]

_HEAD_LIMIT = 64 * 1024


@dataclass
class RawRequest:
    """What the client sent: request line parts, headers (lower-cased names) and body."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes = b""
    body_size: int = 0
    """Bytes of body received (the body itself is not kept beyond ``keep_body`` bytes)."""


class Conn:
    """The server side of one connection, as handed to a script."""

    def __init__(self, sock: socket.socket, stop: threading.Event) -> None:
        self.sock = sock
        self.stop = stop

    def send(self, data: bytes) -> bool:
        """Write ``data``; False when the client has gone away."""
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def wait(self, seconds: float) -> bool:
        """Sleep, waking early when the server stops; True when the full time passed."""
        return not self.stop.wait(seconds)

    def hold(self, limit: float = 60.0) -> None:
        """Keep the connection open, sending nothing, until the client closes it or the server stops."""
        deadline = time.monotonic() + limit
        self.sock.settimeout(0.05)
        while not self.stop.is_set() and time.monotonic() < deadline:
            try:
                if self.sock.recv(65536) == b"":
                    return
            except TimeoutError:
                continue
            except OSError:
                return

    def next_request(self) -> RawRequest | None:
        """Read the next request on this connection (keep-alive); None when the client closes it."""
        try:
            return _read_request(self.sock, self.stop, 1 << 16)
        except OSError:  # closed with our unread bytes in its buffer: a reset
            return None

    def trickle(self, data: bytes, interval: float) -> None:
        """Send ``data`` one byte at a time, ``interval`` seconds apart (until the client leaves)."""
        for index in range(len(data)):
            if not self.send(data[index : index + 1]) or not self.wait(interval):
                return


Script = Callable[[Conn, RawRequest], None]


def head(status: int, headers: Iterable[tuple[str, str]] = (), reason: str = "X") -> bytes:
    """A status line and headers, ending with the blank line."""
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def response(status: int, body: bytes, content_type: str = "application/json", **extra: str) -> bytes:
    """A complete response with ``Content-Length`` and ``Connection: close``."""
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body))), ("Connection", "close")]
    headers += [(name.replace("_", "-"), value) for name, value in extra.items()]
    return head(status, headers) + body


def json_response(status: int, document: Any, **extra: str) -> bytes:
    """A complete JSON response."""
    return response(status, json.dumps(document).encode(), **extra)


def chunked_head(status: int = 200, content_type: str = "application/x-ndjson") -> bytes:
    """The head of a chunked (streamed) response."""
    return head(status, [("Content-Type", content_type), ("Transfer-Encoding", "chunked")])


def chunk(data: bytes) -> bytes:
    """One chunk of a chunked body; ``chunk(b"")`` is the terminating chunk."""
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def ndjson(*documents: Any) -> bytes:
    """Documents as NDJSON lines."""
    return b"".join(json.dumps(document).encode() + b"\n" for document in documents)


def _read_request(sock: socket.socket, stop: threading.Event, keep_body: int) -> RawRequest | None:
    sock.settimeout(0.02)
    data = b""
    while b"\r\n\r\n" not in data:
        if stop.is_set() or len(data) > _HEAD_LIMIT:
            return None
        try:
            received = sock.recv(65536)
        except TimeoutError:
            continue
        if not received:
            return None
        data += received
    head_bytes, _, rest = data.partition(b"\r\n\r\n")
    first, *header_lines = head_bytes.decode("latin-1").split("\r\n")
    method, target, _version = first.split(" ", 2)
    headers: dict[str, str] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    request = RawRequest(method, target, headers)
    if "content-length" in headers:
        _read_sized(sock, stop, rest, int(headers["content-length"]), request, keep_body)
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        _read_chunked(sock, stop, rest, request, keep_body)
    return request


class _Reader:
    """Buffered reads from a socket that give up when the server stops or the peer closes."""

    def __init__(self, sock: socket.socket, stop: threading.Event, buffer: bytes) -> None:
        self.sock = sock
        self.stop = stop
        self.buffer = buffer

    def _fill(self) -> bool:
        while not self.stop.is_set():
            try:
                received = self.sock.recv(1 << 20)
            except TimeoutError:
                continue
            self.buffer += received
            return bool(received)
        return False

    def line(self) -> bytes | None:
        while b"\r\n" not in self.buffer:
            if not self._fill():
                return None
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def consume(self, size: int, sink: Callable[[bytes], None]) -> bool:
        """Pass the next ``size`` bytes to ``sink`` piece by piece; False if the stream ended first."""
        while size > 0:
            if not self.buffer and not self._fill():
                return False
            part, self.buffer = self.buffer[:size], self.buffer[size:]
            sink(part)
            size -= len(part)
        return True


def _keeper(request: RawRequest, keep: int) -> Callable[[bytes], None]:
    def sink(data: bytes) -> None:
        request.body_size += len(data)
        if len(request.body) < keep:
            request.body += data[: keep - len(request.body)]

    return sink


def _read_sized(
    sock: socket.socket, stop: threading.Event, rest: bytes, size: int, request: RawRequest, keep: int
) -> None:
    _Reader(sock, stop, rest).consume(size, _keeper(request, keep))


def _read_chunked(
    sock: socket.socket, stop: threading.Event, rest: bytes, request: RawRequest, keep: int
) -> None:
    """Read a chunked body in constant memory (only its size and first ``keep`` bytes are kept)."""
    reader = _Reader(sock, stop, rest)
    sink = _keeper(request, keep)
    while (size_line := reader.line()) is not None:
        size = int(size_line.split(b";")[0], 16)
        if not reader.consume(size, sink) or reader.line() is None or size == 0:
            return


@dataclass
class ScriptedServer:
    """Serve ``script`` on ``127.0.0.1`` at a free port, one thread per connection.

    Use as a context manager. ``requests`` lists every request read, in order; ``connections`` counts
    accepted connections; ``script_errors`` keeps exceptions raised by scripts (a test should see none).
    """

    script: Script
    keep_body: int = 1 << 16
    record: bool = True
    """False: do not keep requests in ``requests`` (for tests that count live objects)."""
    tls: ssl.SSLContext | None = None
    """A server-side TLS context: connections are wrapped (a failed handshake just ends them)."""
    read_request: bool = True
    """False: run the script as soon as a connection is accepted (e.g. to answer a TLS hello)."""
    requests: list[RawRequest] = field(default_factory=list)
    connections: int = 0
    script_errors: list[BaseException] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self._listener.settimeout(0.01)
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._acceptor = threading.Thread(target=self._accept_loop, name="scripted-accept", daemon=True)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ScriptedServer:
        self._acceptor.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop accepting, end every script and join all threads."""
        self.stop.set()
        self._acceptor.join(5)
        self._listener.close()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(5)

    def live_threads(self) -> int:
        """Connection threads still running (scripts waiting for their client)."""
        with self._lock:
            self._threads = [thread for thread in self._threads if thread.is_alive()]
            return len(self._threads)

    def _accept_loop(self) -> None:
        while not self.stop.is_set():
            try:
                sock, _address = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            thread = threading.Thread(target=self._serve, args=(sock,), name="scripted-conn", daemon=True)
            with self._lock:
                self.connections += 1
                self._threads = [item for item in self._threads if item.is_alive()]
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        if self.tls is not None:
            try:
                sock.settimeout(5)
                sock = self.tls.wrap_socket(sock, server_side=True)
            except (OSError, ssl.SSLError):
                sock.close()
                return
        with sock:
            try:
                request = (
                    _read_request(sock, self.stop, self.keep_body)
                    if self.read_request
                    else RawRequest("", "", {})
                )
                if request is None:
                    return
                if self.record:
                    with self._lock:
                        self.requests.append(request)
                sock.settimeout(None)
                self.script(Conn(sock, self.stop), request)
            except Exception as exc:  # kept for the test to assert on; a server thread must not die loudly
                self.script_errors.append(exc)
            finally:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def unused_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
