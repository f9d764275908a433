# @generated from openapi/ollama.yaml by openapi-python-client (templates/): do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ABSENT,
    PYDANTIC_SERIALIZER,
    UNSET,
    Unset,
    dump_fields,
    dump_json,
)

T = TypeVar("T", bound="OpenAIChatCompletionRequest")

_FIELD_NAMES: dict[str, str] = {
    "model": "model",
    "messages": "messages",
    "stream": "stream",
    "stream_options": "stream_options",
    "max_tokens": "max_tokens",
    "seed": "seed",
    "stop": "stop",
    "temperature": "temperature",
    "frequency_penalty": "frequency_penalty",
    "presence_penalty": "presence_penalty",
    "top_p": "top_p",
    "response_format": "response_format",
    "tools": "tools",
    "reasoning": "reasoning",
    "reasoning_effort": "reasoning_effort",
    "logprobs": "logprobs",
    "top_logprobs": "top_logprobs",
    "_debug_render_only": "field_debug_render_only",
}
_FIELD_KEYS = frozenset(_FIELD_NAMES)
_READ_NAMES = tuple(_FIELD_NAMES.items())
_LOOKUP_NAMES = _FIELD_NAMES
_OFFICIAL_ONLY: tuple[str, ...] = ()

_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "messages",
    }
)


