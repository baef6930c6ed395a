"""Fixtures for the Slack tests: the fake Slack Web API, the service pointed at it, signed requests."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest

from bot.config import Settings
from bot.engine import utcnow
from tests.conftest import LiveServer, connect, make_settings, open_chat
from tests.slack.fake_slack import FakeSlack, start_fake_slack

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "CINFOADVIES"
PUBLIC_URL = "https://wegwijs.test"
PASSWORD = "correct horse battery staple"
# Slack users: two linked to staff accounts, one not linked.
ANNA, BOB, STRANGER = "UANNA", "UBOB", "USTRANGER"
# The first call of deduce loads its lists (many seconds on a busy machine).
FIRST_POST_TIMEOUT = 120


def sign(body: str, timestamp: int, secret: str = SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class Slack:
    """Sends what Slack sends to /slack/events, signed like Slack signs it."""

    def __init__(self, http: aiohttp.ClientSession, server: LiveServer) -> None:
        self.http, self.server = http, server

    async def send(
        self, body: str, content_type: str, *, timestamp: int | None = None, secret: str = SECRET
    ) -> tuple[int, str]:
        timestamp = int(time.time()) if timestamp is None else timestamp
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": sign(body, timestamp, secret),
        }
        async with self.http.post(self.server.url + "/slack/events", data=body, headers=headers) as response:
            return response.status, await response.text()

    async def event(self, event: dict[str, Any]) -> tuple[int, str]:
        body = {
            "token": "legacy",
            "team_id": "T0CJG",
            "api_app_id": "A0WEGWIJS",
            "type": "event_callback",
            "event_id": f"Ev{time.monotonic_ns()}",
            "event_time": int(time.time()),
            "event": {"channel": CHANNEL, "event_ts": event.get("ts"), **event},
        }
        return await self.send(json.dumps(body), "application/json")

    async def thread_reply(self, user: str, thread_ts: str, text: str) -> tuple[int, str]:
        ts = f"{time.time():.6f}"
        return await self.event(
            {"type": "message", "user": user, "text": text, "ts": ts, "thread_ts": thread_ts}
        )

    async def interaction(self, payload: dict[str, Any]) -> tuple[int, str]:
        body = urlencode({"payload": json.dumps(payload)})
        return await self.send(body, "application/x-www-form-urlencoded")

    async def press(
        self, user: str, action_id: str, conversation_id: str, message_ts: str
    ) -> tuple[int, str]:
        return await self.interaction(button_press(user, action_id, conversation_id, message_ts))

    async def submit(self, user: str, view: dict[str, Any], values: dict[str, Any]) -> tuple[int, str]:
        return await self.interaction(
            {
                "type": "view_submission",
                "team": {"id": "T0CJG"},
                "user": {"id": user, "team_id": "T0CJG"},
                "api_app_id": "A0WEGWIJS",
                "view": {**view, "state": {"values": values}},
            }
        )

    async def command(self, user: str, text: str = "", *, name: str = "/wegwijs") -> tuple[int, str]:
        body = urlencode(slash_command(user, text, name))
        return await self.send(body, "application/x-www-form-urlencoded")


def button_press(user: str, action_id: str, conversation_id: str, message_ts: str) -> dict[str, Any]:
    """What Slack sends when someone presses a button of a conversation's message."""
    return {
        "type": "block_actions",
        "team": {"id": "T0CJG"},
        "user": {"id": user, "team_id": "T0CJG"},
        "api_app_id": "A0WEGWIJS",
        "channel": {"id": CHANNEL},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": CHANNEL},
        "message": {"ts": message_ts},
        "trigger_id": f"trigger-{user}",
        "response_url": "https://hooks.slack.invalid/actions",
        "actions": [
            {"type": "button", "action_id": action_id, "block_id": "conversation", "value": conversation_id}
        ],
    }


def slash_command(user: str, text: str = "", name: str = "/wegwijs") -> dict[str, str]:
    return {
        "token": "legacy",
        "team_id": "T0CJG",
        "channel_id": CHANNEL,
        "user_id": user,
        "command": name,
        "text": text,
        "response_url": "https://hooks.slack.invalid/commands",
        "trigger_id": f"trigger-{user}",
        "api_app_id": "A0WEGWIJS",
    }


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    async for fake in start_fake_slack():
        yield fake


def slack_settings(database_url: str, fake: FakeSlack, **overrides: Any) -> Settings:
    """The service with Slack on, pointed at the fake; Anna and Bob linked through SLACK_USER_MAP."""
    slack = {
        "slack_bot_token": "xoxb-test-token",
        "slack_signing_secret": SECRET,
        "slack_channel_id": CHANNEL,
        "slack_api_url": fake.api_url,
        "slack_user_map": ((ANNA, "anna"), (BOB, "bob")),
        "public_url": PUBLIC_URL,
    }
    return make_settings(database_url, **(slack | overrides))


async def add_staff(server: LiveServer, *usernames: str, role: str = "staff") -> None:
    for username in usernames:
        await server.engine.staff.save(
            username=username, display_name=username.title(), role=role, password=PASSWORD, now=utcnow()
        )


@pytest.fixture
async def slack_server(database_url, server_factory, fake_slack) -> LiveServer:
    server = await server_factory(slack_settings(database_url, fake_slack))
    await add_staff(server, "anna", "bob")
    return server


@pytest.fixture
async def slack(http, slack_server) -> Slack:
    return Slack(http, slack_server)


async def parent_asks_for_person(http: aiohttp.ClientSession, server: LiveServer, question: str):
    """A parent asks a question in the widget and then for a person; returns (id, their frames)."""
    from tests.conftest import turn_done

    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "message", "text": question})
    await frames.until(turn_done)
    await frames.ws.send_json({"type": "message", "text": "ik wil een medewerker spreken"})
    await frames.until(lambda f: f["type"] == "status" and f["state"] == "waiting")
    return conversation_id, frames
