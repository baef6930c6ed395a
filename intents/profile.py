"""Who is asking, about a child of what age, and where: ``extract_profile(text, lang) -> Profile``.

A good I&A worker hears in a few words whether a parent, a young person or a professional writes, how old
the child is and where they live. This module does that for one message, with the words that decided it as
evidence. Word lists are in data/profile.yaml, places in data/places.yaml (or the file named by the
environment variable ``PLACES_FILE``). Remembering across turns is the conversation's job; ``merged`` fills
in what an earlier turn learned.

Age estimates (documented because reports count them): a stated age as given ("bijna 4" = 3.75, "wordt 4"
= 3.5); groep N of primary school = N + 3.5 and klas N of secondary school = N + 11.5 (mid-year ages);
words like peuter or puber a typical age (data/profile.yaml). The age band counts whole years.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import cache
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz.distance import OSA

from intents.cache import save_memos
from intents.firstchar import (
    ANCHOR_PREFIX,
    Lead,
    chunk_places,
    chunk_prefixes,
    conditions_met,
    lead,
    lookahead,
    match_heads,
    never_empty,
    phrase_needs,
    start_chunks,
    substring_needs,
    word_anchors,
    word_conditions,
    word_heads,
)
from intents.lazyregex import lazy_compile
from intents.resources import DATA_DIR, load_yaml
from intents.text import fold
from registry.vocab import AGE_BANDS, ROLES, UNKNOWN

PLACES_ENV = "PLACES_FILE"
PREGNANCY = "pregnancy"
PARENT, YOUTH, PROFESSIONAL = "parent", "youth", "professional"
# Ties between roles go to the first: a teacher asking about their own son asks as a parent.
ROLE_ORDER = (PARENT, PROFESSIONAL, YOUTH)
if not (set(ROLE_ORDER) <= set(ROLES) and PREGNANCY in AGE_BANDS and UNKNOWN in AGE_BANDS):
    raise ValueError("registry/vocab.py no longer has the roles and age bands intents/profile.py uses")

# The registry's numeric bands, "0-3" -> (0, 3), read from its vocabulary so they never drift apart.
_BANDS: tuple[tuple[int, int, str], ...] = tuple(
    (int(m[1]), int(m[2]), code) for code in AGE_BANDS if (m := re.fullmatch(r"(\d+)-(\d+)", code))
)
MAX_CHILD_AGE = 30.0
# A young person's own age: weight of the youth cue under 18, and from 18 (young parents write theirs too).
_SELF_WEIGHT_MINOR, _SELF_WEIGHT_ADULT = 4, 2
_SELF_AGES = (6, 23)
# Candidate ages compete by priority first, then by position in the message.
_STATED, _PREGNANT, _STAGE, _LEVEL = 0, 1, 2, 3


def age_band(age: float | None) -> str:
    """The registry band of an age in years: 4.5 -> "4-11"; unknown outside the bands."""
    if age is None or age < 0:
        return UNKNOWN
    for low, high, code in _BANDS:
        if low <= age < high + 1:
            return code
    return UNKNOWN


@dataclass(frozen=True, slots=True)
class Profile:
    role: str = UNKNOWN
    child_age_years: float | None = None
    age_band: str = UNKNOWN
    municipality: str | None = None
    explanation: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def merged(self, context: Mapping[str, Any] | None, places: Places | None = None) -> Profile:
        """This message's profile, completed with what an earlier turn learned (``context`` keys role,
        child_age_years, age_band, municipality). What this message says wins; invalid values are ignored."""
        if not context:
            return self
        found = self
        notes: list[str] = []
        role = context.get("role")
        if found.role == UNKNOWN and role in ROLE_ORDER:
            found = replace(found, role=role)
            notes.append(f"rol: eerder gesprek -> {role}")
        band = context.get("age_band")
        age = context.get("child_age_years")
        if found.age_band == UNKNOWN and band in AGE_BANDS and band != UNKNOWN:
            valid_age = (
                isinstance(age, int | float) and not isinstance(age, bool) and 0 <= age <= MAX_CHILD_AGE
            )
            found = replace(found, age_band=band, child_age_years=float(age) if valid_age else None)
            notes.append(f"leeftijd: eerder gesprek -> {band}")
        place = context.get("municipality")
        if found.municipality is None and isinstance(place, str):
            town = (places or default_places()).municipality_of(place)
            if town is not None:
                found = replace(found, municipality=town)
                notes.append(f"gemeente: eerder gesprek -> {town}")
        return replace(found, explanation=[*found.explanation, *notes]) if notes else found


def extract_profile(
    text: str, lang: str | None = None, *, places: Places | None = None, today: date | None = None
) -> Profile:
    """Role, child's age, age band and municipality of one message (Dutch or English), with evidence.

    ``lang`` is the router's language; the Dutch and English cues are tried whatever it is, because people
    mix the two, except that with "en" the Dutch colloquial "me" for "mijn" is not a cue. A birth year is read
    against ``today`` (the date of the call when not given)."""
    if not isinstance(text, str) or not text.strip():
        return Profile()
    folded = _Folded(text)
    explanation: list[str] = []

    self_age = _self_age(folded)
    role, role_evidence = _role(folded, self_age, lang)
    if self_age is None and role in (YOUTH, UNKNOWN):
        # A young person's age as an afterthought ("... ik ben gwn moe?? 15 jr"): only when nothing says a
        # parent or worker writes, so "mn zoon wil niet slapen. 8 jr" stays the son's age.
        self_age = _afterthought_age(folded)
        if self_age is not None:
            role, role_evidence = _role(folded, self_age, lang)
    if role_evidence:
        explanation.append(f"rol: '{role_evidence}' -> {role}")

    age, band, age_evidence = _choose_age(folded, role, self_age, today or date.today())
    if age_evidence:
        shown = band if age is None else f"{age:g} jaar ({band})"
        explanation.append(f"leeftijd: '{age_evidence}' -> {shown}")

    municipality, place_note = (places or default_places()).find(folded)
    if place_note:
        explanation.append(place_note)
    return Profile(role, age, band, municipality, explanation)


# --- text ----------------------------------------------------------------------------------------------

_NON_SPACE = re.compile(r"\S+")


class _Folded:
    """The message folded (lower case, no accents, one space between words) with, per folded character,
    the index of the character it came from, so evidence quotes the message as written."""

    __slots__ = (
        "_before",
        "_chunks",
        "_foreign_prefixes",
        "_head_places",
        "_heads",
        "_index",
        "_numbers",
        "_ordered",
        "_places",
        "_prefixes",
        "_spelled_numbers",
        "_word_folded",
        "_word_original",
        "cue_hits",
        "original",
        "text",
    )

    def __init__(self, original: str) -> None:
        self.original = original
        # The role cues met in the text, per whether the message is English (see ``_role``).
        self.cue_hits: dict[bool, list[tuple[int, int, _Cue]]] = {}
        self._chunks: dict[str, list[int]] | None = None
        self._places: dict[str, list[int]] = {}
        self._head_places: dict[frozenset[str], list[int]] = {}
        self._heads: frozenset[str] | None = None
        self._ordered: list[str] | None = None
        self._prefixes: frozenset[str] | None = None
        self._foreign_prefixes: frozenset[str] | None = None
        self._spelled_numbers: bool | None = None
        self._numbers: list[re.Match[str]] | None = None
        self._before: dict[int, _Before] = {}
        # Without an index (an ASCII message with no shorthand, nine in ten) a folded position is found from
        # where its word starts, in the folded text and in the message: evidence is quoted a few times per
        # message, and an index per character costs more than the folding itself.
        self._word_folded: list[int] = []
        self._word_original: list[int] = []
        if original.isascii():
            # An ASCII letter folds to its lower case alone: whole words fold at once.
            words = original.split()
            text = " ".join(words).lower()
            if _SHORTHAND_WORD.search(text) is None:
                self.text, self._index = text, None
                self._word_folded = list(accumulate((len(word) + 1 for word in words[:-1]), initial=0))
                self._word_original = [word.start() for word in _NON_SPACE.finditer(original)]
                return
        chars: list[str] = []
        index: list[int] = []
        for position, char in enumerate(original):
            if char.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    index.append(position)
                continue
            for out in char.lower() if char.isascii() else fold(char):
                chars.append(out)
                index.append(position)
        if chars and chars[-1] == " ":
            chars.pop()
            index.pop()
        self.text, self._index = _written_out("".join(chars), index)

    @property
    def chunks(self) -> dict[str, list[int]]:
        """``firstchar.start_chunks`` of the text, made once for the gates that read it."""
        if self._chunks is None:
            self._chunks = start_chunks(self.text)
        return self._chunks

    def starts(self, prefix: str) -> list[int]:
        """Where the text has a word prefix (``firstchar.start_positions(text)[prefix]``), found when asked:
        the role cues ask for a few dozen of a long message's hundreds of prefixes."""
        found = self._places.get(prefix)
        if found is None:
            if self._ordered is None:
                self._ordered = sorted(self.chunks)
            found = self._places[prefix] = chunk_places(self.chunks, self._ordered, prefix)
        return found

    @property
    def heads(self) -> frozenset[str]:
        """The prefixes of the text that a pattern is tried at (``_TRIED_HEADS``): a few dozen of a long
        message's hundreds, so that the heads of each pattern are intersected with a small set."""
        if self._heads is None:
            self._heads = self.prefixes.intersection(_TRIED_HEADS)
        return self._heads

    def places(self, heads: frozenset[str]) -> list[int]:
        """Where the text has one of these word prefixes, in order: where a pattern with these
        ``firstchar.match_heads`` may match. Made once per set (cues that start alike share it)."""
        found = self._head_places.get(heads)
        if found is None:
            shared = heads.intersection(self.heads)
            if len(shared) == 1:
                (head,) = shared
                found = self.starts(head)
            else:
                found = sorted({place for head in shared for place in self.starts(head)})
            self._head_places[heads] = found
        return found

    @property
    def prefixes(self) -> frozenset[str]:
        """The word prefixes of the text (the keys of ``firstchar.start_positions``), the set the role cues'
        word conditions are checked against."""
        if self._prefixes is None:
            self._prefixes = frozenset(chain.from_iterable(map(chunk_prefixes, self.chunks)))
        return self._prefixes

    @property
    def foreign_prefixes(self) -> frozenset[str]:
        """The word prefixes a pattern of ``_foreign_patterns`` may start a word with: ``prefixes`` and,
        because Arabic writes "and" as a prefix ("و٩ سنوات"), those after a word's first و."""
        if self._foreign_prefixes is None:
            if "\u0648" not in self.prefixes:
                self._foreign_prefixes = self.prefixes  # no copy for the messages with no و (nearly all)
            else:
                text = self.text
                after_and = (
                    chunk_prefixes(text[p + 1 : p + 1 + ANCHOR_PREFIX]) for p in self.starts("\u0648")
                )
                self._foreign_prefixes = self.prefixes.union(*after_and)
        return self._foreign_prefixes

    @property
    def numbers(self) -> list[re.Match[str]]:
        """The numbers of the text (``_NUMBER``), read for the writer's age and again for the child's."""
        if self._numbers is None:
            self._numbers = list(_NUMBER.finditer(self.text))
        return self._numbers

    def before(self, position: int) -> _Before:
        """``_Before.of`` the text at a position, made once: the writer's and the child's age read the same
        numbers."""
        found = self._before.get(position)
        if found is None:
            found = self._before[position] = _Before.of(self.text, position)
        return found

    @property
    def spelled_numbers(self) -> bool:
        """Whether a word of the text is a number in another language ("beş", "п'ять"): read once for the
        child's and the writer's ages."""
        if self._spelled_numbers is None:
            self._spelled_numbers = not _FOREIGN_NUMBERS.keys().isdisjoint(_FOREIGN_TOKEN.findall(self.text))
        return self._spelled_numbers

    def quote(self, start: int, end: int) -> str:
        """The original text of the folded span [start, end)."""
        if start >= end:
            return ""
        return self.original[self._source(start) : self._source(end - 1) + 1].strip()

    def _source(self, position: int) -> int:
        """The index in the message of the character at ``position`` of the folded text."""
        if self._index is not None:
            return self._index[position]
        # A space between words comes from the first whitespace after its word.
        word = bisect_right(self._word_folded, position) - 1
        return self._word_original[word] + position - self._word_folded[word]


# --- the word lists, compiled once at import -------------------------------------------------------------

_DATA = load_yaml("profile.yaml")
_SHORTHAND: dict[str, str] = {
    str(k): str(v) for words in _DATA["shorthand"].values() for k, v in words.items()
}


def _alternatives(kind: str) -> str:
    return "|".join(map(re.escape, _DATA["shorthand"][kind]))


_SCHOOL_YEAR_AHEAD = r" ?[1-8](?![\d,.]\d)(?!\d)"
_SHORTHAND_WORD = re.compile(
    rf"(?<![\w'-])(?:{_alternatives('words')}"
    rf"|(?:{_alternatives('before_number')})(?= \(?\d| van \d| gr{_SCHOOL_YEAR_AHEAD}| groep)"
    rf"|(?<!\d )(?:{_alternatives('before_school_year')})\.?(?={_SCHOOL_YEAR_AHEAD})"
    rf"|(?:{_alternatives('abbreviations')})\.?)(?![\w'-])"
)