@_attrs_define(repr=False)
class OpenAIChatCompletionRequest:
    """A request to `/v1/chat/completions`. Unknown fields are ignored; so are these OpenAI ones:
    `tool_choice`, `parallel_tool_calls`, `n`, `user`, `logit_bias`, `max_completion_tokens`
    (use `max_tokens`), `modalities`, `audio`, `store`, `metadata`, `service_tier`,
    `prediction`, `web_search_options`, `verbosity`, `prompt_cache_key`, `safety_identifier`.

        Attributes:
            model (str): The model name. Empty is a 400 `model is required`; an unknown model a 404. Example: llama3.2.
            messages (list[OpenAIChatCompletionMessageParam]): The conversation so far; must not be empty (a 400).
            stream (bool | Unset): Stream the answer as Server-Sent Events. Absent or null means false.
            stream_options (OpenAIStreamOptions | Unset): Options of a streamed answer.
            max_tokens (int | Unset): Maximum tokens to generate (the native `num_predict`).
            seed (int | Unset): Random seed, for reproducible output.
            stop (list[str] | str | Unset): One stop sequence, or a list of them; generation ends when one is produced.
            temperature (float | Unset): Sampling temperature. Absent means 1.0 (not the Modelfile's value).
            frequency_penalty (float | Unset): Penalty proportional to how often a token appeared. Absent means the model's
                value.
            presence_penalty (float | Unset): Penalty for tokens already present. Absent means the model's value.
            top_p (float | Unset): Nucleus sampling threshold. Absent means 1.0 (not the Modelfile's value).
            response_format (OpenAIResponseFormat | Unset): The output format: `type` `json_object` (any JSON) or
                `json_schema` (the JSON Schema in
                `json_schema.schema`); `text` or any other type means free text.
            tools (list[Tool] | Unset): Functions the model may call (models with the `tools` capability, else a 400), in
                the
                native `Tool` shape, which is OpenAI's. `function.strict` and JSON Schema keywords a
                `ToolProperty` lacks are dropped before the model sees them.
            reasoning (OpenAIReasoning | Unset): Reasoning settings. When this object is present it decides, even without
                `effort`, and
                `reasoning_effort` is ignored.
            reasoning_effort (str | Unset): How hard a thinking model thinks: `none` (no thinking), `minimal` (as `low`),
                `low`,
                `medium`, `high`, `max`, `xhigh` or `ultra` (both as `max`). Case-sensitive; any other
                value is a 400, and so is a level other than `none` for a model without the `thinking`
                capability. Ignored when `reasoning` is given. Absent means the model's default
                (thinking models think).
            logprobs (bool | Unset): Return the log probability of each generated token in `choices[].logprobs`.
            top_logprobs (int | Unset): With `logprobs`, also return this many most likely alternatives per token (0 to 20).
            field_debug_render_only (bool | Unset): Debugging aid: return the rendered prompt in `_debug_info` without
                running the model
                (non-streamed; a streamed request gets one empty chunk and no `[DONE]`).
    """

    model: str
    messages: list[OpenAIChatCompletionMessageParam]
    stream: bool | Unset = UNSET
    stream_options: OpenAIStreamOptions | Unset = UNSET
    max_tokens: int | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    temperature: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    top_p: float | Unset = UNSET
    response_format: OpenAIResponseFormat | Unset = UNSET
    tools: list[Tool] | Unset = UNSET
    reasoning: OpenAIReasoning | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    field_debug_render_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    __pydantic_serializer__ = PYDANTIC_SERIALIZER

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        if self.messages is not None:
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        else:
            messages = ABSENT

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        max_tokens = self.max_tokens

        seed = self.seed

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        temperature = self.temperature

        frequency_penalty = self.frequency_penalty

        presence_penalty = self.presence_penalty

        top_p = self.top_p

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort = self.reasoning_effort

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        field_debug_render_only = self.field_debug_render_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None:
            field_dict["model"] = model
        if messages is not None:
            field_dict["messages"] = messages
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if field_debug_render_only is not UNSET:
            field_dict["_debug_render_only"] = field_debug_render_only

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

        if require_fields or "messages" in d:
            messages = []
            _messages = d["messages"]
            for messages_item_data in _messages:
                messages_item = OpenAIChatCompletionMessageParam.from_dict(messages_item_data, require_fields)

                messages.append(messages_item)
        else:
            messages = ABSENT

        stream = d.get("stream", UNSET)

        _stream_options = d.get("stream_options", UNSET)
        stream_options: OpenAIStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = OpenAIStreamOptions.from_dict(_stream_options, require_fields)

        max_tokens = d.get("max_tokens", UNSET)

        seed = d.get("seed", UNSET)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1: list[str] = data

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        stop = _parse_stop(d.get("stop", UNSET))

        temperature = d.get("temperature", UNSET)

        frequency_penalty = d.get("frequency_penalty", UNSET)

        presence_penalty = d.get("presence_penalty", UNSET)

        top_p = d.get("top_p", UNSET)

        _response_format = d.get("response_format", UNSET)
        response_format: OpenAIResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = OpenAIResponseFormat.from_dict(_response_format, require_fields)

        _tools = d.get("tools", UNSET)
        tools: list[Tool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = Tool.from_dict(tools_item_data, require_fields)

                tools.append(tools_item)

        _reasoning = d.get("reasoning", UNSET)
        reasoning: OpenAIReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = OpenAIReasoning.from_dict(_reasoning, require_fields)

        reasoning_effort = d.get("reasoning_effort", UNSET)

        logprobs = d.get("logprobs", UNSET)

        top_logprobs = d.get("top_logprobs", UNSET)

        field_debug_render_only = d.get("_debug_render_only", UNSET)

        instance_ = cls.__new__(cls)
        instance_.model = model
        instance_.messages = messages
        instance_.stream = stream
        instance_.stream_options = stream_options
        instance_.max_tokens = max_tokens
        instance_.seed = seed
        instance_.stop = stop
        instance_.temperature = temperature
        instance_.frequency_penalty = frequency_penalty
        instance_.presence_penalty = presence_penalty
        instance_.top_p = top_p
        instance_.response_format = response_format
        instance_.tools = tools
        instance_.reasoning = reasoning
        instance_.reasoning_effort = reasoning_effort
        instance_.logprobs = logprobs
        instance_.top_logprobs = top_logprobs
        instance_.field_debug_render_only = field_debug_render_only
        instance_._document = d
        open_ai_chat_completion_request = instance_

        undeclared = {} if _FIELD_KEYS.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_KEYS}
        open_ai_chat_completion_request.additional_properties = undeclared
        return open_ai_chat_completion_request

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
        return (
            f"OpenAIChatCompletionRequest({fields}{extra})" if fields else f"OpenAIChatCompletionRequest({extra[2:]})"
        )


from ..models.open_ai_chat_completion_message_param import (
    OpenAIChatCompletionMessageParam,
)
from ..models.open_ai_reasoning import OpenAIReasoning
from ..models.open_ai_response_format import OpenAIResponseFormat
from ..models.open_ai_stream_options import OpenAIStreamOptions
from ..models.tool import Tool
