"""The de-identification worker process: records come back clean, and a dead worker is replaced."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot import privacy
from registry import ContactRecord
from tests.conftest import ROOT

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def record(question: str) -> ContactRecord:
    return ContactRecord(
        channel="chat",
        started_at=START,
        ended_at=START + timedelta(minutes=4),
        lang="nl",
        categories=["toilet"],
        urgency="none",
        outcome="answered_by_bot",
        handled_by="bot",
        first_question=question,
    )


async def test_a_killed_worker_is_replaced_and_the_record_still_comes_back_clean():
    await privacy.warm_up()
    clean = await privacy.deidentified(record("Bel me op 06-12345678, mijn zoon plast in bed"))
    assert "12345678" not in clean.first_question and "plast in bed" in clean.first_question

    for process in list(privacy._worker()._processes.values()):
        process.kill()
        process.join()
    again = await privacy.deidentified(record("Mail naar jan@example.nl, mijn zoon plast in bed"))
    assert "jan@example.nl" not in again.first_question and "plast in bed" in again.first_question


# A service that starts the worker, reports the worker's process id, then waits to be killed.
SERVICE = """
import os, time
from bot import privacy
print(privacy._worker().submit(os.getpid).result(), flush=True)
time.sleep(120)
"""


def test_the_worker_ends_when_the_service_is_killed_outright() -> None:
    service = subprocess.Popen(
        [sys.executable, "-c", SERVICE],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        worker = int(service.stdout.readline())
        assert alive(worker)
    finally:
        service.kill()
        service.wait()
    deadline = time.monotonic() + 10 * privacy.PARENT_CHECK_SECONDS + 5
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(worker)


def alive(pid: int) -> bool:
    """Running: neither gone nor a zombie that nobody has reaped yet."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
