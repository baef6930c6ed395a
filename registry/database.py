"""Database URLs and engines, shared by the service and the registry's command line."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import weakref
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "wegwijs"


def default_database_url() -> str:
    return f"sqlite+aiosqlite:///{default_data_dir() / 'wegwijs.db'}"


def normalise_database_url(url: str) -> str:
    """Accept the URL spellings hosting platforms hand out and pick the async driver for them."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    if url.startswith("sqlite://") and not url.startswith("sqlite+"):
        return "sqlite+aiosqlite://" + url[len("sqlite://") :]
    return url


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path | None:
    prefix = "sqlite+aiosqlite:///"
    if url.startswith(prefix) and url != prefix + ":memory:":
        return Path(url[len(prefix) :])
    return None


# aiosqlite logs every statement with its parameters at DEBUG: with LOG_LEVEL=DEBUG a parent's
# messages would end up in the logs. Its own debugging output is not worth that.
logging.getLogger("aiosqlite").setLevel(logging.INFO)


def create_engine(url: str) -> AsyncEngine:
    """An engine that never puts statement parameters (messages, notes) in logs or error texts."""
    url = normalise_database_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 15}, hide_parameters=True)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=True)


_write_locks: weakref.WeakKeyDictionary[AsyncEngine, asyncio.Lock] = weakref.WeakKeyDictionary()


def write_lock(engine: AsyncEngine) -> contextlib.AbstractAsyncContextManager:
    """Serialise this process's write transactions on SQLite.

    SQLite has one writer at a time; when several connections want to write, its busy handler sleeps
    in growing steps (up to 100 ms each), which gave a worker's reply a p99 of ~850 ms with eight
    replies in flight (bench/takeover.py). Queueing writers on an asyncio lock instead wakes the next
    one the moment the previous commits. PostgreSQL locks rows itself, so there it is a no-op.
    """
    if engine.dialect.name != "sqlite":
        return contextlib.nullcontext()
    lock = _write_locks.get(engine)
    if lock is None:
        lock = _write_locks[engine] = asyncio.Lock()
    return lock


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers (reports, the WebSocket replay) run while a message is being written.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    # 32 MB of page cache per connection instead of 2 MB: the report indexes of a large year stay hot.
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()
