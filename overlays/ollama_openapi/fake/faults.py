"""Misbehaviour queued for the next requests: error answers (``FakeOllama.fail_next``) and stalls
(``FakeOllama.stall_next``), as a busy, rate-limited, signed-out or hung Ollama gives them.

Each queued fault serves `count` requests, to one path or to any; a request takes the first fault
queued that matches it, at most one. Error bodies have the shapes the spec gives each route family:
``ErrorResponse`` (``{"error": ...}``) on the native routes, ``OpenAIErrorResponse`` on ``/v1``,
``AnthropicErrorResponse`` on ``/v1/messages``; a 401 is the native ``ErrorResponse`` with
``signin_url`` everywhere (the spec's ``Unauthorized`` and ``...UnauthorizedOrNative`` answers).
"""

from __future__ import annotations

import dataclasses
import functools
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from .compat import AnthropicApiError, OpenAIApiError
from .errors import ApiError
from .protocol import JsonResponse

__all__ = ["ErrorReply", "Fault", "FaultQueue", "Stall", "error_answer", "spec_message"]


@functools.cache
def spec_message(status: int) -> str | None:
    """Ollama's words for an error `status`: the example of the spec's shared error answer for it
    (``components/responses``, e.g. ``ServiceUnavailable`` for 503), or None when it has none."""
    try:
        from ollama_openapi.spec import load_spec
    except ImportError:  # the fake copied without the rest of the package: reason phrases only
        return None
    spec: dict[str, Any] = load_spec()
    shared = spec["components"]["responses"]
    for operation in (op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)):
        answer = operation.get("responses", {}).get(str(status), {})
        reference = str(answer.get("$ref", ""))
        example = shared.get(reference.rsplit("/", 1)[-1], {}).get("content", {}).get("application/json", {})
        error = example.get("example", {}).get("error")
        if reference.startswith("#/components/responses/") and isinstance(error, str):
            return error
    return None


def _seconds_text(seconds: float) -> str:
    """``Retry-After`` seconds as written: whole seconds as an integer (HTTP's delta-seconds)."""
    return str(int(seconds)) if float(seconds).is_integer() else repr(float(seconds))


def _options(text: str, option: str) -> tuple[str, dict[str, str]]:
    """``HEAD,key=value,flag,...`` split into its head and options (``message=`` takes the rest, commas
    included; a flag without ``=`` has the value ``""``)."""
    head, _, rest = text.partition(",")
    options: dict[str, str] = {}
    while rest:
        if rest.startswith("message="):
            options["message"] = rest.removeprefix("message=")
            break
        item, _, rest = rest.partition(",")
        key, _, value = item.partition("=")
        options[key.strip().replace("_", "-")] = value.strip()
    if not head.strip():
        raise ValueError(f"{option} needs a value first: {text!r}")
    return head.strip(), options


def _take_int(options: dict[str, str], key: str, default: int) -> int:
    value = options.pop(key, None)
    return default if value is None else int(value)


@dataclass(frozen=True)
class ErrorReply:
    """Answer `count` requests with HTTP `status` instead of serving them (the request is read, not run).

    Attributes:
        status: An error status, 400 to 599.
        count: How many requests get it.
        path: Only requests to this path (``"/api/chat"``, no query); ``None``: any request.
        retry_after: Seconds sent as ``Retry-After`` (whole seconds as HTTP writes them; a fraction is
            sent as written, which this package's client reads too); ``None``: no such header.
        message: The error message; default: Ollama's for the status (`spec_message`).
        body: The whole JSON body instead of the route's error shape.
    """

    status: int
    count: int = 1
    path: str | None = None
    retry_after: float | None = None
    message: str | None = None
    body: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        if not 400 <= self.status <= 599:
            raise ValueError(f"an error status is 400 to 599, got {self.status}")
        if self.count < 1:
            raise ValueError(f"count must be >= 1, got {self.count}")
        if self.retry_after is not None and not self.retry_after >= 0:
            raise ValueError(f"retry_after must be >= 0, got {self.retry_after}")

    @classmethod
    def parse(cls, text: str) -> ErrorReply:
        """From the command line's ``STATUS[,count=N][,path=PATH][,retry-after=S][,message=TEXT]``."""
        head, options = _options(text, "--fail-next")
        retry_after = options.pop("retry-after", None)
        reply = cls(
            int(head),
            count=_take_int(options, "count", 1),
            path=options.pop("path", None) or None,
            retry_after=float(retry_after) if retry_after is not None else None,
            message=options.pop("message", None),
        )
        if options:
            raise ValueError(f"unknown --fail-next option: {next(iter(options))}")
        return reply

    @property
    def text(self) -> str:
        """The error message sent."""
        if self.message is not None:
            return self.message
        known = spec_message(self.status)
        if known is not None:
            return known
        try:
            return HTTPStatus(self.status).phrase.lower()
        except ValueError:  # a status without a name, such as 499
            return "error"


