"""Shared fixtures: real databases (SQLite always, PostgreSQL when configured) and a live service."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.config import Settings
from bot.http import PrivateAccessLogger

ROOT = Path(__file__).resolve().parent.parent
# The router's start-up cache (intents/cache.py) of the tests: this checkout's own, under the ignored var/,
# so the tests never read or fill the user's cache, and this process and the `python -m intents` / `python
# -m bot` the tests start share one. Set before anything loads the router (conftest is read first); a
# WEGWIJS_CACHE_DIR already set wins (`off` tests a cold start).
os.environ.setdefault("WEGWIJS_CACHE_DIR", str(ROOT / "var" / "cache"))

# e.g. postgresql://postgres@127.0.0.1:5432/postgres ; .ci/run sets it, a bare laptop may not have it.
POSTGRES_ADMIN_URL = os.environ.get("WEGWIJS_TEST_POSTGRES_URL", "")
# CI sets this: a missing PostgreSQL or Chromium must fail the run there, not skip quietly.
REQUIRE_ALL = os.environ.get("WEGWIJS_REQUIRE_ALL") == "1"


def skip_or_fail(reason: str) -> None:
    if REQUIRE_ALL:
        pytest.fail(reason + " (WEGWIJS_REQUIRE_ALL=1)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def _create_pg_database() -> tuple[str, Callable[[], Any]]:
    import asyncpg

    admin_dsn = POSTGRES_ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://")
    name = "wegwijs_test_" + secrets.token_hex(6)
    admin = await asyncpg.connect(admin_dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    base = admin_dsn.rsplit("/", 1)[0]

    async def drop() -> None:
        admin = await asyncpg.connect(admin_dsn)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()

    return f"{base.replace('postgresql://', 'postgresql+asyncpg://', 1)}/{name}", drop


@pytest.fixture(autouse=True, scope="session")
def _light_password_hashing() -> Iterator[None]:
    """Real argon2id, with the lightest parameters: the service's own cost 0.16 s per hash or check on two
    cores, and the tests make many accounts and log-ins (a hundred accounts for one claim race). The services
    the tests start as processes keep the production parameters."""
    from argon2 import PasswordHasher

    from bot.storage import staff

    light = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(staff, "_hasher", light)
        patch.setattr(staff, "_DUMMY_HASH", light.hash(secrets.token_urlsafe(16)))
        yield


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request, tmp_path) -> AsyncIterator[str]:
    """A fresh, empty database on each backend: storage and conversation tests run on both."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'wegwijs.db'}"
        return
    if not POSTGRES_ADMIN_URL:
        skip_or_fail("PostgreSQL not configured: set WEGWIJS_TEST_POSTGRES_URL (.ci/run does)")
    url, drop = await _create_pg_database()
    try:
        yield url
    finally:
        await drop()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'wegwijs.db'}"


def make_settings(database_url: str, **overrides: Any) -> Settings:
    base = Settings(
        database_url=database_url,
        demo=False,
        bot_typing_ms=0,
        idle_check_seconds=3600,
        # Most tests need a parent who asks for a person to be queued, whatever the hour and with nobody
        # logged in; tests/test_handoff.py sets office hours and presence explicitly.
        office_hours="always",
        queue_when_nobody_online=True,
    )
    return replace(base, **overrides)


@dataclass
class LiveServer:
    url: str
    app: web.Application
    settings: Settings

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/ws"

    @property
    def engine(self):
        from bot.channels.widget import ENGINE

        return self.app[ENGINE]


async def start_server(settings: Settings) -> tuple[LiveServer, web.AppRunner]:
    from bot import privacy
    from bot.app import create_app

    # The service loads deduce in its worker process in the background; the first test to close a chat
    # would wait those seconds inside its own timeouts. Wait once here instead (the worker stays).
    await privacy.warm_up()
    app = create_app(settings)
    runner = web.AppRunner(app, shutdown_timeout=5, access_log_class=PrivateAccessLogger)
    await runner.setup()
    port = free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    return LiveServer(f"http://127.0.0.1:{port}", app, settings), runner


@pytest.fixture
async def server_factory() -> AsyncIterator[Callable[..., Any]]:
    runners: list[web.AppRunner] = []

    async def make(settings: Settings) -> LiveServer:
        server, runner = await start_server(settings)
        runners.append(runner)
        return server

    yield make
    for runner in reversed(runners):
        await runner.cleanup()


@pytest.fixture
async def server(database_url, server_factory) -> LiveServer:
    """The real service on each database backend."""
    return await server_factory(make_settings(database_url))


@pytest.fixture
async def live_server(sqlite_url, server_factory) -> LiveServer:
    """The real service on a fresh SQLite database (used by the browser tests)."""
    return await server_factory(make_settings(sqlite_url))


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


class Frames:
    """Reads server frames from a test WebSocket with a timeout, keeping everything it saw."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.seen: list[dict[str, Any]] = []

    async def next(self, timeout: float = 5) -> dict[str, Any]:
        message = await asyncio.wait_for(self.ws.receive(), timeout)
        if message.type != aiohttp.WSMsgType.TEXT:
            raise ConnectionError(f"socket ended: {message.type!r} {message.data!r}")
        frame = json.loads(message.data)
        self.seen.append(frame)
        return frame

    async def until(self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 5) -> dict[str, Any]:
        async with asyncio.timeout(timeout):
            while True:
                frame = await self.next(timeout)
                if predicate(frame):
                    return frame

    async def messages_until(
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 5
    ) -> list[dict]:
        collected: list[dict] = []
        async with asyncio.timeout(timeout):
            while True:
                frame = await self.next(timeout)
                if frame["type"] == "message":
                    collected.append(frame)
                    if predicate(frame):
                        return collected

    async def quiet(self, seconds: float = 0.3) -> list[dict[str, Any]]:
        """Everything that arrives within ``seconds``; used to prove nothing more is sent."""
        extra: list[dict[str, Any]] = []
        try:
            while True:
                extra.append(await self.next(seconds))
        except TimeoutError:
            return extra


def turn_done(frame: dict[str, Any]) -> bool:
    """The bot finished its turn: it switches its typing indicator off after its last reply."""
    return frame["type"] == "typing" and frame.get("on") is False


async def open_chat(http: aiohttp.ClientSession, server: LiveServer, **body: Any) -> tuple[str, str]:
    async with http.post(server.url + "/api/conversations", json=body or None) as response:
        assert response.status == 201, await response.text()
        data = await response.json()
    return data["id"], data["token"]


async def connect(http: aiohttp.ClientSession, server: LiveServer, token: str, after: int = 0) -> Frames:
    ws = await http.ws_connect(f"{server.ws_url}?token={token}&after={after}")
    return Frames(ws)
