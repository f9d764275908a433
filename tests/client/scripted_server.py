"""A loopback HTTP/1.1 server scripted to behave (or misbehave) exactly as a test needs.

Unlike the fake Ollama server it has no behaviour of its own: every answer comes from a script, a list
of `Reply` values consumed one per request (the last one repeats). It records every request it reads
(method, path, headers, body) and notices clients that go away mid-answer, so tests can count retries,
inspect the bytes the client sent, and prove that an abandoned stream closed its connection::

    with ScriptedServer([Reply(503), Reply(200, b'{"version": "1"}')]) as server:
        Client(server.url).version()
        assert len(server.requests) == 2

Everything runs on raw sockets in daemon threads; `stop` closes every connection and joins the threads.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any, BinaryIO

__all__ = ["Recorded", "Reply", "ScriptedServer", "free_port", "json_reply", "ndjson"]

JSON = "application/json; charset=utf-8"
NDJSON = "application/x-ndjson"


@dataclass(frozen=True)
class Recorded:
    """One request as the server read it (header names in lower case)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    """What to answer to one request.

    Attributes:
        status: The HTTP status (any integer: 499 and 520 work).
        body: The body, as one piece or as pieces written separately (one TCP write each).
        headers: Extra response headers.
        content_type: The ``Content-Type``, or None to send none.
        framing: ``"length"`` (Content-Length), ``"chunked"`` (one HTTP chunk per piece) or ``"close"``
            (the end of the body is the end of the connection).
        pause: Seconds to wait before each piece.
        stall: Seconds to hold the connection after the last piece, before ending the body.
        endless: Written again and again (every `pause`, at least 5 ms) after the pieces until the
            client goes away or 10 s pass; the server then sets `ScriptedServer.disconnected`.
        truncate: Close the connection before the body is complete (Content-Length promises more,
            or the terminating chunk is missing).
        drop: Close the connection without answering at all.
        hold: Seconds to wait before answering at all (not a byte of the answer meanwhile), as a
            server busy with the request does.
    """

    status: int = 200
    body: bytes | Sequence[bytes] = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str | None = JSON
    framing: str = "length"
    pause: float = 0.0
    stall: float = 0.0
    endless: bytes | None = None
    truncate: bool = False
    drop: bool = False
    hold: float = 0.0

    @property
    def pieces(self) -> list[bytes]:
        """The body as a list of pieces."""
        return [self.body] if isinstance(self.body, bytes) else list(self.body)


def ndjson(*documents: Any) -> list[bytes]:
    """Each document as one NDJSON line (one piece each)."""
    return [json.dumps(document).encode() + b"\n" for document in documents]


def json_reply(document: Any, status: int = 200, **kwargs: Any) -> Reply:
    """A JSON answer."""
    return Reply(status, json.dumps(document).encode(), **kwargs)


