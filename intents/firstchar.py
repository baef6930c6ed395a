"""What a regular expression needs in a text before it can match, so that it can be skipped cheaply.

``lookahead``: the characters a match can start with. Python's regex engine scans a message position by
position. A pattern that starts with a lookbehind ("(?<!\\w)"), a named group or a long alternation gives it
no first-character test, so the whole pattern is tried at every position. Prefixing "(?=[...])" with the
characters any match must start with lets most positions fail after one character compare. It never changes
what a pattern matches: the class is a necessary condition of every match, computed from the parsed pattern.

``word_anchors``: word prefixes one of which every match contains. Checking them against a sentence's words
(safety signals) or its text (ages in other languages) is cheaper than running the pattern.

``substring_needs``: strings one of which every match contains anywhere, for patterns whose words need not
start a word ("\\w+medewerker", Arabic prefixes), checked with ``in`` against the text.

``start_positions``: the prefixes such anchors are checked against in a text that keeps its punctuation (the
profile reader's role cues), with where they are; ``match_starts`` and ``lead`` say where a match can start.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from intents import cache

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
# Length of the word prefixes ``word_anchors`` gives.
ANCHOR_PREFIX = 5


class _Anything(Exception):
    """The pattern may start with any character (or the walk met a construct it does not know)."""


# The profile reader asks up to nine analyses of one pattern in a row, and parsing is most of their cost: the
# last few parses are kept. Nothing here changes a parsed pattern (the walks make new lists of its items).
@lru_cache(maxsize=256)
def _parsed(source: str) -> Any:
    return _parser.parse(source)


# The analyses of a pattern depend only on its text, this module's code and the Python version (``re``'s
# parser): they are kept between processes (intents/cache.py). The data files are not part of the key: a
# pattern edited in safety.yaml is simply a new entry.
_MEMO = cache.Memo(
    "firstchar", lambda: cache.key("firstchar analyses", *cache.sources(cache, sys.modules[__name__]))
)
_persisted = _MEMO.persisted


def _plain(value: Any) -> Any:
    return value


def _set_out(found: frozenset[str] | None) -> list[str] | None:
    return None if found is None else sorted(found)


def _set_in(data: list[str] | None) -> frozenset[str] | None:
    return None if data is None else frozenset(data)


Conditions = tuple[tuple[frozenset[str], ...], ...]


def _conditions_out(conditions: Conditions | None) -> list[list[list[str]]] | None:
    # The order of the alternatives and of the anchors within one (rarest first) is kept.
    return None if conditions is None else [[sorted(anchor) for anchor in alt] for alt in conditions]


def _conditions_in(data: list[list[list[str]]] | None) -> Conditions | None:
    return None if data is None else tuple(tuple(frozenset(anchor) for anchor in alt) for alt in data)


def _gate_out(gate: tuple[frozenset[str] | None, Conditions | None]) -> list[Any]:
    return [_set_out(gate[0]), _conditions_out(gate[1])]


def _gate_in(data: list[Any]) -> tuple[frozenset[str] | None, Conditions | None]:
    anchors, conditions = data
    return _set_in(anchors), _conditions_in(conditions)


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


@_persisted(_plain, _plain)
def lookahead(pattern: str) -> str:
    """ "(?=[...])" with the characters every match of ``pattern`` starts with, or "" when it can start with
    any character or match the empty string."""
    parsed = _parsed(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    try:
        pieces, empty = _firsts(list(parsed))
    except _Anything:
        return ""
    if empty or not pieces:
        return ""
    return "(?=[" + "".join(dict.fromkeys(pieces)) + "])"


# A position an anchor can start at: the start of the text or after a character that is not a word character.
_ANCHOR_START = re.compile(r"(?<!\w)\S")


def start_positions(text: str) -> dict[str, list[int]]:
    """The first 1 to ANCHOR_PREFIX characters of the text from every position that follows no word
    character, with where each starts (ascending). An anchor sits at the start of a match (which the
    profile patterns let follow no word character or apostrophe) or after a literal space of the pattern,
    so every anchor of a pattern that matches the text is among these prefixes (a superset, as a gate
    needs), and a pattern whose matches start with one of its ``match_starts`` can only match where these
    say."""
    found: dict[str, list[int]] = {}
    for start in _ANCHOR_START.finditer(text):
        position = start.start()
        chunk = text[position : position + ANCHOR_PREFIX]
        for n in range(1, len(chunk) + 1):
            key = chunk[:n]
            if key in found:
                found[key].append(position)
            else:
                found[key] = [position]
    return found


def start_chunks(text: str) -> dict[str, list[int]]:
    """``start_positions`` grouped by place instead of by prefix: the text's first ANCHOR_PREFIX characters
    from each such place, with where they start (ascending). One dictionary operation per place rather than
    one per prefix; the prefixes follow from ``chunk_prefixes`` and the places of a prefix from
    ``chunk_places``."""
    found: dict[str, list[int]] = {}
    for start in _ANCHOR_START.finditer(text):
        position = start.start()
        chunk = text[position : position + ANCHOR_PREFIX]
        places = found.get(chunk)
        if places is None:
            found[chunk] = [position]
        else:
            places.append(position)
    return found


# Chunks repeat within a message and from message to message ("mijn ", "ik be"): their prefixes are worth
# keeping.
@lru_cache(maxsize=1 << 16)
def chunk_prefixes(chunk: str) -> tuple[str, ...]:
    """The keys of ``start_positions`` a chunk of ``start_chunks`` gives."""
    return tuple(chunk[:n] for n in range(1, len(chunk) + 1))


def chunk_places(chunks: dict[str, list[int]], ordered: list[str], prefix: str) -> list[int]:
    """``start_positions(text)[prefix]`` from ``start_chunks(text)`` and its keys sorted (``ordered``), in
    which the chunks that start with a shorter prefix are next to each other ([] when there are none)."""
    if len(prefix) == ANCHOR_PREFIX:
        # A chunk this long is the whole prefix (shorter ones only end the text).
        return chunks.get(prefix, [])
    found: list[int] = []
    for index in range(bisect_left(ordered, prefix), len(ordered)):
        chunk = ordered[index]
        if not chunk.startswith(prefix):
            break
        found += chunks[chunk]
    found.sort()
    return found


def _parse(source: str, refused: int) -> Any:
    """The parsed pattern, or None when it does not parse or sets one of the ``refused`` flags (under which
    the literal reading of the walks below would be wrong)."""
    try:
        parsed = _parsed(source)
    except Exception:
        return None
    return None if parsed.state.flags & refused else parsed


def conditions_met(
    conditions: tuple[tuple[frozenset[str], ...], ...] | None, prefixes: frozenset[str]
) -> bool:
    """Whether a text with these word prefixes meets ``word_conditions``: for some alternative, every anchor
    has a prefix in the text (None: no conditions, always met). Plain loops rather than any(all(...)): this
    runs for every gated pattern of every sentence, and the generators cost more than the set checks."""
    if conditions is None:
        return True
    for alternative in conditions:
        for anchor in alternative:
            if anchor.isdisjoint(prefixes):
                break
        else:
            return True
    return False


def substrings_met(conditions: Conditions, text: str) -> bool:
    """Whether a text meets ``substring_conditions``: for some alternative, the text contains one string of
    every set. Plain loops, as in ``conditions_met``."""
    for alternative in conditions:
        for strings in alternative:
            if not any(map(text.__contains__, strings)):
                break
        else:
            return True
    return False


@_persisted(_set_out, _set_in)
def match_starts(source: str) -> frozenset[str] | None:
    """The literal prefixes (at most ANCHOR_PREFIX characters, never empty) one of which every match of the
    pattern starts with, or None when that cannot be told (a match may start with a class, a repeat, ...)."""
    parsed = _parse(source, re.IGNORECASE | re.VERBOSE)
    if parsed is None:
        return None
    found: set[str] = set()
    if not _walk(list(parsed), "", found) or "" in found:
        return None
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Lead:
    """Where every match of a pattern starts: at the beginning of the text and/or right after one of the
    fixed strings its leading lookbehind allows ("(?:^|(?<=[.!?] ))..." starts a sentence)."""

    beginning: bool
    # Per lookbehind: a pattern that finds its text (consuming one character, so no place is skipped) and
    # how many characters the lookbehind reads.
    finders: tuple[tuple[re.Pattern[str], int], ...]

    def places(self, text: str) -> list[int]:
        found = {m.start() + width for finder, width in self.finders for m in finder.finditer(text)}
        if self.beginning:
            found.add(0)
        return sorted(found)


def _lead_out(found: Lead | None) -> list[Any] | None:
    return None if found is None else [found.beginning, [[f.pattern, width] for f, width in found.finders]]


def _lead_in(data: list[Any] | None) -> Lead | None:
    if data is None:
        return None
    beginning, finders = data
    return Lead(bool(beginning), tuple((re.compile(source), int(width)) for source, width in finders))


@_persisted(_lead_out, _lead_in)
def lead(source: str) -> Lead | None:
    """The ``Lead`` of a pattern whose first element is "^", a lookbehind of literals and classes, or a
    group or alternation of only these; None for any other pattern."""
    parsed = _parse(source, re.IGNORECASE | re.MULTILINE | re.VERBOSE)
    items = list(parsed) if parsed is not None else []
    if not items:
        return None
    try:
        alternatives = _leads(items[0])
    except _Anything:
        return None
    finders = []
    for body in alternatives:
        if body:
            pieces = [_piece(op, arg) for op, arg in body]
            rest = "".join(pieces[1:])
            finders.append((re.compile(pieces[0] + (f"(?={rest})" if rest else "")), len(body)))
    return Lead(any(not body for body in alternatives), tuple(finders))


def _piece(op: object, arg: Any) -> str:
    return _char(arg) if op is sre.LITERAL else "[" + "".join(_class_items(arg)) + "]"


def _leads(item: tuple[Any, Any]) -> list[list[tuple[Any, Any]]]:
    """The start conditions of a leading zero-width element: [] for the beginning, else a lookbehind's
    items (each one literal or class)."""
    op, arg = item
    if op is sre.AT and arg is sre.AT_BEGINNING:
        return [[]]
    if op is sre.ASSERT and arg[0] == -1:
        body = list(arg[1])
        if not body or any(part not in (sre.LITERAL, sre.IN) for part, _ in body):
            raise _Anything
        return [body]
    if op is sre.SUBPATTERN and not arg[1] and not arg[2] and len(arg[-1]) == 1:
        return _leads(arg[-1][0])
    if op is sre.BRANCH:
        found = []
        for alternative in arg[1]:
            if len(alternative) != 1:
                raise _Anything
            found += _leads(alternative[0])
        return found
    raise _Anything


@_persisted(_set_out, _set_in)
def word_anchors(source: str) -> frozenset[str] | None:
    """The gate of a pattern: a set of word prefixes (at most ANCHOR_PREFIX letters) one of which every
    match must contain at the start of a word, or None when no such set can be told.

    For each alternative of the pattern the rarest mandatory word group is chosen ("geslagen|geschopt"
    rather than "ik"), so that most patterns are skipped for most sentences without running them."""
    parsed = _items(source)
    return None if parsed is None else _branch_anchor(parsed)


@_persisted(_conditions_out, _conditions_in)
def word_conditions(source: str) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """Per alternative of the pattern, every anchor it needs, rarest first: a text can only match when, for
    some alternative, each of its anchors is met. None when an alternative needs no anchor that can be
    told. Stricter than ``word_anchors`` (one anchor per alternative), which suits an index by prefix."""
    parsed = _items(source)
    return None if parsed is None else _conditions(parsed)


@_persisted(_gate_out, _gate_in)
def word_gate(
    source: str,
) -> tuple[frozenset[str] | None, tuple[tuple[frozenset[str], ...], ...] | None]:
    """``word_anchors`` and ``word_conditions`` of one pattern from one parse: parsing is most of the cost of
    loading thousands of safety patterns at start-up."""
    parsed = _items(source)
    if parsed is None:
        return None, None
    # ``_branch_anchor`` and ``_conditions`` in one: both are None when an alternative has no anchor, and
    # the best anchor is the rarest of the candidates the conditions are made of.
    gate: set[str] = set()
    conditions = []
    for alternative in _alternatives(parsed):
        candidates = _anchor_candidates(list(alternative))
        if not candidates:
            return None, None
        gate |= max(candidates, key=_rarity)
        conditions.append(tuple(sorted(set(candidates), key=lambda c: (_rarity(c), sorted(c)), reverse=True)))
    return frozenset(gate), tuple(conditions)


def _items(source: str) -> list | None:
    try:
        return list(_parsed(source))
    except Exception:
        return None


def _conditions(parsed: list) -> tuple[tuple[frozenset[str], ...], ...] | None:
    conditions = []
    for alternative in _alternatives(parsed):
        candidates = _anchor_candidates(list(alternative))
        if not candidates:
            return None
        conditions.append(tuple(sorted(set(candidates), key=lambda c: (_rarity(c), sorted(c)), reverse=True)))
    return tuple(conditions)


def _alternatives(items: list) -> list:
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][-1])
    return items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [items]


def _branch_anchor(items: list) -> frozenset[str] | None:
    """The union of the best anchors of each alternative, when the items are one group or alternation."""
    gate: set[str] = set()
    for alternative in _alternatives(items):
        anchor = _best_anchor(list(alternative))
        if anchor is None:
            return None
        gate |= anchor
    return frozenset(gate)


def _walk(items: list, prefix: str, found: set[str], *, through_spaces: bool = False) -> bool:
    """Collect into ``found`` the literal prefixes the first word of a match starts with (with
    ``through_spaces`` the prefixes go on past a space: ``match_heads``); False when that cannot be told."""
    for index, (op, arg) in enumerate(items):
        rest = items[index + 1 :]
        if op is sre.LITERAL:
            char = chr(arg)
            if (char == " " and not through_spaces) or len(prefix) >= ANCHOR_PREFIX:
                found.add(prefix)
                return True
            prefix += char
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        elif op is sre.SUBPATTERN:
            return _walk(list(arg[-1]) + rest, prefix, found, through_spaces=through_spaces)
        elif op is sre.BRANCH:
            return all(
                _walk(list(alt) + rest, prefix, found, through_spaces=through_spaces) for alt in arg[1]
            )
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            # After a repeated part the text may repeat it again: stop at its end instead of going on.
            ok = _walk([*arg[2], (sre.ANY, None)], prefix, found, through_spaces=through_spaces)
            return ok and (arg[0] > 0 or _walk(rest, prefix, found, through_spaces=through_spaces))
        else:
            found.add(prefix)
            return True
    found.add(prefix)
    return True


def _strings(items: list, limit: int = 4000) -> set[str] | None:
    """Every string the items can match, when that is a small finite set of literals; else None."""
    results = {""}
    for op, arg in items:
        if op is sre.LITERAL:
            results = {r + chr(arg) for r in results}
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.SUBPATTERN:
            options = _strings(list(arg[-1]), limit)
        elif op is sre.BRANCH:
            parts = [_strings(list(alt), limit) for alt in arg[1]]
            options = None if any(p is None for p in parts) else set().union(*parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[1] == 1:
            body = _strings(list(arg[2]), limit)
            options = None if body is None else (body | {""} if arg[0] == 0 else body)
        else:
            return None
        if options is None or len(results) * len(options) > limit:
            return None
        results = {r + o for r in results for o in options}
    return results


def _ends_with_space(op: object, arg: object) -> bool:
    """Whether a repeated group like ``(\\w+ ){0,2}`` always ends with a space when it matches."""
    if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return False
    body = list(arg[2])
    while body and body[-1][0] is sre.SUBPATTERN:
        body = list(body[-1][1][-1])
    return bool(body) and body[-1] == (sre.LITERAL, ord(" "))


def _best_anchor(items: list) -> frozenset[str] | None:
    candidates = _anchor_candidates(items)
    if not candidates:
        return None
    return max(candidates, key=_rarity)


def _rarity(anchor: frozenset[str]) -> tuple[int, int]:
    """Longer and fewer prefixes are met by fewer sentences."""
    return min(len(w) for w in anchor), -len(anchor)


def _anchor_candidates(items: list) -> list[frozenset[str]]:
    """Every anchor the sequence ``items`` needs: each is a set of word prefixes one of which any match
    contains."""
    candidates: list[frozenset[str]] = []
    first: set[str] = set()
    if _walk(items, "", first) and "" not in first:
        candidates.append(frozenset(first))
    at_start, run, run_at_start = True, "", False

    def flush() -> None:
        if run and run_at_start:
            candidates.append(frozenset({run[:ANCHOR_PREFIX]}))

    for op, arg in items:
        if op is sre.LITERAL:
            char = chr(arg)
            if char == " ":
                flush()
                run, at_start = "", True
            else:
                if not run:
                    run_at_start = at_start
                run, at_start = run + char, False
            continue
        flush()
        run = ""
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        strings = _strings([(op, arg)])
        if strings is None:
            if at_start and op in (sre.SUBPATTERN, sre.BRANCH):
                inner = _branch_anchor([(op, arg)])
                if inner is not None:
                    candidates.append(inner)
            at_start = (at_start or arg[0] > 0) if _ends_with_space(op, arg) else False
            continue
        if at_start and "" not in strings:
            words = {max(s.split(" "), key=len)[:ANCHOR_PREFIX] for s in strings}
            if "" not in words:
                candidates.append(frozenset(words))
        at_start = all(s.endswith(" ") or (s == "" and at_start) for s in strings)
    flush()
    return candidates


@_persisted(_set_out, _set_in)
def substring_needs(source: str) -> frozenset[str] | None:
    """A set of strings one of which every match of the pattern contains (anywhere, not only at the start
    of a word), or None when no such set can be told. Per alternative the rarest set is chosen (longest
    shortest string, then fewest strings); the union over the alternatives is returned."""
    parsed = _parse(source, re.IGNORECASE | re.VERBOSE)
    return None if parsed is None else _substring_needs(list(parsed))


def _substring_rarity(needs: frozenset[str]) -> tuple[int, int]:
    return min(len(s) for s in needs), -len(needs)


def _substring_needs(items: list) -> frozenset[str] | None:
    return _needs_of(items, _sequence_needs)


def _needs_of(items: list, sequence_needs: Callable[[list], frozenset[str] | None]) -> frozenset[str] | None:
    """The union of the needs of each alternative when the items are one group or alternation, else the
    rarest need of the sequence (``sequence_needs``: ``_sequence_needs`` or ``_phrase_sequence``)."""
    alternatives = _alternatives(items)
    if len(alternatives) > 1 or alternatives[0] is not items:
        union: set[str] = set()
        for alternative in alternatives:
            need = sequence_needs(list(alternative))
            if need is None:
                return None
            union |= need
        return frozenset(union)
    return sequence_needs(items)


@_persisted(_conditions_out, _conditions_in)
def substring_conditions(source: str) -> Conditions | None:
    """Per alternative of the pattern, every set of strings one of which each of its matches contains (rarest
    first), or None when an alternative has none. Finer than ``substring_needs``, which keeps one set per
    alternative: a pattern that reads the whole text ends in a group of many alternatives
    ("^(?!.*weer).*(hoe (bespreek|behandel) ik (\\w+ ){0,4}(in|met) de (klas|groep)|...)"), and of each, a
    common word ("hoe ") is in most texts while all its words together are in few. The widest group of a
    sequence is split into its alternatives; a lookahead's needs count too ("(?=.*vroeger)")."""
    parsed = _parse(source, re.IGNORECASE | re.VERBOSE)
    if parsed is None:
        return None
    found: list[tuple[frozenset[str], ...]] = []
    for alternative in _alternatives(list(parsed)):
        split = _split_conditions(list(alternative))
        if split is None:
            return None
        found += split
    return tuple(found)