def _written_out(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Staff shorthand in the folded text written out ("mdr" -> "moeder", "zn 7" -> "zoon 7"); every
    character of a written-out word points at the characters of the shorthand, so evidence still quotes the
    message as typed."""
    matches = list(_SHORTHAND_WORD.finditer(text))
    if not matches:
        return text, index
    chars: list[str] = []
    positions: list[int] = []
    done = 0
    for match in matches:
        start, end = match.span()
        chars.append(text[done:start])
        positions.extend(index[done:start])
        word = _SHORTHAND[match.group(0).rstrip(".")]
        chars.append(word)
        positions.extend(index[start] if i < len(word) - 1 else index[end - 1] for i in range(len(word)))
        done = end
    chars.append(text[done:])
    positions.extend(index[done:])
    return "".join(chars), positions


_MACRO = re.compile(r"<([A-Z_]+)>")


def _expand(pattern: str, macros: Mapping[str, str], depth: int = 0) -> str:
    if depth > 5:
        raise ValueError(f"profile.yaml: macros nested too deep in {pattern!r}")
    return _MACRO.sub(lambda m: "(?:" + _expand(macros[m[1]], macros, depth + 1) + ")", pattern)


def _words(words: list[Any]) -> list[str]:
    """Folded phrases, longest first, so an alternation prefers "middelbare school" over "middelbare". Those
    of one length alphabetically: two of them never both match at one place, so their order changes no
    match, but a set's order follows the hash seed, and the patterns' text must be the same in every process
    for their analyses to be found in the start-up cache (intents/cache.py)."""
    return sorted(sorted({fold(str(w)) for w in words}), key=len, reverse=True)


def _alternation(words: list[Any]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in _words(words))


# Every pattern starts with this lookahead: without a first-character set the regex engine tries a pattern
# that starts with a lookbehind at every position of the message, about five times slower.
_FAST = r"(?=[a-z0-9])"
# Cues and word lists may also be Cyrillic or Arabic (folded: "мій" is written "міи").
_FAST_ANY = r"(?=[a-z0-9\u0400-\u04ff\u0600-\u06ff])"
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


# Before and after every whole-word pattern. A possessive "'s" may follow ("my son's school"); any other
# apostrophe continues the word.
_WHOLE_BEFORE = r"(?<![\w'])"
_WHOLE_AFTER = r"(?!\w|'(?!s(?!\w)))"


def _whole(pattern: str) -> _Gated:
    body = _folded(pattern)
    return _gated(rf"{lookahead(body) or _FAST_ANY}{_WHOLE_BEFORE}(?:{body}){_WHOLE_AFTER}")


def _folded(pattern: str) -> str:
    """The pattern with its letters as the message is folded (Turkish, Polish, Ukrainian without accents),
    its regex syntax untouched."""
    return _NON_ASCII.sub(lambda m: fold(m[0]), pattern)


# Strings looked for with ``in`` before a gated pattern is run: each check is far cheaper than a scan.
_GATE_NEEDS = 30


@dataclass(frozen=True, slots=True)
class _Gated:
    """A pattern looked for in a message only when the message can hold a match: a word of it starts
    with one of the pattern's anchors (``firstchar.word_anchors``) and it holds one of a few strings every
    match contains (``phrase_needs`` or ``substring_needs``). A scan reads the whole message; most
    messages fail the checks, a set operation and a few ``in``. A pattern with ``firstchar.word_heads`` is
    not scanned for but tried where its heads are: the word lists (stages, levels, subjects) pass the checks
    on most long messages, and a scan costs them 10-30 us there, a few tries 1-7 us."""

    regex: re.Pattern[str]
    anchors: frozenset[str] | None
    needs: frozenset[str] | None
    heads: frozenset[str] | None

    def _absent(self, folded: _Folded) -> bool:
        if self.anchors is not None and self.anchors.isdisjoint(folded.prefixes):
            return True
        return self.needs is not None and not any(map(folded.text.__contains__, self.needs))

    def search(self, folded: _Folded, pos: int = 0) -> re.Match[str] | None:
        if self._absent(folded):
            return None
        if self.heads is None:
            return self.regex.search(folded.text, pos)
        text, match = folded.text, self.regex.match
        for place in folded.places(self.heads):
            if place >= pos and (found := match(text, place)) is not None:
                return found
        return None

    def finditer(self, folded: _Folded) -> Iterator[re.Match[str]]:
        if self._absent(folded):
            return iter(())
        if self.heads is None:
            return self.regex.finditer(folded.text)
        return _tried(self.regex, folded.text, folded.places(self.heads))


def _tried(regex: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    """The matches a scan of the text finds, for a pattern whose matches start only at these places (in
    order) and are never empty: like a scan, on from the end of the last."""
    match = regex.match
    end = 0
    for place in places:
        if place >= end and (found := match(text, place)) is not None:
            yield found
            end = found.end()


def _needs(pattern: str) -> frozenset[str] | None:
    """The fewest of ``phrase_needs`` and ``substring_needs`` of a pattern, if there are few enough."""
    needs = [
        found
        for found in (phrase_needs(pattern), substring_needs(pattern))
        if found is not None and len(found) <= _GATE_NEEDS
    ]
    return min(needs, key=len) if needs else None


# Every head a pattern is tried at (``_Gated.heads``, ``_Cue.starts``), filled as they are compiled.
_TRIED_HEADS: set[str] = set()


def _gated(pattern: str) -> _Gated:
    heads = word_heads(pattern)
    _TRIED_HEADS.update(heads or ())
    return _Gated(lazy_compile(pattern), word_anchors(pattern), _needs(pattern), heads)


@dataclass(frozen=True, slots=True)
class _Cue:
    """One role cue on its own, with the gates that tell cheaply where it cannot match."""

    index: int
    # Exactly the cue's alternative of the combined pattern (``_cue_pattern``): it matches at a position
    # where, and as far as, that alternative would.
    regex: re.Pattern[str]
    role: str
    weight: int
    # ``firstchar.word_conditions`` of the cue (None: it may match any text).
    conditions: tuple[tuple[frozenset[str], ...], ...] | None
    # ``firstchar.match_heads``: the cue is tried only where the text offers one of these prefixes. None:
    # it is searched for (with the other cues that can start anywhere and have no conditions, in
    # ``_CUE_SCAN``).
    starts: frozenset[str] | None
    # A cue without word conditions or searched for: ``firstchar.phrase_needs`` (else ``substring_needs``),
    # strings one of which the text must hold.
    needs: frozenset[str] | None
    # ``firstchar.lead``: a cue that starts a sentence or the text is tried only there.
    lead: Lead | None

    def may_match(self, text: str, prefixes: frozenset[str]) -> bool:
        if self.needs is not None and not any(need in text for need in self.needs):
            return False
        return conditions_met(self.conditions, prefixes)

    @property
    def searched(self) -> bool:
        """Found by searching the text rather than tried where it may start."""
        return self.starts is None and self.lead is None

    @property
    def in_scan(self) -> bool:
        """Searched for with no gate at all: one of the cues of ``_CUE_SCAN``."""
        return self.searched and self.conditions is None and self.needs is None


def _small(needs: frozenset[str] | None, most: int = 40) -> frozenset[str] | None:
    """Substring needs worth checking: a few strings, each looked for with ``in``."""
    return needs if needs is not None and len(needs) <= most else None


def _cue_pattern(cues: Mapping[str, list[list[Any]]]) -> tuple[str, tuple[_Cue, ...], re.Pattern[str]]:
    """All role cues as one pattern (each cue a named group "cueN", in order), each cue on its own, and the
    cues whose matches can start anywhere as one pattern (in the same form, with the same names).

    The combined pattern defines the scan: from a position, the leftmost place where some cue matches, and
    there the first cue in order. ``_cue_hits`` gets the same without trying all 147 cues at every word:
    only cues whose words the message has, only where their first word is, and the few cues that can start
    anywhere with one scan."""
    groups: list[str] = []
    meaning: list[tuple[str, int, str]] = []
    for role, entries in cues.items():
        for weight, pattern in entries:
            name = f"cue{len(groups)}"
            plain = _folded(re.sub(r"(?<!\\)\((?!\?)", "(?:", _expand(str(pattern), _MACROS)))
            meaning.append((role, int(weight), plain))
            # Each cue says which letters it starts with: the scan then skips a cue after one compare.
            groups.append(f"{lookahead(plain)}(?P<{name}>{plain})")
    body = "|".join(groups)
    first = lookahead(body) or _FAST_ANY
    combined = rf"{first}{_WHOLE_BEFORE}(?:{body}){_WHOLE_AFTER}"
    cues: list[_Cue] = []
    for index, (role, weight, plain) in enumerate(meaning):
        conditions, starts, leads = word_conditions(plain), match_heads(plain), lead(plain)
        # A cue searched for through the whole text costs a scan of it: up to a hundred phrases, each looked
        # for with ``in``, are much cheaper, and most messages have none.
        if starts is None and leads is None:
            needs = _small(phrase_needs(plain), 100) or _small(substring_needs(plain))
        else:
            needs = _small(substring_needs(plain)) if conditions is None else None
        # The combined pattern's checks before and after, around this cue's alternative alone.
        regex = lazy_compile(rf"{lookahead(plain)}{first}{_WHOLE_BEFORE}(?:{plain}){_WHOLE_AFTER}")
        cues.append(_Cue(index, regex, role, weight, conditions, starts, needs, leads))
    single = tuple(cues)
    # The cues that could match any text are searched for together, in one scan.
    anywhere = "|".join(group for cue, group in zip(single, groups, strict=True) if cue.in_scan)
    scan = re.compile(rf"{first}{_WHOLE_BEFORE}(?:{anywhere}){_WHOLE_AFTER}")
    return combined, single, scan


_MACROS: dict[str, str] = {str(k): str(v) for k, v in _DATA["macros"].items()}
_, _CUES, _CUE_SCAN = _cue_pattern(_DATA["cues"])
_TRIED_HEADS.update(head for cue in _CUES for head in cue.starts or ())
# The cue a match of the scan is of, by its group.
_CUE_NAMED = {f"cue{cue.index}": cue for cue in _CUES}
# The cues no text can fail to offer the words of, and per anchor prefix the other cues that need it.
_CUES_ALWAYS = tuple(cue.index for cue in _CUES if cue.conditions is None)
_CUES_SCANNED = frozenset(cue.index for cue in _CUES if cue.in_scan)
_CUES_BY_PREFIX: dict[str, tuple[int, ...]] = {}
for _cue in _CUES:
    # One anchor of each alternative (its rarest) is enough to find the cue; ``may_match`` checks the rest.
    for _anchor in {a for alternative in _cue.conditions or () for a in alternative[0]}:
        _CUES_BY_PREFIX[_anchor] = (*_CUES_BY_PREFIX.get(_anchor, ()), _cue.index)
# The cues' word conditions by number: per prefix the anchors it meets, per cue its alternatives as sets of
# anchors. A message then meets an alternative when that set is a subset of the anchors its prefixes meet:
# one set operation per alternative instead of a check per anchor.
_ANCHOR_NUMBERS: dict[frozenset[str], int] = {}
_ANCHORS_BY_PREFIX: dict[str, list[int]] = {}
for _cue in _CUES:
    for _alternative in _cue.conditions or ():
        for _anchor_set in _alternative:
            if _anchor_set not in _ANCHOR_NUMBERS:
                _ANCHOR_NUMBERS[_anchor_set] = len(_ANCHOR_NUMBERS)
                for _anchor in _anchor_set:
                    _ANCHORS_BY_PREFIX.setdefault(_anchor, []).append(_ANCHOR_NUMBERS[_anchor_set])
# The key sets of the indexes above: a message's prefixes are intersected with these once.
_CUE_PREFIXES = frozenset(_CUES_BY_PREFIX)
_ANCHOR_PREFIXES = frozenset(_ANCHORS_BY_PREFIX)
_CUE_ALTERNATIVES: tuple[tuple[frozenset[int], ...] | None, ...] = tuple(
    None
    if cue.conditions is None
    else tuple(frozenset(_ANCHOR_NUMBERS[a] for a in alternative) for alternative in cue.conditions)
    for cue in _CUES
)
# With no cue at all, a question about a child in the third person ("hij wil niet eten") comes, as a
# worker on the line would assume, from a parent or carer; a young person writes about themselves.
_ABOUT_A_CHILD = re.compile(
    r"(?<!\w)(hij|ie|zij|hem|he|she|him|(het|ons|onze|de|the|our) (kind|kindje|kinderen|child|kids)"
    # "ze" is also "they": only with a verb in the singular ("ze is", "ze wil", "ze slaapt").
    r"|ze (is|was|wil|wilde|kan|kon|mag|heeft|had|zegt|zei|durft|\w+t)"
    # Parents in a hurry leave out "mijn": "peuter wil niet eten", "kinderen slapen slecht", "toddler bites".
    # Not a bare "kind": "Kind komt zonder lunch naar school" is how a professional reports.
    r"|(?:^|(?<=[.!?,;] ))(?:baby|peuter|peutertje|dreumes|kleuter|kleintje|puber|tiener|kindje|kinderen"
    r"|kids|tweeling|toddler|newborn|baby's|babys|teen|teenager))(?!\w)"
)
# The children of the writer's household, not children somewhere else ("de kinderen in mijn groep", "van de
# buren") nor ones the writer minds ("oppassen op de kinderen").
_HOME_CHILDREN = _gated(
    r"(?<!\w)(?<!op )(?:de|the) (?:kinderen|kids|kinders|kleintjes)(?!\w)"
    r"(?! (?:van|uit|in|op|bij|die ik|die wij|of|from|at|on)(?!\w))"
)
_ABOUT_SELF = re.compile(r"(?<!\w)(ik|mij|me|mijn|i|i'm|my|myself)(?!\w)")
# School life as a pupil lives it, for a message in the first person or the generic "je" with no other cue.
_SCHOOL_LIFE = _gated(
    r"(?<!\w)(toets|toetsen|toetsweek|proefwerk|overhoring|examen|examens|eindexamen|examenstress|herkansing"
    r"|herkansen|mentor|docent|docenten|rooster|huiswerk|werkstuk|pws|profielwerkstuk|mondeling|rapport"
    r"|onvoldoende|onvoldoendes|klasgenoten|klassenapp|schoolreisje|kantine|gymles|bijles|geschorst|schorsen"
    r"|blijven zitten|(in|uit) de (klas|les)|(van|naar|op|na|voor) school|exam|exams|homework|in class"
    # Profile round 8: one's own class, school, gym lesson and break, also in English.
    r"|blijf ik zitten|(in|uit) (mijn|mn|m'n) klas|(op|van) (mijn|mn|m'n) school|bij gym|in de pauze"
    r"|(at|after|to|from) school|(my|our) school|in my class)(?!\w)"
)
_SCHOOL_WRITER = re.compile(r"(?<!\w)(ik|k|kheb|kzit|mij|me|mijn|mn|m'n|je|i|i'm|im|my|myself)(?!\w)")
if set(_DATA["cues"]) != set(ROLE_ORDER):
    raise ValueError(f"profile.yaml: cues must be given for exactly {', '.join(ROLE_ORDER)}")

_NUMBER_WORDS: dict[str, float] = {fold(str(k)): float(v) for k, v in _DATA["numbers"].items()}
# "Tweeënhalf", "drieënhalf" (folded "tweeenhalf"), "vierenhalf": a number and a half as one word.
_NUMBER_WORDS |= {
    f"{word}enhalf": value + 0.5 for word, value in _NUMBER_WORDS.items() if word in _DATA["halves"]
}
_MODIFIERS: dict[str, float] = {fold(str(k)): float(v) for k, v in _DATA["age_modifiers"].items()}
_NOT_AGE_AFTER = frozenset(fold(str(w)) for w in _DATA["not_age_after"])
_NOT_AGE_BEFORE_NUMBER = re.compile(
    rf"^ ?(?:{_alternation(_DATA['not_age_before_number'])}) (?:\d|{_alternation(list(_NUMBER_WORDS))})"
)

_NUM = rf"\d{{1,2}}(?:[.,]\d)?|{_alternation(list(_NUMBER_WORDS))}"
# Units, longest spelling first; "oud"/"old" and compounds ("4-jarige", "7-year-old") make an age certain.
_UNITS = {
    "y": r"jaar oud|jaartjes? oud|jaartjes?|jaar|jaren oud|jaren|jarigen?|jarig|jr\.?|j|years? old|years?-old"
    r"|years?|yrs? old|yrs?-old|yrs?|y/o|yo",
    "m": r"maanden oud|maandjes? oud|maanden|maandjes?|maands|maand|mnd\.?|months? old|months?-old|months?"
    r"|mths?|mos?",
    "w": r"weken oud|weekjes? oud|weken|weekjes?|weeks? old|weeks?-old|weeks?|week|wk",
    "d": r"dagen oud|dagjes? oud|dagen|dagjes?|days? old|days?-old|days?|dag",
}
_NUMBER = re.compile(
    # "13m", "15v": the writer's own age and sex ("ik (13m)"), never a child's age in months.
    rf"{_FAST}(?<![\w.,/-])(?P<num>{_NUM})(?:(?P<sex>[mvf])(?!\w)|(?P<half> en een half| and a half)"
    # "4;6": years and months, as speech therapists and doctors write an age.
    r"|;(?P<months>\d{1,2})(?!\d))?"
    rf"(?:(?: ?- ?| )?(?:(?P<y>{_UNITS['y']})|(?P<m>{_UNITS['m']})"
    rf"|(?P<w>{_UNITS['w']})|(?P<d>{_UNITS['d']})))?"
    r"(?![\w])"
)
_CERTAIN_UNIT = re.compile(r"(?:oud|old|jarig\w*|maands|-old|yo|y/o|mo)$")
_UNIT_YEARS = {"y": 1.0, "m": 1 / 12, "w": 7 / 365.25, "d": 1 / 365.25}
_UNIT_MAX = {"y": MAX_CHILD_AGE, "m": 48, "w": 104, "d": 60}
_AND_MONTHS = re.compile(
    r"^ ?(?:en|and|,) (\d{1,2}) ?(?:maanden|maandjes|maand|mnd|months?)(?: oud| old)?(?!\w)"
)

_SUBJECT = _expand("<AGE_SUBJECT>", _MACROS)
_PRONOUN = _expand("<PRONOUN>", _MACROS)


def _macro_words(name: str) -> frozenset[str]:
    """The words of a macro that is a plain list of words and macros ("zoon|dochter|<CHILD>")."""
    words: set[str] = set()
    for item in _MACROS[name].split("|"):
        inner = _MACRO.fullmatch(item)
        words |= _macro_words(inner[1]) if inner else {item}
    return frozenset(words)


# The words just before a number decide whether it is an age; looking at words (not a regex anchored at the
# end of the text before it) keeps this fast.
_TAIL_TOKEN = re.compile(r"[\w']+|[(),:]")
_TAIL_CHARS = 50
_SUBJECT_WORDS = _macro_words("AGE_SUBJECT")
_PRONOUNS = frozenset({"hij", "zij", "ze", "ie", "he", "she"})
_SUBJECT_VERBS = frozenset(
    {"van", "is", "wordt", "werd", "zijn", "worden", "are", "turns", "turned", "turning", "aged", "of"}
)
_PRONOUN_VERBS = frozenset({"is", "wordt", "werd", "turns", "turned", "turning"})
# Several children at once: "ze zijn 6 en 9", "they're both 7" (the list after the first age is read by
# _listed_ages; children in different bands give no band).
_PLURAL_SUBJECTS = frozenset({("ze", "zijn"), ("zij", "zijn"), ("they", "are"), ("they're",)})
_PLURAL_VERBS = frozenset({"zijn", "are", "they're"})
_SCHOOL_WORDS = frozenset({"groep", "klas", "group", "year", "grade", "leerjaar", "jaar"})
_AGE_WORDS = frozenset({"he's", "she's", "aged", "age", "leeftijd"})
_SELF_NOUNS = frozenset(
    {"meisje", "jongen", "meid", "jongere", "tiener", "puber", "scholier", "scholiere", "student", "studente"}
    | {"leerling", "leerlinge"}
)
_SELF_VERBS = frozenset(
    {("ik", "ben"), ("ik", "word"), ("ik", "werd"), ("i", "am"), ("i", "turn"), ("i", "turned")}
    | {("we", "zijn"), ("wij", "zijn"), ("we", "are")}
    # Inverted after a first word: "nu ben ik 17", "sinds kort word ik 16".
    | {("ben", "ik"), ("word", "ik")}
)
# "Nu ik 19 ben", "omdat ik 15 ben", and the learner's "ik 16 jaar": the asker's age, but not "toen ik 8 was",
# "als ik 16 ben" (then, if) or "sinds ik 12 ben".
_SELF_AFTER = re.compile(r"^ ?(?:jaar |years )?(?:ben|word|am)(?!\w)")
_SELF_UNLESS = frozenset(
    {"toen", "als", "wanneer", "tot", "totdat", "sinds", "voordat", "zodra"}
    | {"when", "if", "until", "since", "once"}
)
_SELF_UNLESS_AFTER = re.compile(r"^ ?(?:jaar |years )?(?:was|werd|geleden|oud was|old|ago)(?!\w)")
# "We zijn allebei 16", "we're both 16": friends of one age (youth round).
_SELF_FILLERS = frozenset(
    {"nu", "al", "net", "pas", "now", "just", "binnenkort", "straks", "soon", "allebei", "beiden", "both"}
)
# "Ik word binnenkort 18": still 17.
_SELF_SOON = re.compile(r"(?<!\w)(word|turn)(?!\w)")
_SOON_VERBS = frozenset({"wordt", "worden", "turns", "turning"})
# Whose child a number is the age of (_Age.whose): the asker's own after "mijn", "ons", "ik heb een"; someone
# else's for a sibling or someone met ("bij een jongen van 18"); compared with ("eerder een kind van 5").
_OWN_WORDS = frozenset({"mijn", "m'n", "mn", "me", "my", "ons", "onze", "our"})
_HAVE_WORDS = frozenset({"heb", "hebben", "have", "has", "got"})
_ARTICLES = frozenset({"een", "a", "an"})
_OTHER_SUBJECTS = frozenset(
    {"broer", "broertje", "broers", "zus", "zusje", "zussen", "brother", "sister", "neef", "neefje", "nicht"}
    | {"nichtje", "cousin", "buurjongen", "buurmeisje", "buurkind", "vriend", "vriendin", "vriendje"}
)
_PREPOSITIONS = frozenset(
    {
        "bij",
        "met",
        "op",
        "door",
        "aan",
        "naar",
        "voor",
        "tegen",
        "with",
        "by",
        "to",
        "from",
        "at",
        "on",
        "for",
    }
)
_COMPARED = frozenset({"als", "like", "eerder", "niveau", "level", "zoals"})
# "Is vorige week 18 geworden", "ik ben gisteren 14 geworden": a birthday just past, so the age as stated.
_PAST_TIME = frozenset(
    {
        "vorige",
        "vorig",
        "afgelopen",
        "gisteren",
        "eergisteren",
        "vandaag",
        "laatst",
        "last",
        "yesterday",
        "today",
    }
)
_PAST_VERBS = frozenset({"is", "ben", "zijn", "has", "have"})
# Between "wordt" and the age: "binnenkort", "volgende week", "in mei", "next month".
_TIME_WORDS = frozenset(
    {"binnenkort", "straks", "morgen", "overmorgen", "volgende", "volgend", "deze", "dit", "week", "maand"}
    | {"jaar", "zomer", "winter", "lente", "herfst", "najaar", "voorjaar", "vakantie", "in", "over", "een"}
    | {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"}
    | {"november", "december", "soon", "tomorrow", "next", "this", "month", "summer", "year", "on", "in"}
    | {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "weekend"}
    | _PAST_TIME
)
_DURATION_BEFORE = re.compile(
    rf"{_FAST}(?:(?<![\w'])(?:{_alternation(_DATA['duration_before'])})|\d ?(?:-|tot|en|t/m|a|or|of)) $"
)
_DURATION_AFTER = re.compile(rf"^ ?(?:{_alternation(_DATA['duration_after'])})(?!\w)")
_DURATION_CHARS = 25
# A verb closing a clause after the age: "toen hij 4 (jaar) was", "als ze 18 wordt", "when she was 3".
_CLAUSE_VERB_AFTER = re.compile(
    r"^ ?(?:(?:jaar|jaren|years?)(?: oud| old)? )?"
    r"(?:was|werd|wordt|is|waren|worden|zijn|becomes|turns|gets)(?!\w)"
)
_ABOUT = re.compile(r"^ of \d")
# A birthday to come, the verb after it: "onze zoon, die in maart 4 wordt", "omdat ze 6 wordt".
_TURNING_AFTER = re.compile(r"^ ?(?:jaar )?(?:wordt|worden)(?!\w)")
_TURNING_WHO = frozenset({"die", "dat", "hij", "ze", "zij", "ie"})
_LIST_NEXT = re.compile(
    r" ?(?:,|en|and|&|, en|, and) ?(?P<num>\d{1,2}(?:[.,]\d)?)(?![\w.,]?\d)(?P<half>(?!))?(?P<sex>(?!))?"
    rf"(?:(?: ?- ?| )?(?:(?P<y>{_UNITS['y']})|(?P<m>{_UNITS['m']})"
    rf"|(?P<w>{_UNITS['w']})|(?P<d>{_UNITS['d']})))?(?!\w)"
)
_WAIT_WORDS = [[w] for w in ("over", "binnen", "within", "after", "na")]
_RANGE = re.compile(
    r" ?(?:-|tot en met|tot|t/m|to) ?(?P<high>\d{1,2})(?![\w.,]?\d)"
    rf"(?:(?: ?- ?| )?(?:(?P<y>{_UNITS['y']})|(?P<m>{_UNITS['m']})"
    rf"|(?P<w>{_UNITS['w']})|(?P<d>{_UNITS['d']})))?"
    r"(?!\w)"
)
_ANY_SUBJECT = _whole(f"{_SUBJECT}|{_PRONOUN}")
_FIRST_WORD = re.compile(r"^ ?([\w%']+|[^\w\s])")

_GROUP = _gated(
    r"(?=g)(?<![\w-])groep ?(?P<g>[1-8]|een|twee|drie|vier|vijf|zes|zeven|acht)"
    r"(?: ?(?:/|-|en|of|&) ?(?P<g2>[1-8]))?"
    r"(?![\w.,]?\d)(?!\w)(?! (?:ouders|personen|mensen|kinderen|deelnemers|jongeren|vrouwen|mannen|moeders"
    r"|vaders|leden|keer|x|uur|weken|bijeenkomsten|sessies|lessen|avonden|euro|minuten|plekken|plaatsen)(?!\w))"
)
_TYPES = r"vmbo(?:-?(?:tl|gl|kb|bb|t|k|b|g)(?!\w))?|mavo|havo|vwo|atheneum|gymnasium|lyceum"
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6}
_ORDINAL = "|".join(_ORDINALS)
_SECONDARY = re.compile(
    rf"{_FAST}(?<![\w-])(?:klas ?(?P<a>[1-6])(?!\w)(?: (?:van |op )?(?:de |het )?(?:{_TYPES}))?"
    rf"|(?P<b>[1-6])(?:e|de|ste)? (?:klas(?!\w)|(?:leer)?jaar (?:van |op )?(?:de |het )?(?:{_TYPES}))"
    rf"|(?P<c>{_ORDINAL}) (?:klas(?!\w)|(?:leer)?jaar (?:van |op )?(?:de |het )?(?:{_TYPES}))"
    rf"|(?P<d>[1-6])(?:e|de)? ?-?(?:{_TYPES})(?!\w)"
    rf"|(?:{_TYPES}) ?-?(?P<e>[1-6])(?![\w.,]?\d)(?!\w)"
    r"|(?P<brug>brugklas)"
    # "Ik zit in de 2e": a year without "klas" is one of secondary school (primary school has groups).
    r"|(?:zit|zat|zitten|zaten) (?:nu |al |pas |nog )?in (?:de |het )?"
    rf"(?:(?P<f>[1-6])(?:e|de|ste)|(?P<g>{_ORDINAL}))"
    r"(?= ?[,.!?;)]| en | maar | and | but |$))"
)
_EN_SCHOOL_YEAR = _gated(
    rf"{_FAST}(?<![\w-])(?:(?:in|into|starting|start|started|finished|finishing|is in|he's in|she's in)"
    r" (?P<kind>year|grade) (?P<n>\d{1,2})|(?P<kind2>year|grade) (?P<n2>\d{1,2})"
    r" (?:student|students|pupil|pupils|child|kid|boy|girl|class))(?!\w)"
)
_TEAM_AGE = re.compile(
    r"(?=[jmou])(?<![\w-])(?:(?:jo|mo|o|u|under-)(?P<n>\d{1,2})s?|under (?P<s>\d{1,2})s)(?!\w)"
    r"(?! ?(?:jaar|years|kilo|kg|euro))"
)
_EN_SCHOOL_AGE = {"year": 4.5, "grade": 5.5}
# Ordinals up to twenty: birthdays ("de tiende verjaardag", "her 6th birthday") and grades ("ninth grade").
_ORDINAL_WORDS = {
    word: number
    for number, words in enumerate(
        (
            "eerste first",
            "tweede second",
            "derde third",
            "vierde fourth",
            "vijfde fifth",
            "zesde sixth",
            "zevende seventh",
            "achtste eighth",
            "negende ninth",
            "tiende tenth",
            "elfde eleventh",
            "twaalfde twelfth",
            "dertiende thirteenth",
            "veertiende fourteenth",
            "vijftiende fifteenth",
            "zestiende sixteenth",
            "zeventiende seventeenth",
            "achttiende eighteenth",
            "negentiende nineteenth",
            "twintigste twentieth",
        ),
        start=1,
    )
    for word in words.split()
}
_ORDINAL_NUMBER = r"(?:(?P<ord>{words})|(?P<ordn>\d{{1,2}})(?:e|de|ste|st|nd|rd|th))".format(
    words="|".join(_ORDINAL_WORDS)
)
_BIRTHDAY = _gated(
    rf"{_FAST}(?<![\w-]){_ORDINAL_NUMBER} ?(?:verjaardag|verjaardagsfeest\w*|birthday|bday)(?!\w)"
)
# American grades ("in ninth grade", "a 3rd grader"): grade 1 is 6-7 years old.
_EN_GRADE = _gated(rf"{_FAST}(?<![\w-]){_ORDINAL_NUMBER} grade(?:rs?)?(?!\w)")
# Flemish school years: "het derde leerjaar" is primary school (from 6), "het eerste middelbaar" secondary.
_FLEMISH_PRIMARY = _gated(
    rf"{_FAST}(?<![\w-]){_ORDINAL_NUMBER} leerjaar(?!\w)"
    rf"(?! (?:van |op )?(?:de |het )?(?:{_TYPES}|middelbaar|secundair))"
)
_FLEMISH_SECONDARY = _gated(
    rf"{_FAST}(?<![\w-]){_ORDINAL_NUMBER} (?:(?:leer)?jaar )?(?:van (?:het )?)?(?:middelbaar|secundair)(?!\w)"
)


def _ordinal(match: re.Match[str]) -> int:
    return _ORDINAL_WORDS[match["ord"]] if match["ord"] else int(match["ordn"])


# A birthday already celebrated gives the age itself; one to come (the usual case) the year before.
_BIRTHDAY_PAST = re.compile(
    r"(?<!\w)(?:was|waren|gevierd|vierden|hadden|gisteren|vorige|afgelopen|celebrated|had|last|yesterday)(?!\w)"
)  # UK year 1 = 5-6 years old, US grade 1 = 6-7


def _word_ages(entries: list[dict[str, Any]], exceptions: list[Any]) -> tuple[_Gated, dict[str, float]]:
    ages: dict[str, float] = {}
    parts: list[str] = []
    prefixes: list[str] = []
    for entry in entries:
        for word in _words(entry["words"]):
            ages[word] = float(entry["age"])
            (prefixes if entry.get("prefix") else parts).append(word)
    alternation = "|".join(
        [*(rf"{re.escape(p)}\w*" for p in sorted(prefixes, key=len, reverse=True)), *map(re.escape, parts)]
    )
    excluded = _alternation(exceptions) if exceptions else "(?!)"
    # A Latin word joined by a hyphen is another word ("super-baby"); in Ukrainian it is a compound of the
    # child ("син-підліток").
    return _gated(
        rf"{_FAST_ANY}(?<!\w)(?<![a-z0-9]-)(?!(?:{excluded})(?![\w]))(?:{alternation})(?![\w])"
    ), ages


_STAGES, _STAGE_AGES = _word_ages(_DATA["stages"], _DATA["except"])
_LEVELS, _LEVEL_AGES = _word_ages(_DATA["levels"], [])
_LEVEL_EXCEPT = re.compile(rf"^ ?-?(?:{_alternation(_DATA['level_except'])})")
_PREGNANT_WORDS = _whole(
    "|".join(
        [_alternation(_DATA["pregnancy"]), *(_expand(str(p), _MACROS) for p in _DATA["pregnancy_patterns"])]
    )
)
# A young person who fears she is pregnant is not (yet) an expectant parent.
_PREGNANCY_FEARED = _whole(
    r"(bang|denk|dacht|vrees|misschien|afraid|think|might|maybe|scared) (\S+ ){0,3}?(zwanger|pregnant)"
    r"|(ben|is|am|be) (ik|ze|i|she) (\S+ )?(zwanger|pregnant)"
    r"|zwangerschapstest|pregnancy test|morning-?after|morgen-?na"
    r"|(kan|kun|kon|could|can) (ik|ze|je|i|she|you) (\S+ ){0,2}?(zwanger|pregnant)"
    r"|(zwanger|pregnant) (worden|raken|geworden|get|become)|(get|got|getting) pregnant"
    # Turkish, Polish, Ukrainian, Arabic: "hamile olabilir miyim", "chyba jestem w ciąży", "здається,
    # я вагітна".
    r"|hamile (olabilir|miyim|kalmis olabilir)\w*|(chyba|moze|czy) (jestem|bede) w ciazy|test ciazowy"
    r"|(здається|може|можливо|боюсь),? (що )?(я )?вагітна|тест на вагітність"
    r"|(ربما|يمكن|خايفة) (اكون |انا )?حامل"
)
# Profile round 13 (branch prof13): a writer who has a child of their own writes as a parent, a young person
# too, whatever age they give ("ik ben 17 en mijn baby van 3 weken huilt", "tienervader, 18", "ik ben 18 en
# net moeder geworden", "hoe vaak moet ik borstvoeding geven, ik ben 19"). Not "my baby pics" nor "mijn
# babybroertje".
_OWN_CHILD = _whole(
    r"(mijn|mn|m'n|my) (eigen |own |kleine |little )?(baby|babytje|dochtertje|zoontje|kindje|dochter|zoon"
    r"|daughter|son|newborn|baby girl|baby boy)(?!\w)(?! ?-?(pics|photos|foto|fotos|foto's|pictures|brother"
    r"|sister|broertje|zusje|broer|zus|kleren|clothes|spullen))"
    r"|(ik|i) (\S+ ){0,4}?((moeder|vader|mama|papa|ouder|ouders) geworden"
    r"|became (a )?(mum|mom|dad|mother|father|parent))(?!\w)"
    r"|(ik ben|ben ik|als|i'm|im|i am|as a) (\S+ ){0,3}?(een |a )?(tienermoeder|tienervader|tienerouder"
    r"|teen (mum|mom|dad|parent)|young (mum|mom|dad|parent)|jonge (moeder|vader|mama|papa|ouder))(?!\w)"
    r"|(ik|i) (\S+ ){0,2}?(borstvoeding|breastfeed|breastfeeding|kolf|kolven)(?!\w)"
    r"|(ik heb|heb ik|en heb|i have|i've got|i got|and have) (een |a |an )?(zoontje|dochtertje|baby|babytje"
    r"|zoon|dochter|kindje|son|daughter|baby girl|baby boy|newborn)(?!\w)"
    r"(?! ?-?(broer|zus|brother|sister|pics|photos|foto))"
)
# The writer's partner is expecting: the writer is an expectant parent too.
_PARTNER_PREGNANT = _whole(
    r"(mijn|mn|m'n|my) (vriendin|vrouw|partner|meisje|girlfriend|wife) "
    r"(\S+ ){0,3}?(zwanger|pregnant|in verwachting)"
)
# Someone else who is pregnant ("een zwangere cliënte", "een meisje uit mijn klas is zwanger"): no sign of who
# writes.
_SOMEONE_PREGNANT = _whole(
    r"(een|de|die|deze|haar|zijn|hun|the|a|this|her|his) (\S+ )?(zwangere|pregnant)"
    r"|(zwangere|pregnant) (cliente|client|vrouw|vrouwen|moeder|moeders|meisje|meisjes|leerling|leerlinge"
    r"|patiente|tiener|tieners|woman|women|girl|girls|mother|mothers|teen|teenager|pupil|student|patient)"
    r"|(is|was) (\S+ ){0,2}?(zwanger|pregnant)"
)
# A pregnant young person's age told by someone else: "jonge zwangere (17)", "een zwangere meid van 16", "a
# pregnant girl aged 15", "een 17-jarige zwangere": she is the young person the question is about.
_PREGNANT_PERSON_AGE = _whole(
    r"(zwangere|pregnant) (\S+ )?(\((?P<a>\d{1,2})\)"
    r"|(van|of|aged) (?P<b>\d{1,2})(?! ?(weken|maanden|weeks|months|wk)))"
    r"|(?P<c>\d{1,2}) ?-?(jarige|year-old|year old) (zwangere|pregnant)"
)
_PREGNANT_YOUNG = (12, 24)


def _pregnant_young_age(folded: _Folded) -> _Age | None:
    """The age of a pregnant young person someone else writes about, when it is in a young person's band."""
    match = _PREGNANT_PERSON_AGE.search(folded)
    if match is None:
        return None
    age = float(match["a"] or match["b"] or match["c"])
    if not _PREGNANT_YOUNG[0] <= age < _PREGNANT_YOUNG[1]:
        return None
    return _Age(_STATED, match.start(), age, folded.quote(match.start(), _close(folded.text, match.end())))


_SELF_PREGNANT = _whole(_expand("(<I_AM>|<WE_ARE>|ben) (\\S+ ){0,3}?(<PREGNANT>)", _MACROS))


# A stage as a time since ("sinds zijn babytijd", "since her toddler years"), not the child's stage now.
_STAGE_PAST = re.compile(
    r"(?<!\w)(?:sinds|vanaf|since|toen|uit) (?:(?:zijn|haar|hun|de|his|her|their|the) )?"
    r"\w*(?:tijd|jaren|periode|years)$"
)


_WORKPLACE_BEFORE = re.compile(
    r"(?<!\w)(?:werk|werken|werkt|werkzaam|stage|work|works|working|teach|teaches)(?: \S+)?"
    r" (?:op|bij|in|at|for|on)(?: \S+){0,2} $"
)


def _stage_age(word: str) -> float | None:
    if word in _STAGE_AGES:
        return _STAGE_AGES[word]
    prefixes = [w for w in _STAGE_AGES if word.startswith(w)]
    return _STAGE_AGES[max(prefixes, key=len)] if prefixes else None


# --- role ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Age:
    priority: int
    position: int
    age: float | None
    evidence: str
    band: str | None = None  # set for pregnancy, where there is no age
    school: bool = False  # a school year rather than a number: the same child may have both
    # Whose age: "own" for the asker's child ("mijn zoon van 4", "ik heb een dochter van 9"), "other" for a
    # sibling or someone the child meets ("bij een jongen van 18"), "compared" for a comparison ("gedraagt
    # zich als een kind van 5"), "" when unclear.
    whose: str = ""


def _role(folded: _Folded, self_age: _Age | None, lang: str | None) -> tuple[str, str]:
    """The role with the most cue weight (each cue counted once), and the words of its strongest cue."""
    totals: dict[str, int] = {}
    best: dict[str, tuple[int, int, str]] = {}

    def add(role: str, weight: int, position: int, evidence: str) -> None:
        totals[role] = totals.get(role, 0) + weight
        key = (-weight, position, evidence)
        if role not in best or key < best[role]:
            best[role] = key

    english = lang == "en"
    hits = folded.cue_hits.get(english)
    if hits is None:
        # _role may run twice for a message (after an afterthought age): the scan does not depend on the age.
        hits = folded.cue_hits[english] = _cue_hits(folded, english=english)
    for start, end, cue in hits:
        add(cue.role, cue.weight, start, folded.quote(start, end))
    if self_age is not None and self_age.age is not None:
        weight = _SELF_WEIGHT_MINOR if self_age.age < 18 else _SELF_WEIGHT_ADULT
        # A young person who is expecting writes as an expectant parent (bench/README.md, "Role and age
        # labels"); one who only fears she may be pregnant stays a young person.
        expecting = _expecting(folded)
        if expecting is not None:
            add(PARENT, weight, expecting.start(), folded.quote(expecting.start(), expecting.end()))
        elif (own_child := _OWN_CHILD.search(folded)) is not None:
            add(PARENT, weight, own_child.start(), folded.quote(own_child.start(), own_child.end()))
        else:
            add(YOUTH, weight, self_age.position, self_age.evidence)
    if not totals:
        # "De kinderen" of a writer at home, with no other cue (bench/README.md): "geen geld voor
        # cadeautjes voor de kinderen", "ik mopper op de kids" (profile round 8). Not a cue: a worker also
        # says it.
        home = _HOME_CHILDREN.search(folded)
        if home is not None and _ABOUT_SELF.search(folded.text):
            return PARENT, folded.quote(home.start(), home.end())
        about_child = _ABOUT_A_CHILD.search(folded.text)
        if about_child and not _ABOUT_SELF.search(folded.text[: about_child.start()]):
            return PARENT, folded.quote(about_child.start(), about_child.end())
        # "Ik ben 38 en net moeder geworden", "ik geef borstvoeding" (profile round 13): a parent writes.
        own_child = _OWN_CHILD.search(folded)
        if own_child is not None:
            return PARENT, folded.quote(own_child.start(), own_child.end())
        # "Uitgerekend in maart", "zwanger van een tweeling": with no other cue, an expectant parent writes.
        expecting = _expecting(folded)
        if expecting is not None:
            return PARENT, folded.quote(expecting.start(), expecting.end())
        # Only a pupil writes of their own tests, mentor and lessons with no child or job named (youth round).
        school = _SCHOOL_LIFE.search(folded)
        if school is not None and _SCHOOL_WRITER.search(folded.text) and about_child is None:
            return YOUTH, folded.quote(school.start(), school.end())
        return UNKNOWN, ""
    role = max(ROLE_ORDER, key=lambda r: (totals.get(r, 0), -ROLE_ORDER.index(r)))
    return role, best[role][2]


def _cue_hits(folded: _Folded, *, english: bool) -> list[tuple[int, int, _Cue]]:
    """Where each cue is first met when the combined cue pattern scans the text (see ``_cue_pattern``):
    from a position, the leftmost match of any cue, at a tie the first cue; then on from its end. A cue that
    is met again still takes its words, so later matches start where the combined scan's would."""
    text, prefixes = folded.text, folded.prefixes
    possible = set(_CUES_ALWAYS)
    for prefix in prefixes.intersection(_CUE_PREFIXES):
        possible.update(_CUES_BY_PREFIX[prefix])
    met: set[int] = set()
    for prefix in prefixes.intersection(_ANCHOR_PREFIXES):
        met.update(_ANCHORS_BY_PREFIX[prefix])
    # Each source of matches: a pattern, and the places to try it at (None: search the text for it).
    sources: list[tuple[re.Pattern[str], list[int] | None, _Cue | None]] = []
    leads: dict[Lead, list[int]] = {}
    scan = False
    for index in sorted(possible):
        cue = _CUES[index]
        alternatives = _CUE_ALTERNATIVES[index]
        if index in _CUES_SCANNED:
            scan = True
            continue
        # ``cue.may_match``, with the anchors counted once for all cues.
        if alternatives is not None:
            for alternative in alternatives:
                if alternative <= met:
                    break
            else:
                continue
        if cue.needs is not None and not any(map(text.__contains__, cue.needs)):
            continue
        if cue.lead is not None:
            at = leads.get(cue.lead)
            if at is None:
                at = leads[cue.lead] = cue.lead.places(text)
            if at:
                sources.append((cue.regex, at, cue))
        elif cue.starts is None:
            sources.append((cue.regex, None, cue))
        else:
            at = folded.places(cue.starts)
            if at:
                sources.append((cue.regex, at, cue))
    if scan:
        sources.append((_CUE_SCAN, None, None))
    # Per source the next place to try, and its leftmost match from the current position on (None: no match
    # left). A match found from an earlier position stays right as long as it starts at or after the
    # current one: whether a pattern matches at a place does not depend on where the search started.
    following = [0] * len(sources)

    def ahead_of(number: int, position: int) -> re.Match[str] | None:
        regex, at, _ = sources[number]
        if at is None:
            return regex.search(text, position)
        for next_place in range(following[number], len(at)):
            place = at[next_place]
            if place >= position and (match := regex.match(text, place)) is not None:
                following[number] = next_place + 1
                return match
        following[number] = len(at)
        return None

    ahead = [ahead_of(number, 0) for number in range(len(sources))]
    # Most sources have no match at all (nine in ten on a long message): only the others take part below.
    live = [number for number, match in enumerate(ahead) if match is not None]
    hits: list[tuple[int, int, _Cue]] = []
    seen: set[int] = set()
    position = 0
    while True:
        best: tuple[int, int] | None = None
        found: tuple[re.Match[str], _Cue] | None = None
        for number in live:
            match = ahead[number]
            if match is None:
                continue
            if match.start() < position:
                match = ahead[number] = ahead_of(number, position)
                if match is None:
                    continue
            cue = sources[number][2] or _CUE_NAMED[match.lastgroup or ""]
            if best is None or (match.start(), cue.index) < best:
                best, found = (match.start(), cue.index), (match, cue)
        if found is None:
            return hits
        match, cue = found
        if english and match[0].startswith("me "):
            # English "me" is not the Dutch "mijn", but what follows may still be a cue: "told me my son".
            position = match.start() + 3
            continue
        position = max(match.end(), match.start() + 1)
        if cue.index not in seen:
            seen.add(cue.index)
            hits.append((match.start(), match.end(), cue))


def _expecting(folded: _Folded) -> re.Match[str] | None:
    """The pregnancy words of a writer who is expecting: not a pregnancy only feared, nor someone else's."""
    expecting = _PREGNANT_WORDS.search(folded)
    if expecting is None or _PREGNANCY_FEARED.search(folded):
        return None
    if _SOMEONE_PREGNANT.search(folded):
        return _PARTNER_PREGNANT.search(folded)
    return expecting


# --- age -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Before:
    """The words before a number (within _TAIL_CHARS), without a modifier like "bijna" just before it."""

    words: list[str]
    starts: list[int]  # where each word starts in the folded text
    modifier: float
    first: int  # where the age phrase starts at the earliest: the modifier, else the number

    @classmethod
    def of(cls, text: str, position: int) -> _Before:
        begin = max(0, position - _TAIL_CHARS)
        # A question or exclamation mark ends what the number can belong to: "kinderen? 12? 14?".
        begin = max(begin, text.rfind("?", begin, position) + 1, text.rfind("!", begin, position) + 1)
        tokens = list(_TAIL_TOKEN.finditer(text, begin, position))
        words = [t[0].strip("'") or t[0] for t in tokens]  # "'leeftijd 4;6'": a quote is no part of a word
        starts = [t.start() for t in tokens]
        for size in (3, 2, 1):
            phrase = " ".join(words[-size:])
            if len(words) >= size and phrase in _MODIFIERS:
                first = starts[-size]
                return cls(words[:-size], starts[:-size], _MODIFIERS[phrase], first)
        return cls(words, starts, 0.0, position)

    def _subject_at(self, index: int) -> int | None:
        """Where a subject ("mijn zoon", "little one") ending at word ``index`` starts, if there is one."""
        if index < 0:
            return None
        if self.words[index] in _SUBJECT_WORDS:
            return index
        if index >= 1 and f"{self.words[index - 1]} {self.words[index]}" in _SUBJECT_WORDS:
            return index - 1
        return None

    def strong(self) -> tuple[int, str] | None:
        """Words that make the number an age of a child: (where they start, the verb, "" if none).
        "zoon van", "zoon Tim is", "dochter (", "hij wordt", "he's", "aged", "at the age of"."""
        words, n = self.words, len(self.words)
        if not n:
            return None
        last = words[-1]
        found: int | None = None
        verb = ""
        if last in _AGE_WORDS:
            found = n - 1
        elif words[-2:] in (["leeftijd", ":"], ["leeftijd", "van"]):
            found = n - 2
        elif words[-3:] == ["the", "age", "of"]:
            found = n - 3
        elif last in ("(", ",", ":"):
            # "zoon (6)", "zoon Daan (7)": a name may stand between.
            found = self._subject_at(n - 2)
            found = self._subject_at(n - 3) if found is None and last == "(" else found
            found = self._bracketed() if found is None and last != "(" else found
        elif "(" in words[-4:-1]:
            found = self._bracketed()
        elif last in _TIME_WORDS:
            return self._soon()
        else:
            at = n - 2 if last == "turning" and words[-2:-1] == ["is"] else n - 1
            if last in _SUBJECT_VERBS:
                found = self._subject_at(at - 1)
                found = self._subject_at(at - 2) if found is None else found
                if found is None and at >= 3 and words[at - 2] == "van" and words[at - 1] in ("ons", "mij"):
                    # "jongen van ons is 12", "die van mij is 15".
                    found = at - 3 if words[at - 3] == "die" else self._subject_at(at - 3)
            elif self._subject_at(n - 1) is not None:
                # No verb at all: "mn zoon 15 is betrapt", "meisje 16 met angstklachten".
                found = self._subject_at(n - 1)
            if found is None and last in _PRONOUN_VERBS and at >= 1 and words[at - 1] in _PRONOUNS:
                found = at - 1
            verb = last
            if found is None and last in _PRONOUNS and n >= 2 and words[-2] in _PRONOUN_VERBS:
                # Inverted after a first word: "nu is ze 11", "vorige maand is hij 9 geworden".
                found, verb = n - 2, words[-2]
            if found is None:
                found = self._plural_subject()
        return None if found is None else (self.starts[found], verb)

    def _plural_subject(self) -> int | None:
        """ "ze zijn 6 en 9", "they are 7", "they're": the children of the sentences before, all at once."""
        words = self.words
        for subject in _PLURAL_SUBJECTS:
            if tuple(words[-len(subject) :]) == subject:
                return len(words) - len(subject)
        return None

    def whose(self, start: int) -> str:
        """Whose age follows the subject starting at ``start``: "own", "other" or "" (see _Age.whose)."""
        if start not in self.starts:
            return ""
        index = self.starts.index(start)
        subject = self.words[index]
        previous = self.words[max(0, index - 2) : index]
        if (previous[-1:] and previous[-1] in _OWN_WORDS) or (
            len(previous) == 2 and previous[0] in _HAVE_WORDS and previous[1] in _ARTICLES
        ):
            return "own"
        if _COMPARED.intersection(previous):
            return "compared"
        if subject in _OTHER_SUBJECTS:
            return "other"
        # "bij een jongen van 18", "verliefd op een meisje van 14": someone the child meets.
        return (
            "other"
            if len(previous) == 2 and previous[1] in _ARTICLES and previous[0] in _PREPOSITIONS
            else ""
        )

    def _bracketed(self) -> int | None:
        """ "mijn kind (non-binair, 16)": other words in the brackets before the age."""
        tail = self.words[-4:-1]
        if "(" not in tail or ")" in self.words[-4:] or self.words[-1] in _SCHOOL_WORDS:
            return None  # "zoon (groep 8)" is a school year; "(17) al vier dagen" is closed
        bracket = len(self.words) - 1 - len(tail) + tail.index("(")
        return self._subject_at(bracket - 1)

    def _soon(self) -> tuple[int, str] | None:
        """ "Hij wordt binnenkort 18", "zoon wordt volgende week 6": an age to come, with a time between."""
        k = len(self.words)
        while k > 0 and len(self.words) - k < 3 and self.words[k - 1] in _TIME_WORDS:
            k -= 1
        if k == len(self.words) or not k:
            return None
        past = _PAST_TIME.intersection(self.words[k:])
        if self.words[k - 1] not in _SOON_VERBS and not (past and self.words[k - 1] in _PAST_VERBS):
            return None
        return _Before(self.words[:k], self.starts[:k], self.modifier, self.first).strong()

    def self_start(self) -> int | None:
        """Where words saying the number is the writer's own age start: "ik ben", "ik ben een meisje van",
        "I'm", "I am a", "ik (". None when they are not there."""
        words, i = self.words, len(self.words)
        if i >= 2 and words[-1] in ("(", ",") and words[-2] == "ik":
            return self.starts[-2]
        if i >= 4 and words[-1] in ("(", ",") and words[-4:-2] == ["ik", "ben"]:
            return self.starts[-4]  # "ik ben Sem (12)", "ik ben Noor, 15": a name between
        if i >= 3 and words[-1] in _SELF_NOUNS and words[-2] in ("(", ",") and words[-3] == "ik":
            return self.starts[-3]  # "ik (meisje 15)"
        if i >= 3 and words[i - 1] == "van" and words[i - 2] in _SELF_NOUNS and words[i - 3] == "een":
            i -= 3
        elif i >= 1 and words[i - 1] in ("a", "an"):
            i -= 1
        if i >= 1 and words[i - 1] in _SELF_FILLERS:
            i -= 1
        # "ik word morgen 17", "ik ben vorige week 14 geworden" (a past birthday only after "ben").
        k = i
        while k > 0 and i - k < 3 and words[k - 1] in _TIME_WORDS:
            k -= 1
        if k < i and k >= 2 and (words[k - 2], words[k - 1]) in _SELF_VERBS:
            verb = words[k - 1]
            if verb in ("word", "turn") or (verb in ("ben", "am") and _PAST_TIME.intersection(words[k:i])):
                return self.starts[k - 2]
        if i >= 1 and words[i - 1] in ("i'm", "im", "we're"):
            return self.starts[i - 1]
        if i >= 2 and (words[i - 2], words[i - 1]) in _SELF_VERBS:
            return self.starts[i - 2]
        if i >= 1 and words[i - 1] == "ben":
            return self.starts[i - 1]  # "ben 14 en ...": only "ik" says "ben" before a number
        if i >= 3 and words[i - 3 : i] == ["i", "just", "turned"]:
            return self.starts[i - 3]
        return None


def _self_age(folded: _Folded) -> _Age | None:
    """A young person's own age: "ik ben 15", "ik ben een meisje van 14", "I'm 14", "ik (16)"."""
    text = folded.text
    for match in folded.numbers:
        if match["m"] or match["w"] or match["d"]:
            continue
        before = folded.before(match.start())
        start = before.self_start()
        if start is None:
            start = _self_start_after(before, match, text)
        if start is None:
            continue
        value = _number(match)
        right = text[match.end() : match.end() + 40]
        if value is None or _DURATION_AFTER.match(right) or (not match["y"] and _not_age_after(right)):
            continue
        if _SELF_UNLESS_AFTER.match(right):
            continue
        value += before.modifier
        if _SELF_SOON.search(text, start, match.start()):
            value -= 0.5
        if _SELF_AGES[0] <= value <= _SELF_AGES[1]:
            return _Age(_STATED, start, round(value, 2), folded.quote(start, _close(text, match.end())))
    return _foreign_age(folded, _FOREIGN_SELF, self_age=True)


# The writer's age on its own after the message or a sentence ("..., 15 jr", "14 jaar btw"), and a condition
# that is the writer's present age in the middle of a question ("mag ik dat als ik 15 ben?", "hoe laat mag
# je uit als je 15 bent"); a sentence that opens with it ("Als ik 16 ben, mag ik dan ...") is about later.
_AFTERTHOUGHT_AGE = re.compile(
    r"(?:^|(?<=[.!?,;] ))(?:ik |im |i'm )?(?P<num>\d{1,2}) ?(?:jr|jaar|y|yo|yrs)(?: oud| old)?(?: btw)?"
    r"(?:\.|(?= ?[.!?,;]|$))"
)
# From 10: a smaller number after a comma is more often a duration ("we wonen hier, 8 jaar").
_AFTERTHOUGHT_AGES = (10, 23)
_PRESENT_CONDITION_AGE = re.compile(
    r"(?<=[a-z0-9'] )als (?:ik|je) (?P<num>\d{1,2}) (?:jaar )?(?:ben|bent)(?!\w)"
)


# "Word binnenkort 18 en ...": chat leaves out "ik" before the verb, so it is the writer turning that age.
_TURNING_NO_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?] ))(?:word|wordt) (?:binnenkort |bijna |straks |volgende (?:week|maand) )?"
    r"(?P<num>1\d|2[0-3])"
    r"(?= en | ?[.!?,;]|$)"
)


