"""Writing and reading contact records."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from registry.models import Contact, ContactCategory
from registry.records import ContactRecord

EXPORT_COLUMNS = (
    "id",
    "channel",
    "started_at",
    "ended_at",
    "wait_seconds",
    "handling_seconds",
    "role",
    "age_band",
    "lang",
    "category",
    "categories",
    "urgency",
    "outcome",
    "referred_services",
    "handled_by",
)


def add_contact(session: AsyncSession, record: ContactRecord) -> None:
    """Add a validated record to the session; the caller's transaction decides when it lands."""
    record.validate()
    session.add(
        Contact(
            id=record.id,
            channel=record.channel,
            started_at=record.started_at,
            ended_at=record.ended_at,
            wait_seconds=record.wait_seconds,
            handling_seconds=record.handling_seconds,
            role=record.role,
            age_band=record.age_band,
            lang=record.lang,
            category=record.categories[0],
            urgency=record.urgency,
            outcome=record.outcome,
            handled_by=record.handled_by,
            referred_services=list(record.referred_services),
            categories=[ContactCategory(position=i, code=c) for i, c in enumerate(record.categories)],
        )
    )


async def iter_export_rows(
    session: AsyncSession, *, start: datetime | None = None, end: datetime | None = None
) -> AsyncIterator[dict[str, object]]:
    query = select(Contact).options(selectinload(Contact.categories)).order_by(Contact.started_at, Contact.id)
    if start is not None:
        query = query.where(Contact.started_at >= start)
    if end is not None:
        query = query.where(Contact.started_at < end)
    result = await session.stream_scalars(query.execution_options(yield_per=1000))
    async for contact in result:
        yield {
            "id": contact.id,
            "channel": contact.channel,
            "started_at": contact.started_at.isoformat(),
            "ended_at": contact.ended_at.isoformat(),
            "wait_seconds": contact.wait_seconds,
            "handling_seconds": contact.handling_seconds,
            "role": contact.role,
            "age_band": contact.age_band,
            "lang": contact.lang,
            "category": contact.category,
            "categories": [c.code for c in contact.categories],
            "urgency": contact.urgency,
            "outcome": contact.outcome,
            "referred_services": list(contact.referred_services or []),
            "handled_by": contact.handled_by,
        }
