"""The role-cue scan of the profile reader tries only the cues a message can match, where they can start
(``intents.profile._cue_hits``). These tests hold it to the one combined cue pattern it replaces: the same
cues, at the same places, in the same order, for every cue and every sentence of the profile tests; and
they check that the gates (word conditions, substring needs, first words, sentence starts) never skip a cue
that would match."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

from intents import profile
from intents.firstchar import lead, match_starts, start_positions, substring_needs

TESTS = Path(__file__).parent


@cache
def sentences() -> tuple[str, ...]:
    """Every string of the profile tests (their messages and harmless twins), folded as the reader folds."""
    found: set[str] = set()
    for path in sorted(TESTS.glob("test_intents_profile*.py")):
        if path.name == Path(__file__).name:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 2:
                found.add(node.value)
    # Cues at the very start, after a sentence end, inside brackets and after an apostrophe.
    found |= {
        "Leerkracht groep 5: mijn leerling slaat.",
        "Hoi. Ik ben juf van groep 3, een kind huilt.",
        "(mijn zoon, 4) wil niet eten",
        "told me my son is 6",
        "Vraag van een ouder: m'n dochter (8) bedplast",
    }
    return tuple(sorted(found))


@cache
def combined() -> re.Pattern[str]:
    return re.compile(profile._cue_pattern(profile._DATA["cues"])[0])


def scan(text: str, *, english: bool) -> list[tuple[int, int, int]]:
    """The scan as the combined pattern does it: the reference ``_cue_hits`` must equal."""
    hits, seen, position = [], set(), 0
    while (match := combined().search(text, position)) is not None:
        if english and match[0].startswith("me "):
            position = match.start() + 3
            continue
        position = max(match.end(), match.start() + 1)
        if match.lastgroup not in seen:
            seen.add(match.lastgroup)
            hits.append((match.start(), match.end(), int(str(match.lastgroup)[3:])))
    return hits


def test_there_are_enough_sentences_and_cues() -> None:
    assert len(sentences()) > 500
    assert len(profile._CUES) == len(combined().groupindex)


@pytest.mark.parametrize("english", [False, True])
def test_cue_hits_equal_the_combined_scan(english: bool) -> None:
    differ = []
    for sentence in sentences():
        folded = profile._Folded(sentence)
        got = [(start, end, cue.index) for start, end, cue in profile._cue_hits(folded, english=english)]
        if got != scan(folded.text, english=english):
            differ.append(sentence)
    assert differ == []


def test_gates_never_skip_a_cue_that_matches() -> None:
    """For every cue and sentence: where the cue's own pattern matches, its gate lets it through and its
    places (first words or sentence starts) include the match."""
    for sentence in sentences():
        text = profile._Folded(sentence).text
        starts = start_positions(text)
        prefixes = frozenset(starts)
        for cue in profile._CUES:
            for match in cue.regex.finditer(text):
                assert cue.may_match(text, prefixes), (cue.index, sentence)
                if cue.lead is not None:
                    assert match.start() in cue.lead.places(text), (cue.index, sentence)
                elif cue.starts is not None:
                    assert any(match.start() in starts.get(a, ()) for a in cue.starts), (cue.index, sentence)


def test_most_cues_are_tried_only_where_they_can_start() -> None:
    # Without first words or a sentence start a cue must be searched for through the whole text.
    assert sum(cue.searched for cue in profile._CUES) <= 15
    assert len(profile._CUES_SCANNED) <= 3


def test_a_cue_pattern_alone_matches_as_its_alternative_of_the_combined_one() -> None:
    text = profile._Folded("Ik ben leerkracht van groep 7 en mijn zoon (6) zit ook op school.").text
    for cue in profile._CUES:
        for match in cue.regex.finditer(text):
            alone = combined().match(text, match.start())
            assert alone is not None
            assert int(str(alone.lastgroup)[3:]) <= cue.index


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"(?:mijn|m'n|my) (?:zoon|son)", {"mijn", "m'n", "my"}),
        (r"(?<=[.!?] )(?:leerkracht|juf)", {"leerk", "juf"}),
        (r"(?:ik |i )?ben", {"ik", "i", "ben"}),  # an optional first word: either may start it
        (r"\w+medewerker", None),
        (r"[a-z]*vraag", None),
    ],
)
def test_match_starts(pattern: str, starts: set[str] | None) -> None:
    assert match_starts(pattern) == (None if starts is None else frozenset(starts))


def test_match_starts_are_where_matches_start() -> None:
    pattern = r"(?:mijn|m'n|my) (?:zoon|son)"
    text = "told (m'n zoon) and my son; mijnzoon and amy son stay out"
    starts = start_positions(text)
    places = sorted({p for a in match_starts(pattern) or () for p in starts.get(a, ())})
    found = [m.start() for m in re.finditer(r"(?<![\w'])" + pattern, text)]
    assert found and set(found) <= set(places)


@pytest.mark.parametrize(
    ("pattern", "text", "places"),
    [
        (r"^(?:juf|leraar)", "juf. juf! juf", [0]),
        (r"(?:^|(?<=[.!?] ))juf", "juf. juf! juf,juf ?juf", [0, 5, 10]),
        (r"(?<=[.!?,;] )x", "a, b; c. d", [3, 6, 9]),
    ],
)
def test_lead_places(pattern: str, text: str, places: list[int]) -> None:
    found = lead(pattern)
    assert found is not None
    assert found.places(text) == places
    # Every match starts at one of the places.
    assert {m.start() for m in re.finditer(pattern, text)} <= set(places)


@pytest.mark.parametrize("pattern", [r"juf", r"(?:ben |^)juf", r"(?<=\w+ )juf", r"(?m)^juf"])
def test_no_lead_when_a_match_may_start_elsewhere(pattern: str) -> None:
    assert lead(pattern) is None


@pytest.mark.parametrize(
    ("pattern", "texts", "quiet"),
    [
        (r"\w+(?:medewerker|hulpverleners)", ["de jeugdmedewerker belt"], ["de medewerkster belt"]),
        (r"(?:ل|و)?(?:ابني|بنتي)", ["ولابني"], ["ابن"]),
        (r"syn|corka|\d (?:latek|latka)", ["moj syn", "5 latek"], ["sinus", "5 lat"]),
    ],
)
def test_substring_needs(pattern: str, texts: list[str], quiet: list[str]) -> None:
    needs = substring_needs(pattern)
    assert needs is not None
    for text in texts:
        assert re.search(pattern, text)
        assert any(need in text for need in needs)
    for text in quiet:
        assert not re.search(pattern, text)


def test_start_positions() -> None:
    starts = start_positions("(m'n zoon) x")
    assert starts["m'n"] == [1] and starts["m"] == [1]
    assert starts["zoon"] == [5] and starts["("] == [0]
    assert starts["n"] == [3]  # after an apostrophe: a superset of the places a match may start
    assert "oon" not in starts  # inside a word no match starts


def test_foreign_age_gates_never_skip_a_pattern_that_matches() -> None:
    """Ages in other languages: a pattern runs only when one of its anchors starts a word (or follows a
    word's first Arabic "and"); wherever it matches, that holds."""
    checked = 0
    for sentence in [*sentences(), "и мојот син е 5", "ولابني ٩ سنوات", "oglum 7 yasinda", "وعمره ٥ سنوات"]:
        folded = profile._Folded(sentence)
        for pattern in [*profile._FOREIGN_CHILD, *profile._FOREIGN_SELF]:
            for regex, anchors in ((pattern.regex, pattern.anchors), (pattern.words, pattern.words_anchors)):
                if regex is not None and anchors is not None and regex.search(folded.text):
                    checked += 1
                    assert not anchors.isdisjoint(folded.foreign_prefixes), (regex.pattern, sentence)
    assert checked > 20


def test_foreign_prefixes_after_the_arabic_and() -> None:
    folded = profile._Folded("قال وابني عمره ٩")
    assert "ابني" in folded.foreign_prefixes and "وابني" in folded.foreign_prefixes
    assert "ابني" not in profile._Folded("قالوابني").foreign_prefixes  # inside a word: no


def _gated_patterns() -> list[profile._Gated]:
    """Every gated pattern of the profile reader, at module level or in a module-level tuple or list."""
    found: list[profile._Gated] = []
    for value in vars(profile).values():
        items = value if isinstance(value, tuple | list) else (value,)
        found.extend(item for item in items if isinstance(item, profile._Gated))
    return found


def test_gated_patterns_never_skip_a_match() -> None:
    """A pattern that scans the whole message runs only when the message offers one of its word anchors and
    holds one of the strings every match contains, and one with word heads is tried only where they stand
    (``profile._Gated``): it finds what a scan of the whole text finds, the same matches in the same order."""
    patterns = _gated_patterns()
    assert len(patterns) > 15
    checked = 0
    for sentence in sentences():
        folded = profile._Folded(sentence)
        for pattern in patterns:
            scanned = [m.span() for m in pattern.regex.finditer(folded.text)]
            gated = [m.span() for m in pattern.finditer(folded)]
            assert gated == scanned, (pattern.regex.pattern[:80], sentence)
            found = pattern.search(folded)
            assert (found.span() if found else None) == (scanned[0] if scanned else None)
            checked += len(scanned)
    assert checked > 200
