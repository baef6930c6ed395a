"""Slack end to end, on SQLite and PostgreSQL: the real slack-bolt and slack_sdk against a local Slack Web
API (tests/slack/fake_slack.py), with requests to /slack/events signed the way Slack signs them."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.bus import Subscription
from bot.channels.slack import BRIDGE, blocks
from bot.engine import STAFF_TOPIC
from registry.database import create_engine
from registry.store import iter_export_rows
from tests.slack.conftest import (
    ANNA,
    BOB,
    CHANNEL,
    FIRST_POST_TIMEOUT,
    PASSWORD,
    PUBLIC_URL,
    STRANGER,
    parent_asks_for_person,
)

QUESTION = "Ik ben Anna de Vries, bel me op 06-12345678. Mijn zoon van 4 slaapt heel slecht, wat kan ik doen?"


@contextlib.asynccontextmanager
async def staff_events(server) -> AsyncIterator[Subscription]:
    async with server.engine.bus.subscribe(STAFF_TOPIC) as subscription:
        yield subscription


async def next_event(subscription: Subscription, predicate: Callable[[dict[str, Any]], bool]) -> dict:
    async with asyncio.timeout(10):
        while True:
            event = await subscription.get()
            if predicate(event):
                return event


def all_text(params: dict[str, Any]) -> str:
    return json.dumps(params, ensure_ascii=False)


def button(params: dict[str, Any], action_id: str) -> dict[str, Any] | None:
    for block in params.get("blocks") or []:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return element
    return None


async def posted_conversation(fake_slack, conversation_id: str) -> dict[str, Any]:
    """The channel message of the conversation (the one with its "Overnemen" button)."""
    return await fake_slack.wait_for(
        "chat.postMessage",
        lambda p: (button(p, blocks.TAKEOVER) or {}).get("value") == conversation_id,
        timeout=FIRST_POST_TIMEOUT,
    )


async def log_in(server, username: str) -> tuple[aiohttp.ClientSession, str]:
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with session.post(
        server.url + "/api/staff/login", json={"username": username, "password": PASSWORD}
    ) as response:
        assert response.status == 200, await response.text()
        return session, (await response.json())["csrf_token"]


async def test_requests_must_be_signed_and_fresh(slack, slack_server):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "legacy"})
    status, answer = await slack.send(body, "application/json")
    assert status == 200 and json.loads(answer) == {"challenge": "abc123"}
    status, _ = await slack.send(body, "application/json", secret="not-the-secret")
    assert status == 401
    # A replayed request: correctly signed, but more than five minutes old.
    status, _ = await slack.send(body, "application/json", timestamp=int(time.time()) - 6 * 60)
    assert status == 401
    # Unsigned: refused before anything runs, so the queue is not shown.
    async with slack.http.post(slack_server.url + "/slack/events", data="command=/wegwijs") as response:
        assert response.status == 401
        assert "Wachtrij" not in await response.text()


async def test_take_over_from_slack(slack, slack_server, fake_slack, http):
    server = slack_server
    conversation_id, parent = await parent_asks_for_person(http, server, QUESTION)

    # One message in the I&A channel, with the first question de-identified and both buttons.
    message = await posted_conversation(fake_slack, conversation_id)
    thread_ts = fake_slack.answer_to(message)["ts"]
    assert message["channel"] == CHANNEL and "thread_ts" not in message
    text = all_text(message)
    assert "06-12345678" not in text and "Vries" not in text and "[TELEFOON]" in text and "slaapt" in text
    assert (
        button(message, blocks.OPEN_CONSOLE)["url"] == f"{PUBLIC_URL}/staff/conversations/{conversation_id}"
    )

    async with staff_events(server) as events:
        # The parent's next message follows in the thread.
        await parent.ws.send_json({"type": "message", "text": "Hij is 4 jaar <b>oud</b>"})
        copy = await fake_slack.wait_for(
            "chat.postMessage", lambda p: p.get("thread_ts") == thread_ts and "4 jaar" in p["text"]
        )
        assert copy["text"] == "*Ouder:* Hij is 4 jaar &lt;b&gt;oud&lt;/b&gt;"

        # Before anyone has claimed it, a thread reply is an internal note.
        await slack.thread_reply(BOB, thread_ts, "Ken ik, dit is een slaapvraag")
        await next_event(events, lambda e: e["type"] == "note" and e["conversation_id"] == conversation_id)

        # Someone without a linked account cannot take over; a colleague loses the race to Anna.
        await slack.press(STRANGER, blocks.TAKEOVER, conversation_id, thread_ts)
        refusal = await fake_slack.wait_for("chat.postEphemeral", lambda p: p["user"] == STRANGER)
        assert "niet gekoppeld" in refusal["text"]
        await slack.press(ANNA, blocks.TAKEOVER, conversation_id, thread_ts)
        status = await parent.until(lambda f: f["type"] == "status" and f["state"] == "human")
        assert status["name"] == "Anna"
        claimed = await fake_slack.wait_for("chat.update", lambda p: "Overgenomen door Anna" in all_text(p))
        assert claimed["ts"] == thread_ts and button(claimed, blocks.HANDBACK) is not None
        await slack.press(BOB, blocks.TAKEOVER, conversation_id, thread_ts)
        lost = await fake_slack.wait_for("chat.postEphemeral", lambda p: p["user"] == BOB)
        assert lost["text"] == "Anna heeft dit gesprek al."

        # The owner's thread reply reaches the parent; "note:" does not, and neither does a colleague.
        await slack.thread_reply(ANNA, thread_ts, "Hoi, ik ben Anna van het CJG. Gaat het &amp; slaapt hij?")
        reply = await parent.until(lambda f: f["type"] == "message" and f["from"] == "staff")
        assert reply["text"] == "Hoi, ik ben Anna van het CJG. Gaat het & slaapt hij?"
        assert reply["name"] == "Anna"
        # A reply from the console is copied into the thread; the one written in the thread is not.
        anna = await server.engine.staff.by_username("anna")
        await server.engine.reply_as_staff(conversation_id, anna, "Ik kijk even <mee>")
        await parent.until(lambda f: f["type"] == "message" and f["text"] == "Ik kijk even <mee>")
        await fake_slack.wait_for(
            "chat.postMessage", lambda p: p["text"] == "*Anna:* Ik kijk even &lt;mee&gt;"
        )
        assert not [p for p in fake_slack.of("chat.postMessage") if "Gaat het" in p.get("text", "")]
        await slack.thread_reply(ANNA, thread_ts, "note: ouder klinkt moe")
        await next_event(events, lambda e: e["type"] == "note")
        await slack.thread_reply(BOB, thread_ts, "Zal ik het overnemen?")
        await next_event(events, lambda e: e["type"] == "note")
        hint = await fake_slack.wait_for(
            "chat.postEphemeral", lambda p: p["user"] == BOB and "interne notitie" in p["text"]
        )
        assert hint["thread_ts"] == thread_ts
        assert not [f for f in await parent.quiet() if f["type"] == "message"]
        notes = [n.text for n in await server.engine.notes(conversation_id)]
        assert notes == ["Ken ik, dit is een slaapvraag", "ouder klinkt moe", "Zal ik het overnemen?"]

    # Hand back: the parent hears the bot is back, the Slack message says so.
    await slack.press(ANNA, blocks.HANDBACK, conversation_id, thread_ts)
    await parent.until(lambda f: f["type"] == "status" and f["state"] == "bot")
    await fake_slack.wait_for("chat.update", lambda p: "Teruggegeven aan de bot" in all_text(p))

    # Close through the modal: the category is confirmed or corrected there.
    await slack.press(ANNA, blocks.CLOSE, conversation_id, thread_ts)
    opened = await fake_slack.wait_for("views.open")
    assert opened["trigger_id"] == f"trigger-{ANNA}"
    view = opened["view"]
    assert view["private_metadata"] == conversation_id and view["callback_id"] == blocks.CLOSE_VIEW
    outcome = {blocks.OUTCOME_BLOCK: {blocks.OUTCOME_BLOCK: {"selected_option": {"value": "referred"}}}}
    # Nothing chosen: the modal stays open with a Dutch error next to the field.
    status, body = await slack.submit(
        ANNA, view, {blocks.CATEGORY_BLOCK: {blocks.CATEGORY_BLOCK: {"selected_options": []}}, **outcome}
    )
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    # The rest of the review: services from the sociale kaart (those the bot showed chosen already),
    # unmet need with a reason, and a note.
    by_id = {b["block_id"]: b for b in view["blocks"]}
    services = by_id[blocks.SERVICES_BLOCK]["element"]
    shown = (await server.engine.get(conversation_id)).context.get("services_shown", [])
    assert [o["value"] for o in services.get("initial_options", [])] == shown
    assert 0 < len(services["options"]) <= 100
    assert all(server.engine.dialogue.services.get(o["value"]) for o in services["options"])
    assert by_id[blocks.NOTE_BLOCK]["element"]["type"] == "plain_text_input"
    assert by_id[blocks.NOTE_BLOCK]["element"]["max_length"] == 500
    reasons = [o["value"] for o in by_id[blocks.REASON_BLOCK]["element"]["options"]]
    assert reasons == ["no_service", "waiting_list", "not_eligible", "cost", "other"]

    def picked(block: str, *values: str) -> dict[str, Any]:
        return {block: {block: {"selected_options": [{"value": v} for v in values]}}}

    chosen = picked(blocks.CATEGORY_BLOCK, "parenting")
    other = next(o["value"] for o in services["options"] if o["value"] not in shown)
    # A changed referral with an outcome that is none, an unmet need without a reason and too long a
    # note: each refused next to its own field, and the conversation stays open.
    status, body = await slack.submit(
        ANNA,
        view,
        {
            **chosen,
            blocks.OUTCOME_BLOCK: {blocks.OUTCOME_BLOCK: {"selected_option": {"value": "answered_by_staff"}}},
            **picked(blocks.SERVICES_BLOCK, *shown, other),
            **picked(blocks.UNMET_BLOCK, blocks.UNMET_YES),
            blocks.NOTE_BLOCK: {blocks.NOTE_BLOCK: {"value": "x" * 501}},
        },
    )
    errors = json.loads(body)["errors"]
    assert set(errors) == {blocks.SERVICES_BLOCK, blocks.REASON_BLOCK, blocks.NOTE_BLOCK}
    assert errors[blocks.REASON_BLOCK] == "Kies waarom er niet aan de vraag voldaan kon worden."
    assert "Doorverwezen" in errors[blocks.SERVICES_BLOCK] and "500" in errors[blocks.NOTE_BLOCK]
    assert not (await server.engine.get(conversation_id)).closed
    note = "Moeder Anna de Vries (06-12345678, 2011 AB Haarlem) wil eerst de huisarts bellen."
    status, body = await slack.submit(
        ANNA,
        view,
        {
            **chosen,
            **outcome,
            **picked(blocks.SERVICES_BLOCK, other),
            **picked(blocks.UNMET_BLOCK, blocks.UNMET_YES),
            blocks.REASON_BLOCK: {blocks.REASON_BLOCK: {"selected_option": {"value": "cost"}}},
            blocks.NOTE_BLOCK: {blocks.NOTE_BLOCK: {"value": note}},
        },
    )
    assert status == 200 and not body
    await parent.until(lambda f: f["type"] == "closed" and f["reason"] == "staff")
    await fake_slack.wait_for("chat.update", lambda p: "Gesloten" in all_text(p))

    database = create_engine(server.settings.database_url)
    try:
        async with async_sessionmaker(database)() as session:
            rows = [row async for row in iter_export_rows(session)]
    finally:
        await database.dispose()
    assert len(rows) == 1
    assert rows[0]["categories"] == ["parenting"] and rows[0]["outcome"] == "referred"
    assert rows[0]["handled_by"] != "bot"
    assert (rows[0]["unmet_need"], rows[0]["unmet_reason"]) == (True, "cost")
    assert rows[0]["referred_services"] == [other]
    assert "huisarts bellen" in rows[0]["note"]
    assert not any(p in rows[0]["note"] for p in ("Vries", "06-12345678", "2011 AB"))
    # One channel message for the conversation, however often its state changed.
    top_level = [p for p in fake_slack.of("chat.postMessage") if "thread_ts" not in p]
    assert len(top_level) == 1


async def test_claim_race_between_slack_and_the_staff_api(slack, slack_server, fake_slack, http):
    server = slack_server
    conversation_id, parent = await parent_asks_for_person(http, server, "Mijn dochter van 8 wordt gepest.")
    thread_ts = fake_slack.answer_to(await posted_conversation(fake_slack, conversation_id))["ts"]
    session, csrf = await log_in(server, "bob")
    try:

        async def claim_in_console() -> tuple[int, dict]:
            async with session.post(
                f"{server.url}/api/staff/conversations/{conversation_id}/claim",
                headers={"X-CSRF-Token": csrf},
            ) as response:
                return response.status, await response.json()

        (console_status, console_body), _ = await asyncio.gather(
            claim_in_console(), slack.press(ANNA, blocks.TAKEOVER, conversation_id, thread_ts)
        )
    finally:
        await session.close()
    status = await parent.until(lambda f: f["type"] == "status" and f["state"] == "human")
    conversation = await server.engine.get(conversation_id)
    winner = await server.engine.owner_name(conversation)
    assert status["name"] == winner
    if winner == "Bob":
        assert console_status == 200
        lost = await fake_slack.wait_for("chat.postEphemeral", lambda p: p["user"] == ANNA)
        assert lost["text"] == "Bob heeft dit gesprek al."
    else:
        assert winner == "Anna" and console_status == 409 and console_body["owner"] == "Anna"
    # Exactly one "claimed" notice reached the parent.
    await fake_slack.wait_for("chat.update", lambda p: f"Overgenomen door {winner}" in all_text(p))
    frames = parent.seen + await parent.quiet()
    assert len([f for f in frames if f["type"] == "status" and f["state"] == "human"]) == 1


async def test_slash_command_shows_the_queue_and_sets_availability(slack, slack_server, fake_slack, http):
    server = slack_server
    status, body = await slack.command(ANNA)
    assert status == 200 and json.loads(body)["text"] == "Er wacht niemand."
    conversation_id, _ = await parent_asks_for_person(http, server, "Mijn zoon van 3 eet slecht.")
    status, body = await slack.command(ANNA)
    answer = json.loads(body)
    # Only the asker sees it (no response_type "in_channel") and it links to the console.
    assert status == 200 and answer.get("response_type") != "in_channel"
    assert "1 wachtend" in answer["text"]
    assert f"{PUBLIC_URL}/staff/conversations/{conversation_id}" in all_text(answer["blocks"])

    # Open call-back requests are counted, their phone numbers stay out of Slack.
    await server.engine.create_contact_request(None, "phone", "06 12345678")
    status, body = await slack.command(ANNA)
    text = all_text(json.loads(body)["blocks"])
    assert "1 open terugbel- of mailverzoek" in text and "12345678" not in text

    anna = await server.engine.staff.by_username("anna")
    status, body = await slack.command(ANNA, "beschikbaar")
    assert body.startswith("Je staat op beschikbaar")  # a text-only answer comes as plain text
    assert anna.id in server.engine.presence.online(server.engine.clock())
    await slack.command(ANNA, "afwezig")
    assert anna.id not in server.engine.presence.online(server.engine.clock())
    status, body = await slack.command(STRANGER, "beschikbaar")
    assert "niet gekoppeld" in body


async def test_slack_outage_is_retried_and_shown_to_admins(slack, slack_server, fake_slack, http):
    server = slack_server
    calls = server.app[BRIDGE].calls
    # The back-off's shape is the same, the test just does not wait for it.
    calls.base_delay = server.app[BRIDGE].outbox.base_delay = 0.01
    # Slack has a bad moment: the first two posts fail, the third gets through (once).
    fake_slack.fail_next["chat.postMessage"] = 2
    conversation_id, _ = await parent_asks_for_person(http, server, "Mijn kind van 5 bijt op school.")
    await posted_conversation(fake_slack, conversation_id)
    assert [(f.method, f.error, f.attempts) for f in calls.failures] == [
        ("chat.postMessage", "service_unavailable", 1),
        ("chat.postMessage", "service_unavailable", 2),
    ]
    assert len([p for p in fake_slack.of("chat.postMessage") if "thread_ts" not in p]) == 1
    calls.failures.clear()

    # Slack stays down for a colleague's ephemeral message: given up after the attempts, and recorded.
    fake_slack.fail_next["chat.postEphemeral"] = calls.attempts
    await slack.press(STRANGER, blocks.TAKEOVER, conversation_id, "1700000000.000100")
    await server.engine.staff.save(
        username="ada", display_name="Ada", role="admin", password=PASSWORD, now=server.engine.clock()
    )
    session, _ = await log_in(server, "ada")
    anna, _ = await log_in(server, "anna")
    try:
        async with asyncio.timeout(10):
            while True:
                async with session.get(server.url + "/api/staff/slack/status") as response:
                    assert response.status == 200
                    report = await response.json()
                if report["failures"]:
                    break
                await asyncio.sleep(0.05)  # polling an HTTP status page: there is no event to await
        assert report["enabled"] is True
        assert report["failures"][0]["method"] == "chat.postEphemeral"
        assert report["failures"][0]["attempts"] == calls.attempts
        assert report["failures"][0]["error"] == "service_unavailable"
        assert "gekoppeld" not in json.dumps(report)  # no message text in the report
        async with anna.get(server.url + "/api/staff/slack/status") as response:
            assert response.status == 403
    finally:
        await session.close()
        await anna.close()


def test_the_channel_message_marks_urgency_and_escapes_text():
    from datetime import UTC, datetime

    fallback, layout = blocks.conversation_message(
        conversation_id="c_1",
        category="safety",
        urgency="emergency",
        lang="nl",
        waiting_since=datetime(2026, 3, 2, 9, 5, tzinfo=UTC),
        first_question="<!channel> help <https://evil.example|klik>",
        state="waiting",
        owner=None,
        public_url=PUBLIC_URL,
    )
    text = json.dumps(layout)
    assert fallback.startswith("SPOED: ") and ":rotating_light: *SPOED*" in text
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text and "Wacht sinds 02-03 10:05" in text
    _, calm = blocks.conversation_message(
        conversation_id="c_2",
        category="sleep",
        urgency="none",
        lang="en",
        waiting_since=datetime(2026, 3, 2, 9, 5, tzinfo=UTC),
        first_question="",
        state="human",
        owner="Anna <b>",
        public_url=PUBLIC_URL,
    )
    assert "SPOED" not in json.dumps(calm) and "Overgenomen door Anna &lt;b&gt;" in json.dumps(calm)


def test_the_close_modal_starts_from_the_services_the_bot_showed():
    services = [(f"svc-{i:03d}", f"Dienst {i:03d}") for i in range(150)]
    shown = ["svc-120", "svc-007"]
    view = blocks.close_modal("c_1", ["sleep"], services, shown)
    by_id = {b["block_id"]: b for b in view["blocks"]}
    select = by_id[blocks.SERVICES_BLOCK]["element"]
    # Slack takes at most 100 options; the services the bot showed come first, chosen already.
    assert len(select["options"]) == 100 and [o["value"] for o in select["options"][:2]] == shown
    assert [o["value"] for o in select["initial_options"]] == shown
    assert all(len(o["text"]["text"]) <= 75 for o in select["options"])

    def submitted(outcome: str, services: list[str]) -> dict:
        values = {
            blocks.CATEGORY_BLOCK: {blocks.CATEGORY_BLOCK: {"selected_options": [{"value": "sleep"}]}},
            blocks.OUTCOME_BLOCK: {blocks.OUTCOME_BLOCK: {"selected_option": {"value": outcome}}},
            blocks.SERVICES_BLOCK: {
                blocks.SERVICES_BLOCK: {"selected_options": [{"value": v} for v in services]}
            },
            blocks.UNMET_BLOCK: {blocks.UNMET_BLOCK: {"selected_options": []}},
            blocks.REASON_BLOCK: {blocks.REASON_BLOCK: {"selected_option": None}},
            blocks.NOTE_BLOCK: {blocks.NOTE_BLOCK: {"value": None}},
        }
        return blocks.close_choices({**view, "state": {"values": values}})

    assert submitted("referred", shown) == {
        "categories": ["sleep"],
        "outcome": "referred",
        "unmet_need": False,
        "unmet_reason": None,
        "note": None,
        "referred_services": shown,
    }
    # Left as they were with an outcome that is no referral: not a referral, so not sent.
    assert "referred_services" not in submitted("answered_by_staff", list(reversed(shown)))
    # Changed by the worker: sent, so the engine refuses it next to the field instead of dropping it.
    assert submitted("answered_by_staff", ["svc-001"])["referred_services"] == ["svc-001"]
    assert submitted("referred", [])["referred_services"] == []
