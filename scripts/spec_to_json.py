"""Write the YAML spec as canonical JSON (sorted keys, stable bytes) for the generated package."""

import json
import sys
from pathlib import Path

import yaml


def main(source: str, target: str) -> None:
    spec = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    text = json.dumps(spec, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    Path(target).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
