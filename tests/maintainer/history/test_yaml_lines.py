"""Line-oriented YAML edits keep every other byte."""

from __future__ import annotations

import yaml

from ollama_openapi_maintainer.yaml_lines import LineEditor, strip_annotations

SOURCE = """a:
  # comment
  b: {type: string}  # trailing
  c:
    type: object
  l:
    - {$ref: x}
    - type: int
      z: 1
  e: {}
"""


def test_keys_go_first_in_flow_and_block_mappings_and_list_items() -> None:
    editor = LineEditor(SOURCE)
    for pointer in ("/a/b", "/a/c", "/a/l/0", "/a/l/1", "/a/e"):
        assert editor.add(pointer, "x-ollama-since", '"0.1.0"')
    assert not editor.add("/a/missing", "x-ollama-since", '"0.1.0"')
    edited = editor.text()
    assert edited == (
        "a:\n  # comment\n"
        '  b: {x-ollama-since: "0.1.0", type: string}  # trailing\n'
        '  c:\n    x-ollama-since: "0.1.0"\n    type: object\n'
        '  l:\n    - {x-ollama-since: "0.1.0", $ref: x}\n'
        '    - x-ollama-since: "0.1.0"\n      type: int\n      z: 1\n'
        '  e: {x-ollama-since: "0.1.0"}\n'
    )
    data = yaml.safe_load(edited)
    assert data["a"]["l"][1] == {"x-ollama-since": "0.1.0", "type": "int", "z": 1}
    assert strip_annotations(edited) == SOURCE


def test_two_keys_on_one_node_keep_their_order() -> None:
    editor = LineEditor(SOURCE)
    editor.add("/a/l/1", "x-ollama-removed", '"0.2.0"')
    editor.add("/a/l/1", "x-ollama-since", '"0.1.0"')
    edited = editor.text()
    assert '    - x-ollama-since: "0.1.0"\n      x-ollama-removed: "0.2.0"\n      type: int\n' in edited
    assert strip_annotations(edited) == SOURCE


def test_prose_that_names_the_keys_is_left_alone() -> None:
    source = "a:\n  description: '`x-ollama-since: \"X.Y.Z\"` names the release'\n  b: {}\n"
    editor = LineEditor(source)
    editor.add("/a/b", "x-ollama-since", '"0.1.0"')
    edited = editor.text()
    assert strip_annotations(edited) == source
    assert strip_annotations(source) == source
