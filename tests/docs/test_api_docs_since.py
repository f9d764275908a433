"""docs/api.md's "since" column reads the spec's ``x-ollama-since`` wherever it is given."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "generate_api_docs.py"


def _script() -> ModuleType:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        spec = importlib.util.spec_from_file_location("generate_api_docs", SCRIPT)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SCRIPT.parent))


def test_since_reads_the_property_its_schema_and_its_value_forms() -> None:
    since = _script().since
    schemas = {"ThinkValue": {"x-ollama-since": "0.9.0"}, "ThinkLevel": {"type": "string"}}
    assert since({"type": "string", "x-ollama-since": "0.5.0"}, schemas) == "0.5.0"
    assert since({"$ref": "#/components/schemas/ThinkValue"}, schemas) == "0.9.0"
    think = {"$ref": "#/components/schemas/ThinkValue", "x-ollama-since": "0.9.1"}
    assert since(think, schemas) == "0.9.1"  # the property's own wins
    format_node = {
        "anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/JsonSchema", "x-ollama-since": "0.5.0"}]
    }
    assert since(format_node, schemas) == "JsonSchema: 0.5.0"
    both = {
        "x-ollama-since": "0.9.0",
        "anyOf": [
            {"type": "boolean"},
            {"$ref": "#/components/schemas/ThinkLevel", "x-ollama-since": "0.11.0"},
        ],
    }
    assert since(both, schemas) == "0.9.0 (ThinkLevel: 0.11.0)"
    assert since({"type": "string"}, schemas) == ""