def _split_conditions(items: list) -> list[tuple[frozenset[str], ...]] | None:
    widths = [len(_alternatives([item])) if item[0] in (sre.SUBPATTERN, sre.BRANCH) else 1 for item in items]
    widest = max(range(len(items)), key=widths.__getitem__, default=None)
    if widest is None or widths[widest] == 1:
        alone = _rarest_first(_sequence_candidates(items, lookaheads=True))
        return [alone] if alone else None
    # The items before and after the group are read apart: joined, their literals would run together.
    common = _sequence_candidates(items[:widest], lookaheads=True)
    common += _sequence_candidates(items[widest + 1 :], lookaheads=True)
    found = []
    for alternative in _alternatives([items[widest]]):
        sets = _rarest_first(common + _sequence_candidates(list(alternative), lookaheads=True))
        if not sets:
            return None
        found.append(sets)
    return found


def _rarest_first(candidates: list[frozenset[str]]) -> tuple[frozenset[str], ...]:
    # A set with a one-letter string (" ") is in nearly every text: checking it would tell nothing.
    telling = [c for c in dict.fromkeys(candidates) if min(map(len, c)) > 1]
    return tuple(sorted(telling, key=_substring_rarity, reverse=True))


def _sequence_needs(items: list) -> frozenset[str] | None:
    """The rarest set of strings one of which any match of the sequence contains."""
    candidates = _sequence_candidates(items)
    return max(candidates, key=_substring_rarity) if candidates else None


