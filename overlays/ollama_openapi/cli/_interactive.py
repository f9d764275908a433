"""The chat of ``run MODEL`` without a prompt: the ``>>>`` prompt, its commands and its history.

In a terminal, lines are read with line editing and history (the standard ``readline`` module,
where Python has it); from a pipe, one message per line without prompts. Both understand the
same commands (``/set``, ``/show``, ``/load``, ``/save``, ``/clear``, ``/bye``, ``/?``) and
``\"\"\"`` blocks. Ctrl-C stops an answer and returns to the prompt; at the prompt it clears the
line and says how to leave. An error is printed and the chat goes on.
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ollama_openapi.cli._chat import Conversation
from ollama_openapi.cli._exit import ExitCode, describe
from ollama_openapi.cli._models_cmds import show_summary
from ollama_openapi.cli._output import settle_after_interrupt
from ollama_openapi.cli._placeholder import ALT_PLACEHOLDER, PLACEHOLDER, show_until_key
from ollama_openapi.cli._spinner import Spinner
from ollama_openapi.compat import ModelfileError, ModelfileWarning, parse_modelfile
from ollama_openapi.errors import BadRequestError, ModelNotFoundError, OllamaError

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["LineReader", "history_path", "run_chat"]

PROMPT = ">>> "
CONTINUATION = "... "
TRIPLE_QUOTE = '"""'
_HISTORY_LIMIT = 100

_HELP = """\
Available Commands:
  /set            Set session variables
  /show           Show model information
  /load <model>   Load a session or model
  /save <model>   Save your current session
  /clear          Clear session context
  /bye            Exit
  /?, /help       Help for a command
  /? shortcuts    Help for keyboard shortcuts

Use \"\"\" to begin a multi-line message.
"""

_HELP_SET = """\
Available Commands:
  /set parameter ...     Set a parameter
  /set system <string>   Set system message
  /set history           Enable history
  /set nohistory         Disable history
  /set format json       Enable JSON mode
  /set noformat          Disable formatting
  /set verbose           Show LLM stats
  /set quiet             Disable LLM stats
  /set think             Enable thinking
  /set nothink           Disable thinking
"""

_HELP_SHORTCUTS = """\
Available keyboard shortcuts:
  Ctrl + a            Move to the beginning of the line (Home)
  Ctrl + e            Move to the end of the line (End)
   Alt + b            Move back (left) one word
   Alt + f            Move forward (right) one word
  Ctrl + k            Delete the sentence after the cursor
  Ctrl + u            Delete the sentence before the cursor
  Ctrl + w            Delete the word before the cursor
  Up, Down            Previous and next line of the history

  Ctrl + l            Clear the screen
  Ctrl + c            Stop the model from responding
  Ctrl + d            Exit ollama-openapi (/bye)
"""

_HELP_SHOW = """\
Available Commands:
  /show info         Show details for this model
  /show license      Show model license
  /show modelfile    Show Modelfile for this model
  /show parameters   Show parameters for this model
  /show system       Show system message
  /show template     Show prompt template
"""

_HELP_PARAMETERS = """\
Available Parameters:
  /set parameter seed <int>             Random number seed
  /set parameter num_predict <int>      Max number of tokens to predict
  /set parameter top_k <int>            Pick from top k num of tokens
  /set parameter top_p <float>          Pick token based on sum of probabilities
  /set parameter min_p <float>          Pick token based on top token probability * min_p
  /set parameter num_ctx <int>          Set the context size
  /set parameter temperature <float>    Set creativity level
  /set parameter repeat_penalty <float> How strongly to penalize repetitions
  /set parameter repeat_last_n <int>    Set how far back to look for repetitions
  /set parameter num_gpu <int>          The number of layers to send to the GPU
  /set parameter stop <string> <string> ...   Set the stop parameters
"""

INTERRUPT_HINT = "Use Ctrl + d or /bye to exit."


def history_path() -> Path | None:
    """Where the prompt's history is kept: ``$XDG_STATE_HOME/ollama-openapi/history`` (by default
    ``~/.local/state/ollama-openapi/history``); None when ``OLLAMA_NOHISTORY`` is set."""
    if os.environ.get("OLLAMA_NOHISTORY"):
        return None
    state = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(state) / "ollama-openapi" / "history"


