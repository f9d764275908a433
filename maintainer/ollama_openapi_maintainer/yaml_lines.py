"""Line-oriented edits of a YAML file that keep its formatting and comments.

The spec is written by hand in a mix of block and flow style; a YAML library's re-dump would rewrite
all of it. These edits add one key to a mapping node, found by its JSON pointer through PyYAML's
composer (which gives each node's line and column), and touch no other byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import yaml

_ESCAPE: Final = str.maketrans({"~": "~0", "/": "~1"})


@dataclass(frozen=True)
class NodePlace:
    """Where a mapping node is written: its first line and column (0-based) and its style."""

    line: int
    column: int
    flow: bool
    key_line: int
    """The line of the key that holds the node (its own line for a list item)."""


def node_places(text: str) -> dict[str, NodePlace]:
    """The place of every mapping node of the document, by JSON pointer ("" for the root)."""
    places: dict[str, NodePlace] = {}

    def walk(node: yaml.Node, pointer: str, key_line: int) -> None:
        if isinstance(node, yaml.MappingNode):
            places[pointer] = NodePlace(
                node.start_mark.line, node.start_mark.column, bool(node.flow_style), key_line
            )
            for key, value in node.value:
                walk(value, f"{pointer}/{str(key.value).translate(_ESCAPE)}", key.start_mark.line)
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                walk(value, f"{pointer}/{index}", value.start_mark.line)

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root, "", 0)
    return places


def quote(value: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class LineEditor:
    """Collects key insertions into mapping nodes and applies them bottom-up (so places stay valid)."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.places = node_places(text)
        self._edits: list[tuple[int, int, str, NodePlace]] = []

    def add(self, pointer: str, key: str, value: str) -> bool:
        """Add ``key: value`` (value already YAML) as the first key of the mapping at `pointer`;
        False when there is no mapping node there."""
        place = self.places.get(pointer)
        if place is None:
            return False
        self._edits.append((place.line, place.column, f"{key}: {value}", place))
        return True

    def text(self) -> str:
        """The edited document."""
        lines = list(self.lines)
        for line, column, entry, place in sorted(self._edits, key=lambda e: (e[0], e[1]), reverse=True):
            if place.flow:
                text = lines[line]
                inside = text[column + 1 :]
                sep = ", " if inside.strip() and not inside.lstrip().startswith("}") else ""
                lines[line] = f"{text[: column + 1]}{entry}{sep}{inside}"
            else:
                lines.insert(line, " " * column + entry)
                # The node's first key shares its line with a list item's dash (`- key: v`): the new
                # entry takes the dash, the old first key keeps its column.
                head = lines[line + 1]
                if head[:column].strip().startswith("-"):
                    lines[line] = head[:column] + entry
                    lines[line + 1] = " " * column + head[column:]
        return "\n".join(lines)


_ANNOTATION_LINE: Final = re.compile(
    r'^\s*(?:- )?x-ollama-(?:since|removed): "[^"]*"$|^\s*(?:- )?x-ollama-enum-since: \{[^{}]*\}$'
)
# Only as a key of a flow mapping: right after its "{" or a ", " (never inside a description's text).
_ANNOTATION_FLOW: Final = re.compile(
    r'(?<=\{)(?:x-ollama-(?:since|removed): "[^"]*"|x-ollama-enum-since: \{[^{}]*\})(?:, )?'
    r'|, (?:x-ollama-(?:since|removed): "[^"]*"|x-ollama-enum-since: \{[^{}]*\})(?=[,}])'
)


def strip_annotations(text: str) -> str:
    """`text` without the x-ollama-since/-removed/-enum-since keys a previous run wrote."""
    kept: list[str] = []
    dash = False
    for line in text.split("\n"):
        if _ANNOTATION_LINE.match(line):
            # `LineEditor` gave a list item's dash to the new first key: hand it back.
            dash = dash or line.lstrip().startswith("- ")
            continue
        if dash:
            column = len(line) - len(line.lstrip())
            line = line[: column - 2] + "- " + line[column:]
            dash = False
        previous = None
        while previous != line:  # a key stripped after "{" puts the next one there
            previous, line = line, _ANNOTATION_FLOW.sub("", line)
        kept.append(line)
    return "\n".join(kept)
