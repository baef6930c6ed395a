"""``python -m registry``: help, and the CSV export of the contact records."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.storage.schema import upgrade_to_head
from registry import ContactRecord
from registry.database import create_engine
from registry.store import EXPORT_COLUMNS, add_contact
from tests.conftest import ROOT


def run_registry(*args: str, database_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "registry", *args], env=env, capture_output=True, text=True, timeout=60
    )


async def seed(database_url: str) -> list[ContactRecord]:
    start = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    records = [
        ContactRecord(
            channel="chat",
            started_at=start + timedelta(days=i),
            ended_at=start + timedelta(days=i, minutes=6),
            lang="nl",
            categories=categories,
            urgency=urgency,
            outcome=outcome,
            referred_services=services,
        )
        for i, (categories, urgency, outcome, services) in enumerate(
            [
                (["toilet", "sleep"], "none", "answered_by_bot", []),
                (["safety"], "urgent", "safety_escalated", ["veilig-thuis"]),
                (["school", "anxiety", "bullying"], "attention", "abandoned", []),
            ]
        )
    ]
    engine = create_engine(database_url)
    try:
        await upgrade_to_head(engine)
        async with async_sessionmaker(engine)() as session, session.begin():
            for record in records:
                add_contact(session, record)
    finally:
        await engine.dispose()
    return records


def test_help_explains_the_commands(sqlite_url):
    result = run_registry("--help", database_url=sqlite_url)
    assert result.returncode == 0
    assert "export" in result.stdout and "DATABASE_URL" in result.stdout


async def test_export_prints_one_row_per_contact_with_a_header(database_url):
    records = await seed(database_url)
    result = run_registry("export", "--format", "csv", database_url=database_url)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.stdout.splitlines()[0] == ",".join(EXPORT_COLUMNS)
    assert [r["id"] for r in rows] == [r.id for r in records]
    assert rows[0]["categories"] == "toilet;sleep" and rows[0]["outcome"] == "answered_by_bot"
    assert rows[1]["urgency"] == "urgent" and rows[1]["referred_services"] == "veilig-thuis"

    march_3 = run_registry("export", "--from", "2026-03-03", "--to", "2026-03-03", database_url=database_url)
    assert [r["id"] for r in csv.DictReader(io.StringIO(march_3.stdout))] == [records[1].id]


def test_export_without_tables_explains_what_to_do(tmp_path):
    result = run_registry("export", database_url=f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}")
    assert result.returncode == 1
    assert "python -m bot" in result.stderr and "Traceback" not in result.stderr
