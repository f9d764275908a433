"""HTTP/1.1 transport of the fake: keep-alive, chunked NDJSON streaming, raw uploads, clean shutdown."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from .context import FakeContext
from .errors import ApiError
from .faults import ErrorReply, FaultQueue, Stall, error_answer
from .middleware import Gate
from .protocol import (
    JSON_CONTENT_TYPE,
    NDJSON_CONTENT_TYPE,
    ROUTER_TEXT_CONTENT_TYPE,
    EmptyResponse,
    JsonResponse,
    Request,
    Response,
    StreamResponse,
    TextResponse,
    encode,
)
from .releases import ReleasePlay
from .routes import MethodNotAllowed, Route, RouteNotFound, TrailingSlashRedirect, find_route
from .stream_failure import ConnectionCut

_READ_PIECE = 1 << 16
_MAX_JSON_BODY = 256 * 1024 * 1024

# (method, path template, status, content type, one encoded JSON document)
ResponseObserver = Callable[[str, str, int, str, bytes], None]
# (method, path template, encoded body) -> error message or None
RequestChecker = Callable[[str, str, bytes], "str | None"]


class BadRequestBody(Exception):
    """The request body framing is broken (bad chunk size, bad Content-Length)."""


class FakeHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that tracks its connections so ``stop`` can close idle keep-alive ones."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        context: FakeContext,
        request_checker: RequestChecker | None = None,
        response_observer: ResponseObserver | None = None,
        log: Callable[[str], None] | None = None,
        faults: FaultQueue | None = None,
        release: ReleasePlay | None = None,
    ) -> None:
        self.context = context
        self.release = release
        """The Ollama release played, when older than the newest (`ReleasePlay`)."""
        self.request_checker = request_checker
        self.response_observer = response_observer
        self.log = log
        self.faults = faults if faults is not None else FaultQueue()
        self.gate = Gate(address[0])
        self._connections: set[socket.socket] = set()
        self._connection_threads: list[threading.Thread] = []
        self._closing = False
        self._connections_lock = threading.Lock()
        super().__init__(address, FakeRequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve each connection in its own daemon thread, remembered so ``join_threads`` can wait for it."""
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            daemon=True,
            name=f"fake-ollama-connection:{client_address[1] if isinstance(client_address, tuple) else ''}",
        )
        with self._connections_lock:
            self._connection_threads = [known for known in self._connection_threads if known.is_alive()]
            self._connection_threads.append(thread)
        thread.start()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client drops its connection (as clients do at exit); report anything else."""
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            return
        super().handle_error(request, client_address)

    def track(self, connection: socket.socket, active: bool) -> None:
        """Remember (or forget) an open client connection."""
        with self._connections_lock:
            if active:
                self._connections.add(connection)
                if self._closing:
                    with contextlib.suppress(OSError):
                        connection.shutdown(socket.SHUT_RDWR)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Shut down every client connection so handler threads blocked on reads or writes finish."""
        with self._connections_lock:
            self._closing = True
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def join_threads(self, timeout: float) -> None:
        """Wait for the connection threads to finish (they do quickly once connections are shut down)."""
        with self._connections_lock:
            threads = list(self._connection_threads)
        for thread in threads:
            thread.join(timeout)


