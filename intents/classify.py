"""From lexicon evidence to ranked categories and a calibrated confidence."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace

from intents.lexicon import Hit

# Score at which the best category is about two-thirds certain: one decisive word (weight 3) alone.
_SCALE = 2.5
# Categories used to fill the ranking when the message has less evidence than three categories.
FALLBACK: tuple[str, ...] = ("parenting", "access_to_care", "other")
MIN_RANKED = 3
EVIDENCE_DECAY = 0.7
MAX_EXPLAINED = 6
# The categories of the help system itself, and how much they count next to a decisive topic word. Courses
# and money are no such topic here: "a second opinion instead of the course", "is it free".
SERVICE = frozenset({"access_to_care"})
NOT_A_TOPIC = SERVICE | {"courses", "money"}
SERVICE_YIELD = 0.6
DECISIVE = 2.0
SETTING_YIELD = 0.5
DECISIVE_TOPIC = 3.0


@dataclass(frozen=True, slots=True)
class Scores:
    ranked: list[tuple[str, float]]
    confidence: float
    explanation: list[str]
    # Per category: its evidence combined (no conversation prior, no age hint), what the confidence weighs.
    support: dict[str, float] = field(default_factory=dict)
    prior: dict[str, float] = field(default_factory=dict)

    @property
    def top(self) -> float:
        return self.ranked[0][1] if self.ranked else 0.0

    @property
    def evidence(self) -> float:
        """The strongest category on the message's own words, without the priors of the conversation."""
        return max(self.support.values(), default=0.0)


def confidence(best: float, second: float) -> float:
    """Strength of the evidence times how clearly it beats the runner-up, in 0..1.

    One decisive word alone gives about 0.7 (answer), a strong hint alone about 0.55 (ask), two
    categories equally likely at most half of their strength (ask or hand over)."""
    if best <= 0:
        return 0.0
    strength = 1.0 - math.exp(-best / _SCALE)
    margin = (best - second) / best
    return round(strength * (0.5 + 0.5 * margin), 3)


def _combined(values: list[float]) -> float:
    """Diminishing returns: the strongest piece of evidence counts fully, each next one less, so that a long
    story's many context words ("kamer", "vrienden", "school") cannot outvote one decisive phrase."""
    ordered = sorted(values, reverse=True)
    return sum(value * EVIDENCE_DECAY**index for index, value in enumerate(ordered))


def _yield_to_topic(hits: list[Hit]) -> list[Hit]:
    """Service categories ("where can I go", "how long is the waiting list", "do I need a referral") are
    what a question is about only when it names no topic: "is er een wachtlijst voor slaapproblemen" is a
    sleep question. Their hits count SERVICE_YIELD when another category has decisive evidence."""
    strongest = max((h.score for h in hits if h.evidence and h.category not in NOT_A_TOPIC), default=0.0)
    if strongest < DECISIVE:
        return hits
    return [replace(h, score=h.score * SERVICE_YIELD) if h.category in SERVICE else h for h in hits]


def _setting_is_context(hits: list[Hit]) -> list[Hit]:
    """Where something happens ("school", "leerling", "groep 6", "op de opvang") counts SETTING_YIELD when
    the message also says decisively what happens: a teacher's question about a pupil whose parents
    divorce is a divorce question."""
    if not any(h.evidence and not h.setting and h.score >= DECISIVE_TOPIC for h in hits):
        return hits
    return [replace(h, score=h.score * SETTING_YIELD) if h.setting else h for h in hits]


def score(hits: list[Hit], prior: dict[str, float] | None = None) -> Scores:
    """Ranked categories with a confidence. ``prior`` adds to a category's score. A hit that is no evidence
    (a teenager's age leaning to puberty) ranks like any other, but the confidence counts only evidence: an
    age alone does not make a message clear, and a runner-up that only has such a hint or a prior does not
    make the winner less certain."""
    hits = _yield_to_topic(_setting_is_context(hits))
    everything: dict[str, list[float]] = defaultdict(list)
    evidence: dict[str, list[float]] = defaultdict(list)
    for hit in hits:
        everything[hit.category].append(hit.score)
        if hit.evidence:
            evidence[hit.category].append(hit.score)
    totals: dict[str, float] = defaultdict(float)
    for category, value in (prior or {}).items():
        totals[category] += value
    for category, values in everything.items():
        totals[category] += _combined(values)
    ranked = sorted(totals.items(), key=lambda item: item[1], reverse=True)
    support = {code: _combined(values) for code, values in evidence.items()}
    if ranked:
        top = ranked[0][0]
        best = (prior or {}).get(top, 0.0) + support.get(top, 0.0)
    else:
        best = 0.0
    second = max((support[code] for code, _ in ranked[1:] if code in support), default=0.0)
    leaders = {code for code, _ in ranked[:2]}
    notes = [h for h in sorted(hits, key=lambda h: h.score, reverse=True) if h.category in leaders]
    explanation = list(dict.fromkeys(h.note for h in notes))[:MAX_EXPLAINED]
    return Scores(ranked, confidence(best, min(second, best)), explanation, support, dict(prior or {}))


def blend(scores: Scores, probabilities: dict[str, float], weight: float, first: str | None = None) -> Scores:
    """The lexicon's scores plus ``weight`` times the learned model's probability of each category: the
    model settles close calls and fills the ranking where the lexicon knows little (the router scales
    ``weight`` by the lexicon's doubt). ``first`` (a code of either), when given, leads the ranking whatever
    its sum. The confidence, that of the first, weighs the model's share like evidence, but only to lower
    it."""
    totals = dict(scores.ranked)
    for code, probability in probabilities.items():
        totals[code] = totals.get(code, 0.0) + weight * probability
    ranked = sorted(totals.items(), key=lambda item: item[1], reverse=True)
    top = ranked[0][0] if first is None else first
    ranked = [(top, totals[top]), *(item for item in ranked if item[0] != top)]
    model = {code: weight * probabilities.get(code, 0.0) for code in totals}
    best = scores.prior.get(top, 0.0) + scores.support.get(top, 0.0) + model[top]
    second = max((scores.support.get(code, 0.0) + model[code] for code, _ in ranked[1:]), default=0.0)
    # The model may make the router less sure, never more: the confidence thresholds of the bot were set
    # on the lexicon's confidence, and a model trained on a few thousand messages is no reviewed word.
    blended = confidence(best, min(second, best))
    return replace(scores, ranked=ranked, confidence=min(scores.confidence, blended))


def ranking(scores: Scores, first: str | None = None) -> list[str]:
    """Category codes best first, ``first`` forced to the front, padded to at least three."""
    codes = [code for code, value in scores.ranked if value > 0]
    if first is not None:
        codes = [first, *(c for c in codes if c != first)]
    for code in FALLBACK:
        if len(codes) >= MIN_RANKED:
            break
        if code not in codes:
            codes.append(code)
    return codes
