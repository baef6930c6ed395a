"""Read the router's data files (intents/data/*.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses a key given twice: YAML would silently keep the last one, so a second
    "3:" list in a category would throw away the first."""


def _no_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(
                f"{node.start_mark.name}: key {key!r} given twice (line {key_node.start_mark.line + 1})"
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def load_yaml(name: str) -> Any:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_StrictLoader)
