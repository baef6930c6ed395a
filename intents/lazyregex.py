"""Regular expressions compiled on first use, for patterns already known to compile.

The safety rules and the profile reader compile some 6,500 patterns at start-up, a second or more of every
start, while their gates keep most of them from ever running on most messages. A pattern that compiled in an
earlier process (same Python, so the same ``re``) is handed out as a ``_Deferred`` that compiles itself
when first searched with; one that did not, or was never seen, is compiled at once, so a broken pattern in
the data still fails loudly at load. What compiled is remembered with ``intents.cache``.
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

from intents import cache

_MEMO = cache.Memo("regex", lambda: cache.key("compiled", *cache.sources(cache, sys.modules[__name__])))
# What a caller may use of the regex, set on the object from the compiled one when first asked for.
_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _Deferred:
    """A pattern that behaves as ``re.compile(pattern)``: the first use of one of ``_FORWARDED`` compiles it
    and puts the compiled pattern's attributes in the slots, so every later use is a plain slot read with no
    indirection (``__getattr__`` only runs for a slot not yet set)."""

    __slots__ = ("pattern", *_FORWARDED)

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        if name not in _FORWARDED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern)
        for attribute in _FORWARDED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(source: str) -> re.Pattern[str]:
    """``re.compile(source)``, deferred to its first use when the pattern compiled before."""
    if cache.directory() is None:
        return re.compile(source)
    if _MEMO.get("compiles", source) is not cache.MISSING:
        # Not a re.Pattern, but it answers to everything the router asks of one.
        return cast(re.Pattern[str], _Deferred(source))
    regex = re.compile(source)
    _MEMO.put("compiles", source, 1)
    return regex
