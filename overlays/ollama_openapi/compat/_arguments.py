"""Checks of the seed library's arguments (options, format, chat messages), fitted to today's Ollama.

ollama-python 0.1.2 validated ``options`` and chat messages with pydantic before sending anything and
raised a ``ValueError`` for unknown option keys, messages with extra keys or unknown roles, and any
``format`` but ``"json"``. The same mistakes raise `InvalidArgumentError` here (also a ``ValueError``),
at call time, also when ``stream=True``. What changed:

* options: the keys Ollama reads today are accepted and converted as pydantic did (``"5"`` -> ``5`` for an
  integer option); keys the seed knew but today's Ollama ignores (``mirostat``, ``tfs_z``, ``numa``,
  ``f16_kv``, ...) are dropped instead of being sent; ``None`` values are dropped as before.
* format: ``"json"`` or a JSON-Schema dict (structured outputs).
* messages: the ``tool`` role and the fields of tool calling and thinking are allowed; ``image`` (a single
  image, as the seed document's example writes it) is read as ``images``; images may be base64 text,
  bytes, paths or binary files (the client encodes them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from ollama_openapi.compat._modelfile_parameters import OPTION_TYPES, convert_parameter
from ollama_openapi.errors import InvalidArgumentError

__all__ = ["SEED_ONLY_OPTIONS", "check_format", "compat_messages", "compat_options"]

#: Option keys of ollama-python 0.1.2 (and Ollama 0.1.x) that today's Ollama no longer reads.
SEED_ONLY_OPTIONS: Final[frozenset[str]] = frozenset(
    {
        "tfs_z",
        "mirostat",
        "mirostat_tau",
        "mirostat_eta",
        "penalize_newline",
        "numa",
        "num_gqa",
        "low_vram",
        "f16_kv",
        "vocab_only",
        "use_mlock",
        "embedding_only",
        "rope_frequency_base",
        "rope_frequency_scale",
        "logits_all",
    }
)

_ROLES: Final = ("system", "user", "assistant", "tool")
_MESSAGE_KEYS: Final = frozenset(
    {"role", "content", "images", "image", "thinking", "tool_calls", "tool_name", "tool_call_id"}
)


def compat_options(options: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Validate seed-style ``options``; return what to send (None when nothing is left to send)."""
    if not options:
        return None
    if not isinstance(options, Mapping):
        raise InvalidArgumentError(f"options must be a dict, not {type(options).__name__}")
    unknown = [key for key in options if key not in OPTION_TYPES and key not in SEED_ONLY_OPTIONS]
    if unknown:
        known = ", ".join(sorted(OPTION_TYPES))
        names = ", ".join(map(repr, unknown))
        raise InvalidArgumentError(f"unknown option(s) {names}; known options: {known}")
    converted = {
        key: _convert_option(key, value)
        for key, value in options.items()
        if value is not None and key in OPTION_TYPES
    }
    return converted or None


def _convert_option(key: str, value: Any) -> Any:
    expected = OPTION_TYPES[key]
    if expected is list:
        if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
            return list(value)
        raise InvalidArgumentError(f"option {key!r} must be a list of strings, got {value!r}")
    if isinstance(value, str):
        try:
            return convert_parameter(key, value)
        except ValueError as error:
            raise InvalidArgumentError(f"option {error}") from None
    if expected is bool:
        if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
            return bool(value)
    elif isinstance(value, bool):
        pass
    elif expected is int:
        if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
            return int(value)
    elif isinstance(value, (int, float)):
        return float(value)
    raise InvalidArgumentError(f"option {key!r} needs a {expected.__name__}, got {value!r}")


def check_format(format: Any) -> str | dict[str, Any] | None:
    """``None``, ``"json"`` or a JSON-Schema dict; anything else is an `InvalidArgumentError`."""
    if format is None:
        return None
    if format == "json":
        return "json"
    if isinstance(format, Mapping):
        return dict(format)
    raise InvalidArgumentError(f"format must be 'json' or a JSON schema (dict), got {format!r}")


def compat_messages(messages: Iterable[Any]) -> list[Any]:
    """Check seed-style chat messages; return them ready for `Client.chat` (``image`` read as ``images``)."""
    if isinstance(messages, (str, bytes, Mapping)) or not isinstance(messages, Iterable):
        raise InvalidArgumentError("messages must be a list of message dicts")
    return [_message(index, message) for index, message in enumerate(messages)]


def _message(index: int, message: Any) -> Any:
    what = f"messages[{index}]"
    if not isinstance(message, Mapping):
        if hasattr(message, "to_dict") and hasattr(message, "role"):
            return message  # a generated Message
        raise InvalidArgumentError(f"{what} must be a dict, not {type(message).__name__}")
    extra = sorted(str(key) for key in message if key not in _MESSAGE_KEYS)
    if extra:
        raise InvalidArgumentError(f"{what} has unknown key(s) {', '.join(map(repr, extra))}")
    role = message.get("role")
    if not isinstance(role, str) or role.lower() not in _ROLES:
        raise InvalidArgumentError(f"{what}: role must be one of {', '.join(_ROLES)}, got {role!r}")
    content = message.get("content")
    if content is None and not message.get("tool_calls"):
        raise InvalidArgumentError(f"{what} needs 'content'")
    if content is not None and not isinstance(content, str):
        raise InvalidArgumentError(f"{what}: content must be a str, not {type(content).__name__}")
    result = dict(message)
    if "image" in result:
        if "images" in result:
            raise InvalidArgumentError(f"{what} has both 'image' and 'images'; use 'images'")
        result["images"] = result.pop("image")
    if not result.get("images"):
        result.pop("images", None)
    return result