def free_port() -> int:
    """A loopback port that nothing listens on (connecting to it is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


Script = Sequence[Reply] | Callable[[Recorded], Reply]


class ScriptedServer:
    """Serves `script` on ``127.0.0.1``: a list of replies (one per request, the last repeats) or a function.

    Attributes:
        requests: Every request read so far, in order.
        connections: How many TCP connections were accepted.
        disconnected: Set when a client went away while an ``endless`` answer was being written.
        closed_by_client: How many connections the client closed (EOF or reset while the server waited).
    """

    def __init__(self, script: Script, *, base_path: str = "") -> None:
        self._script = script
        self.requests: list[Recorded] = []
        self.connections = 0
        self.closed_by_client = 0
        self.disconnected = threading.Event()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}{base_path}"

    # Lifecycle ---------------------------------------------------------------------------------------
    def __enter__(self) -> ScriptedServer:
        thread = threading.Thread(target=self._accept_loop, name=f"scripted:{self.port}", daemon=True)
        self._threads.append(thread)
        thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """Close the listener and every connection, and join the threads."""
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(5)

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> bool:
        """Wait until at least `count` requests were read."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.requests) >= count:
                return True
            time.sleep(0.005)
        return len(self.requests) >= count

    # Serving -----------------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
                self._sockets.add(sock)
            thread = threading.Thread(target=self._serve_connection, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _next_reply(self, request: Recorded) -> Reply:
        if callable(self._script):
            return self._script(request)
        with self._lock:
            index = min(len(self.requests) - 1, len(self._script) - 1)
        return self._script[index]

    def _serve_connection(self, sock: socket.socket) -> None:
        try:
            reader = sock.makefile("rb")
        except OSError:
            return
        try:
            while not self._stopping.is_set():
                request = _read_request(reader)
                if request is None:
                    with self._lock:
                        self.closed_by_client += 1
                    return
                with self._lock:
                    self.requests.append(request)
                reply = self._next_reply(request)
                if reply.drop or not self._answer(sock, request, reply):
                    return
        except OSError:
            with self._lock:
                self.closed_by_client += 1
        finally:
            with self._lock:
                self._sockets.discard(sock)
            with contextlib.suppress(OSError):
                reader.close()
                sock.close()

    def _answer(self, sock: socket.socket, request: Recorded, reply: Reply) -> bool:
        """Write `reply`; False when the connection must be closed afterwards."""
        if reply.hold and self._stopping.wait(reply.hold):
            return False
        pieces = [] if request.method == "HEAD" else reply.pieces
        head = [f"HTTP/1.1 {reply.status} {_phrase(reply.status)}"]
        if reply.content_type:
            head.append(f"Content-Type: {reply.content_type}")
        length = sum(map(len, pieces)) if request.method != "HEAD" else len(b"".join(reply.pieces))
        if reply.framing == "length":
            head.append(f"Content-Length: {length + (7 if reply.truncate else 0)}")
        elif reply.framing == "chunked":
            head.append("Transfer-Encoding: chunked")
        else:
            head.append("Connection: close")
        head.extend(f"{name}: {value}" for name, value in reply.headers.items())
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        chunked = reply.framing == "chunked"
        for piece in pieces:
            if reply.pause:
                self._stopping.wait(reply.pause)
            sock.sendall(_frame(piece, chunked))
        if reply.endless is not None:
            self._write_endless(sock, reply, chunked)
            return False
        if reply.stall:
            self._stopping.wait(reply.stall)
        if reply.truncate or reply.framing == "close":
            return False
        if chunked:
            sock.sendall(b"0\r\n\r\n")
        return True

    def _write_endless(self, sock: socket.socket, reply: Reply, chunked: bool) -> None:
        assert reply.endless is not None
        deadline = time.monotonic() + 10
        try:
            while time.monotonic() < deadline and not self._stopping.is_set():
                time.sleep(max(reply.pause, 0.005))
                sock.sendall(_frame(reply.endless, chunked))
        except OSError:
            self.disconnected.set()


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _frame(piece: bytes, chunked: bool) -> bytes:
    if not chunked:
        return piece
    return b"%x\r\n%s\r\n" % (len(piece), piece) if piece else b""


def _read_request(reader: BinaryIO) -> Recorded | None:
    """Read one request; None at a clean end of the connection."""
    line = reader.readline(65536)
    while line in (b"\r\n", b"\n"):
        line = reader.readline(65536)
    if not line:
        return None
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        header = reader.readline(65536)
        if header in (b"\r\n", b"\n", b""):
            break
        name, _, value = header.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = b"".join(_read_body(reader, headers))
    return Recorded(method, target, headers, body)


def _read_body(reader: BinaryIO, headers: Mapping[str, str]) -> Iterable[bytes]:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            size = int(reader.readline(1024).split(b";", 1)[0].strip(), 16)
            if size == 0:
                while reader.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return
            yield reader.read(size)
            reader.readline(8)
    remaining = int(headers.get("content-length", "0") or 0)
    if remaining:
        yield reader.read(remaining)
