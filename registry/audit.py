"""The audit log: who viewed a transcript or took data out of the registry, and when.

Callers pass the worker's id, username and role, never anything about the parent; ``details`` holds
what identifies the request (a report name and its filter), not its result.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from registry.database import write_lock
from registry.models import AuditEntry

VIEW_TRANSCRIPT = "view_transcript"
EXPORT_CONTACTS = "export_contacts"
EXPORT_AGGREGATE = "export_aggregate"
VIEW_REPORT = "view_report"
VIEW_AUDIT_LOG = "view_audit_log"
ACTIONS = (VIEW_TRANSCRIPT, EXPORT_CONTACTS, EXPORT_AGGREGATE, VIEW_REPORT, VIEW_AUDIT_LOG)
# The console reloads an open conversation often; one line per worker and conversation per ten
# minutes says who looked and when without burying the log.
TRANSCRIPT_VIEW_WINDOW = timedelta(minutes=10)


class Actor(Protocol):
    """A staff account as the service knows it (bot.storage.staff.StaffAccount)."""

    id: int
    username: str
    role: str


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: datetime
    actor_id: int | None
    actor: str
    role: str
    action: str
    target: str | None
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


async def record(
    engine: AsyncEngine,
    *,
    actor_id: int | None,
    actor: str,
    role: str,
    action: str,
    now: datetime,
    target: str | None = None,
    details: dict[str, Any] | None = None,
    unless_logged_within: timedelta | None = None,
) -> bool:
    """Write one line of the log, in its own transaction (a failed export is still a logged attempt).
    With ``unless_logged_within``, skip it (and return False) when the same actor already did the same
    to the same target that recently."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    async with write_lock(engine), engine.begin() as connection:
        if unless_logged_within is not None:
            recent = await connection.scalar(
                select(AuditEntry.id)
                .where(
                    AuditEntry.actor_id == actor_id,
                    AuditEntry.action == action,
                    AuditEntry.target == target,
                    AuditEntry.at > now - unless_logged_within,
                )
                .limit(1)
            )
            if recent is not None:
                return False
        await connection.execute(
            insert(AuditEntry).values(
                at=now,
                actor_id=actor_id,
                actor=actor[:64],
                role=role[:16],
                action=action,
                target=target[:64] if target else None,
                details=_jsonable(details or {}),
            )
        )
    return True


async def transcript_viewed(engine: AsyncEngine, actor: Actor, conversation_id: str, now: datetime) -> None:
    """A worker opened a conversation's transcript (GET /api/staff/conversations/{id})."""
    await record(
        engine,
        actor_id=actor.id,
        actor=actor.username,
        role=actor.role,
        action=VIEW_TRANSCRIPT,
        target=conversation_id,
        now=now,
        unless_logged_within=TRANSCRIPT_VIEW_WINDOW,
    )


async def entries(
    engine: AsyncEngine,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    action: str | None = None,
    actor: str | None = None,
    target: str | None = None,
    limit: int = 200,
    before_id: int | None = None,
) -> list[AuditRecord]:
    """The newest entries first; ``before_id`` pages back through older ones."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(max(1, min(limit, 1000)))
    if start is not None:
        query = query.where(AuditEntry.at >= start)
    if end is not None:
        query = query.where(AuditEntry.at < end)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if actor is not None:
        query = query.where(AuditEntry.actor == actor)
    if target is not None:
        query = query.where(AuditEntry.target == target)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    async with engine.connect() as connection:
        rows = (await connection.execute(query)).all()
    return [
        AuditRecord(r.id, _aware(r.at), r.actor_id, r.actor, r.role, r.action, r.target, r.details or {})
        for r in rows
    ]


async def count(engine: AsyncEngine, *, action: str | None = None) -> int:
    query = select(func.count()).select_from(AuditEntry)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    async with engine.connect() as connection:
        return int((await connection.execute(query)).scalar_one())


def _aware(value: datetime) -> datetime:
    # The UTCDateTime column type already makes times aware; rows written by hand may not be.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