def _sequence_candidates(items: list, *, lookaheads: bool = False) -> list[frozenset[str]]:
    """Every set of strings one of which any match of the sequence contains (with ``lookaheads``, also
    those of its positive lookarounds, which match in the same text)."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL:
            # Consecutive literals are matched one after the other: they are one string of the text.
            run += chr(arg)
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        if op is sre.ASSERT and lookaheads:
            inner = _substring_needs(list(arg[1]))
            if inner is not None:
                candidates.append(inner)
            continue
        if op in _ZERO_WIDTH:
            continue
        strings = _strings([(op, arg)])
        if strings is not None:
            if "" not in strings:
                candidates.append(frozenset(strings))
        elif op in (sre.SUBPATTERN, sre.BRANCH):
            inner = _substring_needs([(op, arg)])
            if inner is not None:
                candidates.append(inner)
        elif op in _REPEATS and arg[0] > 0:
            inner = _substring_needs(list(arg[2]))
            if inner is not None:
                candidates.append(inner)
    if run:
        candidates.append(frozenset({run}))
    return [c for c in candidates if "" not in c]


@_persisted(_set_out, _set_in)
def match_heads(source: str) -> frozenset[str] | None:
    """Like ``match_starts``, but the literal prefixes go on past a space ("ik be" rather than "ik"): every
    key of ``start_positions`` is the text's first 1 to ANCHOR_PREFIX characters from its place, spaces
    included, so a longer prefix picks out fewer places to try a pattern at."""
    parsed = _parse(source, re.IGNORECASE | re.VERBOSE)
    if parsed is None:
        return None
    found: set[str] = set()
    if not _walk(list(parsed), "", found, through_spaces=True) or "" in found:
        return None
    return frozenset(found)


@_persisted(_set_out, _set_in)
def word_heads(source: str) -> frozenset[str] | None:
    """``match_heads`` of a pattern that matches only where ``start_positions`` has a place: before anything
    it reads, a lookbehind keeps a word character out ("(?<!\\w)", "(?<![\\w'])"), no head starts with a
    space, and no match is empty. Trying it where its heads are then finds what a scan finds. None for any
    other pattern."""
    parsed = _parse(source, re.IGNORECASE | re.VERBOSE)
    if parsed is None or not never_empty(source):
        return None
    for op, arg in parsed:
        if op is sre.ASSERT and arg[0] == 1:
            continue  # a lookahead reads nothing
        if op is sre.ASSERT_NOT and arg[0] == -1 and _not_after_word(list(arg[1])):
            break
        return None
    else:
        return None
    heads = match_heads(source)
    if heads is None or any(head[0].isspace() for head in heads):
        return None
    return heads


@_persisted(_plain, _plain)
def never_empty(source: str) -> bool:
    """Whether every match of the pattern reads at least one character: a scan then goes on from the end
    of each match, and trying the pattern at places in order finds the same matches."""
    parsed = _parse(source, 0)
    return parsed is not None and parsed.getwidth()[0] > 0


def _not_after_word(items: list[tuple[Any, Any]]) -> bool:
    """Whether a negative lookbehind of these items fails after every word character: "\\w", "[\\w'-]"."""
    return (
        len(items) == 1
        and items[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in items[0][1]
        and not any(op is sre.NEGATE for op, _ in items[0][1])
    )


@_persisted(_set_out, _set_in)
def phrase_needs(source: str) -> frozenset[str] | None:
    """Like ``substring_needs``, but consecutive parts that match a few fixed strings count as one:
    "(je|jouw|your) (kind|child)" needs one of "je kind", "je child", ..., not just "kind" or "child", so
    far fewer texts pass."""
    parsed = _parse(source, re.IGNORECASE | re.VERBOSE)
    return None if parsed is None else _phrase_needs(list(parsed))


def _phrase_needs(items: list) -> frozenset[str] | None:
    return _needs_of(items, _phrase_sequence)


def _phrase_sequence(items: list, limit: int = 4000) -> frozenset[str] | None:
    """The rarest set of strings one of which any match of the sequence contains, a run of consecutive
    finite parts giving the strings it can match as a whole."""
    candidates: list[frozenset[str]] = []
    run = {""}
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # it reads no text: the parts before and after it are consecutive
        strings = _strings([(op, arg)], limit)
        if strings is not None and len(run) * len(strings) <= limit:
            run = {r + s for r in run for s in strings}
            continue
        candidates.append(frozenset(run))
        run = {""} if strings is None else strings
        if strings is not None:
            continue
        if op in (sre.SUBPATTERN, sre.BRANCH):
            inner = _phrase_needs([(op, arg)])
        elif op in _REPEATS and arg[0] > 0:
            inner = _phrase_needs(list(arg[2]))
        else:
            inner = None
        if inner is not None:
            candidates.append(inner)
    candidates.append(frozenset(run))
    candidates = [c for c in candidates if "" not in c]
    return max(candidates, key=_substring_rarity) if candidates else None
