"""``python -m ollama_openapi.fake``: run a fake Ollama server until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

from .faults import ErrorReply, Stall
from .server import FakeOllama
from .stream_failure import RUNNER_FAILURE, STREAM_FAILURE_MODES

_Parsed = TypeVar("_Parsed")


def _option(parse: Callable[[str], _Parsed]) -> Callable[[str], _Parsed]:
    """`parse` for argparse: its ``ValueError`` becomes the usage error argparse prints (exit 2)."""

    def convert(text: str) -> _Parsed:
        try:
            return parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(f"{text!r}: {error}") from None

    return convert


def _positive(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise ValueError("must be > 0")
    return value


def _not_negative(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise ValueError("must be >= 0")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError("must be >= 0")
    return value


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m ollama_openapi.fake", description="Run a fake Ollama server."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=11434, help="TCP port, 0 picks a free one (default 11434)"
    )
    parser.add_argument("--model", action="append", default=[], help="pre-install a model (repeatable)")
    parser.add_argument("--strict", action="store_true", help="reject requests that do not match the spec")
    parser.add_argument("--signed-in", action="store_true", help="behave as signed in to ollama.com")
    parser.add_argument("--log", action="store_true", help="print an access log to stderr")
    parser.add_argument(
        "--ollama-version",
        metavar="VERSION",
        help="play this Ollama release: /api/version says so, and the routes and fields it lacks "
        "(from the spec's release annotations) are missing (default: the newest the spec names)",
    )
    misbehave = parser.add_argument_group("misbehaving on purpose")
    misbehave.add_argument(
        "--tokens-per-second",
        type=_option(_positive),
        metavar="RATE",
        help="generate at this speed, streamed or not (default: as fast as possible)",
    )
    misbehave.add_argument(
        "--load-time",
        type=_option(_not_negative),
        default=0.0,
        metavar="SECONDS",
        help="the first request to a model that is not loaded waits this long (default 0)",
    )
    misbehave.add_argument(
        "--fail-next",
        type=_option(ErrorReply.parse),
        action="append",
        dest="faults",
        default=[],
        metavar="STATUS[,OPTIONS]",
        help="answer the next request with this error status; options: count=N (requests), path=PATH "
        "(only there), retry-after=SECONDS, message=TEXT (the rest of the value, commas included); "
        "repeatable, like --stall, and served in the order given",
    )
    misbehave.add_argument(
        "--stall",
        type=_option(Stall.parse),
        action="append",
        dest="faults",
        default=[],
        metavar="SECONDS[,OPTIONS]",
        help="accept the next request and send nothing for SECONDS, then answer; options: count=N, "
        "path=PATH, after-headers (send the headers, then stall); repeatable",
    )
    misbehave.add_argument(
        "--fail-streams-after",
        type=_option(_count),
        metavar="N",
        help="every stream (generation, pull, push, create; /v1 too) fails after N lines",
    )
    misbehave.add_argument(
        "--stream-failure",
        choices=STREAM_FAILURE_MODES,
        default="error",
        help="how: an in-band error line (error, the default) or a cut connection (cut)",
    )
    misbehave.add_argument(
        "--stream-error",
        default=RUNNER_FAILURE,
        metavar="MESSAGE",
        help="the in-band error's message (default: a crashed runner's)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Start the server, print its URL, serve until a signal arrives, then shut down cleanly."""
    arguments = parse_arguments(argv)
    server = FakeOllama(
        arguments.host,
        arguments.port,
        models=arguments.model,
        strict=arguments.strict,
        signed_in=arguments.signed_in,
        version=arguments.ollama_version,
        log=(lambda line: print(line, file=sys.stderr, flush=True)) if arguments.log else None,
        fail_streams_after=arguments.fail_streams_after,
        stream_failure=arguments.stream_failure,
        stream_error=arguments.stream_error,
        tokens_per_second=arguments.tokens_per_second,
        load_time=arguments.load_time,
        faults=arguments.faults,
    )
    stop_requested = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop_requested.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        server.start()
    except OSError as error:
        print(f"cannot listen on {arguments.host}:{arguments.port}: {error}", file=sys.stderr)
        return 1
    print(server.url, flush=True)
    while not stop_requested.wait(0.2):
        pass
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