def _afterthought_age(folded: _Folded) -> _Age | None:
    """The writer's own age told after the fact or as a present condition (see the patterns above), for a
    message with a first-person word and no child in the third person."""
    text = folded.text
    turning = _TURNING_NO_SUBJECT.search(text)
    if turning is not None:
        # The birthday is still to come: the current age is one less (bench/README.md, "word binnenkort 18").
        value = float(turning["num"]) - 0.5
        return _Age(_STATED, turning.start(), value, folded.quote(turning.start(), turning.end()))
    if not _ABOUT_SELF.search(text) and " je " not in f" {text} ":
        return None
    if _ABOUT_A_CHILD.search(text):
        return None
    for pattern in (_AFTERTHOUGHT_AGE, _PRESENT_CONDITION_AGE):
        match = pattern.search(text)
        if match is None:
            continue
        value = float(match["num"])
        if _AFTERTHOUGHT_AGES[0] <= value <= _AFTERTHOUGHT_AGES[1]:
            return _Age(_STATED, match.start(), value, folded.quote(match.start(), match.end()))
    return None


def _self_start_after(before: _Before, match: re.Match[str], text: str) -> int | None:
    """Where "ik" starts when what follows the number says it is the asker's age: "nu ik 19 ben", "ik 16
    jaar, woon ..." (a learner's Dutch), "ik (13m)"; None after "toen", "als", "sinds"."""
    words = before.words
    if not words or words[-1] != "ik" or (len(words) >= 2 and words[-2] in _SELF_UNLESS):
        return None
    right = text[match.end() : match.end() + 20]
    if _SELF_AFTER.match(right) or match["y"] or match["sex"]:
        return before.starts[-1]
    return None


