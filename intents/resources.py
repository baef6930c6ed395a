"""Read the router's data files (intents/data/*.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"
PACKS_DIR = DATA_DIR / "packs"
# What a language pack may add to the shared files: topic words per category, safety signals, and figures
# of speech the safety rules ignore.
PACK_KEYS = frozenset({"lang", "lexicon", "safety_signals", "safety_figures_of_speech"})


# libyaml's loader reads the data ten times faster; PyYAML's wheels ship it, a source build may not.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):
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
    return _read(DATA_DIR / name)


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_StrictLoader)


def language_packs() -> list[tuple[str, dict[str, Any]]]:
    """The language packs (data/packs/LANG.yaml), by file name: each holds the topic words and safety rules
    of one language, so that a native speaker can review them in one file. They add to lexicon.yaml and
    safety.yaml, after those files' own entries."""
    return list(_packs(PACKS_DIR))


@cache
def _packs(directory: Path) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Read once per directory: the lexicon and the safety rules both take their part of every pack."""
    packs = []
    for path in sorted(directory.glob("*.yaml")):
        data = _read(path) or {}
        where = f"packs/{path.name}"
        unknown = set(data) - PACK_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(PACK_KEYS)}")
        if data.get("lang") != path.stem:
            raise ValueError(f"{where}: lang {data.get('lang')!r} must be the file's name, {path.stem!r}")
        packs.append((path.stem, data))
    return tuple(packs)
