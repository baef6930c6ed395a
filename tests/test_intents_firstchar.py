"""The first-character lookahead and the word anchors are necessary conditions of every match, never filters
that hide one."""

from __future__ import annotations

import re

import pytest

from intents.firstchar import (
    ANCHOR_PREFIX,
    lookahead,
    substring_conditions,
    substrings_met,
    word_anchors,
    word_conditions,
    word_gate,
)

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


def _prefixes(text: str) -> frozenset[str]:
    return frozenset(w[:n] for w in text.split() for n in range(1, min(len(w), ANCHOR_PREFIX) + 1))


ANCHOR_CASES = [
    # pattern, texts it matches, the anchors every alternative needs (rarest first)
    (
        r"(\w+ ){0,2}(staat|zit) (\w+ ){0,3}(voor|bij) (het|de) (huis|deur)",
        ["hij staat elke avond voor het huis", "ze zit bij de deur"],
        (
            (
                frozenset({"huis", "deur"}),
                frozenset({"staat", "zit"}),
                frozenset({"voor", "bij"}),
                frozenset({"het", "de"}),
            ),
        ),
    ),
    (
        r"slaat (me|mij)|geschopt",
        ["hij slaat me", "ze heeft me geschopt"],
        ((frozenset({"slaat"}), frozenset({"me", "mij"})), (frozenset({"gesch"}),)),
    ),
    (r"(\w+ )?\d+ (lat|lata)", ["ma 5 lat"], ((frozenset({"lat", "lata"}),),)),
]


@pytest.mark.parametrize(("pattern", "texts", "expected"), ANCHOR_CASES)
def test_word_conditions_are_met_by_every_match(pattern: str, texts: list[str], expected: tuple) -> None:
    conditions = word_conditions(pattern)
    assert conditions == expected
    regex = re.compile(pattern)
    for text in texts:
        assert regex.search(text)
        prefixes = _prefixes(text)
        assert any(
            all(not anchor.isdisjoint(prefixes) for anchor in alternative) for alternative in conditions
        )
        assert not word_anchors(pattern).isdisjoint(prefixes)


def test_a_sentence_without_a_needed_word_fails_the_conditions() -> None:
    """The gate word alone ("voor") does not let a sentence through when another needed word is missing."""
    conditions = word_conditions(ANCHOR_CASES[0][0])
    prefixes = _prefixes("ik sta voor het raam te wachten")
    assert not any(all(not a.isdisjoint(prefixes) for a in alternative) for alternative in conditions)


def test_no_conditions_where_an_alternative_needs_no_word() -> None:
    assert word_conditions(r"\w+ing|slaat") is None
    assert word_anchors(r"\w+ing|slaat") is None


@pytest.mark.parametrize("pattern", [case[0] for case in ANCHOR_CASES] + [r"\w+ing|slaat", "(unclosed"])
def test_one_parse_gives_the_same_gate_as_the_two_functions(pattern: str) -> None:
    assert word_gate(pattern) == (word_anchors(pattern), word_conditions(pattern))


SUBSTRING_CASES = [
    # pattern, texts it matches (the conditions must let them through), texts they must keep out
    (
        r"^(?!.*(weer|again)).*(hoe (bespreek|behandel) (ik|je) (\w+ ){0,4}in de (klas|groep)|lessen over)",
        ["hoe bespreek ik pesten in de klas", "we willen lessen over pesten"],
        ["hoe gaat het met je", "in de klas is het rustig"],
    ),
    # The literals on both sides of a group are two strings, not one: "met  gezien" is in no text.
    (
        r"trouw\w*|met (hem|haar|een jongen) gezien",
        ["ze hebben me met hem gezien", "ze gaat trouwen"],
        ["met hem"],
    ),
    # A lookahead's needs count too.
    (r"^(?=.*vroeger).*(hulp|therapie) gehad", ["vroeger heb ik hulp gehad"], ["ik heb hulp gehad"]),
]


@pytest.mark.parametrize(("pattern", "matching", "kept_out"), SUBSTRING_CASES)
def test_substring_conditions_let_every_match_through(
    pattern: str, matching: list[str], kept_out: list[str]
) -> None:
    conditions = substring_conditions(pattern)
    assert conditions is not None
    for text in matching:
        assert re.search(pattern, text)
        assert substrings_met(conditions, text), text
    for text in kept_out:
        assert not re.search(pattern, text)
        assert not substrings_met(conditions, text), text


def test_no_substring_conditions_where_an_alternative_needs_nothing() -> None:
    assert substring_conditions(r"^(?!.*weer).*(\w+|hulp gehad)") is None