def _choose_age(
    folded: _Folded, role: str, self_age: _Age | None, today: date
) -> tuple[float | None, str, str]:
    """The child's age, its band and the words it came from. A pregnant young person who gives her age
    is counted in her own age band: she is the young person the service is for."""
    if role == YOUTH:
        # A young person writing about a younger sibling or a friend: that child's age (bench/README.md).
        peer = _peer_age(folded, self_age)
        if peer is not None:
            return peer.age, age_band(peer.age), peer.evidence
    # A couple's shared age ("we zijn allebei twintig") next to a pregnancy they expect is the pregnancy's.
    couple_expecting = self_age is not None and _WE.match(self_age.evidence) and _expecting(folded)
    if (
        self_age is not None
        and self_age.age is not None
        and not couple_expecting
        and (role == YOUTH or _PREGNANT_WORDS.search(folded) is not None)
    ):
        # "ik ben 19 en 10 weken zwanger", "mam 19 lat i jestem w ciąży": her own band, not pregnancy.
        return self_age.age, age_band(self_age.age), self_age.evidence
    young = _pregnant_young_age(folded)
    if young is not None:
        return young.age, age_band(young.age), young.evidence
    # A mother who is expecting asks as an expectant parent, even when she names an older child.
    pregnant = _SELF_PREGNANT.search(folded)
    word = _PREGNANT_WORDS.search(folded, pregnant.start()) if pregnant else None
    if word:
        return None, PREGNANCY, folded.quote(word.start(), word.end())
    candidates = [
        *_birth_dates(folded, today),
        *_stated_ages(folded),
        *_school_years(folded),
        *_word_candidates(folded),
        *_foreign_ages(folded),
    ]
    if role == PARENT and not any(c.priority == _STATED and not c.school for c in candidates):
        bare = _bare_child_age(folded)
        if bare is not None:
            candidates.append(bare)
    if not candidates:
        # A young parent who names no child's age ("ik ben tienervader, 18"): their own band, as a pregnant
        # young person's (profile round 13).
        if role == PARENT and self_age is not None and self_age.age is not None and 12 <= self_age.age < 24:
            return self_age.age, age_band(self_age.age), self_age.evidence
        return None, UNKNOWN, ""
    best = min(candidates, key=lambda c: (c.priority, c.position))
    if best.priority == _STATED:
        one = _one_child([c for c in candidates if c.priority == _STATED])
        if one is None:
            stated = sorted((c for c in candidates if c.priority == _STATED), key=lambda c: c.position)
            return None, UNKNOWN, "', '".join(dict.fromkeys(c.evidence for c in stated))
        best = one
    if best.band is not None:
        return None, best.band, best.evidence
    assert best.age is not None
    return best.age, age_band(best.age), best.evidence


