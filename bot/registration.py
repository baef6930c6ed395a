"""Turning a finished conversation into its anonymous registry record.

Only codes, counts and times leave the conversation here, plus the first question and a worker's note,
which are de-identified before they are written (bot.privacy.deidentified).

The checks of what a worker fills in at the end (the review when closing a conversation, the unmet
need of a quick registration) live here too, so the console, the API and Slack refuse the same things
with the same words.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.storage.store import ConversationSnapshot
from intents.route import is_safety
from knowledge.taxonomy import is_code
from registry import ContactRecord
from registry.records import REFERRING_OUTCOMES
from registry.vocab import (
    AGE_BANDS,
    BOT,
    CHANNELS,
    OUTCOMES,
    REPEAT_CONTACT,
    ROLES,
    UNKNOWN,
    UNMET_REASONS,
    municipality_code,
)

MAX_NOTE = 500
MAX_REFERRED_SERVICES = 20
# Dutch, B1: these reach the worker next to the field they are about.
REVIEW_ERRORS = {
    "categories": "Kies minstens één categorie uit de lijst, elke categorie één keer.",
    "outcome": "Kies een uitkomst.",
    "unmet_reason": "Kies waarom er niet aan de vraag voldaan kon worden.",
    "unmet_without_need": "Een reden hoort alleen bij een vraag waaraan niet voldaan kon worden.",
    "referred_services": (
        f"Kies hoogstens {MAX_REFERRED_SERVICES} verschillende diensten uit de sociale kaart."
    ),
    "services_without_referral": (
        "Diensten horen bij de uitkomst 'Doorverwezen' of 'Veiligheid: opgeschaald'. "
        "Kies die uitkomst, of haal de diensten weg."
    ),
    "note": f"De notitie mag hoogstens {MAX_NOTE} tekens lang zijn.",
}


def unmet_need_errors(unmet_need: object, unmet_reason: object) -> dict[str, str]:
    """Unmet need is yes or no; a reason from the list exactly when it is yes."""
    if not isinstance(unmet_need, bool):
        return {"unmet_need": REVIEW_ERRORS["unmet_reason"]}
    if unmet_need and unmet_reason not in UNMET_REASONS:
        return {"unmet_reason": REVIEW_ERRORS["unmet_reason"]}
    if not unmet_need and unmet_reason is not None:
        return {"unmet_reason": REVIEW_ERRORS["unmet_without_need"]}
    return {}


@dataclass(frozen=True, slots=True)
class StaffReview:
    """What a worker confirms or adds when closing a conversation."""

    categories: list[str]
    outcome: str
    unmet_reason: str | None = None
    # None: not given, so the services the bot showed count when the outcome is a referral.
    referred_services: list[str] | None = None
    note: str | None = None


def parse_review(
    choices: Mapping[str, Any], known_services: Container[str]
) -> tuple[StaffReview | None, dict[str, str]]:
    """A close's choices checked field by field (``known_services``: the ids in the loaded sociale kaart).
    Returns the review, or None and a Dutch error per field. The note's text is never part of
    an error, so nothing of it can end up in a log."""
    errors: dict[str, str] = {}
    categories = choices.get("categories")
    if (
        not isinstance(categories, list)
        or not categories
        or not all(isinstance(c, str) and is_code(c) for c in categories)
        or len(set(categories)) != len(categories)
    ):
        errors["categories"] = REVIEW_ERRORS["categories"]
    outcome = choices.get("outcome")
    if outcome not in OUTCOMES:
        errors["outcome"] = REVIEW_ERRORS["outcome"]
    unmet_need = choices.get("unmet_need", False)
    unmet_reason = choices.get("unmet_reason") or None
    errors.update(unmet_need_errors(unmet_need, unmet_reason))
    services = choices.get("referred_services")
    if services is not None:
        if (
            not isinstance(services, list)
            or len(services) > MAX_REFERRED_SERVICES
            or not all(isinstance(s, str) and s in known_services for s in services)
            or len(set(services)) != len(services)
        ):
            errors["referred_services"] = REVIEW_ERRORS["referred_services"]
        elif services and outcome in OUTCOMES and outcome not in REFERRING_OUTCOMES:
            errors["referred_services"] = REVIEW_ERRORS["services_without_referral"]
    note = choices.get("note")
    if note is not None and (not isinstance(note, str) or len(note.strip()) > MAX_NOTE):
        errors["note"] = REVIEW_ERRORS["note"]
    if errors:
        return None, errors
    return (
        StaffReview(
            categories=list(categories),
            outcome=str(outcome),
            unmet_reason=unmet_reason if unmet_need else None,
            referred_services=None if services is None else list(services),
            note=(note or "").strip() or None,
        ),
        {},
    )


def outcome_of(conversation: ConversationSnapshot) -> str:
    context = conversation.context
    if is_safety(conversation.urgency):
        return "safety_escalated"
    if conversation.state == "waiting":
        return "abandoned"
    if conversation.claimed_at is not None:
        return "answered_by_staff"
    if context.get("answered") and context.get("helped") is not False:
        return "answered_by_bot"
    return "abandoned"


def _seconds(start: datetime | None, end: datetime) -> int | None:
    return None if start is None else max(0, round((end - start).total_seconds()))


def _code(value: object, allowed: tuple[str, ...]) -> str:
    return value if isinstance(value, str) and value in allowed else UNKNOWN


def _satisfaction(value: object) -> str | None:
    """The widget's thumbs: "up"/"down" (or true/false)."""
    if value is True or value == "up":
        return "up"
    if value is False or value == "down":
        return "down"
    return None


