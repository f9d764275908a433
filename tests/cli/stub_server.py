"""`StubServer`: a loopback HTTP server that answers fixed bytes, for what the fake never sends
(fields no spec knows, numbers written oddly, redirects)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Answer:
    """What the stub sends for one route: a status, headers, and a body (NDJSON: lines joined)."""

    body: bytes | list[bytes] = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)

    def content(self) -> bytes:
        if isinstance(self.body, list):
            return b"".join(line + b"\n" for line in self.body)
        return self.body

    def content_type(self) -> str:
        return "application/x-ndjson" if isinstance(self.body, list) else "application/json; charset=utf-8"


class StubServer:
    """Answers ``(METHOD, PATH)`` with its `Answer`, anything else with 404; records request bodies."""

    def __init__(self, routes: Mapping[tuple[str, str], Answer]) -> None:
        self.routes = dict(routes)
        self.requests: list[tuple[str, str, bytes]] = []
        stub = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                stub.requests.append((self.command, self.path, body))
                answer = stub.routes.get((self.command, self.path))
                if answer is None:
                    answer = Answer(b'{"error":"not found"}', status=404)
                content = answer.content()
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type())
                self.send_header("Content-Length", str(len(content)))
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(content)

            do_GET = do_POST = do_DELETE = do_HEAD = _answer

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> StubServer:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
