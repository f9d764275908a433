"""Tests for building tool definitions from Python functions."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import types
import typing
from collections.abc import Sequence
from typing import Annotated, Any, Literal, Optional, TypedDict, Union

import pytest
from ollama._utils import convert_function_to_tool

from ollama_openapi._tools import normalize_tools, parse_docstring, tool_from_function


class Unit(enum.Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclasses.dataclass
class Point:
    x: float
    y: float = 0.0


@dataclasses.dataclass
class Node:
    child: Node | None = None


class Address(TypedDict):
    street: str
    number: int


def get_weather(city: str, unit: Unit = Unit.CELSIUS, days: list[int] | None = None) -> str:
    """Get the current weather for a city.

    Args:
        city (str): The name of the city,
            for example Paris.
        unit: The temperature unit.
        days: Forecast days.

    Returns:
        str: A description of the weather.
    """
    return city


def _parameters(fn: Any) -> dict[str, Any]:
    parameters: dict[str, Any] = tool_from_function(fn)["function"]["parameters"]
    return parameters


def _property(annotation: Any) -> dict[str, Any]:
    def probe(value: Any) -> None:
        """Probe."""

    probe.__annotations__ = {"value": annotation}
    return _parameters(probe)["properties"]["value"]  # type: ignore[no-any-return]


def test_full_tool_shape() -> None:
    assert tool_from_function(get_weather) == {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the current weather for a city.",
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The name of the city, for example Paris."},
                    "unit": {
                        "type": "string",
                        "enum": ["celsius", "fahrenheit"],
                        "default": "celsius",
                        "description": "The temperature unit.",
                    },
                    "days": {"type": "array", "items": {"type": "integer"}, "description": "Forecast days."},
                },
                "required": ["city"],
            },
        },
    }


def _eager(fn: Any) -> Any:
    """A copy of ``fn`` whose annotations are evaluated (the official converter needs real types)."""

    copy = types.FunctionType(fn.__code__, fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__)
    copy.__annotations__ = typing.get_type_hints(fn)
    copy.__doc__ = fn.__doc__
    return copy


def test_better_than_official_client() -> None:
    official = convert_function_to_tool(_eager(get_weather)).model_dump(exclude_none=True)
    official_props = official["function"]["parameters"]["properties"]
    assert "enum" not in official_props["unit"]  # the official client loses these...
    assert "items" not in official_props["days"]
    ours = _parameters(get_weather)["properties"]
    assert ours["unit"]["enum"] == ["celsius", "fahrenheit"]  # ...we keep them
    assert ours["days"]["items"] == {"type": "integer"}
    assert official_props["city"]["description"] == ours["city"]["description"]


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (str, {"type": "string"}),
        (int, {"type": "integer"}),
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (Any, {}),
        (list, {"type": "array"}),
        (list[str], {"type": "array", "items": {"type": "string"}}),
        (Sequence[float], {"type": "array", "items": {"type": "number"}}),
        (set[int], {"type": "array", "items": {"type": "integer"}}),
        (tuple[int, ...], {"type": "array", "items": {"type": "integer"}}),
        (tuple[int, str], {"type": "array", "items": {"type": ["integer", "string"]}}),
        (list[list[int]], {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}),
        (dict, {"type": "object"}),
        (dict[str, Any], {"type": "object"}),
        (dict[str, int], {"type": "object", "additionalProperties": {"type": "integer"}}),
        (Literal["a", "b"], {"type": "string", "enum": ["a", "b"]}),
        (Literal[1, 2], {"type": "integer", "enum": [1, 2]}),
        (Literal[1, 2.5], {"type": "number", "enum": [1, 2.5]}),
        (Literal["a", 1], {"type": ["string", "integer"], "enum": ["a", 1]}),
        (Unit, {"type": "string", "enum": ["celsius", "fahrenheit"]}),
        (Level, {"type": "integer", "enum": [1, 2]}),
        (Optional[int], {"type": ["integer", "null"]}),  # noqa: UP045
        (int | None, {"type": ["integer", "null"]}),
        (Union[int, str], {"type": ["integer", "string"]}),  # noqa: UP007
        (Literal["x"] | None, {"type": ["string", "null"], "enum": ["x", None]}),
        (
            int | list[int],
            {"anyOf": [{"type": "integer"}, {"type": "array", "items": {"type": "integer"}}]},
        ),
        (datetime.date, {"type": "string", "format": "date"}),
        (Annotated[int, "how many"], {"type": "integer", "description": "how many"}),
        (
            Point,
            {
                "type": "object",
                "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
                "required": ["x"],
            },
        ),
        (
            Address,
            {
                "type": "object",
                "properties": {"street": {"type": "string"}, "number": {"type": "integer"}},
                "required": ["street", "number"],
            },
        ),
    ],
)
def test_annotation_schemas(annotation: Any, expected: dict[str, Any]) -> None:
    assert _property(annotation) == expected


def test_defaults_and_required() -> None:
    def search(
        query: str,
        limit: int = 10,
        exact: bool = False,
        tags: list[str] | None = None,
        note: str | None = None,
        level: Level = Level.HIGH,
        nullable: int | None = 5,
    ) -> None:
        """Search."""

    parameters = _parameters(search)
    assert parameters["required"] == ["query"]
    properties = parameters["properties"]
    assert properties["limit"] == {"type": "integer", "default": 10}
    assert properties["exact"] == {"type": "boolean", "default": False}
    assert properties["tags"] == {"type": "array", "items": {"type": "string"}}
    assert properties["note"] == {"type": "string"}
    assert properties["level"] == {"type": "integer", "enum": [1, 2], "default": 2}
    assert properties["nullable"] == {"type": ["integer", "null"], "default": 5}


def test_optional_without_default_is_required_and_nullable() -> None:
    def pick(choice: Optional[str]) -> None:  # noqa: UP045
        """Pick."""

    parameters = _parameters(pick)
    assert parameters["required"] == ["choice"]
    assert parameters["properties"]["choice"] == {"type": ["string", "null"]}


def test_unannotated_parameters() -> None:
    def legacy(a, b=3, c="x", d=None):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        """Legacy."""

    properties = _parameters(legacy)["properties"]
    assert properties["a"] == {"type": "string"}
    assert properties["b"] == {"type": "integer", "default": 3}
    assert properties["c"] == {"type": "string", "default": "x"}
    assert properties["d"] == {"type": "string"}


def test_var_args_ignored_and_no_required_key_when_empty() -> None:
    def flexible(*args: int, **kwargs: str) -> None:
        """Flexible."""

    assert _parameters(flexible) == {"type": "object", "properties": {}}


def test_no_docstring() -> None:
    def bare(x: int) -> int:
        return x

    function = tool_from_function(bare)["function"]
    assert "description" not in function
    assert function["parameters"]["properties"]["x"] == {"type": "integer"}


def test_string_annotations_resolved() -> None:
    # This module uses `from __future__ import annotations`, so every annotation here is a string.
    assert get_weather.__annotations__["city"] == "str"
    assert _parameters(get_weather)["properties"]["city"]["type"] == "string"


@pytest.mark.parametrize("annotation", [bytes, complex, object.__new__, type, Point | bytes])
def test_unsupported_annotation_names_parameter(annotation: Any) -> None:
    def tool(payload: Any) -> None:
        """Tool."""

    tool.__annotations__ = {"payload": annotation}
    with pytest.raises(TypeError, match="parameter 'payload' of tool 'tool'"):
        tool_from_function(tool)


def test_unresolvable_forward_reference() -> None:
    def tool(x: int) -> None:
        """Tool."""

    tool.__annotations__ = {"x": "DoesNotExist"}
    with pytest.raises(TypeError, match="cannot resolve its type hints"):
        tool_from_function(tool)


def test_recursive_dataclass_rejected() -> None:
    def walk(node: Node) -> None:
        """Walk."""

    with pytest.raises(TypeError, match="recursive type Node"):
        tool_from_function(walk)


def test_unresolvable_nested_hint() -> None:
    @dataclasses.dataclass
    class Local:
        other: Missing  # type: ignore[name-defined]  # noqa: F821

    with pytest.raises(TypeError, match="parameter 'value' of tool 'probe'"):
        _property(Local)


def test_enum_with_unsupported_values_rejected() -> None:
    class Weird(enum.Enum):
        A = (1, 2)

    with pytest.raises(TypeError, match="enum value"):
        _property(Weird)


def test_lambda_and_non_callables_rejected() -> None:
    with pytest.raises(TypeError, match="no usable name"):
        tool_from_function(lambda x: x)
    with pytest.raises(TypeError, match="function or a mapping"):
        tool_from_function(42)  # type: ignore[arg-type]


def test_bound_method_skips_self() -> None:
    class Service:
        def lookup(self, key: str) -> str:
            """Look a key up.

            :param key: The key.
            """
            return key

    function = tool_from_function(Service().lookup)["function"]
    assert function["name"] == "lookup"
    assert list(function["parameters"]["properties"]) == ["key"]
    assert function["parameters"]["properties"]["key"]["description"] == "The key."


def test_callable_object_and_partial() -> None:
    class Adder:
        def __call__(self, a: int, b: int = 1) -> int:
            """Add numbers."""
            return a + b

    tool = tool_from_function(Adder())["function"]
    assert tool["name"] == "Adder"
    assert tool["parameters"]["required"] == ["a"]

    def power(base: float, exponent: int) -> float:
        """Raise base to a power."""
        return float(base**exponent)

    square = tool_from_function(functools.partial(power, exponent=2))["function"]
    assert square["name"] == "power"
    assert square["description"] == "Raise base to a power."
    assert square["parameters"]["properties"]["exponent"] == {"type": "integer", "default": 2}


# ---------------------------------------------------------------------------------------------------
# Docstrings
# ---------------------------------------------------------------------------------------------------


def test_google_docstring() -> None:
    doc = """Summary line.

    More description
    over two lines.

    Args:
        a (int): First value.
        b: Second value,
            continued here.
        *rest: Extra values.
        **options (dict): Options.

    Returns:
        int: ignored: really.

    Raises:
        ValueError: ignored too.
    """
    description, params = parse_docstring(doc)
    assert description == "Summary line.\n\nMore description over two lines."
    assert params == {
        "a": "First value.",
        "b": "Second value, continued here.",
        "rest": "Extra values.",
        "options": "Options.",
    }


def test_rest_docstring() -> None:
    doc = """Do the thing.

    :param int a: the a value,
        which wraps.
    :param b: the b value
    :type b: str
    :returns: nothing
    """
    description, params = parse_docstring(doc)
    assert description == "Do the thing."
    assert params == {"a": "the a value, which wraps.", "b": "the b value"}


def test_numpy_docstring() -> None:
    doc = """Compute things.

    Parameters
    ----------
    a : int
        The a value.
    b : list of str, optional
        The b values,
        several of them.

    Returns
    -------
    int
        Something.
    """
    description, params = parse_docstring(doc)
    assert description == "Compute things."
    assert params == {"a": "The a value.", "b": "The b values, several of them."}


def test_empty_docstrings() -> None:
    assert parse_docstring(None) == ("", {})
    assert parse_docstring("") == ("", {})
    assert parse_docstring("Only a summary.") == ("Only a summary.", {})


def test_summary_ending_with_colon_is_not_a_section() -> None:
    description, params = parse_docstring("Does the following:\n\n    first, then second.")
    assert description == "Does the following:\n\nfirst, then second."
    assert params == {}


def test_docstring_description_beats_annotated() -> None:
    def tool(count: Annotated[int, "from annotation"], other: Annotated[int, "annotated only"]) -> None:
        """Tool.

        Args:
            count: from docstring
        """

    properties = _parameters(tool)["properties"]
    assert properties["count"]["description"] == "from docstring"
    assert properties["other"]["description"] == "annotated only"


# ---------------------------------------------------------------------------------------------------
# normalize_tools
# ---------------------------------------------------------------------------------------------------


def test_normalize_mixed_list() -> None:
    prebuilt = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    tools = normalize_tools([get_weather, prebuilt])
    assert tools is not None
    assert tools[0]["function"]["name"] == "get_weather"
    assert tools[1] == prebuilt
    assert tools[1] is not prebuilt


def test_normalize_single_tool_and_none() -> None:
    assert normalize_tools(None) is None
    single = normalize_tools(get_weather)
    assert single is not None
    assert len(single) == 1
    assert normalize_tools([]) == []


def test_normalize_fills_type_and_wraps_bare_function_definition() -> None:
    bare = {"name": "f", "description": "d", "parameters": {"type": "object", "properties": {}}}
    assert normalize_tools([bare]) == [{"type": "function", "function": bare}]
    assert normalize_tools([{"function": {"name": "g"}}]) == [{"type": "function", "function": {"name": "g"}}]


def test_normalize_model_objects() -> None:
    official = convert_function_to_tool(_eager(get_weather))
    [converted] = normalize_tools([official]) or []
    assert converted["type"] == "function"
    assert converted["function"]["name"] == "get_weather"

    class Generated:
        def to_dict(self) -> dict[str, Any]:
            return {"type": "function", "function": {"name": "generated"}}

    assert normalize_tools([Generated()]) == [{"type": "function", "function": {"name": "generated"}}]


@pytest.mark.parametrize("tool", [{"type": "function"}, {"function": {"name": ""}}, {"function": "x"}])
def test_normalize_rejects_invalid_mappings(tool: dict[str, Any]) -> None:
    with pytest.raises(TypeError, match="non-empty 'name'"):
        normalize_tools([tool])


@pytest.mark.parametrize("tools", ["get_weather", [42], [None]])
def test_normalize_rejects_other_values(tools: Any) -> None:
    with pytest.raises(TypeError):
        normalize_tools(tools)
