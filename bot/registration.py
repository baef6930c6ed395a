"""Turning a finished conversation into its anonymous registry record (no text leaves here)."""

from __future__ import annotations

from datetime import datetime

from bot.storage.store import ConversationSnapshot
from intents.route import is_safety
from registry import ContactRecord


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


def contact_record(
    conversation: ConversationSnapshot,
    ended_at: datetime,
    *,
    categories: list[str] | None = None,
    outcome: str | None = None,
    handled_by: str | None = None,
) -> ContactRecord | None:
    """None when the parent never wrote anything: an opened and abandoned widget is not a contact.
    A worker who closes the conversation confirms or corrects the categories and the outcome."""
    context = conversation.context
    if not context.get("parent_messages"):
        return None
    wait_seconds = None
    if conversation.queued_at is not None:
        waited_until = conversation.claimed_at or ended_at
        wait_seconds = max(0, round((waited_until - conversation.queued_at).total_seconds()))
    return ContactRecord(
        channel="chat",
        started_at=conversation.created_at,
        ended_at=ended_at,
        lang=context.get("foreign_lang") or conversation.lang,
        categories=list(categories or context.get("categories") or ["other"]),
        urgency=conversation.urgency,
        outcome=outcome or outcome_of(conversation),
        wait_seconds=wait_seconds,
        handling_seconds=max(0, round((ended_at - conversation.created_at).total_seconds())),
        handled_by=handled_by
        or ("bot" if conversation.owner_id is None else f"staff-{conversation.owner_id}"),
        referred_services=list(context.get("services_shown", [])),
    )