# A parent's afterthought, the child's age alone between punctuation: "ze wil een vriend bij haar laten
# slapen, 15. kan dat", "... als ik zijn console afpak. 12" (profile round 8). Only one such number in the
# message: two are a numbered list or several children.
_BARE_AGE = re.compile(r"(?:^|(?<=[.!?,;] ))(?P<num>\d{1,2})(?= ?[.!?,;]|$)")


def _bare_child_age(folded: _Folded) -> _Age | None:
    """The child's age told alone by a parent (see _BARE_AGE), None when there are more or it is no age."""
    found = list(_BARE_AGE.finditer(folded.text))
    if len(found) != 1:
        return None
    match = found[0]
    value = float(match["num"])
    if not 1 <= value <= 17 or (match.start() == 0 and folded.text[match.end() : match.end() + 1] == "."):
        return None
    return _Age(_STATED, match.start(), value, folded.quote(match.start(), match.end()), whose="own")


# A couple speaking together ("we zijn allebei 18"): their shared age.
_WE = re.compile(r"(?i)(we|wij|we're)(?!\w)")
# A sibling or friend with an age, named by a young person: "mn broertje van 8", "mijn zusje is 5", "mn beste
# vriendin uit mn klas (14)", "my sister is 13".
_PEER_AGE = _whole(
    _expand(
        r"(<MY>|<OUR>) (kleine |jongere |beste |little |younger |baby |best )?"
        r"(broertje|broertjes|zusje|zusjes|broer|zus|neefje|nichtje|vriend|vriendin|vriendje|vriendinnetje|mattie"
        r"|sister|brother|friend)( (?!(en|and|die|dat|who|that)(?!\w))[^\s.!?,]+){0,4}? "
        r"(is (nu |pas |net |al )?|van |\(|is like )(?P<num>\d{1,2}(?:[.,]5)?)"
        r"(?! ?(?:jaar|jr|years?) (?:geleden|ouder|jonger|ago|older|younger))"
        r"(?! ?(?:keer|uur|euro|minuten|dagen|weken|maanden|%))(?!\d|[.,]\d)",
        _MACROS,
    )
)


