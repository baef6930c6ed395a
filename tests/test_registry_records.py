"""The contact record: strict validation, de-identified free text, the record a closed chat produces,
and migration 0003 on a database that already holds records (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import inspect, select, text
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.registration import contact_record
from bot.storage.schema import alembic_config, upgrade_to_head
from bot.storage.store import ConversationSnapshot
from registry import ContactRecord
from registry.database import create_engine
from registry.models import Contact
from registry.records import InvalidRecord
from registry.store import add_contact, local_parts
from tests.conftest import connect, open_chat

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def valid(**changes) -> ContactRecord:
    base = ContactRecord(
        channel="phone",
        started_at=START,
        ended_at=START + timedelta(minutes=5),
        lang="nl",
        categories=["sleep"],
        urgency="none",
        outcome="answered_by_staff",
        handled_by="staff-3",
    )
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"channel": "fax"}, "channel"),
        ({"role": "grandparent"}, "role"),
        ({"age_band": "5-8"}, "age band"),
        ({"municipality": "Amsterdam"}, "municipality"),
        ({"categories": []}, "at least one category"),
        ({"categories": ["sleep", "sleep"]}, "distinct"),
        ({"categories": ["naptime"]}, "unknown category"),
        ({"bot_category": "naptime"}, "bot category"),
        ({"lang": "dutch"}, "ISO 639-1"),
        ({"ended_at": START - timedelta(seconds=1)}, "ended before"),
        ({"started_at": datetime(2026, 3, 2, 9, 30)}, "timezone-aware"),
        ({"wait_seconds": -1}, "wait_seconds"),
        ({"handling_seconds": 1.5}, "handling_seconds"),
        ({"handled_by": "Anna de Vries"}, "pseudonym"),
        ({"referred_services": ["Bel 06-12345678"]}, "service ids"),
        ({"referred_services": ["svc-1"]}, "referred"),
        ({"unmet_need": True}, "needs a reason"),
        ({"unmet_reason": "cost"}, "no unmet need"),
        ({"repeat_contact": "maybe"}, "repeat contact"),
        ({"found_via": "tv"}, "found_via"),
        ({"satisfaction": "meh"}, "satisfaction"),
        ({"first_question": "x" * 2001}, "first_question"),
    ],
)
def test_validation_refuses_what_does_not_fit(changes, problem):
    with pytest.raises(InvalidRecord, match=problem):
        valid(**changes).validate()


def test_a_full_record_validates():
    valid(
        role="youth",
        age_band="12-17",
        municipality="Haarlem",
        outcome="referred",
        referred_services=["svc-1", "4cbc3463-a435-5b55-8623-8dc29f308e10"],
        unmet_need=True,
        unmet_reason="waiting_list",
        repeat_contact="yes",
        found_via="school",
        satisfaction="up",
        bot_category="school",
    ).validate()


def test_local_day_and_hour_follow_dutch_time_across_daylight_saving():
    assert local_parts(datetime(2026, 3, 28, 23, 30, tzinfo=UTC)) == {
        "local_day": date(2026, 3, 29),
        "hour": 0,
    }
    # Summer time: 07:15 UTC is 09:15 in Haarlem.
    assert local_parts(datetime(2026, 7, 1, 7, 15, tzinfo=UTC)) == {"local_day": date(2026, 7, 1), "hour": 9}


async def test_free_text_is_stored_de_identified(database_url):
    engine = create_engine(database_url)
    try:
        await upgrade_to_head(engine)
        question = "Ik ben Jan de Vries, bel 06-12345678. Mijn zoon van 6 plast in bed."
        async with async_sessionmaker(engine)() as session, session.begin():
            add_contact(
                session, valid(id="r1", first_question=question, note="Teruggebeld door Anna: 0612345678")
            )
            add_contact(session, valid(id="r2", first_question="   ", note=None))
        async with async_sessionmaker(engine)() as session:
            stored = {c.id: c for c in await session.scalars(select(Contact))}
    finally:
        await engine.dispose()
    assert stored["r1"].first_question == "Ik ben [NAAM], bel [TELEFOON]. Mijn zoon van 6 plast in bed."
    assert "12345678" not in stored["r1"].note and "[TELEFOON]" in stored["r1"].note
    assert stored["r2"].first_question is None
    assert (stored["r1"].local_day, stored["r1"].hour) == (date(2026, 3, 2), 10)


def snapshot(**changes) -> ConversationSnapshot:
    created = START
    base = ConversationSnapshot(
        id="c_1",
        channel="chat",
        state="human",
        step="open",
        lang="nl",
        urgency="none",
        last_seq=9,
        created_at=created,
        last_activity_at=created + timedelta(minutes=9),
        idle_warned=False,
        context={
            "parent_messages": 3,
            "category": "school",
            "categories": ["school", "bullying"],
            "role": "parent",
            "age_band": "4-11",
            "municipality": "Schalkwijk",
            "satisfaction": "up",
            "services_shown": ["svc-1", "svc-2"],
            "first_question": "Mijn zoon wordt gepest, ik ben Fatima el Amrani",
        },
        queued_at=created + timedelta(minutes=2),
        owner_id=7,
        claimed_at=created + timedelta(minutes=3),
    )
    return replace(base, **changes)


def test_a_closed_chat_gives_the_full_record():
    ended = START + timedelta(minutes=10)
    record = contact_record(
        snapshot(), ended, categories=["bullying"], outcome="referred", handled_by="staff-7"
    )
    assert record is not None
    record.validate()
    assert (record.wait_seconds, record.handling_seconds) == (60, 420)  # queue 2->3 min, claim 3->10 min
    assert (record.role, record.age_band, record.municipality) == ("parent", "4-11", "Haarlem")
    assert (record.handled_by, record.satisfaction) == ("staff-7", "up")
    assert record.referred_services == ["svc-1", "svc-2"]  # shown services, since the outcome is referred
    assert (record.categories, record.bot_category) == (["bullying"], "school")  # a worker's correction
    assert record.deidentified().first_question == "Mijn zoon wordt gepest, ik ben [NAAM]"


def test_a_bot_chat_and_an_abandoned_one():
    ended = START + timedelta(minutes=4)
    bot = snapshot(
        state="bot",
        owner_id=None,
        claimed_at=None,
        queued_at=None,
        context={"parent_messages": 2, "answered": True, "categories": ["sleep"], "services_shown": ["svc-1"],
                 "role": "astronaut", "municipality": "Amsterdam"},
    )  # fmt: skip
    record = contact_record(bot, ended)
    record.validate()
    assert (record.outcome, record.handled_by, record.wait_seconds, record.handling_seconds) == (
        "answered_by_bot", "bot", None, 240,
    )  # fmt: skip
    # Shown services alone are no referral; unknown codes become "unknown"; no review, no bot_category.
    assert (record.referred_services, record.role, record.municipality, record.bot_category) == (
        [], "unknown", "unknown", None,
    )  # fmt: skip
    waiting = snapshot(state="waiting", owner_id=None, claimed_at=None)
    record = contact_record(waiting, ended)
    assert (record.outcome, record.wait_seconds) == ("abandoned", 120)
    assert contact_record(snapshot(context={}), ended) is None  # the parent never wrote


def to(revision: str, down: bool = False):
    """A step for ``connection.run_sync``: migrate the database up (or down) to ``revision``."""

    def run(connection):
        config = alembic_config()
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)

    return run


async def test_migration_0003_keeps_and_completes_existing_records(database_url):
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(to("0002"))
            await connection.execute(
                text(
                    "INSERT INTO contacts (id, channel, started_at, ended_at, role, age_band, lang, "
                    "category, urgency, outcome, handled_by, referred_services) VALUES ('old1', 'chat', "
                    ":start, :end, 'parent', '0-3', 'nl', 'sleep', 'none', 'answered_by_bot', 'bot', '[]')"
                ),
                {
                    "start": datetime(2026, 6, 30, 22, 30, tzinfo=UTC),
                    "end": datetime(2026, 6, 30, 22, 40, tzinfo=UTC),
                },
            )
        await upgrade_to_head(engine)
        async with async_sessionmaker(engine)() as session:
            old = await session.get(Contact, "old1")
            assert (old.local_day, old.hour) == (date(2026, 7, 1), 0)  # 00:30 in Haarlem, summer time
            assert (old.municipality, old.unmet_need, old.repeat_contact, old.first_question) == (
                "unknown", False, "unknown", None,
            )  # fmt: skip
        async with engine.begin() as connection:
            await connection.run_sync(to("0002", down=True))
            columns = await connection.run_sync(
                lambda c: {col["name"] for col in inspect(c).get_columns("contacts")}
            )
            assert "local_day" not in columns and "municipality" not in columns
            await connection.run_sync(to("head"))
    finally:
        await engine.dispose()


async def test_purging_transcripts_keeps_the_contact_records(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "message", "text": "Mijn zoon van 6 plast in bed", "client_id": "a"})
    await frames.until(lambda f: f["type"] == "message" and f.get("client_id") == "a")
    await frames.ws.send_json({"type": "close"})
    await frames.until(lambda f: f["type"] == "closed")
    await frames.ws.close()
    database = server.engine.store.engine
    later = datetime.now(UTC) + timedelta(days=server.settings.retention_days + 1)
    cutoff = later - timedelta(days=server.settings.retention_days)
    assert await server.engine.store.purge_transcripts(cutoff, later) == 1
    async with database.connect() as connection:
        messages = await connection.scalar(
            text("SELECT count(*) FROM messages WHERE conversation_id = :id"), {"id": conversation_id}
        )
        contacts = (await connection.execute(text("SELECT channel, category FROM contacts"))).all()
    assert messages == 0
    assert [tuple(row) for row in contacts] == [("chat", "toilet")]
