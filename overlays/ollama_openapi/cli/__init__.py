"""``ollama-openapi``: the command line of the client (``python -m ollama_openapi.cli``).

Commands: ``list``, ``ps``, ``show``, ``pull``, ``push``, ``create``, ``cp``, ``rm``, ``run``,
``stop``, ``embed``, ``version``, and ``api-changes`` and ``spec``, which read the shipped spec
only; global options ``--host`` and ``--json``; a command's options may
come anywhere after it. ``run`` without a prompt chats at a ``>>>`` prompt with ``readline``
editing and history. Progress bars are drawn as ``ollama`` draws them when stderr is a terminal,
plain lines otherwise. Exit codes are listed by ``ollama-openapi --help`` (`ExitCode`).
"""

from ollama_openapi.cli._app import main
from ollama_openapi.cli._exit import ExitCode

__all__ = ["ExitCode", "main"]