def _peer_age(folded: _Folded, self_age: _Age | None) -> _Age | None:
    """The age of the sibling or friend a young person writes about: named before the writer's own age, and
    not older than the writer (an older boyfriend is someone met; the message is about the writer)."""
    match = _PEER_AGE.search(folded)
    if match is None:
        return None
    value = float(match["num"].replace(",", "."))
    if value > _SELF_AGES[1]:
        return None
    if self_age is not None and (
        self_age.age is None or self_age.position < match.start() or value > self_age.age
    ):
        return None
    return _Age(_STATED, match.start(), value, folded.quote(match.start(), match.end()))


# A school year this close to a stated age is the same child's ("is 12, zit in groep 8").
_SAME_CHILD_YEARS = 1.5


def _one_child(stated: list[_Age]) -> _Age | None:
    """The first stated age, or None when the ages are of children in different bands ("2 en 8", "zoon in
    groep 4 en dochter in 2 vwo"): then no band is right. A school year close to a number is the same child
    and the number decides."""
    numbers = sorted((c for c in stated if not c.school), key=lambda c: c.position)
    if any(c.whose != "compared" for c in numbers):
        numbers = [c for c in numbers if c.whose != "compared"]
    if any(c.whose == "own" for c in numbers):
        # "onze dochter van 15 was bij een jongen van 18", "haar broertje (3 maanden) en onze dochter van 4".
        numbers = [c for c in numbers if c.whose != "other"]
    years = sorted((c for c in stated if c.school), key=lambda c: c.position)
    first = numbers or years
    bands = {c.band or age_band(c.age) for c in first}
    if len(bands) > 1:
        return None
    for year in years if numbers else []:
        if age_band(year.age) not in bands and all(
            abs((year.age or 0) - (n.age or 0)) > _SAME_CHILD_YEARS for n in numbers
        ):
            return None
    return first[0]


@dataclass(frozen=True, slots=True)
class _Foreign:
    regex: re.Pattern[str]
    unit: str
    value: float | None  # the value of an age written in words, else None (the number <N> is the age)
    add: float  # "2 i pół roku": the half after the number
    offset: float | None  # a school class: the age is the class plus this ("у 5 класі" = 10.5)
    # The pattern with numbers written as words too; tried only on a message that has such a word, because
    # an alternation of words where a digit stood makes every pattern about three times slower.
    words: re.Pattern[str] | None = None
    # Words one of which every match of ``regex`` (``words``) contains, None when they cannot be told: most
    # patterns then cost a few substring checks on a Dutch or English message instead of a scan.
    anchors: frozenset[str] | None = None
    words_anchors: frozenset[str] | None = None
    # ``_needs`` of ``regex`` (``words``): a pattern without anchors, or with anchors as common as "in" or
    # "op", still costs only a few ``in`` on most messages.
    needs: frozenset[str] | None = None
    words_needs: frozenset[str] | None = None
    # ``firstchar.lead`` of ``regex`` (``words``): a pattern that starts the message or a sentence is tried
    # only there instead of scanned for ("^ik (15)", ". 16 v.").
    lead: Lead | None = None
    words_lead: Lead | None = None


# Numbers written as words in the other languages ("beş", "pięć", "п'ять", "خمس"), folded.
_FOREIGN_NUMBERS: dict[str, float] = {
    fold(str(k)): float(v) for k, v in _DATA["other_languages"]["numbers"].items()
}
_FOREIGN_DIGITS = r"(?P<num>\d{1,2}(?:[.,]\d)?)"
_FOREIGN_NUM = rf"(?P<num>\d{{1,2}}(?:[.,]\d)?|{_alternation(list(_FOREIGN_NUMBERS))})"
_FOREIGN_TOKEN = re.compile(r"[^\W\d_][\w']*")
# "Prawie 4 lata", "майже 3 роки", "تقريبا": nearly that age.
_FOREIGN_ALMOST = re.compile(r"(?<!\w)(?:prawie|niemal|neredeyse|hemen hemen|маиже|почти|تقريبا|حوالي) ?$")


def _foreign_number(raw: str) -> float:
    return _FOREIGN_NUMBERS.get(raw) or float(raw.replace(",", "."))


def _foreign_patterns(entries: list[Any]) -> list[_Foreign]:
    """Patterns of ``other_languages``; <N> is the number (any script's digits: Arabic writes ١٢; "3,5"), or
    the entry gives the ``value`` its words stand for ("سنة ونصف", a year and a half)."""
    compiled = []
    for entry in entries:
        source = _folded(str(entry["pattern"])).replace("<N>", _FOREIGN_DIGITS)
        spelled = _folded(str(entry["pattern"])).replace("<N>", _FOREIGN_NUM)
        value = float(entry["value"]) if "value" in entry else None
        if (value is None) == ("<N>" not in str(entry["pattern"])):
            raise ValueError(f"profile.yaml: {entry['pattern']!r} needs either <N> or a value")
        # Arabic writes "and" as a prefix: "و٩ سنوات".
        regex, words = (
            lazy_compile(rf"{lookahead(p)}(?:(?<!\w)|(?<=(?<!\w)\u0648))(?:{p})(?!\w)")
            for p in (source, spelled)
        )
        offset = float(entry["offset"]) if "offset" in entry else None
        unit, add = str(entry.get("unit", "y")), float(entry.get("add", 0))
        other = spelled != source
        # Where a match starts, p's own lead says: the "and" before it is a lookbehind, outside the match.
        leads = [lead(p) if never_empty(r.pattern) else None for p, r in ((source, regex), (spelled, words))]
        compiled.append(
            _Foreign(
                regex,
                unit,
                value,
                add,
                offset,
                words if other else None,
                word_anchors(source),
                word_anchors(spelled) if other else None,
                _needs(source),
                _needs(spelled) if other else None,
                leads[0],
                leads[1] if other else None,
            )
        )
    return compiled


_FOREIGN_CHILD = _foreign_patterns(_DATA["other_languages"]["child_ages"])
_FOREIGN_SELF = _foreign_patterns(_DATA["other_languages"]["self_ages"])
# The ages before the last of a list: "3 ve 11 yaşında", "1 і 4 роки", "٤ و٦ و٩ سنوات".
_FOREIGN_LIST = re.compile(r"(?<![^\W\u0648])(\d{1,2}) ?(?:,|ve|i|і|и|та|\u0648) ?$")


def _foreign_age(folded: _Folded, patterns: list[_Foreign], *, self_age: bool = False) -> _Age | None:
    found = _foreign_ages(folded, patterns)
    if not found:
        return None
    first = min(found, key=lambda a: a.position)
    if self_age and not (first.age is not None and _SELF_AGES[0] <= first.age <= _SELF_AGES[1]):
        return None
    return first