class LineReader:
    """Reads the user's lines: with ``readline`` in a terminal, plainly from a pipe or file."""

    def __init__(self, stdin: TextIO, *, terminal: bool, history: Path | None = None) -> None:
        self._stdin = stdin
        self.terminal = terminal
        self._readline: ModuleType | None = None
        self._history = history
        self._recording = True
        if terminal:
            self._readline = _load_readline()
            if self._readline is not None and history is not None:
                self._load_history(self._readline, history)

    def read(self, prompt: str, hint: str | None = None) -> str | None:
        """The next line without its line break, or None at the end of input (Ctrl-D).

        In a terminal, `hint` shows in grey after the prompt until a key is pressed.
        """
        if not self.terminal:
            line = self._stdin.readline()
            return line.rstrip("\r\n") if line else None
        try:
            if hint and self._readline is not None:
                show_until_key(self._stdin, sys.stdout, prompt, hint)
            line = input(prompt)
        except EOFError:
            return None
        self._remember(line)
        return line

    def record(self, enabled: bool) -> None:
        """Keep new lines in the history (``/set history``) or not (``/set nohistory``)."""
        self._recording = enabled
        if self._readline is not None:
            self._readline.set_auto_history(enabled)

    def _load_history(self, readline: ModuleType, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch(mode=0o600)  # appending needs the file to exist
            readline.read_history_file(str(path))
            if readline.get_current_history_length() > _HISTORY_LIMIT:
                readline.set_history_length(_HISTORY_LIMIT)
                readline.write_history_file(str(path))  # trimmed to the last entries
            readline.set_history_length(-1)
        except OSError:
            self._history = None  # an unusable history file does not stop the chat

    def _remember(self, line: str) -> None:
        readline, path = self._readline, self._history
        if readline is None or path is None or not self._recording or not line.strip():
            return
        try:
            if hasattr(readline, "append_history_file"):
                readline.append_history_file(1, str(path))
            else:  # pragma: no cover - Python builds whose readline lacks it
                readline.write_history_file(str(path))
        except OSError:
            self._history = None


def _load_readline() -> ModuleType | None:
    try:
        import readline
    except ImportError:  # e.g. Windows: input() still reads lines, without history
        return None
    return readline


class _Chat:
    """The state of the prompt loop: the conversation, and a ``\"\"\"`` block being typed."""

    def __init__(self, conversation: Conversation, reader: LineReader) -> None:
        self.conversation = conversation
        self.reader = reader
        self.out = conversation.out
        self.block: list[str] | None = None  # the lines of an open """ block
        self.block_is_system = False

    def say(self, text: str) -> None:
        """Feedback for the user (stderr, so that stdout keeps only answers and what /show prints)."""
        self.out.note(text)

    def loop(self) -> int:
        while True:
            prompt = CONTINUATION if self.block is not None else PROMPT
            hint = ALT_PLACEHOLDER if self.block is not None else PLACEHOLDER
            try:
                line = self.reader.read(prompt, hint)
            except KeyboardInterrupt:
                if not self.reader.terminal:
                    raise
                settle_after_interrupt(self.out.stdout)
                self.out.text("\n" + INTERRUPT_HINT + "\n")
                self.block = None
                continue
            if line is None:
                if self.reader.terminal:
                    self.out.line()
                return ExitCode.OK
            try:
                if self.handle(line) == "bye":
                    return ExitCode.OK
            except KeyboardInterrupt:
                settle_after_interrupt(self.out.stdout)
                self.out.line()  # a command's request was interrupted: back to the prompt
            except OllamaError as error:
                self.say(f"error: {describe(error, host=self.conversation.client.base_url)}")

    def handle(self, line: str) -> str | None:
        """Act on one line; "bye" ends the chat."""
        if self.block is not None:
            before, ended = _cut_suffix(line, TRIPLE_QUOTE)
            self.block.append(before)
            if not ended:
                return None
            text, self.block = "\n".join(self.block), None
            if self.block_is_system:
                self.conversation.set_system(text)
                self.say("Set system message.")
                return None
            self.send(text)
            return None
        if line.startswith(TRIPLE_QUOTE):
            before, ended = _cut_suffix(line[len(TRIPLE_QUOTE) :], TRIPLE_QUOTE)
            if not ended:
                self.block, self.block_is_system = [before], False
                return None
            self.send(before)
            return None
        if line.startswith("/"):
            return self.command(line)
        self.send(line)
        return None

    def send(self, text: str) -> None:
        if text.strip():
            self.conversation.ask(text)

    def command(self, line: str) -> str | None:
        words = line.split()
        name = words[0]
        if name in ("/bye", "/exit"):
            return "bye"
        handlers = {
            "/set": self.set,
            "/show": self.show,
            "/load": self.load,
            "/save": self.save,
            "/clear": self.clear,
            "/?": self.help,
            "/help": self.help,
        }
        handler = handlers.get(name)
        if handler is None:
            self.say(f"Unknown command '{name}'. Type /? for help")
        else:
            handler(words[1:], line)
        return None

    def help(self, words: list[str], line: str) -> None:
        topic = words[0].lstrip("/") if words else ""
        texts = {
            "set": _HELP_SET,
            "show": _HELP_SHOW,
            "shortcut": _HELP_SHORTCUTS,
            "shortcuts": _HELP_SHORTCUTS,
        }
        self.say(texts.get(topic, _HELP))

    def clear(self, words: list[str], line: str) -> None:
        self.conversation.clear()
        self.say("Cleared session context")

    def set(self, words: list[str], line: str) -> None:
        if not words:
            self.say(_HELP_SET)
            return
        settings = self.conversation.settings
        what, rest = words[0], words[1:]
        simple = {
            "verbose": ("verbose", True, "Set 'verbose' mode."),
            "quiet": ("verbose", False, "Set 'quiet' mode."),
            "noformat": ("format", None, "Disabled format."),
            "nothink": ("think", False, "Set 'nothink' mode."),
        }
        if what in simple:
            attribute, value, message = simple[what]
            setattr(settings, attribute, value)
            self.say(message)
        elif what in ("history", "nohistory"):
            self.reader.record(what == "history")
        elif what == "format":
            if rest[:1] != ["json"]:
                self.say("Invalid or missing format. For 'json' mode use '/set format json'")
            else:
                settings.format = "json"
                self.say("Set format to 'json' mode.")
        elif what == "think":
            settings.think = rest[0] if rest else True
            self.say(f"Set 'think' mode to '{rest[0]}'." if rest else "Set 'think' mode.")
        elif what == "parameter":
            self.set_parameter(rest)
        elif what == "system":
            self.set_system(line)
        else:
            self.say(f"Unknown command '/set {what}'. Type /? for help")

    def set_parameter(self, words: list[str]) -> None:
        if len(words) < 2:
            self.say(_HELP_PARAMETERS)
            return
        key, values = words[0], words[1:]
        try:
            value = parameter_value(key, values)
        except ValueError as error:
            self.say(f"Couldn't set parameter: {str(error)!r}")
            return
        self.conversation.settings.options[key] = value
        self.say(f"Set parameter '{key}' to '{', '.join(values)}'")

    def set_system(self, line: str) -> None:
        text = line.split(None, 2)[2] if len(line.split(None, 2)) > 2 else ""
        if not text:
            self.say(_HELP_SET)
            return
        if text.startswith(TRIPLE_QUOTE):
            before, ended = _cut_suffix(text[len(TRIPLE_QUOTE) :], TRIPLE_QUOTE)
            if not ended:
                self.block, self.block_is_system = [before], True
                return
            text = before
        self.conversation.set_system(text)
        self.say("Set system message.")

    def show(self, words: list[str], line: str) -> None:
        if not words:
            self.say(_HELP_SHOW)
            return
        what = words[0]
        if what not in ("info", "license", "modelfile", "parameters", "system", "template"):
            self.say(f"Unknown command '/show {what}'. Type /? for help")
            return
        settings = self.conversation.settings
        info = self.conversation.client.show(
            settings.model, system=settings.system or None, options=settings.options or None
        )
        document: dict[str, Any] = info.to_dict()
        out = self.out
        if what == "info":
            for text in show_summary(document, verbose=False):
                out.line(text)
        elif what == "license":
            license_text = document.get("license") or ""
            if isinstance(license_text, list):
                license_text = "\n".join(str(part) for part in license_text)
            out.line(license_text.rstrip("\n") or "No license was specified for this model.")
        elif what == "modelfile":
            out.line(str(document.get("modelfile") or "").rstrip("\n"))
        elif what == "parameters":
            self.show_parameters(str(document.get("parameters") or ""))
        elif what == "system":
            system = settings.system or str(document.get("system") or "")
            out.line(f"{system}\n" if system else "No system message was specified for this model.")
        else:
            template = str(document.get("template") or "")
            out.line(template.rstrip("\n") or "No prompt template was specified for this model.")

    def show_parameters(self, parameters: str) -> None:
        out = self.out
        out.line("Model defined parameters:")
        if parameters.strip():
            for text in parameters.strip("\n").splitlines():
                out.line(f"  {text}")
        else:
            out.line("  No additional parameters were specified for this model.")
        out.line()
        options = self.conversation.settings.options
        if options:
            out.line("User defined parameters:")
            for key, value in options.items():
                out.line(f"  {key:<30} {_go_value(value)}")
            out.line()

    def load(self, words: list[str], line: str) -> None:
        if len(words) != 1:
            self.say("Usage:\n  /load <modelname>")
            return
        model = words[0]
        self.say(f"Loading model '{model}'")
        client = self.conversation.client
        try:
            info = client.show(model)
        except ModelNotFoundError:
            self.say(f"Couldn't find model '{model}'")
            return
        self.conversation.use_model(model, info)
        if self.reader.terminal:
            with Spinner(self.out.stderr):
                client.load(model, keep_alive=self.conversation.settings.keep_alive)

    def save(self, words: list[str], line: str) -> None:
        if len(words) != 1:
            self.say("Usage:\n  /save <modelname>")
            return
        name = words[0]
        conversation = self.conversation
        settings = conversation.settings
        messages = [*conversation.loaded_messages, *conversation.messages]
        try:
            conversation.client.create(
                name,
                from_=conversation.parent_model or settings.model,
                system=settings.system or None,
                parameters=settings.options or None,
                messages=messages or None,
                stream=False,
            )
        except BadRequestError as error:
            if "invalid model name" not in error.error:
                raise
            self.say(f"error: The model name '{name}' is invalid")
            return
        self.say(f"Created new model '{name}'")


def parameter_value(key: str, values: list[str]) -> Any:
    """The typed value of ``/set parameter KEY VALUE...``, as a Modelfile's ``PARAMETER`` reads it
    (``stop`` takes every value; other keys the first). Raises ``ValueError``."""
    lines = values if key.lower() == "stop" else values[:1]
    text = "FROM model\n" + "".join(f"PARAMETER {key} {value}\n" for value in lines)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ModelfileWarning)
        try:
            parameters = parse_modelfile(text).parameters
        except ModelfileError as error:
            raise ValueError(error.reason) from None
    if key not in parameters:
        reason = str(caught[0].message) if caught else f"unknown parameter {key!r}"
        raise ValueError(reason)
    return parameters[key]


def _go_value(value: Any) -> str:
    """A parameter value as Go's ``%v`` prints it (what ``ollama`` shows)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e21 else repr(value)
    if isinstance(value, list):
        return "[" + " ".join(_go_value(item) for item in value) + "]"
    return str(value)


def _cut_suffix(text: str, suffix: str) -> tuple[str, bool]:
    if text.endswith(suffix):
        return text[: -len(suffix)], True
    return text, False


def print_loaded_messages(conversation: Conversation) -> None:
    """Show the conversation a model was saved with, as ``ollama run`` does before its prompt."""
    out = conversation.out
    for message in conversation.loaded_messages:
        if message["role"] == "user":
            out.line(f"{PROMPT}{message['content']}")
        elif message["role"] == "assistant":
            out.line(message["content"])
            out.line()


def run_chat(conversation: Conversation, reader: LineReader) -> int:
    """Read and answer lines until ``/bye`` or the end of input; the exit code."""
    return _Chat(conversation, reader).loop()
