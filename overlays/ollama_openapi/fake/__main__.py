"""``python -m ollama_openapi.fake``: run a fake Ollama server until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import os
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


RULES = """\
how it behaves (the same rules from Python, FakeOllama(...)):
  models     It starts empty, like a fresh Ollama (--model NAME pre-installs one). Any name pulls
             successfully, except names containing "does-not-exist", whose pull fails as a model
             missing from the registry; a model that was not pulled, created or copied is a 404
             (ModelNotFoundError). What a model can do follows its name: names with "embed" or
             "minilm" only embed; qwen3, deepseek-r1, gpt-oss think; llava, gemma3,
             llama3.2-vision see images; llama3.1-3.3, qwen, mistral, granite call tools; an
             unknown name is a generic 7B llama that only generates. Asking a model for what it
             cannot do is Ollama's 400 ('"x" does not support thinking').
  text       Answers are plain English sentences picked by a hash of the model, the prompt (or
             the conversation) and options.seed: the same request always gets the same words.
             20 to 40 tokens, or exactly num_predict (done_reason "length"); "stop" strings cut
             them. format="json" or a JSON Schema gets JSON that matches it. Thinking models
             think first (message.thinking) unless think=false.
  tools      With tools, the fake reads the last user message: a tool is mentioned by its name
             ("get_weather" or "get weather") or a distinctive word of it ("What is the weather
             in Tokyo?" mentions get_weather). Mentioned tools are called one per answer, in the
             order mentioned, then it answers in text; "at once" calls them together, "again and
             again" never stops, "call tool NAME" calls a tool the request lacks, "wrong
             arguments" mistypes them. Arguments fill the required parameters from the message
             (a place after "in", a number, an enum's first value).
  embeddings One unit vector per input, the model's size (all-minilm: 384). They follow the
             words: each word (lower-cased, common words left out) adds a fixed direction, so
             texts that share words are close ("cats purr" to "cats meow": about 0.5) and texts
             that share none are nearly orthogonal ("stock market": about 0).
  errors     Bad requests get Ollama's own status and message; --strict also rejects requests
             the spec does not allow. For failures on demand, see "misbehaving on purpose".
"""


def listen_address(value: str) -> tuple[str, int]:
    """Where to listen for an ``OLLAMA_HOST`` value, as ``ollama serve`` reads it (``host``,
    ``host:port``, ``:port``, with or without ``http://``); ``127.0.0.1:11434`` when empty or
    unreadable."""
    text = value.strip().split("://", 1)[-1].split("/", 1)[0]
    host, _, port = text.rpartition(":") if ":" in text else (text, "", "")
    host = host.strip("[]") or "127.0.0.1"
    try:
        number = int(port) if port else 11434
    except ValueError:
        return "127.0.0.1", 11434
    return host, number if 0 <= number <= 65535 else 11434


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m ollama_openapi.fake",
        description="Run a fake Ollama server: real HTTP, Ollama's answers and errors, no model.",
        epilog=RULES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    default_host, default_port = listen_address(os.environ.get("OLLAMA_HOST", ""))
    parser.add_argument(
        "--host",
        default=default_host,
        help=f"interface to listen on (default {default_host}: from OLLAMA_HOST, as for `ollama serve`)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=default_port,
        help=f"TCP port, 0 picks a free one (default {default_port}: from OLLAMA_HOST, else 11434)",
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
