"""Conversation acts (greeting, thanks, goodbye, affirm, deny), asking for a person, and out-of-scope
requests, from data/dialogue.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from intents.resources import load_yaml
from intents.text import normalise


@dataclass(frozen=True, slots=True)
class _Acts:
    acts: tuple[tuple[str, re.Pattern[str]], ...]
    filler: frozenset[str]
    human: re.Pattern[str]
    human_staff: tuple[re.Pattern[str], ...]
    self_description: re.Pattern[str]
    out_of_scope: re.Pattern[str]
    about_the_service: dict[str, re.Pattern[str]]
    own_child: re.Pattern[str]
    family: frozenset[str]


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    # Both with and without SMS spelling: messages in Polish or Turkish are not SMS-normalised, and "nie"
    # is Dutch SMS for "niet" but Polish for "no".
    spellings = {normalise(str(p), sms=sms) for p in phrases for sms in (True, False)}
    normalised = sorted(spellings, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in normalised if p) + r")(?!\w)")


@cache
def _acts() -> _Acts:
    data = load_yaml("dialogue.yaml")
    for section in ("acts", "human", "out_of_scope", "about_the_service", "family", "filler"):
        values = data[section].values() if section in ("acts", "about_the_service") else [data[section]]
        if any(isinstance(v, bool) for items in values for v in items):
            raise ValueError(f"dialogue.yaml: {section}: unquoted yes/no/on/off read as a boolean")
    return _Acts(
        acts=tuple((name, _alternation(phrases)) for name, phrases in data["acts"].items()),
        filler=frozenset(normalise(str(w)) for w in data["filler"]),
        human=_alternation(data["human"]),
        human_staff=tuple(re.compile(str(p)) for p in data["human_staff"]),
        self_description=re.compile(str(data["self_description"])),
        out_of_scope=_alternation(data["out_of_scope"]),
        about_the_service={kind: _alternation(items) for kind, items in data["about_the_service"].items()},
        own_child=re.compile(str(data["own_child"])),
        family=frozenset(normalise(str(w)) for w in data["family"]),
    )


def conversation_act(text: str) -> tuple[str, str] | None:
    """The act a short message consists of, with the phrase that decided it, e.g. ("thanks", "dankjewel").

    Only when the act's phrases and filler words make up the whole message; the act covering most words
    wins, so "ja, dankjewel" is thanks."""
    acts = _acts()
    best: tuple[int, str, str] | None = None
    for name, pattern in acts.acts:
        found = [m.group(0) for m in pattern.finditer(text)]
        if not found:
            continue
        rest = pattern.sub(" ", text).split()
        if all(word in acts.filler for word in rest):
            covered = sum(len(phrase.split()) for phrase in found)
            if best is None or covered > best[0]:
                best = (covered, name, found[0])
    return (best[1], best[2]) if best else None


def asks_for_human(text: str) -> str | None:
    """The phrase asking for a person, unless it is the asker's own job ("ik ben pedagogisch medewerker")."""
    acts = _acts()
    for found in (*acts.human.finditer(text), *(m for p in acts.human_staff for m in p.finditer(text))):
        if not acts.self_description.search(text[: found.start()]):
            return found.group(0).strip()
    return None


def out_of_scope_cue(text: str) -> str | None:
    found = _acts().out_of_scope.search(text)
    return found.group(0) if found else None


def about_the_service(text: str) -> tuple[str, str] | None:
    """The kind ("privacy", "organisation") and phrase of a question about the service itself (an internship,
    an interview, privacy, a job), unless the writer also speaks of her or his own child: "hoe krijg ik hulp
    voor mijn zoon" is a real question."""
    acts = _acts()
    if acts.own_child.search(text):
        return None
    for kind, pattern in acts.about_the_service.items():
        if found := pattern.search(text):
            return kind, found.group(0)
    return None


def mentions_family(words: tuple[str, ...]) -> bool:
    return not _acts().family.isdisjoint(words)