def _foreign_ages(folded: _Folded, patterns: list[_Foreign] | None = None) -> list[_Age]:
    """Ages written in Turkish, Polish, Ukrainian, Russian or Arabic ("oglum 7 yasinda", "ma 5 lat")."""
    text = folded.text
    found: list[_Age] = []
    spelled = folded.spelled_numbers
    prefixes = folded.foreign_prefixes
    for pattern in _FOREIGN_CHILD if patterns is None else patterns:
        if spelled and pattern.words is not None:
            regex, anchors, needs = pattern.words, pattern.words_anchors, pattern.words_needs
            leads = pattern.words_lead
        else:
            regex, anchors, needs, leads = pattern.regex, pattern.anchors, pattern.needs, pattern.lead
        # Every match has one of the anchors at the start of a word (or after a word's first Arabic "and").
        if anchors is not None and anchors.isdisjoint(prefixes):
            continue
        if needs is not None and not any(map(text.__contains__, needs)):
            continue
        for match in regex.finditer(text) if leads is None else _tried(regex, text, leads.places(text)):
            begin = max(0, match.start() - _DURATION_CHARS)
            if pattern.unit != "y" and _PREGNANT_WORDS.regex.search(text, begin, match.start()):
                continue  # "hamileyim, 5 aylık", "вагітна (7 місяць)": how far the pregnancy is
            if pattern.value is not None:
                values, first = [pattern.value], match.start()
            else:
                values, first = [_foreign_number(match["num"]) + pattern.add], match.start("num")
                if _FOREIGN_ALMOST.search(text, max(0, first - 14), first):
                    values[0] -= 0.25
                while item := _FOREIGN_LIST.search(text, max(0, first - 8), first):
                    values.insert(0, float(item[1]))
                    first = item.start()
            for value in values:
                if not 0 <= value <= _UNIT_MAX[pattern.unit]:
                    continue
                if pattern.offset is not None:
                    years, school = value + pattern.offset, True
                else:
                    years, school = round(value * _UNIT_YEARS[pattern.unit], 2), False
                quoted = folded.quote(min(first, match.start()), match.end())
                found.append(_Age(_STATED, match.start(), years, quoted, school=school))
    return found


def _number(match: re.Match[str]) -> float | None:
    raw = match["num"]
    value = _NUMBER_WORDS.get(raw)
    if value is None:
        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            return None
    months = match.groupdict().get("months")
    if months and int(months) < 12:
        return value + int(months) / 12
    return value + (0.5 if match["half"] else 0.0)


def _close(text: str, end: int) -> int:
    """The end of an age in brackets, with its closing bracket: "zoon (6)", "ik (15)"."""
    return end + 1 if text.startswith(")", end) else end


def _not_age_after(right: str) -> bool:
    word = _FIRST_WORD.match(right)
    return (bool(word) and word[1] in _NOT_AGE_AFTER) or _NOT_AGE_BEFORE_NUMBER.match(right) is not None  # type: ignore[index]


def _stated_ages(folded: _Folded) -> list[_Age]:
    """Ages stated as a number: "van 4", "4 jaar", "4-jarige", "8 maanden", "hij is 7", "my 7 year old"."""
    text = folded.text
    found: list[_Age] = []
    consumed = 0
    has_subject = _ANY_SUBJECT.search(folded) is not None
    for match in folded.numbers:
        if match.start() < consumed:
            continue
        unit = next((k for k in "ymwd" if match[k]), None)
        value = _number(match)
        if value is None or match["sex"]:
            continue
        end = match.end()
        span = _RANGE.match(text, end) if unit is None and not match["half"] else None
        if span:
            # "(12-16 jaar)", "van 18 tot 23", "meisjes 12-13": one band gives its middle; two bands none.
            unit = next((k for k in "ymwd" if span[k]), None)
            high, factor = float(span["high"]), _UNIT_YEARS[unit or "y"]
            consumed = span.end()
            if high <= value or age_band(value * factor) != age_band(high * factor):
                continue
            value, end = (value + high) / 2, span.end()
        right = text[end : end + 40]
        if unit == "y" and _ABOUT.match(right):
            continue  # "een jaar of 10": the age is the number that follows
        before = folded.before(match.start())
        if unit and before.words[-1:] in _WAIT_WORDS:
            continue  # "wordt over een maand 12", "in 2 weken": a time, not an age
        if unit in ("w", "m") and _PREGNANT_WORDS.regex.search(
            text, max(0, match.start() - _DURATION_CHARS), match.start()
        ):
            continue  # "zwangere cliënte, 16 weken": how far the pregnancy is
        if before.self_start() is not None:
            continue  # the asker's own age, handled by _self_age
        if _SELF_UNLESS.intersection(before.words[-3:]) and _CLAUSE_VERB_AFTER.match(right):
            continue  # "toen ze 3 was", "als een kind 18 wordt", "when he was 4": then or if, not now
        if _SCHOOL_TYPE_AFTER.match(text, end):
            continue  # "zoon van 2 vwo", "leerling 4 havo": a school year, read by _school_years
        strong = before.strong()
        turning = None if strong else _turning(before, right, unit)
        if turning is not None:
            strong = (turning, "wordt")
        if strong and strong[1] in _PLURAL_VERBS and unit in ("w", "d"):
            continue  # "ze zijn 3 weken weg": a time away, not the children's age
        unit_words = (span or match)[unit] if unit else None
        certain = unit_words is not None and _CERTAIN_UNIT.search(unit_words) is not None
        word_number = match["num"] in _NUMBER_WORDS
        if unit is not None and _DURATION_AFTER.match(right):
            continue
        if strong or certain:
            if unit is None and ((word_number and value <= 1) or _not_age_after(right)):
                continue
        elif not has_subject or not _plain_age(text, match, unit, before):
            continue
        value += before.modifier
        if strong and strong[1] in _SOON_VERBS:
            value -= 0.5  # "hij wordt 4": still 3
        factor = _UNIT_YEARS[unit or "y"]
        if not 0 <= value <= _UNIT_MAX[unit or "y"]:
            continue
        years = value * factor
        if unit == "y":
            months = _AND_MONTHS.match(text[end:])
            if months:
                years += int(months[1]) / 12
                end += months.end()
        consumed = end
        start = strong[0] if strong else before.first
        end = _close(text, end) if strong and text[strong[0] : match.start()].rstrip().endswith("(") else end
        whose = before.whose(strong[0]) if strong else ""
        found.append(_Age(_STATED, match.start(), round(years, 2), folded.quote(start, end), whose=whose))
        if not span:
            listed, consumed, list_unit = _listed_ages(folded, consumed, unit)
            if listed and unit is None and list_unit not in (None, "y"):
                # "3 en 9 maanden": the unit after the last age counts for the first too.
                first = found.pop()
                corrected = (value - before.modifier) * _UNIT_YEARS[list_unit] + before.modifier
                found.append(replace(first, age=round(corrected, 2)))
            found.extend(listed)
    return found


def _turning(before: _Before, right: str, unit: str | None) -> int | None:
    """Where "die" or "hij" starts in "die in maart 4 wordt", "omdat hij 6 wordt": an age to come, said with
    the verb after it. Not after "als" or "toen" ("als ze 18 wordt" is any child's 18th)."""
    if unit not in (None, "y") or not _TURNING_AFTER.match(right):
        return None
    tail = before.words[-4:]
    if _SELF_UNLESS.intersection(before.words[-5:]):
        return None
    for index in range(len(tail) - 1, -1, -1):
        if tail[index] in _TURNING_WHO:
            return before.starts[len(before.words) - len(tail) + index]
    return None


def _listed_ages(folded: _Folded, end: int, unit: str | None) -> tuple[list[_Age], int, str | None]:
    """The other ages of a list after a child's age: "kids zijn 2 en 8", "(1, 4 en 12)", "7 en 10 jaar".
    Returns them, where the list ends and the unit of its last age (which counts for all)."""
    text = folded.text
    found: list[_Age] = []
    last_unit: str | None = None
    while item := _LIST_NEXT.match(text, end):
        value = _number(item)
        right = text[item.end() : item.end() + 40]
        if value is None or _not_age_after(right) or _DURATION_AFTER.match(right):
            break
        last_unit = next((k for k in "ymwd" if item[k]), None)
        item_unit = last_unit or unit
        years = value * _UNIT_YEARS[item_unit or "y"]
        found.append(
            _Age(_STATED, item.start("num"), round(years, 2), folded.quote(item.start("num"), item.end()))
        )
        end = item.end()
    return found, end, last_unit


# Child health (JGZ) visits are named by the child's age: "bij het consult van 14 maanden".
_VISIT_WORDS = frozenset(
    {"consult", "contactmoment", "controle", "check", "checkup", "check-up", "visit", "vaccinatie", "prik"}
)


def _plain_age(text: str, match: re.Match[str], unit: str | None, before: _Before) -> bool:
    """A number with a unit and no words around it that say age ("4 jaar, plast nog in bed") is an age in
    years or months written in digits, unless it is a duration ("al 2 jaar") or a wait ("een wachttijd van
    2 jaar": only a child "van 4" has an age)."""
    if unit not in ("y", "m") or match["num"] in _NUMBER_WORDS or match["y"] == "jaren":
        return False  # a learner's "5 jaren" is an age only after "is" or "van"
    if _DURATION_BEFORE.search(text, max(0, match.start() - _DURATION_CHARS), match.start()):
        return False
    if before.words[-2:-1] and before.words[-2] in _VISIT_WORDS:
        return True  # "het consult van 15 maanden", "de controle van 2 jaar": a child health visit by age
    return before.words[-1:] not in (["van"], ["of"])


_SCHOOL_TYPE_AFTER = re.compile(rf"(?: ?-? ?)(?:{_TYPES})(?!\w)")


