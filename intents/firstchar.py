"""A lookahead naming the characters a regular expression can start with, so it can skip other positions.

Python's regex engine scans a message position by position. A pattern that starts with a lookbehind
("(?<!\\w)"), a named group or a long alternation gives it no first-character test, so the whole pattern is
tried at every position. Prefixing "(?=[...])" with the characters any match must start with lets most
positions fail after one character compare. It never changes what a pattern matches: the class is a
necessary condition of every match, computed from the parsed pattern.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}


class _Anything(Exception):
    """The pattern may start with any character (or the walk met a construct it does not know)."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    pieces = []
    for op, av in items:
        if op is sre.LITERAL:
            pieces.append(_char(av))
        elif op is sre.RANGE:
            pieces.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            pieces.append(_CATEGORIES[av])
        else:  # a negated class, or something this walk does not model
            raise _Anything
    return pieces


def _firsts(items: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """The first characters a sequence can start with, and whether it can match the empty string."""
    pieces: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return [*pieces, _char(av)], False
        if op is sre.IN:
            return [*pieces, *_class_items(av)], False
        if op is sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Anything
            found, empty = _firsts(list(av[-1]))
        elif op is sre.BRANCH:
            found, empty = [], False
            for branch in av[1]:
                more, branch_empty = _firsts(list(branch))
                found += more
                empty = empty or branch_empty
        elif op in _REPEATS:
            found, empty = _firsts(list(av[2]))
            empty = empty or av[0] == 0
        else:
            raise _Anything
        pieces += found
        if not empty:
            return pieces, False
    return pieces, True


def lookahead(pattern: str) -> str:
    """ "(?=[...])" with the characters every match of ``pattern`` starts with, or "" when it can start with
    any character or match the empty string."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    try:
        pieces, empty = _firsts(list(parsed))
    except _Anything:
        return ""
    if empty or not pieces:
        return ""
    return "(?=[" + "".join(dict.fromkeys(pieces)) + "])"