class FakeRequestHandler(BaseHTTPRequestHandler):
    """Turns HTTP requests into :class:`Request` values and handler results into HTTP responses."""

    protocol_version = "HTTP/1.1"
    server_version = "ollama-fake"
    sys_version = ""
    disable_nagle_algorithm = True
    server: FakeHTTPServer

    def setup(self) -> None:
        """Register the connection for shutdown."""
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        """Unregister the connection."""
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        """Access log only when the server was given a logger."""
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def do_GET(self) -> None:
        """Dispatch."""
        self._dispatch()

    do_POST = do_HEAD = do_DELETE = do_PUT = do_PATCH = do_OPTIONS = do_GET

    def __getattr__(self, name: str) -> Any:
        # Like gin, answer every method (TRACE, QUERY, ...) by route: 405 on a known path, else 404.
        if name.startswith("do_"):
            return self.do_GET
        raise AttributeError(name)

    # Request body -------------------------------------------------------------------------------------
    def _body_chunks(self) -> Iterator[bytes]:
        self._body_done = False
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            while True:
                line = self.rfile.readline(1024)
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    raise BadRequestBody("invalid chunk size") from None
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                remaining = size
                while remaining:
                    data = self.rfile.read(min(remaining, _READ_PIECE))
                    if not data:
                        raise BadRequestBody("unexpected EOF")
                    remaining -= len(data)
                    yield data
                self.rfile.readline(8)
        else:
            try:
                remaining = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                raise BadRequestBody("invalid Content-Length") from None
            while remaining > 0:
                data = self.rfile.read(min(remaining, _READ_PIECE))
                if not data:
                    raise BadRequestBody("unexpected EOF")
                remaining -= len(data)
                yield data
        self._body_done = True

    def _read_body(self) -> bytes:
        pieces = []
        size = 0
        for piece in self._body_chunks():
            size += len(piece)
            if size > _MAX_JSON_BODY:
                raise BadRequestBody("request body too large")
            pieces.append(piece)
        return b"".join(pieces)

    # Dispatch -----------------------------------------------------------------------------------------
    def _dispatch(self) -> None:
        self._body_done = False
        self._added_headers: dict[str, str] = {}
        self._stall_after_headers = 0.0
        target = urlsplit(self.path)
        path = unquote(target.path)
        if not self._misbehave(path):
            return
        failure: Response | None = None
        route: Route | None = None
        params: dict[str, str] = {}
        try:
            route, params = find_route(self.command, path, target.query)
        except TrailingSlashRedirect as redirect:
            # gin redirects before its middleware runs.
            self._discard_body()
            self._send(_redirect(self.command, redirect), None)
            return
        except RouteNotFound:
            failure = TextResponse(404, "404 page not found", content_type=ROUTER_TEXT_CONTENT_TYPE)
        except MethodNotAllowed as not_allowed:
            # gin lists the methods the path does register (RFC 9110), in its own order.
            failure = TextResponse(
                405, "405 method not allowed", {"Allow": str(not_allowed)}, ROUTER_TEXT_CONTENT_TYPE
            )
        release = self.server.release
        if release is not None:
            failure = release.router_answer(route, path, failure)
            route = route if failure is None else None
        headers = {key.lower(): value for key, value in self.headers.items()}
        refusal, self._added_headers = self.server.gate(self.command, headers)
        answer = refusal or failure
        if answer is not None or route is None:
            self._discard_body()
            self._send(answer or TextResponse(404, "404 page not found"), route)
            return
        try:
            request = self._build_request(route, path, params)
        except BadRequestBody as error:
            self.close_connection = True
            self._send(JsonResponse(400, {"error": str(error)}), route)
            return
        if release is not None and not route.raw_body:
            request.body = release.request_body(route, request.body)
        try:
            response = self._handle(route, request)
            if release is not None:
                response = release.answer(route, response)
        except ConnectionCut:
            self.close_connection = True  # the server "goes away": no answer at all
            return
        if not self._body_done:
            # The handler did not consume the whole upload; the connection cannot be reused, and the
            # client must be told so before it sends another request on it.
            self.close_connection = True
        self._send(response, route)

    def _misbehave(self, path: str) -> bool:
        """Apply the fault queued for this request, if any; ``False`` when it has been answered."""
        fault = self.server.faults.take(path)
        if isinstance(fault, ErrorReply):
            self._discard_body()
            self._send(error_answer(fault, path, self.server.context.config.signin_url()), None)
            return False
        if isinstance(fault, Stall):
            if fault.after_headers:
                self._stall_after_headers = fault.seconds
            elif not self.server.context.sleeper.sleep(fault.seconds):
                self.close_connection = True  # the server stopped during the stall
                return False
        return True

    def _stall(self) -> None:
        """The stall queued between the headers and the body, if any (the headers are out by now);
        raises :class:`ConnectionCut` when the server stops during it."""
        if self._stall_after_headers:
            self.wfile.flush()
            if not self.server.context.sleeper.sleep(self._stall_after_headers):
                raise ConnectionCut

    def _discard_body(self) -> None:
        try:
            for _ in self._body_chunks():
                pass
        except BadRequestBody:
            self.close_connection = True

    def _build_request(self, route: Route, path: str, params: dict[str, str]) -> Request:
        headers = {key.lower(): value for key, value in self.headers.items()}
        request = Request(self.command, path, params, headers)
        if route.raw_body:
            request.body_chunks = self._body_chunks()
        else:
            request.body = self._read_body()
        return request

    def _handle(self, route: Route, request: Request) -> Response:
        checker = self.server.request_checker
        try:
            if checker is not None and not route.raw_body and request.body.strip():
                problem = checker(route.method, route.template, request.body)
                if problem is not None:
                    raise ApiError(400, f"request does not match the spec: {problem}")
            return route.endpoint(self.server.context, request)
        except ApiError as error:
            return JsonResponse(error.status, error.body())
        except BadRequestBody as error:
            self.close_connection = True
            return JsonResponse(400, {"error": str(error)})

    # Response -----------------------------------------------------------------------------------------
    def _observe(self, route: Route | None, status: int, content_type: str, document: bytes) -> None:
        observer = self.server.response_observer
        if observer is not None and route is not None:
            try:
                observer(route.method, route.template, status, content_type, document)
            except Exception as error:  # a validator bug must not break the response being sent
                if self.server.log is not None:
                    self.server.log(f"response observer failed: {error!r}")

    def _send(self, response: Response, route: Route | None) -> None:
        if isinstance(response, StreamResponse):
            self._send_stream(response, route)
            return
        if isinstance(response, JsonResponse):
            data = encode(response.body)
            content_type = JSON_CONTENT_TYPE
            self._observe(route, response.status, "application/json", data)
        elif isinstance(response, TextResponse):
            data = response.text.encode()
            content_type = response.content_type
        else:
            data = b""
            content_type = ""
            self._observe(route, response.status, "", data)
        self.send_response(response.status)
        if self.close_connection:
            self.send_header("Connection", "close")
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in {**getattr(self, "_added_headers", {}), **response.headers}.items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self._stall()
        except ConnectionCut:
            self.close_connection = True
            return
        if self.command != "HEAD" and data:
            self.wfile.write(data)

    def _send_stream(self, response: StreamResponse, route: Route | None) -> None:
        lines = response.lines
        try:
            first = next(lines)
        except StopIteration:
            first = None
        except ApiError as error:
            self._send(JsonResponse(error.status, error.body()), route)
            return
        except ConnectionCut:
            self.close_connection = True
            return
        content_type = response.content_type
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        for key, value in {**getattr(self, "_added_headers", {}), **response.headers}.items():
            self.send_header(key, value)
        self.end_headers()
        write = self.wfile.write
        observe = self.server.response_observer is not None
        try:
            self._stall()
            if first is not None:
                if observe:
                    self._observe(route, 200, content_type, first)
                write(b"%x\r\n%s\n\r\n" % (len(first) + 1, first))
                try:
                    for line in lines:
                        if observe:
                            self._observe(route, 200, content_type, line)
                        write(b"%x\r\n%s\n\r\n" % (len(line) + 1, line))
                except ApiError as error:
                    line = encode(error.body())
                    if observe:
                        self._observe(route, 200, NDJSON_CONTENT_TYPE, line)
                    write(b"%x\r\n%s\n\r\n" % (len(line) + 1, line))
            write(b"0\r\n\r\n")
        except ConnectionCut:
            self.close_connection = True  # mid-body: the client sees the chunked body end too soon
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, OSError):
            # The client went away mid-stream (e.g. stopped reading); nothing left to tell it.
            self.close_connection = True
        finally:
            close = getattr(lines, "close", None)
            if close is not None:
                close()


_GO_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"})


def _redirect(method: str, redirect: TrailingSlashRedirect) -> Response:
    """gin's trailing-slash redirect, written by Go's ``http.Redirect``: a short HTML body for GET,
    the HTML content type without a body for HEAD, neither for other methods."""
    headers = {"Location": redirect.location}
    if method == "GET":
        link = redirect.location.translate(_GO_HTML_ESCAPES)
        body = f'<a href="{link}">{HTTPStatus(redirect.status).phrase}</a>.\n\n'
        return TextResponse(redirect.status, body, headers, "text/html; charset=utf-8")
    if method == "HEAD":
        headers["Content-Type"] = "text/html; charset=utf-8"
    return EmptyResponse(redirect.status, headers)
