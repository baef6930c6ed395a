"""Safety triage: finds abuse, violence, neglect, threats, suicidal thoughts, self-harm and danger now.

Runs before anything else and on its own patterns (data/safety.yaml), so a gap in the topic lexicon can
never hide a safety signal. Figures of speech are blanked first ("ik schrok me dood"), and a negation next
to a negatable signal cancels it ("hij slaat me nooit"); everything else that matches counts, because a
missed signal costs far more than a worker reading one message too many.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from intents.resources import load_yaml
from intents.route import urgency_rank
from intents.text import fold


@dataclass(frozen=True, slots=True)
class _Signal:
    id: str
    level: str
    category: str | None
    label: str
    negatable: bool
    regexes: tuple[re.Pattern[str], ...]
    unless_before: frozenset[str]
    unless_window: int


@dataclass(frozen=True, slots=True)
class Triage:
    urgency: str
    category: str | None
    explanation: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Rules:
    figures: re.Pattern[str]
    negations: frozenset[str]
    negation_exceptions: frozenset[str]
    negation_window: int
    immediacy: tuple[re.Pattern[str], ...]
    immediacy_window: int
    signals: tuple[_Signal, ...]


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    """Whole-word patterns become one alternation; "~" patterns (substring) another."""
    words = [fold(p) for p in patterns if not p.startswith("~")]
    substrings = [fold(p[1:]) for p in patterns if p.startswith("~")]
    compiled = []
    if words:
        compiled.append(re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)"))
    if substrings:
        compiled.append(re.compile("|".join(substrings)))
    return tuple(compiled)


@cache
def _rules() -> _Rules:
    data = load_yaml("safety.yaml")
    signals = []
    for item in data["signals"]:
        unless = item.get("unless_before") or {}
        signals.append(
            _Signal(
                id=item["id"],
                level=item["level"],
                category=item.get("category"),
                label=item["label"],
                negatable=bool(item["negatable"]),
                regexes=_compile(item["patterns"]),
                unless_before=frozenset(fold(w) for w in unless.get("words", [])),
                unless_window=int(unless.get("window", 0)),
            )
        )
    (figures,) = _compile(data["figures_of_speech"])
    return _Rules(
        figures=figures,
        negations=frozenset(fold(w) for w in data["negations"]),
        negation_exceptions=frozenset(fold(w) for w in data["negation_exceptions"]),
        negation_window=int(data["negation_window"]),
        immediacy=_compile(data["immediacy"]["patterns"]),
        immediacy_window=int(data["immediacy"]["window"]),
        signals=tuple(signals),
    )


def _words_around(text: str, start: int, end: int, before: int, after: int) -> tuple[list[str], list[str]]:
    return text[:start].split()[-before:] if before else [], text[end:].split()[:after]


def _negated(rules: _Rules, text: str, start: int, end: int) -> bool:
    left, right = _words_around(text, start, end, rules.negation_window, rules.negation_window + 1)
    words = [*left, *text[start:end].split(), *right]
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in rules.negations and following not in rules.negation_exceptions:
            return True
    return False


def _immediate(rules: _Rules, text: str, start: int, end: int) -> bool:
    window = rules.immediacy_window
    left, right = _words_around(text, start, end, window, window)
    # The immediacy word may also sit inside a long match ("hij slaat nu mijn moeder").
    nearby = " ".join([*left, text[start:end], *right])
    return any(rx.search(nearby) for rx in rules.immediacy)


def triage(texts: tuple[str, ...]) -> Triage:
    """The highest urgency signalled in any of the given normalisations of one message."""
    rules = _rules()
    found: list[tuple[int, int, _Signal, str]] = []
    for order, signal in enumerate(rules.signals):
        for raw in dict.fromkeys(texts):
            text = rules.figures.sub(" ", raw)
            for regex in signal.regexes:
                for match in regex.finditer(text):
                    start, end = match.span()
                    if signal.negatable and _negated(rules, text, start, end):
                        continue
                    if signal.unless_before:
                        left, _ = _words_around(text, start, end, signal.unless_window, 0)
                        if signal.unless_before.intersection(left):
                            continue
                    level = signal.level
                    if level == "urgent" and _immediate(rules, text, start, end):
                        level = "emergency"
                    found.append(
                        (urgency_rank(level), -order, signal, f"{level}: '{match.group(0).strip()}'")
                    )
    if not found:
        return Triage("none", None, ())
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    top_rank, _, top_signal, _ = found[0]
    urgency = found[0][3].split(":", 1)[0]
    category = next((s.category for r, _, s, _ in found if r == top_rank and s.category), None)
    explanation = tuple(
        dict.fromkeys(f"{note} ({signal.label})" for rank, _, signal, note in found if rank >= 1)
    )[:4]
    return Triage(urgency, category if category else top_signal.category, explanation)
