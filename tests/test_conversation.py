"""The engine's behaviour through the real service: the bot's dialogue, ownership, idling and the
registry record, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy.ext.asyncio import async_sessionmaker

from registry.database import create_engine
from registry.store import iter_export_rows
from tests.conftest import connect, make_settings, open_chat, turn_done

BEDWETTING = "mijn zoon van 6 plast nog in bed, wat kan ik doen?"


async def say(frames, text: str) -> list[dict]:
    """Send a message and return the bot's messages of the turn it triggers."""
    start = len(frames.seen)
    await frames.ws.send_json({"type": "message", "text": text})
    await frames.until(turn_done)
    return [f for f in frames.seen[start:] if f["type"] == "message" and f["from"] == "bot"]


async def registry_rows(database_url: str) -> list[dict]:
    engine = create_engine(database_url)
    try:
        async with async_sessionmaker(engine)() as session:
            return [row async for row in iter_export_rows(session)]
    finally:
        await engine.dispose()


async def test_answer_feedback_and_close_register_one_anonymous_contact(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()

    answer = await say(frames, BEDWETTING)
    assert answer[0]["kind"] == "answer"
    assert answer[0]["links"][0]["url"].startswith("/kennisbank/toilet-")
    assert answer[-1]["text"] == "Heeft dit je geholpen?"
    assert answer[-1]["quick_replies"] == ["Ja", "Nee"]

    glad = await say(frames, "Ja")
    assert glad[-1]["text"].startswith("Fijn")
    assert glad[-1]["quick_replies"] == ["Gesprek afsluiten"]

    await frames.ws.send_json({"type": "message", "text": "Gesprek afsluiten"})
    closed = await frames.until(lambda f: f["type"] == "closed")
    assert closed["reason"] == "parent"
    assert (await server.engine.get(conversation_id)).state == "closed"

    rows = await registry_rows(server.settings.database_url)
    assert len(rows) == 1
    row = rows[0]
    assert row["channel"] == "chat" and row["lang"] == "nl"
    assert row["category"] == "toilet" and row["categories"][0] == "toilet"
    assert row["outcome"] == "answered_by_bot" and row["urgency"] == "none"
    assert row["ended_at"] >= row["started_at"]
    # The first question is kept for reviewing categories, de-identified (it holds nothing personal
    # here); no other field holds any of the parent's words.
    assert row.pop("first_question") == BEDWETTING and row["note"] is None
    flat = repr(row).lower()
    assert "zoon" not in flat and "plast" not in flat


async def test_the_role_asked_once_reaches_the_registry_record(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()

    asked = await say(frames, "wat kun je doen tegen somberheid?")
    assert len(asked) == 1 and "als ouder, als jongere of voor je werk" in asked[0]["text"]
    assert asked[0]["quick_replies"] == [
        "Ik ben ouder of verzorger",
        "Ik ben een jongere",
        "Ik vraag het voor mijn werk",
        "Liever niet",
    ]
    answer = await say(frames, "Ik ben een jongere")
    assert answer[0]["kind"] == "answer" and answer[0]["links"][0]["url"].startswith("/kennisbank/low_mood-")
    await say(frames, "Ja")
    await frames.ws.send_json({"type": "message", "text": "Gesprek afsluiten"})
    await frames.until(lambda f: f["type"] == "closed")
    assert (await server.engine.get(conversation_id)).state == "closed"

    rows = await registry_rows(server.settings.database_url)
    assert len(rows) == 1
    assert rows[0]["role"] == "youth" and rows[0]["category"] == "low_mood"
    assert rows[0]["outcome"] == "answered_by_bot"


async def test_no_to_feedback_hands_off_and_the_bot_then_stays_quiet(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await say(frames, BEDWETTING)
    await frames.ws.send_json({"type": "message", "text": "Nee"})
    status = await frames.until(lambda f: f["type"] == "status")
    assert status["state"] == "waiting" and "wachtrij" in status["text"]
    assert (await server.engine.get(conversation_id)).state == "waiting"

    hold = await say(frames, "hallo? is daar iemand")
    assert [f["kind"] for f in hold] == ["notice"]
    await frames.ws.send_json({"type": "message", "text": "ik wacht nog steeds"})
    await frames.until(lambda f: f["type"] == "message" and f["from"] == "parent")
    assert [f for f in await frames.quiet(0.5) if f["type"] == "message"] == []


async def test_safety_signal_shows_crisis_numbers_at_once_and_queues_first(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    replies = await say(frames, "mijn man slaat mij en de kinderen, ik ben bang")
    assert replies[0]["kind"] == "safety"
    for number in ("112", "0800-2000", "0800-0113", "0800-0432"):
        assert number in replies[0]["text"]
    status = await frames.until(lambda f: f["type"] == "status")
    assert status["state"] == "waiting" and "vooraan" in status["text"]
    conversation = await server.engine.get(conversation_id)
    assert conversation.urgency in ("urgent", "emergency") and conversation.context["priority"] is True

    await frames.ws.send_json({"type": "close"})
    await frames.until(lambda f: f["type"] == "closed")
    rows = await registry_rows(server.settings.database_url)
    assert rows[0]["outcome"] == "safety_escalated" and rows[0]["category"] == "safety"


async def test_bot_says_nothing_while_a_person_owns_the_conversation(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    assert await server.engine.store.update(conversation_id, expect_states=("bot",), state="human")
    await frames.ws.send_json({"type": "message", "text": BEDWETTING})
    echo = await frames.until(lambda f: f["type"] == "message")
    assert echo["from"] == "parent"
    assert await frames.quiet(0.6) == []


async def test_idle_conversation_is_warned_then_closed(database_url, server_factory, http):
    server = await server_factory(
        make_settings(database_url, idle_warn_minutes=0.01, idle_close_minutes=0.03, idle_check_seconds=0.1)
    )
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await say(frames, "hoi")
    warning = await frames.until(lambda f: f["type"] == "message", timeout=5)
    assert "Ben je er nog?" in warning["text"] and warning["quick_replies"] == ["Ik ben er nog"]
    closed = await frames.until(lambda f: f["type"] == "closed", timeout=5)
    assert closed["reason"] == "idle"
    assert (await server.engine.get(conversation_id)).close_reason == "idle"
    rows = await registry_rows(server.settings.database_url)
    assert [r["outcome"] for r in rows] == ["abandoned"]


async def test_answering_the_idle_warning_keeps_the_conversation_open(database_url, server_factory, http):
    server = await server_factory(
        make_settings(database_url, idle_warn_minutes=0.01, idle_close_minutes=0.05, idle_check_seconds=0.1)
    )
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await say(frames, "hoi")
    await frames.until(lambda f: f["type"] == "message" and "Ben je er nog?" in f["text"], timeout=5)
    reply = await say(frames, "Ik ben er nog")
    assert reply[-1]["text"].startswith("Fijn!")
    assert (await server.engine.get(conversation_id)).idle_warned is False


async def test_a_visitor_who_never_writes_is_not_a_contact(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "close"})
    await frames.until(lambda f: f["type"] == "closed")
    assert await registry_rows(server.settings.database_url) == []


async def test_a_database_that_is_down_gives_a_clear_error_and_loses_nothing(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    store = server.engine.store
    working = store._sessions
    # A real engine pointed at a port where no database listens: every call fails as in an outage.
    unreachable = create_engine("postgresql+asyncpg://nobody@127.0.0.1:9/none")
    store._sessions = async_sessionmaker(unreachable, expire_on_commit=False)
    try:
        await frames.ws.send_json({"type": "message", "text": "hallo", "client_id": "m1"})
        error = await frames.until(lambda f: f["type"] == "error", timeout=15)
        assert error["code"] == "unavailable" and "opnieuw" in error["message"]
        async with http.post(server.url + "/api/conversations") as response:
            assert response.status == 503
            assert (await response.json())["error"] == "unavailable"
    finally:
        store._sessions = working
        await unreachable.dispose()
    # The same socket still works, and the resent message is stored exactly once.
    await frames.ws.send_json({"type": "message", "text": "hallo", "client_id": "m1"})
    echo = await frames.until(lambda f: f["type"] == "message")
    assert echo["seq"] == 2 and echo["client_id"] == "m1"
    await asyncio.sleep(0.2)
    assert [m.text for m in await server.engine.history(conversation_id) if m.sender == "parent"] == ["hallo"]


async def test_a_reconnect_hears_the_current_status_again(server, http):
    _conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "message", "text": "ik wil een medewerker spreken"})
    await frames.until(lambda f: f["type"] == "status" and f["state"] == "waiting")
    await frames.ws.close()
    again = await connect(http, server, token, after=0)
    status = await again.until(lambda f: f["type"] == "status")
    assert status["state"] == "waiting" and "wachtrij" in status["text"]
    assert all(f["type"] == "message" for f in again.seen[:-1])


async def test_errors_about_a_message_name_its_client_id(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "message", "text": "x" * 4001, "client_id": "long-1"})
    error = await frames.next()
    assert (error["code"], error["client_id"]) == ("too_large", "long-1")


async def test_transcripts_are_purged_after_the_retention_period(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await say(frames, BEDWETTING)
    await frames.ws.send_json({"type": "close"})
    await frames.until(lambda f: f["type"] == "closed")
    engine = server.engine
    assert await engine.purge_expired_transcripts() == 0  # closed just now: kept
    later = engine.clock() + timedelta(days=server.settings.retention_days, minutes=1)
    assert (
        await engine.store.purge_transcripts(later - timedelta(days=server.settings.retention_days), later)
        == 1
    )
    assert await engine.history(conversation_id) == []
    conversation = await engine.get(conversation_id)
    assert conversation.context == {} and conversation.state == "closed"
    assert len(await registry_rows(server.settings.database_url)) == 1  # the contact record stays
    async with http.get(f"{server.ws_url}?token={token}") as response:
        assert response.status == 410


async def test_questions_about_the_service_get_an_answer_not_a_refusal(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()

    privacy = await say(frames, "Is deze chat anoniem? Wat gebeurt er met wat ik hier typ?")
    days = server.settings.retention_days
    assert len(privacy) == 1 and privacy[0]["text"].startswith("Je mag anoniem chatten.")
    assert f"We bewaren het niet langer dan {days} dagen" in privacy[0]["text"]

    internship = await say(frames, "Kan ik stage lopen bij het CJG?")
    assert server.settings.cjg_phone in internship[0]["text"]
    assert internship[0]["text"].startswith("In deze chat beantwoord ik vragen over opvoeden")

    elsewhere = await say(frames, "wat is de hoofdstad van Frankrijk")
    assert elsewhere[0]["text"].startswith("Daar kan ik je helaas niet mee helpen")
