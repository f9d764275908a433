"""``python -m ollama_openapi.fake``: run a fake Ollama server until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from .server import FakeOllama


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
        log=(lambda line: print(line, file=sys.stderr, flush=True)) if arguments.log else None,
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
