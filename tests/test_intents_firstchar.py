"""The first-character lookahead is a necessary condition of every match, never a filter that hides one."""

from __future__ import annotations

import re

import pytest

from intents.firstchar import lookahead

CASES = [
    # pattern, texts it must still find, the lookahead it should get ("" = none)
    (r"(?<!\w)(?:mijn|onze) (zoon|dochter)", ["mijn zoon", "zegt onze dochter"], "(?=[mo])"),
    (r"(?P<num>\d{1,2}) (lat|lata)", ["ma 5 lat", "12 lata"], r"(?=[\d])"),
    (r"(?:(?<!\w)|(?<=(?<!\w)\u0648))(?:و?(عمره|عمرها) سنه)", ["وعمره سنه", "عمرها سنه"], "(?=[وع])"),
    (r"\((?P<num>\d) (lat|rok)\)", ["córka (5 lat)"], r"(?=[\(])"),
    (r"(ma|w)? ?klas", ["w klasie", "klasa"], "(?=[mw\\ k])"),
    (r"x*", ["", "abc"], ""),  # may match the empty string: no lookahead
    (r"(?i)mijn", ["Mijn"], ""),  # case-insensitive: the walk does not model it
    (r"[^a]bc", ["xbc"], ""),  # a negated class could start anywhere
    (r".ab", ["zab"], ""),
]


@pytest.mark.parametrize(("pattern", "texts", "expected"), CASES)
def test_lookahead_keeps_every_match(pattern: str, texts: list[str], expected: str) -> None:
    prefix = lookahead(pattern)
    assert prefix == expected
    plain, fast = re.compile(pattern), re.compile(prefix + pattern)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_lookahead_skips_positions_that_cannot_start_a_match() -> None:
    fast = re.compile(lookahead(r"(?<!\w)(?:mijn|onze) kind") + r"(?<!\w)(?:mijn|onze) kind")
    assert fast.search("ons kind") is None
    assert fast.search("dit is onze kind").span() == (7, 16)
