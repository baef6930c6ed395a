"""Slack's state in the database, on SQLite and PostgreSQL: threads followed across a restart, user links,
and the outbox that loses no Slack copy while Slack is down (against the fake Slack Web API)."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.__main__ import main
from bot.channels.slack import BRIDGE, blocks
from bot.engine import utcnow
from bot.storage.models import Base
from bot.storage.schema import upgrade_to_head
from bot.storage.slack import SlackStore, ThreadView, UnknownStaff
from bot.storage.staff import StaffStore
from bot.storage.store import ConversationStore
from registry.database import create_engine
from registry.models import RegistryBase
from tests.conftest import LiveServer, make_settings, start_server
from tests.slack.conftest import ANNA, BOB, PASSWORD, Slack, add_staff, parent_asks_for_person, slack_settings
from tests.slack.test_slack import all_text, log_in, next_event, posted_conversation, staff_events

CAROL = "UCAROL"


class Services:
    """Services started and stopped within a test, one after the other on the same database."""

    def __init__(self) -> None:
        self.runners: list[web.AppRunner] = []

    async def start(self, settings) -> tuple[LiveServer, web.AppRunner]:
        server, runner = await start_server(settings)
        self.runners.append(runner)
        if BRIDGE in server.app:
            # The back-off's shape is the same; the test just does not wait minutes for it.
            outbox = server.app[BRIDGE].outbox
            outbox.base_delay, outbox.max_delay = 0.01, 0.2
        return server, runner

    async def stop(self, runner: web.AppRunner) -> None:
        self.runners.remove(runner)
        await runner.cleanup()


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    started = Services()
    yield started
    for runner in reversed(started.runners):
        await runner.cleanup()


def buttons_for(params: dict[str, Any], conversation_id: str) -> bool:
    return any(
        element.get("value") == conversation_id
        for block in params.get("blocks") or []
        for element in block.get("elements", [])
    )


def top_level_posts(fake, conversation_id: str) -> list[dict[str, Any]]:
    return [
        p for p in fake.of("chat.postMessage") if "thread_ts" not in p and buttons_for(p, conversation_id)
    ]


async def eventually(check, timeout: float = 10) -> Any:
    """Poll a database-backed condition that has no event to wait for (the outbox drains on its own)."""
    async with asyncio.timeout(timeout):
        while True:
            value = await check()
            if value:
                return value
            await asyncio.sleep(0.05)


async def outbox_report(session, server: LiveServer) -> dict[str, Any]:
    async with session.get(server.url + "/api/staff/slack/status") as response:
        assert response.status == 200
        return await response.json()


async def test_the_migrations_build_exactly_the_models(database_url):
    database = create_engine(database_url)
    try:
        await upgrade_to_head(database)
        async with database.connect() as connection:
            differences = await connection.run_sync(
                lambda sync: compare_metadata(
                    MigrationContext.configure(sync, opts={"compare_type": True}),
                    [Base.metadata, RegistryBase.metadata],
                )
            )
    finally:
        await database.dispose()
    assert differences == []


async def test_outbox_order_links_and_purge_in_the_store(database_url):
    database = create_engine(database_url)
    try:
        await upgrade_to_head(database)
        conversations, slack, staff = ConversationStore(database), SlackStore(database), StaffStore(database)
        now = utcnow()
        for conversation_id in ("c_first", "c_second"):
            await conversations.create(
                conversation_id=conversation_id,
                token_hash=conversation_id.ljust(64, "x"),
                channel="chat",
                lang="nl",
                now=now,
            )
            thread = ThreadView(
                conversation_id, "C1", None, "sleep", "none", "nl", now, "[NAAM] slaapt slecht"
            )
            assert await slack.start_thread(thread, now)
            assert not await slack.start_thread(thread, now)  # one thread per conversation
            await slack.enqueue(conversation_id, "reply", now, "*Ouder:* nog een vraag")

        # A failing channel message holds back its own thread reply, not the other conversation.
        first_post, second_post = await slack.due(now)
        assert (first_post.conversation_id, first_post.kind) == ("c_first", "post")
        assert (
            await slack.retry_later(first_post.id, error="ratelimited", next_attempt_at=now + timedelta(1))
            == 1
        )
        assert [(i.conversation_id, i.kind) for i in await slack.due(now)] == [("c_second", "post")]
        await slack.delivered(second_post.id, posted=("c_second", "C1", "1700000000.000001"))
        assert [(i.conversation_id, i.kind) for i in await slack.due(now)] == [("c_second", "reply")]
        assert (await slack.thread_by_ts("1700000000.000001")).conversation_id == "c_second"
        status = await slack.outbox_status(now + timedelta(seconds=5))
        assert status["pending"] == 3 and status["oldest_pending_seconds"] == 5
        assert status["retrying"] == [
            {
                "method": "chat.postMessage",
                "error": "ratelimited",
                "attempts": 1,
                "next_attempt_at": (now + timedelta(1)).isoformat(timespec="seconds"),
            }
        ]
        assert "vraag" not in json.dumps(status)

        # Links: link-slack wins over SLACK_USER_MAP's seed; unknown usernames are refused.
        for username in ("anna", "bob"):
            await staff.save(
                username=username, display_name=username.title(), role="staff", password=PASSWORD, now=now
            )
        await slack.link(ANNA, "bob", now)
        assert await slack.seed_links(((ANNA, "anna"), (BOB, "bob"), ("UNEW", "nobody")), now) == ["UNEW"]
        assert [(link.slack_user_id, link.username) for link in await slack.links()] == [
            (ANNA, "bob"),
            (BOB, "bob"),
        ]
        with pytest.raises(UnknownStaff):
            await slack.link(CAROL, "carol", now)
        assert await slack.unlink(ANNA) and not await slack.unlink(ANNA)
        assert (
            await slack.linked_account(ANNA) is None and (await slack.linked_account(BOB)).username == "bob"
        )

        # The outbox holds a parent's words and the thread the first question: both go with the transcript.
        assert await conversations.close("c_first", reason="parent", now=now, record=None)
        assert await conversations.purge_transcripts(now + timedelta(seconds=1), now) == 1
        assert await slack.thread("c_first") is None
        assert {i.conversation_id for i in await slack.due(now + timedelta(2))} == {"c_second"}
        assert await slack.thread("c_second") is not None
    finally:
        await database.dispose()


def test_link_slack_on_the_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'links.db'}")
    monkeypatch.setenv("SLACK_USER_MAP", f"{BOB}:anna")
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-enough-password\n"))
    assert main(["adduser", "anna", "--name", "Anna"]) == 0
    capsys.readouterr()

    assert main(["link-slack", ANNA, "anna"]) == 0
    assert "acts as 'anna' (Anna)" in capsys.readouterr().out
    assert main(["link-slack", CAROL, "carol"]) == 1
    assert "no staff account 'carol'" in capsys.readouterr().err
    assert main(["link-slack", "anna", "anna"]) == 2
    assert "not a Slack member ID" in capsys.readouterr().err
    assert main(["link-slack", ANNA]) == 2
    assert main(["link-slack", "--list", ANNA]) == 2
    capsys.readouterr()
    assert main(["link-slack", BOB, "anna"]) == 0
    assert main(["link-slack", "--list"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        f"{ANNA}\tanna\tAnna\tstaff",
        f"{BOB}\tanna\tAnna\tstaff",
    ]
    assert main(["link-slack", "--unlink", BOB]) == 0
    assert "still in SLACK_USER_MAP" in capsys.readouterr().err
    assert main(["link-slack", "--unlink", BOB]) == 1
    assert main(["link-slack", "--list"]) == 0
    assert BOB not in capsys.readouterr().out


async def test_a_restart_follows_the_threads_and_catches_up(database_url, fake_slack, services, http):
    first, runner = await services.start(slack_settings(database_url, fake_slack))
    await add_staff(first, "anna", "bob", "carol")
    await add_staff(first, "ada", role="admin")
    a_id, a_parent = await parent_asks_for_person(http, first, "Mijn zoon van 4 slaapt heel slecht.")
    b_id, b_parent = await parent_asks_for_person(http, first, "Mijn dochter van 8 wordt gepest.")
    a_ts = fake_slack.answer_to(await posted_conversation(fake_slack, a_id))["ts"]
    b_ts = fake_slack.answer_to(await posted_conversation(fake_slack, b_id))["ts"]
    await Slack(http, first).press(ANNA, blocks.TAKEOVER, a_id, a_ts)
    await fake_slack.wait_for(
        "chat.update", lambda p: p["ts"] == a_ts and "Overgenomen door Anna" in all_text(p)
    )
    for parent in (a_parent, b_parent):
        await parent.ws.close()
    await services.stop(runner)

    # Slack not configured for a while: the console goes on. Bob takes B, a new parent C waits.
    console, runner = await services.start(make_settings(database_url))
    await console.engine.claim(b_id, await console.engine.staff.by_username("bob"))
    c_id, c_parent = await parent_asks_for_person(http, console, "Hoe vraag ik kinderopvangtoeslag aan?")
    await c_parent.ws.close()
    await services.stop(runner)
    seen_updates = {id(p) for p in fake_slack.of("chat.update")}

    second, _ = await services.start(slack_settings(database_url, fake_slack))
    # B is drawn again in its own message, now Bob's; A again too (still Anna's); C is posted.
    await fake_slack.wait_for(
        "chat.update",
        lambda p: id(p) not in seen_updates and p["ts"] == b_ts and "Overgenomen door Bob" in all_text(p),
    )
    await fake_slack.wait_for(
        "chat.update",
        lambda p: id(p) not in seen_updates and p["ts"] == a_ts and "Overgenomen door Anna" in all_text(p),
    )
    c_ts = fake_slack.answer_to(await posted_conversation(fake_slack, c_id))["ts"]
    assert len(top_level_posts(fake_slack, a_id)) == len(top_level_posts(fake_slack, b_id)) == 1

    # The thread from before the restart is still A's: Anna's reply there reaches the parent.
    slack = Slack(http, second)
    async with staff_events(second) as events:
        await slack.thread_reply(ANNA, a_ts, "Ik ben er nog, hoe gaat het nu?")
        await next_event(events, lambda e: e["type"] == "message" and e["conversation_id"] == a_id)
    staff_lines = [m.text for m in await second.engine.history(a_id) if m.sender == "staff"]
    assert staff_lines == ["Ik ben er nog, hoe gaat het nu?"]

    # A link made while the service runs (as link-slack does) counts at once; SLACK_USER_MAP's users
    # were linked at the start.
    bridge = second.app[BRIDGE]
    await bridge.store.link(CAROL, "carol", utcnow())
    await slack.press(CAROL, blocks.TAKEOVER, c_id, c_ts)
    await fake_slack.wait_for(
        "chat.update", lambda p: p["ts"] == c_ts and "Overgenomen door Carol" in all_text(p)
    )
    admin, _ = await log_in(second, "ada")
    try:
        async with admin.get(second.url + "/api/staff/slack/links") as response:
            links = {link["slack_user_id"]: link["username"] for link in (await response.json())["links"]}
        assert links == {ANNA: "anna", BOB: "bob", CAROL: "carol"}
    finally:
        await admin.close()

    # An unlink counts at once too, also for a Slack user seeded from SLACK_USER_MAP.
    assert await bridge.store.unlink(BOB)
    await slack.press(BOB, blocks.HANDBACK, c_id, c_ts)
    refusal = await fake_slack.wait_for("chat.postEphemeral", lambda p: p["user"] == BOB)
    assert "niet gekoppeld" in refusal["text"]
    assert (await second.engine.get(c_id)).state == "human"

    # Closed and drawn closed: the thread is forgotten.
    assert await second.engine.close_by_parent(c_id)
    await fake_slack.wait_for("chat.update", lambda p: p["ts"] == c_ts and "Gesloten" in all_text(p))
    await eventually(lambda: _gone(bridge.store, c_id))
    assert await bridge.store.thread(a_id) is not None


async def _gone(store: SlackStore, conversation_id: str) -> bool:
    return await store.thread(conversation_id) is None


async def test_nothing_is_lost_while_slack_is_down(database_url, fake_slack, services, http):
    fake_slack.down = True
    first, runner = await services.start(slack_settings(database_url, fake_slack))
    await add_staff(first, "anna", "bob")
    await add_staff(first, "ada", role="admin")
    conversation_id, parent = await parent_asks_for_person(http, first, "Mijn zoon van 4 slaapt heel slecht.")
    words = ["eerste", "tweede", "derde"]
    for word in words:
        # Slack being down does not hold the parent up: their message is stored and echoed.
        await parent.ws.send_json({"type": "message", "text": f"Mijn {word} vraag"})
        await parent.until(lambda f, w=word: f["type"] == "message" and f["text"] == f"Mijn {w} vraag")

    admin, _ = await log_in(first, "ada")
    worker, _ = await log_in(first, "anna")
    try:
        report = await eventually(lambda: _retrying(admin, first, attempts=2))
        # The console's queue page tells admins too; other workers do not see it.
        async with admin.get(first.url + "/staff") as response:
            page = await response.text()
        assert "4 berichten wachten nog op Slack" in page and "service_unavailable" in page
        assert "vraag" not in page.split('id="slack-title"')[1]
        async with worker.get(first.url + "/staff") as response:
            assert 'id="slack-title"' not in await response.text()
    finally:
        await admin.close()
        await worker.close()
    outbox = report["outbox"]
    assert outbox["pending"] == 4 and outbox["oldest_pending_seconds"] >= 0
    assert outbox["retrying"][0]["method"] == "chat.postMessage"
    assert outbox["retrying"][0]["error"] == "service_unavailable"
    assert report["failures"][0]["error"] == "service_unavailable"
    assert "vraag" not in json.dumps(report) and "slaapt" not in json.dumps(report)
    assert not fake_slack.of("chat.postMessage")
    await parent.ws.close()

    # A restart while Slack is still down loses nothing.
    await services.stop(runner)
    second, _ = await services.start(slack_settings(database_url, fake_slack))
    admin, _ = await log_in(second, "ada")
    try:
        assert (await outbox_report(admin, second))["outbox"]["pending"] == 4
        refused = len(fake_slack.refused)
        await eventually(lambda: _more(fake_slack.refused, refused))

        # Slack is back: every copy arrives, in order, exactly once.
        fake_slack.down = False
        root = await posted_conversation(fake_slack, conversation_id)
        thread_ts = fake_slack.answer_to(root)["ts"]
        await eventually(lambda: _drained(admin, second))
    finally:
        await admin.close()
    assert len(top_level_posts(fake_slack, conversation_id)) == 1
    replies = [p["text"] for p in fake_slack.of("chat.postMessage") if p.get("thread_ts") == thread_ts]
    assert replies == [f"*Ouder:* Mijn {word} vraag" for word in words]
    assert not [p for p in fake_slack.of("chat.postMessage") if p.get("thread_ts") not in (None, thread_ts)]

    # A copy Slack refuses for good (it can never be sent) is reported and dropped; the next ones go on.
    bridge = second.app[BRIDGE]
    fake_slack.error_next["chat.postMessage"] = ["msg_too_long"]
    for word in ("vierde", "vijfde"):
        await second.engine.receive_from_parent(conversation_id, f"Mijn {word} vraag")
    await fake_slack.wait_for("chat.postMessage", lambda p: p["text"] == "*Ouder:* Mijn vijfde vraag")
    failure = bridge.calls.failures[-1]
    assert (failure.method, failure.error, failure.attempts) == ("chat.postMessage", "msg_too_long", 1)
    assert not [p for p in fake_slack.of("chat.postMessage") if "vierde" in p.get("text", "")]
    await eventually(lambda: _empty(bridge.store))


async def _empty(store: SlackStore) -> bool:
    return (await store.outbox_status(utcnow()))["pending"] == 0


async def _retrying(session, server: LiveServer, attempts: int) -> dict[str, Any] | None:
    report = await outbox_report(session, server)
    retrying = report["outbox"]["retrying"]
    return (
        report
        if retrying and retrying[0]["attempts"] >= attempts and report["outbox"]["pending"] == 4
        else None
    )


async def _drained(session, server: LiveServer) -> bool:
    return (await outbox_report(session, server))["outbox"]["pending"] == 0


async def _more(items: list, than: int) -> bool:
    return len(items) > than
