"""Turning a finished conversation into its anonymous registry record.

Only codes, counts and times leave the conversation here, plus the first question, which the store
de-identifies before writing it (registry.store.contact_values).
"""

from __future__ import annotations

from datetime import datetime

from bot.storage.store import ConversationSnapshot
from intents.route import is_safety
from knowledge.taxonomy import is_code
from registry import ContactRecord
from registry.vocab import (
    AGE_BANDS,
    BOT,
    CHANNELS,
    REPEAT_CONTACT,
    ROLES,
    UNKNOWN,
    municipality_code,
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


def contact_record(
    conversation: ConversationSnapshot,
    ended_at: datetime,
    *,
    categories: list[str] | None = None,
    outcome: str | None = None,
    handled_by: str | None = None,
    unmet_reason: str | None = None,
    note: str | None = None,
) -> ContactRecord | None:
    """None when the parent never wrote anything: an opened and abandoned widget is not a contact.

    A worker who closes the conversation confirms or corrects the categories and the outcome; the
    bot's own category is then kept next to theirs (``bot_category``) so the agreement between bot and
    workers can be reported. Wait time runs from joining the queue to a worker's claim (or to the end
    for who was never helped); handling time from the claim to the end, or for the bot the whole chat.
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
    services = [s for s in context.get("services_shown", []) if isinstance(s, str)]
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
        referred_services=services if outcome == "referred" else [],
        unmet_need=unmet_reason is not None,
        unmet_reason=unmet_reason,
        repeat_contact=_code(context.get("repeat_contact"), REPEAT_CONTACT),
        satisfaction=_satisfaction(context.get("satisfaction")),
        first_question=question if isinstance(question := context.get("first_question"), str) else None,
        note=note,
        bot_category=bot_category if isinstance(bot_category, str) and is_code(bot_category) else None,
    )
