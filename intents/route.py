"""The Route: everything the router concluded about one message, and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, get_args

Intent = Literal["question", "greeting", "thanks", "goodbye", "human", "affirm", "deny", "out_of_scope"]
Urgency = Literal["none", "attention", "urgent", "emergency"]

INTENTS: tuple[str, ...] = get_args(Intent)
# Ordered from least to most urgent.
URGENCIES: tuple[str, ...] = get_args(Urgency)


def urgency_rank(urgency: str) -> int:
    return URGENCIES.index(urgency)


def is_safety(urgency: str) -> bool:
    return urgency in ("urgent", "emergency")


@dataclass(frozen=True, slots=True)
class Route:
    category: str
    categories: list[str]
    confidence: float
    intent: Intent
    urgency: Urgency
    lang: str
    articles: list[str] = field(default_factory=list)
    services: list[str] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    # Who is asking and about whom (intents/profile.py); codes of registry/vocab.py.
    role: str = "unknown"
    child_age_years: float | None = None
    age_band: str = "unknown"
    municipality: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)
