"""The website widget's channel: opening a conversation over HTTP and carrying it over a WebSocket.

The protocol is documented in docs/protocol.md. This module only translates frames to engine calls
and bus events to frames; it knows nothing about storage or the bot's dialogue.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import deque
from typing import Any

from aiohttp import WSMsgType, web

from bot.bus import Subscription, conversation_topic
from bot.engine import RATINGS, ConversationEngine
from bot.http import ERRORS, UNAVAILABLE, json_error
from bot.storage.store import ConversationGone
from bot.texts import text

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4000
MAX_FRAME_BYTES = 16 * 1024
MAX_CLIENT_ID = 64
RATE_LIMIT = (20, 30.0)  # messages, seconds
LANGUAGES = ("nl", "en")
SERVICE_RESTART = 1012

ENGINE = web.AppKey("engine", ConversationEngine)
SOCKETS = web.AppKey("sockets", set)


async def _json_object(request: web.Request) -> dict[str, Any] | web.Response:
    """The request's small JSON object body ({} when empty), or the error answer to give."""
    if request.content_length and request.content_length > MAX_FRAME_BYTES:
        return json_error(413, "too_large")
    raw = await request.text() if request.can_read_body else ""
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError:
        return json_error(400, "bad_json")
    return body if isinstance(body, dict) else json_error(400, "bad_json")


async def open_conversation(request: web.Request) -> web.Response:
    body = await _json_object(request)
    if isinstance(body, web.Response):
        return body
    lang = body.get("lang", "nl")
    if lang not in LANGUAGES:
        return json_error(400, "bad_lang")
    conversation, token = await request.app[ENGINE].open(channel="chat", lang=lang)
    return web.json_response(
        {"id": conversation.id, "token": token}, status=201, headers={"Cache-Control": "no-store"}
    )


# What the engine says of a rating that did not land, as (HTTP status, error code).
RATING_REFUSALS = {
    "unknown_conversation": (404, "unknown_conversation"),
    "not_closed": (409, "not_closed"),
    "already_rated": (409, "already_rated"),
    "no_record": (409, "no_record"),
    "expired": (410, "rating_closed"),
}


async def rate_conversation(request: web.Request) -> web.Response:
    """The parent's thumbs after the chat. The token travels in the body, never in a URL or a log."""
    body = await _json_object(request)
    if isinstance(body, web.Response):
        return body
    token = body.get("token")
    if not isinstance(token, str) or not token:
        return json_error(400, "missing_token")
    rating = body.get("rating")
    if rating not in RATINGS:
        return json_error(400, "bad_rating")
    result = await request.app[ENGINE].rate(token, rating)
    if result in RATING_REFUSALS:
        return json_error(*RATING_REFUSALS[result])
    return web.json_response({"rating": rating}, headers={"Cache-Control": "no-store"})


async def websocket(request: web.Request) -> web.StreamResponse:
    token = request.query.get("token", "")
    if not token:
        return json_error(400, "missing_token")
    try:
        after = int(request.query.get("after", "0"))
    except ValueError:
        return json_error(400, "bad_after")
    if after < 0:
        return json_error(400, "bad_after")
    engine = request.app[ENGINE]
    conversation = await engine.authenticate(token)
    if conversation is None:
        return json_error(404, "unknown_conversation")
    if conversation.closed:
        return json_error(410, "conversation_closed")

    ws = web.WebSocketResponse(heartbeat=25, max_msg_size=1024 * 1024)
    await ws.prepare(request)
    sockets = request.app[SOCKETS]
    sockets.add(ws)
    try:
        await ParentSocket(ws, engine, conversation.id).run(after, await engine.status_frame(conversation))
    finally:
        sockets.discard(ws)
    return ws


