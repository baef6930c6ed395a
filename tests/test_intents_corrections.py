"""`python -m intents corrections`: reviewed categories out of the registry as candidate phrases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.storage.schema import upgrade_to_head
from registry import ContactRecord
from registry.database import create_engine
from registry.store import add_contact
from tests.conftest import ROOT

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def reviewed(day: int, question: str | None, bot: str | None, worker: str) -> ContactRecord:
    return ContactRecord(
        id=f"r{day}",
        channel="chat",
        started_at=START + timedelta(days=day),
        ended_at=START + timedelta(days=day, minutes=9),
        lang="nl",
        categories=[worker],
        urgency="none",
        outcome="answered_by_staff",
        handled_by="staff-1",
        first_question=question,
        bot_category=bot,
    )


async def test_the_export_lists_reviewed_questions_de_identified_and_only_since(database_url):
    engine = create_engine(database_url)
    try:
        await upgrade_to_head(engine)
        async with async_sessionmaker(engine)() as session, session.begin():
            add_contact(session, reviewed(0, "Mijn zoon plast nog in bed", "sleep", "toilet"))
            add_contact(session, reviewed(10, "Ik ben Jan de Vries, hij wil niet eten", "eating", "eating"))
            add_contact(session, reviewed(11, "Hij wil niet naar school", "school", "anxiety"))
            add_contact(session, replace(reviewed(12, None, "sleep", "sleep")))  # no text kept: left out
            add_contact(session, reviewed(13, "Ze is erg druk", None, "behaviour"))  # never reviewed
    finally:
        await engine.dispose()

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "intents", "corrections", *args],
            env={**os.environ, "DATABASE_URL": database_url},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    everything = run("--since", "2026-03-10")
    assert everything.returncode == 0, everything.stderr
    rows = [json.loads(line) for line in everything.stdout.splitlines()]
    assert [(r["bot_category"], r["worker_category"], r["corrected"]) for r in rows] == [
        ("eating", "eating", False),
        ("school", "anxiety", True),
    ]
    assert rows[0]["text"] == "Ik ben [NAAM], hij wil niet eten" and rows[0]["closed"] == "2026-03-12"

    corrected = run("--corrected-only")
    assert [json.loads(line)["text"] for line in corrected.stdout.splitlines()] == [
        "Mijn zoon plast nog in bed",
        "Hij wil niet naar school",
    ]


def test_a_bad_database_is_a_clear_error_not_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "intents", "corrections"],
        env={**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/missing/dir/x.db"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "DATABASE_URL" in result.stderr and "Traceback" not in result.stderr
