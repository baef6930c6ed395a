"""Slack for the I&A team (docs/slack.md): slack-bolt's AsyncApp in this aiohttp app.

Off unless SLACK_BOT_TOKEN is set with SLACK_SIGNING_SECRET (HTTP mode) or SLACK_SOCKET_MODE. In HTTP
mode Slack posts its events, button presses, modal submissions and the /wegwijs and /vraag commands to
``POST /slack/events``, and bolt checks the signature and the timestamp of each. In Socket Mode the
service opens a WebSocket to Slack itself (no public URL needed) and gets the same over it; both can be
on at once. ``GET /api/staff/slack/status`` shows admins whether Slack calls are failing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.slack.bridge import SlackBridge
from bot.channels.slack.calls import SlackCalls
from bot.channels.slack.registration import QuickRegistration
from bot.channels.staff_api import requires
from bot.config import Settings
from bot.engine import ConversationEngine
from bot.storage.slack import SlackStore
from bot.storage.staff import StaffStore

log = logging.getLogger(__name__)

BRIDGE = web.AppKey("slack_bridge", SlackBridge)
STORE = web.AppKey("slack_store", SlackStore)
SOCKET = web.AppKey("slack_socket_mode", AsyncSocketModeHandler)


def create_bridge(
    settings: Settings, engine: ConversationEngine, staff: StaffStore, store: SlackStore
) -> SlackBridge:
    client = AsyncWebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url)
    # The token reaches bolt through the client (bolt warns when given both).
    bolt = AsyncApp(
        name="wegwijs",
        signing_secret=settings.slack_signing_secret,
        client=client,
        logger=logging.getLogger("bot.channels.slack.bolt"),
    )
    bridge = SlackBridge(
        engine=engine,
        staff=staff,
        store=store,
        bolt=bolt,
        calls=SlackCalls(client),
        channel_id=settings.slack_channel_id,
        user_map=dict(settings.slack_user_map),
        public_url=settings.public_url or f"http://{settings.host}:{settings.port}",
    )
    QuickRegistration(bridge)
    return bridge


def add_routes(
    app: web.Application, settings: Settings, engine: ConversationEngine, staff: StaffStore
) -> None:
    """Needs staff_api.add_routes first (the status page uses its sessions)."""
    app[STORE] = SlackStore(engine.store.engine)
    app.router.add_get("/api/staff/slack/status", slack_status)
    app.router.add_get("/api/staff/slack/links", slack_links)
    if not settings.slack_enabled:
        return
    bridge = create_bridge(settings, engine, staff, app[STORE])
    app[BRIDGE] = bridge
    if settings.slack_signing_secret:
        app.router.add_post("/slack/events", slack_events)
    app.cleanup_ctx.append(_follow_bus)
    if settings.slack_socket_mode:
        # The web client (SLACK_API_URL) asks for the socket's URL with the app-level token.
        app[SOCKET] = AsyncSocketModeHandler(bridge.bolt, settings.slack_app_token)
        app.cleanup_ctx.append(_socket_mode)


async def slack_events(request: web.Request) -> web.Response:
    bolt = request.app[BRIDGE].bolt
    response = await bolt.async_dispatch(await to_bolt_request(request))
    return await to_aiohttp_response(response)


async def status_report(app: web.Application) -> dict[str, Any]:
    """How Slack is doing, for admins: copies waiting in the outbox and the latest failures (method,
    error code, attempts; never a message text)."""
    bridge = app.get(BRIDGE)
    if bridge is None:
        return {"enabled": False}
    socket = app.get(SOCKET)
    return {
        "enabled": True,
        "socket_mode": {"connected": await socket.client.is_connected()} if socket else None,
        "threads": await bridge.store.count_threads(),
        **bridge.calls.status(),
        "outbox": await bridge.store.outbox_status(bridge.engine.clock()),
    }


@requires("admin")
async def slack_status(request: web.Request) -> web.Response:
    body = await status_report(request.app)
    return web.json_response(body, headers={"Cache-Control": "no-store"})


@requires("admin")
async def slack_links(request: web.Request) -> web.Response:
    """Which Slack user acts as which staff account (managed with ``python -m bot link-slack``)."""
    links = [link.to_dict() for link in await request.app[STORE].links()]
    return web.json_response({"links": links}, headers={"Cache-Control": "no-store"})


async def _follow_bus(app: web.Application) -> AsyncIterator[None]:
    # The first question is de-identified in the service's worker process (bot/privacy.py).
    bridge = app[BRIDGE]
    # One HTTP session for all Slack calls (slack_sdk otherwise opens one per call: a new connection
    # and, against Slack, a new TLS handshake for every copy).
    client = bridge.calls.client
    client.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=client.timeout))
    await bridge.start()
    tasks = [asyncio.create_task(bridge.run()), asyncio.create_task(bridge.outbox.run())]
    await bridge.ready.wait()
    yield
    await bridge.stop(*tasks)
    await client.session.close()


async def _socket_mode(app: web.Application) -> AsyncIterator[None]:
    """Connect in the background: the service starts (and the console works) while Slack is down;
    slack_sdk's client keeps trying to connect, and reconnects when the socket drops."""
    handler = app[SOCKET]
    connecting = asyncio.create_task(handler.connect_async())
    yield
    await handler.close_async()
    connecting.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await connecting
