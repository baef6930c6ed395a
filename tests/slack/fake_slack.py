"""A local server that speaks the parts of the Slack Web API Wegwijs uses, and records every call.

slack_sdk's real client talks to it over HTTP (SLACK_API_URL), so the tests run the real slack-bolt and
slack_sdk code. ``fail_next`` makes the next calls of a method fail the way Slack does when it is down,
``down`` makes every call but ``auth.test`` fail until it is set back, and ``error_next`` answers the
next calls of a method with an error code (HTTP 200, ``"ok": false``), as Slack refuses a bad request.

Socket Mode: ``apps.connections.open`` (with an app-level ``xapp-`` token) answers a ws:// URL on this
server; ``push`` sends an envelope over that WebSocket and ``ack_for`` waits for the service's answer.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from tests.conftest import free_port

BOT_USER = "UWEGWIJSBOT"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    answer: dict[str, Any]


@dataclass
class FakeSlack:
    url: str = ""
    calls: list[Call] = field(default_factory=list)
    # method -> how many of its next calls answer HTTP 503 (Slack having a bad moment)
    fail_next: dict[str, int] = field(default_factory=dict)
    down: bool = False
    # method -> error codes for its next calls, one per call
    error_next: dict[str, list[str]] = field(default_factory=dict)
    # calls refused while down or failing (method only): proof that the outbox kept trying
    refused: list[str] = field(default_factory=list)
    # Socket Mode: the open sockets, and what the service sent back over them (acknowledgements)
    sockets: list[web.WebSocketResponse] = field(default_factory=list)
    acks: list[dict[str, Any]] = field(default_factory=list)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ts: itertools.count = field(default_factory=lambda: itertools.count(100))

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def answer_to(self, params: dict[str, Any]) -> dict[str, Any]:
        """What the fake answered to the call with these (recorded) parameters, e.g. a message's ts."""
        return next(c.answer for c in self.calls if c.params is params)

    def of(self, method: str) -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]

    async def wait_for(
        self, method: str, predicate: Callable[[dict[str, Any]], bool] = lambda p: True, timeout: float = 10
    ) -> dict[str, Any]:
        """The first recorded call of ``method`` that matches, waiting for it if it has not come yet."""
        async with asyncio.timeout(timeout), self._changed:
            while True:
                for params in self.of(method):
                    if predicate(params):
                        return params
                await self._changed.wait()

    async def until(self, found: Callable[[], Any], timeout: float) -> Any:
        async with asyncio.timeout(timeout), self._changed:
            while True:
                value = found()
                if value:
                    return value
                await self._changed.wait()

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def push(
        self, envelope_type: str, payload: dict[str, Any], *, accepts_response_payload: bool = False
    ) -> str:
        """Send an envelope to the connected service, as Slack does in Socket Mode; its id."""
        socket = await self.until(lambda: next((s for s in self.sockets if not s.closed), None), 20)
        envelope_id = str(uuid.uuid4())
        await socket.send_json(
            {
                "envelope_id": envelope_id,
                "type": envelope_type,
                "payload": payload,
                "accepts_response_payload": accepts_response_payload,
                "retry_attempt": 0,
                "retry_reason": "",
            }
        )
        return envelope_id

    async def ack_for(self, envelope_id: str, timeout: float = 10) -> dict[str, Any]:
        return await self.until(
            lambda: next((a for a in self.acks if a.get("envelope_id") == envelope_id), None), timeout
        )

    async def handle_socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json(
            {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0WEGWIJS"}}
        )
        await self._notify()
        async for message in ws:
            if message.type == web.WSMsgType.TEXT:
                self.acks.append(json.loads(message.data))
                await self._notify()
        return ws

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        # apps.connections.open takes the app-level token, everything else the bot token.
        token = "Bearer xapp-" if method == "apps.connections.open" else "Bearer xoxb-"
        if not request.headers.get("Authorization", "").startswith(token):
            return web.json_response({"ok": False, "error": "not_authed"})
        raw = await request.text()
        if request.content_type == "application/json":
            params = json.loads(raw) if raw else {}
        else:
            params = dict(parse_qsl(raw))
        if self.fail_next.get(method, 0) > 0 or (self.down and method != "auth.test"):
            if self.fail_next.get(method, 0) > 0:
                self.fail_next[method] -= 1
            self.refused.append(method)
            return web.json_response({"ok": False, "error": "service_unavailable"}, status=503)
        if self.error_next.get(method):
            self.refused.append(method)
            return web.json_response({"ok": False, "error": self.error_next[method].pop(0)})
        answer = self._answer(method, params)
        async with self._changed:
            self.calls.append(Call(method, params, answer))
            self._changed.notify_all()
        return web.json_response(answer)

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://cjg.slack.com/",
                "team": "CJG",
                "user": "wegwijs",
                "team_id": "T0CJG",
                "user_id": BOT_USER,
                "bot_id": "BWEGWIJS",
            }
        if method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            return {"ok": True, "channel": params.get("channel"), "ts": ts, "message": {"ts": ts}}
        if method == "chat.update":
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1700000001.{next(self._ts):06d}"}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.url.replace("http://", "ws://") + "/socket"}
        if method == "views.open":
            return {"ok": True, "view": {"id": "VCLOSE", **(params.get("view") or {})}}
        return {"ok": False, "error": "unknown_method"}


async def start_fake_slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    app = web.Application()
    app.router.add_post("/api/{method}", fake.handle)
    app.router.add_get("/socket", fake.handle_socket)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    fake.url = f"http://127.0.0.1:{port}"
    try:
        yield fake
    finally:
        for socket in fake.sockets:
            await socket.close()
        await runner.cleanup()
