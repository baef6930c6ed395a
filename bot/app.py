"""The aiohttp application: wiring storage, the bus, content and the engine to the channels."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

import intents
from bot import pages, privacy
from bot.bus import InProcessBus
from bot.channels import console, console_reports, reports_api, staff_api, widget
from bot.channels import slack as slack_channel
from bot.config import Settings
from bot.dialogue import Dialogue
from bot.engine import ConversationEngine, utcnow
from bot.http import error_middleware, security_headers
from bot.storage.schema import upgrade_to_head
from bot.storage.staff import StaffStore
from bot.storage.store import ConversationStore
from knowledge.articles import load_articles
from knowledge.socialmap import load_directory
from registry.database import create_engine

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DemoLogin:
    username: str
    password: str


DEMO_LOGIN = web.AppKey("demo_login", DemoLogin)


def create_app(settings: Settings) -> web.Application:
    """Build the application. Content is loaded (and checked) here, so bad content stops the start."""
    app = web.Application(middlewares=[error_middleware, security_headers], client_max_size=64 * 1024)
    app[pages.SETTINGS] = settings
    articles = load_articles()
    database = create_engine(settings.database_url)
    staff = StaffStore(database)
    engine = ConversationEngine(
        ConversationStore(database),
        InProcessBus(),
        Dialogue(settings, articles, load_directory()),
        settings,
        staff,
    )
    app[widget.ENGINE] = engine
    pages.add_routes(app, articles)
    widget.add_routes(app)
    staff_api.add_routes(app, staff)
    reports_api.add_routes(app)
    console.add_routes(app)
    console_reports.add_routes(app)
    app.cleanup_ctx.append(_lifecycle(database, engine, staff))
    # After the lifecycle above, so Slack follows the bus only once the schema is up to date.
    slack_channel.add_routes(app, settings, engine, staff)
    return app


def _lifecycle(
    database: AsyncEngine, engine: ConversationEngine, staff: StaffStore
) -> Callable[[web.Application], AsyncIterator[None]]:
    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        settings = app[pages.SETTINGS]
        await upgrade_to_head(database)
        if settings.demo:
            app[DEMO_LOGIN] = await _demo_login(staff)
        sweeper = asyncio.create_task(_housekeeping(engine, settings.idle_check_seconds))
        privacy.warm_up()
        # Before the site listens, so the first parent does not wait for the lexicon to load.
        await asyncio.to_thread(intents.warm_up)
        yield
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper
        await engine.drain()
        await engine.bus.close()
        await database.dispose()

    return lifecycle


async def _demo_login(staff: StaffStore) -> DemoLogin:
    # A fresh password on every start: nothing secret lives in git or in the demo database for long.
    login = DemoLogin("demo", secrets.token_urlsafe(9))
    await staff.save(
        username=login.username, display_name="Demo", role="admin", password=login.password, now=utcnow()
    )
    return login


PURGE_EVERY_SECONDS = 3600


async def _housekeeping(engine: ConversationEngine, every_seconds: float) -> None:
    """Idle conversations are checked often; expired transcripts are purged at start and then hourly."""
    next_purge = 0.0
    loop = asyncio.get_running_loop()
    while True:
        try:
            if loop.time() >= next_purge:
                purged = await engine.purge_expired_transcripts()
                if purged:
                    log.info("purged %d transcripts past the retention period", purged)
                handled = await engine.purge_handled_contact_requests()
                if handled:
                    log.info("deleted %d handled contact requests past the retention period", handled)
                next_purge = loop.time() + PURGE_EVERY_SECONDS
            await engine.sweep_idle()
            # Waiting parents hear it when a worker comes online or goes away, or the wait changes.
            await engine.update_waiting_statuses()
        except Exception:
            log.exception("housekeeping failed; trying again in %s s", every_seconds)
        await asyncio.sleep(every_seconds)
