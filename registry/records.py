"""The contact record handed to the registry: anonymous by construction.

Every field is a code from ``registry.vocab``, a number, a time or a sociale-kaart id; the only free
text (the first question, a staff note) is de-identified by the store before it is written.
``validate`` is strict on purpose: a record that does not fit is refused, not guessed at.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from knowledge.taxonomy import is_code
from registry.vocab import (
    AGE_BANDS,
    BOT,
    CHANNELS,
    FOUND_VIA,
    OUTCOMES,
    REPEAT_CONTACT,
    ROLES,
    SATISFACTION,
    UNKNOWN,
    UNMET_REASONS,
    URGENCIES,
    municipalities,
)

MAX_FREE_TEXT = 2000
# A safety escalation often means a warm referral to Veilig Thuis, so it may name services too.
REFERRING_OUTCOMES = ("referred", "safety_escalated")
# A worker is registered by pseudonym only (StaffAccount.pseudonym), never by name.
_PSEUDONYM = re.compile(r"staff-\d{1,9}")
_SERVICE_ID = re.compile(r"[\w-]{1,64}")
_RECORD_ID = re.compile(r"[\w-]{1,32}")


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
    role: str = UNKNOWN
    age_band: str = UNKNOWN
    municipality: str = UNKNOWN
    wait_seconds: int | None = None
    handling_seconds: int | None = None
    handled_by: str = BOT
    referred_services: list[str] = field(default_factory=list)
    unmet_need: bool = False
    unmet_reason: str | None = None
    repeat_contact: str = UNKNOWN
    found_via: str | None = None
    satisfaction: str | None = None
    first_question: str | None = None
    note: str | None = None
    bot_category: str | None = None
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
        if self.municipality != UNKNOWN and self.municipality not in municipalities():
            problems.append(f"municipality {self.municipality!r} is not configured")
        if not self.categories:
            problems.append("at least one category is required")
        problems += [f"unknown category {c!r}" for c in self.categories if not is_code(c)]
        if len(set(self.categories)) != len(self.categories):
            problems.append("categories must be distinct")
        if self.bot_category is not None and not is_code(self.bot_category):
            problems.append(f"unknown bot category {self.bot_category!r}")
        if not isinstance(self.lang, str) or len(self.lang) != 2 or not self.lang.isalpha():
            problems.append(f"language must be an ISO 639-1 code, not {self.lang!r}")
        if self.started_at.tzinfo is None or self.ended_at.tzinfo is None:
            problems.append("times must be timezone-aware")
        elif self.ended_at < self.started_at:
            problems.append("ended before it started")
        for name in ("wait_seconds", "handling_seconds"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                problems.append(f"{name} must be a whole number of seconds >= 0")
        if self.handled_by != BOT and not _PSEUDONYM.fullmatch(self.handled_by or ""):
            problems.append("handled_by must be 'bot' or a staff pseudonym like 'staff-12'")
        if any(not isinstance(s, str) or not _SERVICE_ID.fullmatch(s) for s in self.referred_services):
            problems.append("referred services must be sociale-kaart service ids")
        if self.referred_services and self.outcome not in REFERRING_OUTCOMES:
            problems.append("referred services belong to the outcome 'referred' or 'safety_escalated'")
        if not isinstance(self.unmet_need, bool):
            problems.append("unmet_need must be true or false")
        elif self.unmet_need and self.unmet_reason not in UNMET_REASONS:
            problems.append(f"an unmet need needs a reason: one of {', '.join(UNMET_REASONS)}")
        elif not self.unmet_need and self.unmet_reason is not None:
            problems.append("a reason for an unmet need, but no unmet need")
        if self.repeat_contact not in REPEAT_CONTACT:
            problems.append(f"repeat contact must be one of {', '.join(REPEAT_CONTACT)}")
        if self.found_via is not None and self.found_via not in FOUND_VIA:
            problems.append(f"unknown found_via {self.found_via!r}")
        if self.satisfaction is not None and self.satisfaction not in SATISFACTION:
            problems.append(f"satisfaction must be one of {', '.join(SATISFACTION)}")
        for name in ("first_question", "note"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or len(value) > MAX_FREE_TEXT):
                problems.append(f"{name} must be text of at most {MAX_FREE_TEXT} characters")
        if not isinstance(self.id, str) or not _RECORD_ID.fullmatch(self.id):
            problems.append("id must be 1-32 letters, digits, '-' or '_'")
        if problems:
            raise InvalidRecord("; ".join(problems))

    def deidentified(self) -> ContactRecord:
        """A copy whose free text went through ``registry.deidentify``; empty text becomes None."""
        from registry.deidentify import deidentify

        def clean(value: str | None) -> str | None:
            value = (value or "").strip()
            return deidentify(value) if value else None

        return replace(self, first_question=clean(self.first_question), note=clean(self.note))
