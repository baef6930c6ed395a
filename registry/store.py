"""Writing and reading contact records."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import selectinload

from registry.models import Contact, ContactCategory
from registry.records import ContactRecord
from registry.vocab import TIMEZONE

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
    "municipality",
    "unmet_need",
    "unmet_reason",
    "repeat_contact",
    "found_via",
    "satisfaction",
    "bot_category",
    "first_question",
    "note",
)


def local_parts(started_at: datetime) -> dict[str, Any]:
    """The start in the CJG's local time, as the columns the reports group by."""
    local = started_at.astimezone(TIMEZONE)
    return {"local_day": local.date(), "hour": local.hour}


def contact_values(record: ContactRecord, *, deidentify: bool = True) -> dict[str, Any]:
    """The ``contacts`` row of a record: validated, and its free text de-identified.

    ``deidentify=False`` is for records whose free text already went through ``deidentified()`` (the
    benchmark's bulk load); text is never stored any other way."""
    if deidentify:
        record = record.deidentified()
    record.validate()
    return {
        "id": record.id,
        "channel": record.channel,
        "started_at": record.started_at,
        "ended_at": record.ended_at,
        "wait_seconds": record.wait_seconds,
        "handling_seconds": record.handling_seconds,
        "role": record.role,
        "age_band": record.age_band,
        "lang": record.lang.lower(),
        "category": record.categories[0],
        "urgency": record.urgency,
        "outcome": record.outcome,
        "handled_by": record.handled_by,
        "referred_services": list(record.referred_services),
        "municipality": record.municipality,
        "unmet_need": record.unmet_need,
        "unmet_reason": record.unmet_reason,
        "repeat_contact": record.repeat_contact,
        "found_via": record.found_via,
        "satisfaction": record.satisfaction,
        "first_question": record.first_question,
        "note": record.note,
        "bot_category": record.bot_category,
        **local_parts(record.started_at),
    }


def add_contact(session: AsyncSession, record: ContactRecord, *, deidentify: bool = True) -> None:
    """Add a validated, de-identified record to the session; the caller's transaction decides when it
    lands (a closed conversation and its record are written together). ``deidentify=False`` only for a
    record that already went through ``deidentified()`` (the service does that in a worker process)."""
    values = contact_values(record, deidentify=deidentify)
    session.add(
        Contact(
            **values,
            categories=[ContactCategory(position=i, code=c) for i, c in enumerate(record.categories)],
        )
    )


async def insert_contacts(
    connection: AsyncConnection, records: Sequence[ContactRecord], *, deidentify: bool = True
) -> int:
    """Insert many records in multi-row statements (the quick path for imports and the benchmark).

    The contacts' INSERT asks for the ids back only so that SQLAlchemy sends it as multi-row
    statements ("insertmanyvalues"); without RETURNING, asyncpg runs it once per row, and on
    PostgreSQL every statement runs the day-totals trigger (migration 0007) once: per row that trigger
    made bulk registration three times slower."""
    if not records:
        return 0
    rows = [contact_values(r, deidentify=deidentify) for r in records]
    categories = [
        {"contact_id": r.id, "position": i, "code": c} for r in records for i, c in enumerate(r.categories)
    ]
    await connection.execute(insert(Contact).returning(Contact.id), rows)
    await connection.execute(insert(ContactCategory), categories)
    return len(rows)


def _export_row(contact: Contact) -> dict[str, object]:
    return {
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
        "municipality": contact.municipality,
        "unmet_need": contact.unmet_need,
        "unmet_reason": contact.unmet_reason,
        "repeat_contact": contact.repeat_contact,
        "found_via": contact.found_via,
        "satisfaction": contact.satisfaction,
        "bot_category": contact.bot_category,
        "first_question": contact.first_question,
        "note": contact.note,
    }


async def iter_export_rows(
    session: AsyncSession,
    *,
    start: datetime | date | None = None,
    end: datetime | date | None = None,
    filters: Iterable[Any] = (),
) -> AsyncIterator[dict[str, object]]:
    """One dict per contact, oldest first. ``start``/``end`` are datetimes (UTC, end exclusive) or local
    days (inclusive); ``filters`` are extra SQLAlchemy conditions (see registry.reports.ReportFilter)."""
    query = select(Contact).options(selectinload(Contact.categories)).order_by(Contact.started_at, Contact.id)
    if isinstance(start, datetime):
        query = query.where(Contact.started_at >= start)
    elif isinstance(start, date):
        query = query.where(Contact.local_day >= start)
    if isinstance(end, datetime):
        query = query.where(Contact.started_at < end)
    elif isinstance(end, date):
        query = query.where(Contact.local_day <= end)
    query = query.where(*filters)
    result = await session.stream_scalars(query.execution_options(yield_per=1000))
    async for contact in result:
        yield _export_row(contact)


def csv_value(value: object) -> object:
    """How a JSON value of an export row is written in a CSV cell."""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


async def iter_reviewed_questions(
    session: AsyncSession, *, since: date | None = None
) -> AsyncIterator[dict[str, object]]:
    """Contacts a worker reviewed (confirmed or corrected the bot's category) that kept their
    de-identified first question: the material content editors turn into training phrases."""
    query = (
        select(Contact.ended_at, Contact.first_question, Contact.bot_category, Contact.category)
        .where(Contact.bot_category.is_not(None), Contact.first_question.is_not(None))
        .order_by(Contact.ended_at, Contact.id)
    )
    if since is not None:
        query = query.where(Contact.local_day >= since)
    for ended_at, question, bot_category, worker_category in await session.execute(query):
        yield {
            "text": question,
            "bot_category": bot_category,
            "worker_category": worker_category,
            "corrected": bot_category != worker_category,
            "closed": ended_at.astimezone(TIMEZONE).date().isoformat(),
        }
