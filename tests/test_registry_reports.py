"""The managers' reports on a small fixed data set, checked against figures worked out by hand, on
SQLite and PostgreSQL; and ``python -m registry report`` / ``aggregate``."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.storage.schema import upgrade_to_head
from registry import ContactRecord
from registry import reports as r
from registry.database import create_engine
from registry.reports import FilterError, ReportFilter
from registry.store import add_contact, insert_contacts
from registry.vocab import TIMEZONE
from tests.test_registry_cli import run_registry

YEAR = ReportFilter(start=date(2026, 1, 1), end=date(2026, 12, 31))


def record(local: datetime, channel: str, categories: list[str], outcome: str, **fields) -> ContactRecord:
    started = local.replace(tzinfo=TIMEZONE)
    handling = fields.get("handling_seconds") or 0
    return ContactRecord(
        channel=channel,
        started_at=started,
        ended_at=started + timedelta(seconds=handling + (fields.get("wait_seconds") or 0)),
        lang="nl",
        categories=categories,
        urgency=fields.pop("urgency", "none"),
        outcome=outcome,
        **fields,
    )


def fixed_records() -> list[ContactRecord]:
    """Nine contacts; the last starts on 1 January 2027 local time (still 2026 in UTC)."""
    return [
        record(datetime(2026, 3, 2, 9, 15), "chat", ["sleep", "toilet"], "answered_by_bot", role="parent",
               age_band="0-3", municipality="Haarlem", handling_seconds=300, satisfaction="up"),
        record(datetime(2026, 3, 2, 10, 5), "phone", ["sleep"], "answered_by_staff", handled_by="staff-1",
               wait_seconds=60, handling_seconds=600, role="parent", municipality="Haarlem"),
        record(datetime(2026, 3, 3, 10, 40), "phone", ["school"], "referred", handled_by="staff-2",
               wait_seconds=120, handling_seconds=900, role="professional", municipality="Zandvoort",
               referred_services=["svc-1"], unmet_need=True, unmet_reason="waiting_list"),
        record(datetime(2026, 3, 9, 14, 0), "chat", ["safety"], "safety_escalated", urgency="urgent",
               handled_by="staff-1", wait_seconds=30, handling_seconds=1200, role="youth",
               bot_category="safety"),
        record(datetime(2026, 3, 10, 20, 30), "chat", ["bullying"], "answered_by_staff", handled_by="staff-2",
               wait_seconds=300, handling_seconds=400, role="parent", municipality="Haarlem",
               bot_category="school", satisfaction="down"),
        record(datetime(2026, 4, 1, 9, 0), "email", ["money"], "answered_by_staff", handled_by="staff-1",
               handling_seconds=200, role="parent", municipality="Haarlem", unmet_need=True,
               unmet_reason="no_service"),
        record(datetime(2026, 4, 1, 23, 30), "chat", ["sleep"], "abandoned", handling_seconds=60),
        record(datetime(2026, 12, 31, 23, 30), "chat", ["other"], "answered_by_bot", handling_seconds=100),
        record(datetime(2027, 1, 1, 0, 30), "chat", ["other"], "answered_by_bot", handling_seconds=100),
    ]  # fmt: skip


@pytest.fixture
async def engine(database_url):
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    records = fixed_records()
    # Both ways in: one record at a time (as a closing chat does) and in bulk (imports, benchmark).
    async with async_sessionmaker(engine)() as session, session.begin():
        for item in records[:4]:
            add_contact(session, item)
    async with engine.begin() as connection:
        assert await insert_contacts(connection, records[4:]) == 5
    yield engine
    await engine.dispose()


def counts(items: list[dict]) -> dict[str, int]:
    return {i["code"]: i["count"] for i in items}


async def test_categories_outcomes_and_the_share_of_the_bot(engine):
    categories = await r.categories(engine, YEAR)
    assert categories["total"] == 8
    assert counts(categories["categories"]) == {
        "sleep": 3, "school": 1, "safety": 1, "bullying": 1, "money": 1, "other": 1,
    }  # fmt: skip
    assert categories["categories"][0] == {"code": "sleep", "label": "Slapen", "count": 3, "share": 0.375}
    assert counts((await r.outcomes(engine, YEAR))["outcomes"]) == {
        "answered_by_bot": 2, "answered_by_staff": 3, "referred": 1, "safety_escalated": 1, "abandoned": 1,
    }  # fmt: skip
    assert await r.handled_by(engine, YEAR) == {
        "total": 8, "bot": 3, "staff": 5, "share_bot": 0.375, "share_staff": 0.625,
    }  # fmt: skip


async def test_volume_per_week_and_month_uses_local_days(engine):
    monthly = await r.volume(engine, YEAR, "month")
    assert [(p["period"], p["total"], p["categories"]) for p in monthly["periods"]] == [
        ("2026-03", 5, {"bullying": 1, "safety": 1, "school": 1, "sleep": 2}),
        ("2026-04", 2, {"money": 1, "sleep": 1}),
        ("2026-12", 1, {"other": 1}),
    ]
    weekly = await r.volume(engine, YEAR, "week")
    assert [(p["period"], p["total"]) for p in weekly["periods"]] == [
        ("2026-W10", 3), ("2026-W11", 2), ("2026-W14", 2), ("2026-W53", 1),
    ]  # fmt: skip
    # 00:30 on 1 January 2027 in Haarlem is still 2026 in UTC; the report counts it in 2027.
    next_year = await r.categories(engine, ReportFilter(start=date(2027, 1, 1)))
    assert next_year["total"] == 1


async def test_unmet_needs_safety_and_satisfaction(engine):
    unmet = await r.unmet_needs(engine, YEAR)
    assert (unmet["total"], unmet["unmet"], unmet["share"]) == (8, 2, 0.25)
    assert counts(unmet["reasons"]) == {"waiting_list": 1, "no_service": 1}
    assert counts(unmet["categories"]) == {"school": 1, "money": 1}
    safety = await r.safety(engine, YEAR)
    assert safety["total"] == 1 and safety["urgency"] == [{"code": "urgent", "count": 1}]
    assert safety["weeks"] == [{"period": "2026-W11", "count": 1}]
    assert await r.satisfaction(engine, YEAR) == {"rated": 2, "up": 1, "down": 1, "share_up": 0.5}


async def test_wait_and_handling_time_percentiles(engine):
    times = await r.times(engine, YEAR)
    # Waits 30, 60, 120, 300 s; nearest rank: p50 = 2nd, p75 = 3rd, p90 = p95 = 4th value.
    assert times["wait"] == {
        "count": 4,
        "mean": 127.5,
        "max": 300,
        "p50": 60,
        "p75": 120,
        "p90": 300,
        "p95": 300,
    }
    # Staff 200, 400, 600, 900, 1200 s; the bot 60, 100, 300 s.
    staff = times["handling"]["staff"]
    assert (staff["count"], staff["mean"], staff["p50"], staff["p75"], staff["p90"]) == (
        5,
        660.0,
        600,
        900,
        1200,
    )
    bot = times["handling"]["bot"]
    assert (bot["count"], bot["mean"], bot["p50"], bot["max"]) == (3, 153.3, 100, 300)


async def test_heatmap_indicators_profile_and_corrections(engine):
    heatmap = await r.heatmap(engine, YEAR)
    filled = {(d, h): c for d, row in enumerate(heatmap["counts"]) for h, c in enumerate(row) if c}
    # Monday 9, 10, 14; Tuesday 10, 20; Wednesday 9, 23; Thursday 31 December 23 (local hours).
    assert filled == {
        (0, 9): 1,
        (0, 10): 1,
        (0, 14): 1,
        (1, 10): 1,
        (1, 20): 1,
        (2, 9): 1,
        (2, 23): 1,
        (3, 23): 1,
    }
    indicators = await r.indicators(engine, YEAR)
    assert (indicators["phone_calls"], indicators["chats"], indicators["single_questions"]) == (2, 5, 8)
    assert indicators["per_channel"]["email"] == 1
    profile = await r.profile(engine, YEAR)
    assert counts(profile["role"]) == {"parent": 4, "professional": 1, "youth": 1, "unknown": 2}
    assert counts(profile["municipality"]) == {"Haarlem": 4, "Zandvoort": 1, "unknown": 3}
    corrections = await r.corrections(engine, YEAR)
    assert (corrections["reviewed"], corrections["kept"], corrections["agreement"]) == (2, 1, 0.5)
    assert corrections["months"] == [{"period": "2026-03", "reviewed": 2, "kept": 1, "agreement": 0.5}]
    assert [(c["bot"], c["worker"], c["count"]) for c in corrections["confusions"]] == [
        ("school", "bullying", 1)
    ]


async def test_filters_narrow_every_report(engine):
    phone = ReportFilter(start=date(2026, 1, 1), end=date(2026, 12, 31), channel="phone")
    assert counts((await r.categories(engine, phone))["categories"]) == {"sleep": 1, "school": 1}
    zandvoort = ReportFilter(municipality="Zandvoort")
    assert (await r.outcomes(engine, zandvoort))["outcomes"][0]["code"] == "referred"
    parents = ReportFilter(start=date(2026, 3, 1), end=date(2026, 3, 31), role="parent")
    assert (await r.handled_by(engine, parents))["total"] == 3
    assert (await r.times(engine, parents))["wait"]["count"] == 2


async def test_aggregate_rows_per_month_channel_and_category(engine):
    rows = {(row["period"], row["channel"], row["category"]): row for row in await r.aggregate(engine, YEAR)}
    assert len(rows) == 8
    bullying = rows[("2026-03", "chat", "bullying")]
    assert (bullying["contacts"], bullying["answered_by_staff"], bullying["handled_by_staff"]) == (1, 1, 1)
    assert (bullying["avg_wait_seconds"], bullying["avg_handling_seconds"]) == (300.0, 400.0)
    sleep_chat = rows[("2026-03", "chat", "sleep")]
    assert (sleep_chat["answered_by_bot"], sleep_chat["avg_wait_seconds"]) == (1, None)
    assert rows[("2026-03", "phone", "school")]["unmet_need"] == 1


def test_filter_errors_are_dutch_and_clear():
    with pytest.raises(FilterError, match="JJJJ-MM-DD"):
        ReportFilter.parse({"from": "1-1-2026"})
    with pytest.raises(FilterError, match="vóór"):
        ReportFilter.parse({"from": "2026-02-01", "to": "2026-01-01"})
    with pytest.raises(FilterError, match="kanaal"):
        ReportFilter.parse({"channel": "fax"})
    with pytest.raises(FilterError, match="gemeente"):
        ReportFilter.parse({"municipality": "Amsterdam"})
    assert ReportFilter.parse({"from": "2026-01-01", "role": "youth", "channel": ""}) == ReportFilter(
        start=date(2026, 1, 1), role="youth"
    )


async def test_command_line_report_and_aggregate(engine, database_url):
    result = run_registry("report", "--from", "2026-01-01", "--to", "2026-12-31", database_url=database_url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Contacten 2026-01-01 t/m 2026-12-31"
    assert any(line.split()[:2] == ["Slapen", "3"] for line in lines)
    assert [line.split()[-1] for line in lines if line.startswith("totaal")] == ["8", "8"]
    assert any(line.startswith("Veiligheid: opgeschaald") and " 1 " in line for line in lines)

    aggregated = run_registry(
        "aggregate", "--period", "week", "--channel", "phone", database_url=database_url
    )
    rows = list(csv.DictReader(io.StringIO(aggregated.stdout)))
    assert [(row["period"], row["category"], row["contacts"]) for row in rows] == [
        ("2026-W10", "school", "1"),
        ("2026-W10", "sleep", "1"),
    ]
    bad = run_registry("report", "--channel", "fax", database_url=database_url)
    assert bad.returncode == 2 and "Onbekend kanaal" in bad.stderr and "Traceback" not in bad.stderr