@dataclass(frozen=True)
class Stall:
    """Accept `count` requests and send nothing for `seconds`, then answer them normally.

    Attributes:
        seconds: How long nothing is sent.
        count: How many requests stall.
        path: Only requests to this path; ``None``: any request.
        after_headers: Send the status line and headers first, then stall before the body.
    """

    seconds: float
    count: int = 1
    path: str | None = None
    after_headers: bool = False

    def __post_init__(self) -> None:
        if not self.seconds >= 0:
            raise ValueError(f"a stall lasts >= 0 seconds, got {self.seconds}")
        if self.count < 1:
            raise ValueError(f"count must be >= 1, got {self.count}")

    @classmethod
    def parse(cls, text: str) -> Stall:
        """From the command line's ``SECONDS[,count=N][,path=PATH][,after-headers]``."""
        head, options = _options(text, "--stall")
        after_headers = options.pop("after-headers", None)
        if after_headers not in (None, ""):
            raise ValueError("after-headers takes no value")
        stall = cls(
            float(head),
            count=_take_int(options, "count", 1),
            path=options.pop("path", None) or None,
            after_headers=after_headers is not None,
        )
        if options:
            raise ValueError(f"unknown --stall option: {next(iter(options))}")
        return stall


Fault = ErrorReply | Stall


class FaultQueue:
    """The faults waiting for requests, first queued first served (safe to use from any thread)."""

    def __init__(self, faults: Iterable[Fault] = ()) -> None:
        self._lock = threading.Lock()
        self._queue: list[tuple[Fault, int]] = [(fault, fault.count) for fault in faults]

    def add(self, fault: Fault) -> None:
        """Queue `fault` for its `count` next matching requests."""
        with self._lock:
            self._queue.append((fault, fault.count))

    def take(self, path: str) -> Fault | None:
        """The fault a request to `path` gets, counted as served (``None``: none)."""
        if not self._queue:  # the usual case, answered without the lock
            return None
        with self._lock:
            for index, (fault, remaining) in enumerate(self._queue):
                if fault.path is None or fault.path == path:
                    if remaining > 1:
                        self._queue[index] = (fault, remaining - 1)
                    else:
                        del self._queue[index]
                    return fault
        return None

    def pending(self) -> list[Fault]:
        """The faults still queued, each with the requests it has left as its `count`."""
        with self._lock:
            return [dataclasses.replace(fault, count=remaining) for fault, remaining in self._queue]

    def clear(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._queue.clear()


def error_answer(reply: ErrorReply, path: str, signin_url: str) -> JsonResponse:
    """The answer `reply` gives a request to `path`, in the shape of the route's family."""
    headers = {} if reply.retry_after is None else {"Retry-After": _seconds_text(reply.retry_after)}
    if reply.body is not None:
        return JsonResponse(reply.status, dict(reply.body), headers)
    error: ApiError
    if reply.status == 401:
        error = ApiError(401, reply.text, {"signin_url": signin_url})
    elif path == "/v1/messages":
        error = AnthropicApiError(reply.status, reply.text)
    elif path.startswith("/v1/"):
        error = OpenAIApiError(reply.status, reply.text)
    else:
        error = ApiError(reply.status, reply.text)
    return JsonResponse(reply.status, error.body(), headers)