class ParentSocket:
    """One parent's open WebSocket. Sends each stored message at most once, in seq order, with no gaps."""

    def __init__(self, ws: web.WebSocketResponse, engine: ConversationEngine, conversation_id: str) -> None:
        self.ws = ws
        self.engine = engine
        self.conversation_id = conversation_id
        self.sent_seq = 0
        self._send_lock = asyncio.Lock()
        self._recent: deque[float] = deque()

    async def run(self, after: int, status: dict[str, Any] | None) -> None:
        # Subscribe before reading the history, so nothing stored in between is missed.
        async with self.engine.bus.subscribe(conversation_topic(self.conversation_id)) as subscription:
            pump = asyncio.create_task(self._pump(subscription))
            try:
                await self._replay(after)
                if status is not None:
                    # A reload must show "in the queue" or "with Anna" again, not an empty status bar.
                    async with self._send_lock:
                        await self.ws.send_json(status)
                async for frame in self.ws:
                    if frame.type == WSMsgType.TEXT:
                        await self._handle(frame.data)
                    elif frame.type == WSMsgType.BINARY:
                        await self._error("bad_json")
                    else:
                        break
            finally:
                pump.cancel()

    async def _replay(self, after: int) -> None:
        try:
            messages = await self.engine.history(self.conversation_id, after)
        except UNAVAILABLE:
            log.exception("could not read the history of a conversation")
            await self._error("unavailable")
            return
        async with self._send_lock:
            for message in messages:
                await self.ws.send_json(message.frame())
                self.sent_seq = max(self.sent_seq, message.seq)

    async def _pump(self, subscription: Subscription) -> None:
        try:
            while not self.ws.closed:
                event = await subscription.get()
                if subscription.overflowed:
                    subscription.overflowed = False
                    await self._replay(self.sent_seq)
                if event["type"] == "message":
                    await self._deliver(event)
                else:
                    async with self._send_lock:
                        await self.ws.send_json(event)
                    if event["type"] == "closed":
                        await self.ws.close()
        except ConnectionResetError:
            pass

    async def _deliver(self, frame: dict[str, Any]) -> None:
        seq = frame["seq"]
        if seq <= self.sent_seq:
            return
        if seq > self.sent_seq + 1:
            # Another writer's message was published out of order; fill the gap from the store.
            await self._replay(self.sent_seq)
            if seq <= self.sent_seq:
                return
        async with self._send_lock:
            await self.ws.send_json(frame)
            self.sent_seq = seq

    async def _handle(self, raw: str) -> None:
        if len(raw.encode()) > MAX_FRAME_BYTES:
            await self._error("too_large")
            return
        try:
            frame = json.loads(raw)
        except ValueError:
            await self._error("bad_json")
            return
        if not isinstance(frame, dict):
            await self._error("bad_json")
            return
        kind = frame.get("type")
        if kind == "message":
            await self._message(frame)
        elif kind == "resume":
            after = frame.get("after")
            if not isinstance(after, int) or isinstance(after, bool) or after < 0:
                await self._error("bad_frame")
                return
            await self._replay(after)
        elif kind == "close":
            await self._guard(self.engine.close_by_parent(self.conversation_id))
        elif kind == "lang":
            if frame.get("lang") not in LANGUAGES:
                await self._error("bad_frame")
                return
            await self._guard(self.engine.set_language(self.conversation_id, frame["lang"]))
        elif kind == "ping":
            async with self._send_lock:
                await self.ws.send_json({"type": "pong"})
        else:
            await self._error("unknown_type")

    async def _message(self, frame: dict[str, Any]) -> None:
        body = frame.get("text")
        client_id = frame.get("client_id")
        if client_id is not None and (
            not isinstance(client_id, str) or not 0 < len(client_id) <= MAX_CLIENT_ID
        ):
            await self._error("bad_frame")
            return
        # Errors about a message name its client_id, so the widget knows which text to give back.
        if not isinstance(body, str) or not body.strip():
            await self._error("bad_frame", client_id)
            return
        if len(body) > MAX_TEXT_CHARS:
            await self._error("too_large", client_id)
            return
        if self._over_rate_limit():
            await self._error("rate_limited", client_id)
            return
        await self._guard(
            self.engine.receive_from_parent(self.conversation_id, body.strip(), client_id), client_id
        )

    async def _guard(self, call, client_id: str | None = None) -> None:
        try:
            await call
        except ConversationGone:
            await self._error("conversation_closed", client_id)
        except UNAVAILABLE:
            log.exception("storage unavailable during a widget frame")
            await self._error("unavailable", client_id)

    def _over_rate_limit(self) -> bool:
        limit, window = RATE_LIMIT
        now = time.monotonic()
        while self._recent and now - self._recent[0] > window:
            self._recent.popleft()
        if len(self._recent) >= limit:
            return True
        self._recent.append(now)
        return False

    async def _error(self, code: str, client_id: str | None = None) -> None:
        frame = {"type": "error", "code": code, "message": ERRORS[code]}
        if client_id:
            frame["client_id"] = client_id
        async with self._send_lock:
            await self.ws.send_json(frame)


async def tell_sockets_to_reconnect(app: web.Application) -> None:
    """On shutdown: tell every parent we are restarting, then close with 1012 so the widget reconnects."""
    for ws in tuple(app[SOCKETS]):
        try:
            await ws.send_json(
                {"type": "status", "state": "reconnect", "text": text("status_reconnect", "nl")}
            )
            await ws.close(code=SERVICE_RESTART, message=b"service restart")
        except ConnectionResetError:
            pass


def add_routes(app: web.Application) -> None:
    app[SOCKETS] = set()
    app.router.add_post("/api/conversations", open_conversation)
    app.router.add_post("/api/conversations/rating", rate_conversation)
    app.router.add_get("/ws", websocket)
    app.on_shutdown.append(tell_sockets_to_reconnect)