_MONTHS = {
    month: number
    for number, names in enumerate(
        (
            "januari january jan",
            "februari february feb",
            "maart march mrt mar",
            "april apr",
            "mei may",
            "juni june jun",
            "juli july jul",
            "augustus august aug",
            "september sept sep",
            "oktober october okt oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for month in names.split()
}
_BIRTH_DATE = _gated(
    rf"{_FAST}(?<![\w-])(?:(?P<born>geboren|born)|van|from|uit|\()"
    r"(?: (?:in|op|on|eind|begin|half|medio|rond|around|early|late|the))?"
    r"(?: \d{1,2}(?:e|ste|de|st|nd|rd|th)?)?"
    rf"(?: (?P<month>{'|'.join(sorted(_MONTHS, key=len, reverse=True))}))?(?: of)?"
    r" (?P<year>(?:19|20)\d\d)(?![\w.,/-]?\d)(?!\w)"
    r"|(?<![\w-])(?P<year2>(?:19|20)\d\d) ?(?:'|-)?ers?(?!\w)|\((?P<year3>(?:19|20)\d\d)\)"
)


def _birth_dates(folded: _Folded, today: date) -> list[_Age]:
    """A child's age from a birth date, read against today: "geboren in april 2020" is the age in whole
    months; "zoon is van 2018", "een 2015'er" give only a band (the child may or may not have had this
    year's birthday), none when the two possible ages lie in different bands."""
    text = folded.text
    found: list[_Age] = []
    for match in _BIRTH_DATE.finditer(folded):
        year = int(match["year"] or match["year2"] or match["year3"])
        if (match["year"] and not match["born"]) or match["year3"]:
            # "van 2018", "(2016)": only after a child ("zoon is van 2018", "dochter (2016)").
            lead = _Before.of(text, match.start("year") if match["year"] else match.start("year3"))
            if lead.strong() is None:
                continue
        if not 0 <= today.year - year <= MAX_CHILD_AGE:
            continue
        evidence = folded.quote(match.start(), match.end())
        if match["month"]:
            months = (today.year - year) * 12 + today.month - _MONTHS[match["month"]]
            if months >= 0:
                found.append(
                    _Age(_STATED, match.start(), round(months // 12 + (months % 12) / 12, 2), evidence)
                )
            continue
        older, younger = age_band(today.year - year), age_band(today.year - year - 1)
        if older == younger and today.year > year:
            found.append(_Age(_STATED, match.start(), None, evidence, band=older))
    return found


def _school_years(folded: _Folded) -> list[_Age]:
    text = folded.text
    found: list[_Age] = []
    for match in _GROUP.finditer(folded):
        first = _NUMBER_WORDS.get(match["g"]) or float(match["g"])
        group = (first + float(match["g2"])) / 2 if match["g2"] else first
        found.append(
            _Age(_STATED, match.start(), group + 3.5, folded.quote(match.start(), match.end()), school=True)
        )
    for match in _SECONDARY.finditer(text):
        if match["brug"]:
            year = 1
        elif match["c"] or match["g"]:
            year = _ORDINALS[match["c"] or match["g"]]
        else:
            year = int(match["a"] or match["b"] or match["d"] or match["e"] or match["f"])
        found.append(
            _Age(_STATED, match.start(), year + 11.5, folded.quote(match.start(), match.end()), school=True)
        )
    for regex, offset in ((_EN_GRADE, 5.5), (_FLEMISH_PRIMARY, 5.5), (_FLEMISH_SECONDARY, 11.5)):
        for match in regex.finditer(folded):
            number = _ordinal(match)
            if 1 <= number <= 12:
                quoted = folded.quote(match.start(), match.end())
                found.append(_Age(_STATED, match.start(), number + offset, quoted, school=True))
    for match in _EN_SCHOOL_YEAR.finditer(folded):
        kind = match["kind"] or match["kind2"]
        number = int(match["n"] or match["n2"])
        age = number + _EN_SCHOOL_AGE[kind]
        if 0 < number <= 13 and age <= MAX_CHILD_AGE:
            found.append(
                _Age(_STATED, match.start(), age, folded.quote(match.start(), match.end()), school=True)
            )
    return found


def _word_candidates(folded: _Folded) -> list[_Age]:
    """Pregnancy, stage words (peuter, puber) and school types (havo, mbo)."""
    text = folded.text
    found: list[_Age] = []
    for match in _PREGNANT_WORDS.finditer(folded):
        found.append(
            _Age(_PREGNANT, match.start(), None, folded.quote(match.start(), match.end()), PREGNANCY)
        )
    for match in _STAGES.finditer(folded):
        age = _stage_age(match[0])
        if _STAGE_PAST.search(text, max(0, match.start() - 20), match.end()):
            continue  # "sinds haar kleutertijd": a time long past
        if age is not None:
            found.append(_Age(_STAGE, match.start(), age, folded.quote(match.start(), match.end())))
    for match in _BIRTHDAY.finditer(folded):
        number = _ordinal(match)
        end = text.find(".", match.end())
        sentence = text[text.rfind(".", 0, match.start()) + 1 : end if end >= 0 else len(text)]
        age = float(number) if _BIRTHDAY_PAST.search(sentence) else number - 0.5
        if 1 <= number <= MAX_CHILD_AGE:
            found.append(_Age(_STATED, match.start(), age, folded.quote(match.start(), match.end())))
    for match in _TEAM_AGE.finditer(text):
        # A sports team by age: "O11" (onder 11) and "under-9" play at 9-10 and 7-8.
        limit = int(match["n"] or match["s"])
        if 6 <= limit <= 21:
            age = limit - 1.5
            found.append(_Age(_STAGE, match.start(), age, folded.quote(match.start(), match.end())))
    for match in _LEVELS.finditer(folded):
        if _LEVEL_EXCEPT.match(text[match.end() :]):
            continue
        if _WORKPLACE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "ik werk op een kinderopvang": where the asker works, not the child's age
        found.append(
            _Age(_LEVEL, match.start(), _LEVEL_AGES[match[0]], folded.quote(match.start(), match.end()))
        )
    return found


# --- places --------------------------------------------------------------------------------------------


class PlacesError(ValueError):
    """A places file that cannot be used; the message says what to fix."""


_STREET_AFTER = re.compile(
    r"[ -]?(?:straat|laan|weg|plein|kade|dijk|gracht|singel|vaart|pad|dreef|plantsoen|steeg|boulevard|allee"
    r"|street|road|lane|avenue)(?!\w)"
)
_STREET_END = re.compile(
    r"(?:straat|laan|weg|plein|kade|dijk|gracht|singel|vaart|pad|dreef|plantsoen|steeg)$"
)
_RESIDENCE = re.compile(
    rf"{_FAST}(?<!\w)(?:woon|wonen|woont|woonachtig|verhuisd|verhuizen|live|lives|living|moved)"
    r"(?: \S+){0,3} $"
)
_TOKEN = re.compile(r"[a-z]+")
# Typos tolerated in a place name: one edit in a name of 7 to 9 letters, two from 10 letters.
_FUZZY_MIN = 7
_FUZZY_TWO_EDITS = 10
# How many words ``Places._close`` keeps at most: a bound on memory in a long-running process.
_CLOSE_KEPT = 1 << 16


def _key(name: str) -> str:
    """A name as compared: folded, without spaces or hyphens, Dutch "y" written as "ij"."""
    return re.sub(r"[\s'-]+", "", fold(name)).replace("y", "ij")


_Hit = tuple[bool, int, str | None, str]  # (after "ik woon in", position, municipality or None, note)


class Places:
    """The configured municipalities and the names that map to them."""

    def __init__(self, municipalities: Mapping[str, list[str]], elsewhere: list[str], not_places: list[str]):
        self.municipalities: tuple[str, ...] = tuple(municipalities)
        self._town: dict[str, str | None] = {}
        self._display: dict[str, str] = {}
        for town, names in municipalities.items():
            for name in [town, *names]:
                self._add(name, town)
        for name in elsewhere:
            self._add(name, None)
        self._ignored = frozenset(_key(n) for n in not_places)
        # The first words of names of several words, run together ("ter" of "Ter Kleef"): only after these
        # does a name continue with the next word.
        self._heads: set[str] = set()
        for name in [*self._display.values(), *not_places]:
            parts = [w.replace("y", "ij") for w in _TOKEN.findall(fold(name))]
            self._heads.update("".join(parts[:k]) for k in range(1, len(parts)))
        # Typo candidates by (first letter, length): a typo rarely hits the first letter, and most words of a
        # message have no name of about their length, so most need no comparison at all.
        # Two words of a message only match a one-word name exactly ("Schalk wijk"): "over een" is no typo
        # of Overveen.
        self._similar: dict[tuple[str, int], list[tuple[str, int, bool]]] = {}
        for key in self._town:
            if len(key) < _FUZZY_MIN:
                continue
            edits = 2 if len(key) >= _FUZZY_TWO_EDITS else 1
            several = len(_TOKEN.findall(fold(self._display[key]))) > 1
            for length in range(len(key) - edits, len(key) + edits + 1):
                self._similar.setdefault((key[0], length), []).append((key, edits, several))
        # ``_close`` per word or pair of words: words repeat within a message and from message to message.
        self._close_found: dict[tuple[str, bool], tuple[tuple[int, str], ...]] = {}

    def _add(self, name: str, town: str | None) -> None:
        key = _key(name)
        if not key:
            raise PlacesError(f"lege plaatsnaam bij {town or 'elsewhere'}")
        if key in self._town and self._town[key] != town:
            raise PlacesError(f"plaatsnaam '{name}' staat bij twee gemeenten")
        self._town[key] = town
        self._display.setdefault(key, name)

    def municipality_of(self, name: str) -> str | None:
        """The configured municipality of a place name as written ("Schalkwijk" -> "Haarlem"), else None."""
        return self._town.get(_key(name)) if isinstance(name, str) else None

    def find(self, folded: _Folded) -> tuple[str | None, str]:
        """The municipality a message names, and a note on how it was found ("" when none).

        A place after "ik woon in" wins, then the first configured place; a place outside the region only
        gives a note."""
        text = folded.text
        tokens = list(_TOKEN.finditer(text))
        words = [t[0].replace("y", "ij") for t in tokens]
        # Only words separated by one space or hyphen form a name together.
        joined = [tokens[j + 1].start() - tokens[j].end() == 1 for j in range(len(tokens) - 1)]
        hits: list[_Hit] = []
        typo_runs: list[tuple[int, int, str, bool]] = []  # to try with a typo: (start, end, key, two words)
        i = 0
        while i < len(tokens):
            key = words[i]
            found = (1, key) if key in self._town or key in self._ignored else None
            run, size = key, 1
            while run in self._heads and i + size < len(tokens) and joined[i + size - 1]:
                run += words[i + size]
                size += 1
                if run in self._town or run in self._ignored:
                    found = (size, run)
            if found is None:
                start = tokens[i].start()
                if (key[0], len(key)) in self._similar:
                    typo_runs.append((start, tokens[i].end(), key, False))
                if i + 1 < len(tokens) and joined[i]:
                    pair = key + words[i + 1]
                    if (pair[0], len(pair)) in self._similar:
                        typo_runs.append((start, tokens[i + 1].end(), pair, True))
                i += 1
                continue
            size, key = found
            start, end = tokens[i].start(), tokens[i + size - 1].end()
            if key not in self._ignored and not _STREET_AFTER.match(text, end):
                hits.append(self._hit(folded, start, end, key, fuzzy=False))
            i += size
        hits.extend(self._fuzzy(folded, typo_runs))
        if not hits:
            return None, ""
        configured = [h for h in hits if h[2] is not None]
        resident = [h for h in hits if h[0]]
        best = min(resident or configured or hits, key=lambda h: h[1])
        return best[2], best[3]

    def _hit(self, folded: _Folded, start: int, end: int, key: str, *, fuzzy: bool) -> _Hit:
        town = self._town[key]
        quoted = folded.quote(start, end)
        shown = f" ~ {self._display[key]}" if fuzzy else ""
        outcome = f"-> {town}" if town else "valt buiten de regio"
        resident = _RESIDENCE.search(folded.text, max(0, start - 40), start) is not None
        return resident, start, town, f"gemeente: '{quoted}'{shown} {outcome}"

    def _close(self, query: str, two_words: bool) -> tuple[tuple[int, str], ...]:
        """The names a word (or two words run together) may be a typo of, with the number of edits; none
        for an ignored word or a street name."""
        found = self._close_found.get((query, two_words))
        if found is None:
            close: list[tuple[int, str]] = []
            for key, edits, several in self._similar.get((query[0], len(query)), ()):
                allowed = edits if several or not two_words else 0
                distance = OSA.distance(query, key, score_cutoff=allowed)
                if distance <= allowed:
                    close.append((distance, key))
            # Only for a word this close to a name: most words of a message are close to none.
            if not close or query in self._ignored or _STREET_END.search(query):
                close = []
            if len(self._close_found) >= _CLOSE_KEPT:
                self._close_found.clear()
            found = self._close_found[query, two_words] = tuple(close)
        return found

    def _fuzzy(self, folded: _Folded, runs: list[tuple[int, int, str, bool]]) -> list[_Hit]:
        """Names with a typo in one word or two words: "Schalkwjik", "Ter Kleeef". The closest name wins where
        runs overlap; a typo of a place outside the region gives nothing (not even a note)."""
        candidates: list[tuple[int, int, int, str]] = []
        for start, end, query, two_words in runs:
            close = self._close(query, two_words)
            if not close or _STREET_AFTER.match(folded.text, end):
                continue
            candidates.extend((distance, start, end, key) for distance, key in close)
        hits: list[_Hit] = []
        taken: list[tuple[int, int]] = []
        for _, start, end, key in sorted(candidates):
            if all(end <= a or start >= b for a, b in taken):
                taken.append((start, end))
                if self._town[key] is not None:
                    hits.append(self._hit(folded, start, end, key, fuzzy=True))
        return hits


def load_places(path: Path | str) -> Places:
    """Places from a YAML file (see data/places.yaml); raises PlacesError with a Dutch message."""
    try:
        with Path(path).open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except OSError as error:
        raise PlacesError(f"plaatsenbestand {path} kan niet worden gelezen: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise PlacesError(f"plaatsenbestand {path} is geen geldige YAML: {error}") from error
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("municipalities"), dict)
        or not data["municipalities"]
    ):
        raise PlacesError(f"plaatsenbestand {path}: 'municipalities' met minstens één gemeente ontbreekt")
    municipalities: dict[str, list[str]] = {}
    for town, names in data["municipalities"].items():
        if (
            not isinstance(town, str)
            or not isinstance(names, list)
            or not all(isinstance(n, str) for n in names)
        ):
            raise PlacesError(f"plaatsenbestand {path}: gemeente {town!r} moet een lijst met namen hebben")
        municipalities[town] = names
    lists: dict[str, list[str]] = {}
    for section in ("elsewhere", "not_places"):
        values = data.get(section) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise PlacesError(f"plaatsenbestand {path}: '{section}' moet een lijst met namen zijn")
        lists[section] = values
    return Places(municipalities, lists["elsewhere"], lists["not_places"])


@cache
def default_places() -> Places:
    """The places of ``PLACES_FILE`` if set, else data/places.yaml; loaded once."""
    configured = os.environ.get(PLACES_ENV, "").strip()
    return load_places(Path(configured) if configured else DATA_DIR / "places.yaml")


# --- who is asking, as words the topic should not read --------------------------------------------------

# "Ik ben ouder of verzorger", "ik ben juf op school": these words say who asks, not what about.
_INTRO_STARTS: tuple[tuple[str, ...], ...] = (
    ("ik", "ben"),
    ("ben", "ik"),
    ("wij", "zijn"),
    ("we", "zijn"),
    ("ik", "werk", "als"),
    ("ik", "werk", "op"),
    ("ik", "werk", "bij"),
    ("ik", "werk", "in"),
    ("werkzaam", "als"),
    ("als",),
    ("i", "am"),
    ("im",),
    ("we", "are"),
    ("i", "work", "as"),
    ("i", "work", "at"),
    ("as",),
)
# The starts by their first word, in the order above: a message is scanned word by word, and most of its
# words start none of them.
_INTRO_STARTS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(start for start in _INTRO_STARTS if start[0] == first) for first, *_ in _INTRO_STARTS
}
_INTRO_LINKS = frozenset(str(word) for word in _DATA["intro_links"])


def _split_words(macro: str) -> frozenset[str]:
    return frozenset(
        part
        for item in _macro_words(macro)
        for part in re.sub(r"\(\?.*?\)", "", item).split()
        if part.isalpha()
    )


_PLACE_WORDS = _split_words("WORKPLACE")
# "school" of "school nurse" is a workplace, not a person.
_PERSON_WORDS = (
    _split_words("PROFESSION") | _split_words("PARENT_SELF") | _split_words("PARENT_KIND")
) - _PLACE_WORDS
_ROLE_WORDS = _PERSON_WORDS | _PLACE_WORDS
# After a bare "als" or "as" a person must follow: "als ouder", but "als de school belt" is a condition.
_BARE_STARTS = frozenset({("als",), ("as",)})


def _own_age(words: tuple[str, ...], start: int, index: int) -> bool:
    """ "ik ben 16 (jaar)": the asker's own age, right after "ik ben", says who asks."""
    if index - start > 3:
        return False
    return words[index].isdigit() or (words[index] in {"jaar", "years", "old"} and words[index - 1].isdigit())


def self_description(words: tuple[str, ...]) -> dict[int, str]:
    """The words that only say who is asking, by position, each with its kind: "person" (a job or parent
    word: "ik ben [ouder of verzorger]", "als [pedagogisch medewerker]"), "place" (a workplace: "juf op
    [school]") or "age" (the asker's own age: "ik ben [16]"), right after "ik ben", "als", "I am"."""
    found: dict[int, str] = {}
    for index, head in enumerate(words):
        for start in _INTRO_STARTS_BY_FIRST.get(head, ()):
            if words[index : index + len(start)] != start:
                continue
            end = index + len(start)
            if start in _BARE_STARTS:
                first = end + 1 if end < len(words) and words[end] in {"een", "a", "an"} else end
                if first >= len(words) or words[first] not in _PERSON_WORDS:
                    continue
            run: dict[int, str] = {}
            while end < len(words):
                word = words[end]
                if word in _PERSON_WORDS or (word in _INTRO_LINKS and word not in _ROLE_WORDS):
                    run[end] = "person"
                elif word in _ROLE_WORDS:
                    run[end] = "place"
                elif _own_age(words, index, end):
                    run[end] = "age"
                else:
                    break
                end += 1
            # A run of link words alone ("als de ...") says nothing about the asker.
            if any(words[p] in _ROLE_WORDS or words[p] not in _INTRO_LINKS for p in run):
                found.update(run)
    return found


# The analyses of the patterns above, made at import, are kept for the next process (intents/cache.py).
save_memos()