def services_shown(conversation: ConversationSnapshot, services: Container[str]) -> list[str]:
    """The sociale-kaart services the bot showed in the conversation (still in the map): what a worker's
    referral starts from when closing."""
    shown = conversation.context.get("services_shown", [])
    return [s for s in shown if isinstance(s, str) and s in services] if isinstance(shown, list) else []


def contact_record(
    conversation: ConversationSnapshot,
    ended_at: datetime,
    *,
    categories: list[str] | None = None,
    outcome: str | None = None,
    handled_by: str | None = None,
    unmet_reason: str | None = None,
    referred_services: list[str] | None = None,
    note: str | None = None,
) -> ContactRecord | None:
    """None when the parent never wrote anything: an opened and abandoned widget is not a contact.

    A worker who closes the conversation confirms or corrects the categories and the outcome; the
    bot's own category is then kept next to theirs (``bot_category``) so the agreement between bot and
    workers can be reported. The services a worker names as the referral replace those the bot showed;
    without them, the bot's count when the outcome is a referral. Wait time runs from joining the queue
    to a worker's claim (or to the end for who was never helped); handling time from the claim to the
    end, or for the bot the whole chat.
    """
    context = conversation.context
    if not context.get("parent_messages"):
        return None
    outcome = outcome or outcome_of(conversation)
    reviewed = categories is not None
    bot_category = context.get("category") if reviewed else None
    wait_seconds = None
    if conversation.queued_at is not None:
        wait_seconds = _seconds(conversation.queued_at, conversation.claimed_at or ended_at)
    staff = handled_by or (None if conversation.owner_id is None else f"staff-{conversation.owner_id}")
    handling_from = conversation.claimed_at if staff and conversation.claimed_at else conversation.created_at
    if referred_services is None:
        shown = [s for s in context.get("services_shown", []) if isinstance(s, str)]
        referred_services = shown if outcome == "referred" else []
    return ContactRecord(
        channel=conversation.channel if conversation.channel in CHANNELS else "chat",
        started_at=conversation.created_at,
        ended_at=ended_at,
        lang=context.get("foreign_lang") or conversation.lang,
        categories=list(categories or context.get("categories") or ["other"]),
        urgency=conversation.urgency,
        outcome=outcome,
        role=_code(context.get("role"), ROLES),
        age_band=_code(context.get("age_band"), AGE_BANDS),
        municipality=municipality_code(context.get("municipality")),
        wait_seconds=wait_seconds,
        handling_seconds=_seconds(handling_from, ended_at),
        handled_by=staff or BOT,
        referred_services=referred_services,
        unmet_need=unmet_reason is not None,
        unmet_reason=unmet_reason,
        repeat_contact=_code(context.get("repeat_contact"), REPEAT_CONTACT),
        satisfaction=_satisfaction(context.get("satisfaction")),
        first_question=question if isinstance(question := context.get("first_question"), str) else None,
        note=note,
        bot_category=bot_category if isinstance(bot_category, str) and is_code(bot_category) else None,
    )
