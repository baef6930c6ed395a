"""The de-identification worker process: records come back clean, and a dead worker is replaced."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot import privacy
from registry import ContactRecord

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
