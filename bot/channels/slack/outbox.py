"""The sender of the Slack outbox: Slack copies survive a Slack outage and a restart.

The bridge writes every Slack copy of a conversation (its channel message, redraws, thread replies) to
the ``slack_outbox`` table and wakes this sender; nothing in the engine waits for it. The sender
delivers each conversation's items in order, one attempt at a time; an item that fails waits with
exponential back-off (and holds back the items behind it in the same conversation, so a thread reply
never comes before its channel message), other conversations go on. Items whose request can never
work (``calls.HOPELESS_ERRORS``) are dropped; each failure is reported to admins with the method, the
error code and the attempts, never the text.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.channels.slack.calls import Outcome, SlackCalls, backoff_delay
from bot.storage.slack import OutboxItem, SlackStore

log = logging.getLogger(__name__)

Deliver = Callable[[OutboxItem], Awaitable[Outcome | None]]


class OutboxSender:
    def __init__(
        self,
        store: SlackStore,
        calls: SlackCalls,
        deliver: Deliver,
        clock: Callable[[], datetime],
        *,
        base_delay: float = 0.5,
        max_delay: float = 300.0,
    ) -> None:
        """``deliver`` makes the Slack call for an item and, when it worked, removes a channel message
        or redraw item (with what it changes about the thread); a delivered thread reply is left to
        this sender, which removes those of a round in one transaction. It returns None when there
        was nothing left to send (and removed the item)."""
        self.store = store
        self.calls = calls
        self.deliver = deliver
        self.clock = clock
        self.base_delay = base_delay
        self.max_delay = max_delay
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while True:
            self._wake.clear()
            try:
                items = await self.store.due(self.clock())
                sent: list[int] = []
                try:
                    for item in items:
                        if await self._send(item) and item.kind == "reply":
                            sent.append(item.id)
                finally:
                    # Also when stopped halfway: a reply Slack has must not be sent again after a start.
                    if sent:
                        await self.store.drop_many(sent)
                if items:
                    continue
                next_due = await self.store.next_due()
            except Exception:
                # The database itself failed: nothing is lost (the items are in it); try again soon.
                log.exception("slack outbox: could not read or update the outbox")
                next_due = self.clock() + timedelta(seconds=self.max_delay / 10)
            timeout = None if next_due is None else max(0.0, (next_due - self.clock()).total_seconds())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    async def _send(self, item: OutboxItem) -> bool:
        """True when Slack has the item."""
        try:
            outcome = await self.deliver(item)
        except Exception:
            # A fault on this side (drawing the message, reading the conversation): this conversation
            # waits with back-off like on a Slack error; the others go on.
            log.exception("slack outbox: could not send a %s item", item.kind)
            outcome = Outcome(None, "wegwijs_error", transient=True)
        if outcome is None or outcome.ok:
            return outcome is not None
        attempts = item.attempts + 1
        self.calls.record_failure(item.method, outcome.error, attempts)
        if outcome.hopeless:
            log.error("slack %s failed (%s); this copy cannot be sent", item.method, outcome.error)
            await self.store.drop(item.id)
            return False
        delay = backoff_delay(attempts, self.base_delay, self.max_delay)
        log.warning(
            "slack %s failed (%s), attempt %d; trying again in %.1f s",
            item.method,
            outcome.error,
            attempts,
            delay,
        )
        await self.store.retry_later(
            item.id, error=outcome.error, next_attempt_at=self.clock() + timedelta(seconds=delay)
        )
        return False
