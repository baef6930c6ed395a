"""The day totals behind the aggregated export (``contact_day_totals``, migration 0007): kept in step
with ``contacts`` by the database on every insert, update and delete, filled for contacts that existed
before the migration, and folded into ISO weeks and months correctly; on SQLite and PostgreSQL. The
expected figures are worked out in Python from the contacts themselves."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import delete, inspect, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.storage.schema import upgrade_to_head
from registry import reports as r
from registry.database import create_engine
from registry.models import Contact
from registry.reports import ReportFilter
from registry.store import add_contact, insert_contacts
from registry.vocab import BOT, OUTCOMES
from tests.test_registry_records import to
from tests.test_registry_reports import fixed_records, record

# Around the new year: Sunday 28 December 2025 is in ISO week 2025-W52, Monday the 29th already in
# 2026-W01, Sunday 4 January 2026 still in 2026-W01 and Monday the 5th in 2026-W02.
NEW_YEAR = [
    record(datetime(2025, 12, 28, 12, 0), "chat", ["sleep"], "answered_by_bot", handling_seconds=50),
    record(datetime(2025, 12, 29, 9, 0), "phone", ["sleep"], "referred", handled_by="staff-1",
           wait_seconds=10, handling_seconds=100, role="parent", municipality="Haarlem"),
    record(datetime(2026, 1, 4, 23, 59), "chat", ["sleep"], "answered_by_staff", handled_by="staff-2",
           wait_seconds=20, handling_seconds=200, role="parent", municipality="Zandvoort"),
    record(datetime(2026, 1, 5, 0, 1), "chat", ["media"], "abandoned", role="youth"),
]  # fmt: skip

FILTERS = [
    ReportFilter(),
    ReportFilter(start=date(2026, 1, 1), end=date(2026, 3, 31)),
    ReportFilter(channel="chat"),
    ReportFilter(municipality="Haarlem"),
    ReportFilter(role="parent"),
    ReportFilter(municipality="Zandvoort", role="professional", channel="phone"),
    ReportFilter(start=date(2026, 3, 3), end=date(2026, 3, 9), municipality="unknown"),
]


def expected(contacts: list[Contact], f: ReportFilter, period: str) -> list[dict[str, Any]]:
    """The aggregated export as AGGREGATE_COLUMNS describes it, computed contact by contact."""
    groups: dict[tuple[str, str, str], list[Contact]] = defaultdict(list)
    for c in contacts:
        if (
            (f.start and c.local_day < f.start)
            or (f.end and c.local_day > f.end)
            or (f.channel and c.channel != f.channel)
            or (f.municipality and c.municipality != f.municipality)
            or (f.role and c.role != f.role)
        ):
            continue
        groups[(r.period_of(c.local_day, period), c.channel, c.category)].append(c)
    rows = []
    for (key_period, channel, category), members in sorted(groups.items()):
        waits = [c.wait_seconds for c in members if c.wait_seconds is not None]
        handling = [c.handling_seconds for c in members if c.handling_seconds is not None]
        rows.append(
            {
                "period": key_period,
                "channel": channel,
                "category": category,
                "contacts": len(members),
                **{outcome: sum(c.outcome == outcome for c in members) for outcome in OUTCOMES},
                "handled_by_staff": sum(c.handled_by != BOT for c in members),
                "unmet_need": sum(bool(c.unmet_need) for c in members),
                "avg_wait_seconds": round(sum(waits) / len(waits), 1) if waits else None,
                "avg_handling_seconds": round(sum(handling) / len(handling), 1) if handling else None,
            }
        )
    return rows


async def assert_totals_match_contacts(engine) -> int:
    async with async_sessionmaker(engine)() as session:
        contacts = list(await session.scalars(select(Contact)))
    for f in FILTERS:
        for period in r.PERIODS:
            assert await r.aggregate(engine, f, period) == expected(contacts, f, period), (f, period)
    return len(contacts)


@pytest.fixture
async def engine(database_url):
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    yield engine
    await engine.dispose()


async def test_totals_follow_every_insert_update_and_delete(engine):
    records = fixed_records() + NEW_YEAR
    async with async_sessionmaker(engine)() as session, session.begin():
        for item in records[:5]:
            add_contact(session, item)
    async with engine.begin() as connection:
        await insert_contacts(connection, records[5:])
    assert await assert_totals_match_contacts(engine) == 13

    first, second, third = (item.id for item in records[:3])
    async with engine.begin() as connection:
        # A worker's later correction moves a contact to another category, outcome and municipality.
        await connection.execute(
            update(Contact)
            .where(Contact.id == first)
            .values(category="bullying", outcome="referred", handled_by="staff-3", municipality="Zandvoort")
        )
        # Several rows in one statement; and an update the totals do not count (the rating).
        await connection.execute(
            update(Contact).where(Contact.id.in_([second, third])).values(wait_seconds=None, unmet_need=True)
        )
        await connection.execute(update(Contact).where(Contact.id == third).values(satisfaction="up"))
    assert await assert_totals_match_contacts(engine) == 13

    async with engine.begin() as connection:
        await connection.execute(delete(Contact).where(Contact.id.in_([first, records[-1].id])))
    assert await assert_totals_match_contacts(engine) == 11


async def test_weeks_start_on_monday_across_the_new_year(engine):
    async with engine.begin() as connection:
        await insert_contacts(connection, NEW_YEAR)
    weeks = [
        (row["period"], row["channel"], row["category"])
        for row in await r.aggregate(engine, ReportFilter(), "week")
    ]
    assert weeks == [
        ("2025-W52", "chat", "sleep"),
        ("2026-W01", "chat", "sleep"),
        ("2026-W01", "phone", "sleep"),
        ("2026-W02", "chat", "media"),
    ]
    months = await r.aggregate(engine, ReportFilter(), "month")
    assert [(row["period"], row["contacts"]) for row in months] == [
        ("2025-12", 1),
        ("2025-12", 1),
        ("2026-01", 1),
        ("2026-01", 1),
    ]


async def test_the_migration_adds_up_existing_contacts_and_undoes_cleanly(database_url):
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(to("0006"))
            await insert_contacts(connection, fixed_records())
        await upgrade_to_head(engine)
        assert await assert_totals_match_contacts(engine) == 9

        async with engine.begin() as connection:
            await connection.run_sync(to("0006", down=True))
            tables = await connection.run_sync(lambda c: inspect(c).get_table_names())
            assert "contact_day_totals" not in tables
            # Without the table its triggers are gone too: contacts can still be written.
            await insert_contacts(connection, NEW_YEAR)
        await upgrade_to_head(engine)
        assert await assert_totals_match_contacts(engine) == 13
    finally:
        await engine.dispose()
