"""The contact record handed to the registry: anonymous by construction (no free-text fields)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from knowledge.taxonomy import is_code
from registry.vocab import AGE_BANDS, CHANNELS, OUTCOMES, ROLES, URGENCIES


class InvalidRecord(ValueError):
    pass


@dataclass(slots=True)
class ContactRecord:
    channel: str
    started_at: datetime
    ended_at: datetime
    lang: str
    categories: list[str]
    urgency: str
    outcome: str
    role: str = "unknown"
    age_band: str = "unknown"
    wait_seconds: int | None = None
    handling_seconds: int | None = None
    handled_by: str = "bot"
    referred_services: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def validate(self) -> None:
        problems = []
        if self.channel not in CHANNELS:
            problems.append(f"unknown channel {self.channel!r}")
        if self.outcome not in OUTCOMES:
            problems.append(f"unknown outcome {self.outcome!r}")
        if self.urgency not in URGENCIES:
            problems.append(f"unknown urgency {self.urgency!r}")
        if self.role not in ROLES:
            problems.append(f"unknown role {self.role!r}")
        if self.age_band not in AGE_BANDS:
            problems.append(f"unknown age band {self.age_band!r}")
        if not self.categories:
            problems.append("at least one category is required")
        problems += [f"unknown category {c!r}" for c in self.categories if not is_code(c)]
        if len(self.lang) != 2 or not self.lang.isalpha():
            problems.append(f"language must be an ISO 639-1 code, not {self.lang!r}")
        if self.ended_at < self.started_at:
            problems.append("ended before it started")
        if problems:
            raise InvalidRecord("; ".join(problems))
