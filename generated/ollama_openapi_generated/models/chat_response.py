# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Generator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    PYDANTIC_SERIALIZER,
    UNSET,
    Unset,
    dump_fields,
    dump_json,
    parse_datetime,
)

T = TypeVar("T", bound="ChatResponse")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "created_at": "created_at",
    "message": "message",
    "done": "done",
    "remote_model": "remote_model",
    "remote_host": "remote_host",
    "done_reason": "done_reason",
    "_debug_info": "field_debug_info",
    "logprobs": "logprobs",
    "total_duration": "total_duration",
    "load_duration": "load_duration",
    "prompt_eval_count": "prompt_eval_count",
    "prompt_eval_duration": "prompt_eval_duration",
    "eval_count": "eval_count",
    "eval_duration": "eval_duration",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "created_at",
        "message",
        "done",
    }
)


@_attrs_define(repr=False)
class ChatResponse:
    """One chunk of a streamed `/api/chat` response, or the whole response when not streaming.

    Attributes:
        model (str): The model that answered.
        created_at (str): When this chunk was produced: the text Ollama sent, as the official client keeps it
            (`created_at_datetime` reads it as a datetime).
        message (ResponseMessage): One message as the server sends it: the `message` of a chat answer, and each of the
            `messages` of `/api/show`. The fields of `Message`; `role` and `content` are always there
            (`content` is empty when the model only thinks or calls tools, and on a `done` chunk).
        done (bool): True on the last chunk.
        remote_model (str | Unset): The upstream model name, when the model is a remote (cloud) stub.
        remote_host (str | Unset): The upstream server, when the model is a remote stub.
        done_reason (str | Unset): Why generation stopped: `stop`, `length`, `load` or `unload` (known values:
            `DoneReason`).
        field_debug_info (DebugInfo | Unset): The rendered prompt, returned instead of a generation when
            `_debug_render_only` is set.
        logprobs (list[Logprob] | Unset): Log probabilities of the generated tokens, when requested.
        total_duration (int | Unset): Time spent on the whole request, in nanoseconds.
        load_duration (int | Unset): Time spent loading the model, in nanoseconds.
        prompt_eval_count (int | Unset): Number of tokens in the prompt.
        prompt_eval_duration (int | Unset): Time spent evaluating the prompt, in nanoseconds.
        eval_count (int | Unset): Number of tokens generated.
        eval_duration (int | Unset): Time spent generating, in nanoseconds.
    """

    model: str
    created_at: str
    message: ResponseMessage
    done: bool
    remote_model: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    done_reason: str | Unset = UNSET
    field_debug_info: DebugInfo | Unset = UNSET
    logprobs: list[Logprob] | Unset = UNSET
    total_duration: int | Unset = UNSET
    load_duration: int | Unset = UNSET
    prompt_eval_count: int | Unset = UNSET
    prompt_eval_duration: int | Unset = UNSET
    eval_count: int | Unset = UNSET
    eval_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        created_at = self.created_at

        if self.message is not None:
            message = self.message.to_dict()
        else:
            message = ABSENT

        done = self.done

        remote_model = self.remote_model

        remote_host = self.remote_host

        done_reason = self.done_reason

        field_debug_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_debug_info, Unset):
            field_debug_info = self.field_debug_info.to_dict()

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        total_duration = self.total_duration

        load_duration = self.load_duration

        prompt_eval_count = self.prompt_eval_count

        prompt_eval_duration = self.prompt_eval_duration

        eval_count = self.eval_count

        eval_duration = self.eval_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None:
            field_dict["model"] = model
        if created_at is not None:
            field_dict["created_at"] = created_at
        if message is not None:
            field_dict["message"] = message
        if done is not None:
            field_dict["done"] = done
        if remote_model is not UNSET:
            field_dict["remote_model"] = remote_model
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if done_reason is not UNSET:
            field_dict["done_reason"] = done_reason
        if field_debug_info is not UNSET:
            field_dict["_debug_info"] = field_debug_info
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if load_duration is not UNSET:
            field_dict["load_duration"] = load_duration
        if prompt_eval_count is not UNSET:
            field_dict["prompt_eval_count"] = prompt_eval_count
        if prompt_eval_duration is not UNSET:
            field_dict["prompt_eval_duration"] = prompt_eval_duration
        if eval_count is not UNSET:
            field_dict["eval_count"] = eval_count
        if eval_duration is not UNSET:
            field_dict["eval_duration"] = eval_duration

        return field_dict

    @staticmethod
    def has_required_fields(document: Mapping[str, Any]) -> bool:
        """Whether `document` has every field the spec requires of this model (how a union picks its variant)."""
        return _REQUIRED_FIELDS.issubset(document)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], require_fields: bool = False) -> T:
        """The model read from its JSON document.

        A field the spec requires but `src_dict` lacks reads None, as the official client's models read
        it (except the spec's `x-python-essential` ones); with `require_fields` (used for the caller's
        own arguments) the absence of any required field raises `KeyError`.
        """
        d = src_dict
        if require_fields or "model" in d:
            model = d["model"]
        else:
            model = ABSENT

        if require_fields or "created_at" in d:
            created_at = d["created_at"]
        else:
            created_at = ABSENT

        message = ResponseMessage.from_dict(d["message"], require_fields)

        if require_fields or "done" in d:
            done = d["done"]
        else:
            done = ABSENT

        remote_model = d.get("remote_model", UNSET)

        remote_host = d.get("remote_host", UNSET)

        done_reason = d.get("done_reason", UNSET)

        _field_debug_info = d.get("_debug_info", UNSET)
        field_debug_info: DebugInfo | Unset
        if isinstance(_field_debug_info, Unset):
            field_debug_info = UNSET
        else:
            field_debug_info = DebugInfo.from_dict(_field_debug_info, require_fields)

        _logprobs = d.get("logprobs", UNSET)
        logprobs: list[Logprob] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = Logprob.from_dict(logprobs_item_data, require_fields)

                logprobs.append(logprobs_item)

        total_duration = d.get("total_duration", UNSET)

        load_duration = d.get("load_duration", UNSET)

        prompt_eval_count = d.get("prompt_eval_count", UNSET)

        prompt_eval_duration = d.get("prompt_eval_duration", UNSET)

        eval_count = d.get("eval_count", UNSET)

        eval_duration = d.get("eval_duration", UNSET)

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.created_at = created_at
        instance_.message = message
        instance_.done = done
        instance_.remote_model = remote_model
        instance_.remote_host = remote_host
        instance_.done_reason = done_reason
        instance_.field_debug_info = field_debug_info
        instance_.logprobs = logprobs
        instance_.total_duration = total_duration
        instance_.load_duration = load_duration
        instance_.prompt_eval_count = prompt_eval_count
        instance_.prompt_eval_duration = prompt_eval_duration
        instance_.eval_count = eval_count
        instance_.eval_duration = eval_duration
        instance_._document = d
        chat_response = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        chat_response.additional_properties = undeclared
        return chat_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name (``response["message"]``), else a field the spec does not declare;
        ``KeyError`` for one the answer left out, as the official client's models."""
        name = _LOOKUP_NAMES.get(key)
        if name is None:
            return self.additional_properties[key]
        value = getattr(self, name)
        if value is None and (self._document is None or key not in self._document):
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        name = _LOOKUP_NAMES.get(key)
        if name is None:
            self.additional_properties[key] = value
        else:
            setattr(self, name, value)

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        """Whether the field is there: set, or sent as null (as the official client's models answer)."""
        name = _LOOKUP_NAMES.get(key)
        if name is None:
            return key in self.additional_properties
        return getattr(self, name) is not None or (self._document is not None and key in self._document)

    def get(self, key: str, default: Any = None) -> Any:
        """A declared field's value (None when absent, as the official client's models read it), else an
        undeclared field's, else ``default``."""
        name = _LOOKUP_NAMES.get(key)
        if name is None:
            return self.additional_properties.get(key, None if key in _OFFICIAL_ONLY else default)
        return getattr(self, name)

    def __iter__(self) -> Generator[tuple[str, Any], None, None]:
        """``(name, value)`` of every declared field (None when absent), then of the undeclared ones, as the
        official client's models iterate (so ``dict(model)`` keeps the None-valued keys)."""
        for key, name in _READ_NAMES:
            yield key, getattr(self, name)
        extra = self.additional_properties
        for key in _OFFICIAL_ONLY:
            yield key, extra.get(key)
        yield from (
            (item for item in extra.items() if item[0] not in _OFFICIAL_ONLY) if _OFFICIAL_ONLY else extra.items()
        )

    def model_dump(self, *, exclude_none: bool = False) -> dict[str, Any]:
        """The fields as ``dict(model)`` has them, nested models dumped too (pydantic's ``model_dump``)."""
        return dump_fields(self, exclude_none)

    def model_dump_json(self, *, exclude_none: bool = False) -> str:
        """``model_dump()`` as JSON text (date-times in RFC 3339, as pydantic writes them)."""
        return dump_json(self.model_dump(exclude_none=exclude_none))

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}"
            for name, value in ((name, getattr(self, name)) for name in _FIELD_NAMES.values())
            if not isinstance(value, Unset)
        )
        extra = f", additional_properties={self.additional_properties!r}" if self.additional_properties else ""
        return f"ChatResponse({fields}{extra})" if fields else f"ChatResponse({extra[2:]})"

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``created_at`` (the text Ollama sent) read as a timezone-aware datetime; None when absent."""
        return None if self.created_at is None else parse_datetime(self.created_at)


from ..models.debug_info import DebugInfo
from ..models.logprob import Logprob
from ..models.response_message import ResponseMessage
