"""Slack Web API calls that survive a Slack outage: retried with exponential back-off, failures kept.

Nothing a parent or worker said depends on Slack: the conversation is stored before any Slack call, and
the console keeps working. What can go missing is a Slack copy; the failures are logged (method and
error code only, never message text) and shown to admins at ``GET /api/staff/slack/status``.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)

# Slack answers these when it is busy or down; any other error (e.g. channel_not_found) will not heal.
RETRYABLE_ERRORS = frozenset({"ratelimited", "internal_error", "fatal_error", "service_unavailable"})


# Errors of the request itself: sending it again can never work, so an outbox item with one is dropped
# (and reported). Anything else (Slack down, rate limits, a revoked token, the app not yet in the
# channel) may heal, so those items wait with back-off.
HOPELESS_ERRORS = frozenset(
    {
        "invalid_arguments",
        "invalid_blocks",
        "invalid_blocks_format",
        "msg_too_long",
        "no_text",
        "message_not_found",
        "cant_update_message",
        "edit_window_closed",
        "thread_not_found",
        "invalid_ts",
    }
)


def backoff_delay(attempt: int, base_delay: float, max_delay: float) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (1, 2, ...): doubling, capped."""
    return min(max_delay, base_delay * 2 ** (attempt - 1))


@dataclass(frozen=True, slots=True)
class Outcome:
    """One attempt at a call: the response data, or the error code (never a message text)."""

    data: dict[str, Any] | None
    error: str = ""
    # Slack is busy or down, or the network failed: the same call may well work in a moment.
    transient: bool = False

    @property
    def ok(self) -> bool:
        return self.data is not None

    @property
    def hopeless(self) -> bool:
        return self.error in HOPELESS_ERRORS


@dataclass(frozen=True, slots=True)
class Failure:
    at: str
    method: str
    error: str
    attempts: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class SlackCalls:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        attempts: int = 5,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        keep_failures: int = 50,
    ) -> None:
        self.client = client
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.failures: deque[Failure] = deque(maxlen=keep_failures)
        self.pending = 0
        self.succeeded = 0

    async def once(self, method: str, **params: Any) -> Outcome:
        """One attempt, for the outbox (bot/channels/slack/outbox.py), which keeps its own back-off."""
        self.pending += 1
        try:
            return await self._attempt(method, params)
        finally:
            self.pending -= 1

    async def _attempt(self, method: str, params: dict[str, Any]) -> Outcome:
        try:
            response = await self.client.api_call(method, json=params)
        except SlackApiError as exc:
            status = exc.response.status_code
            error = str(exc.response.get("error") or f"http_{status}")
            return Outcome(None, error, error in RETRYABLE_ERRORS or status >= 500 or status == 429)
        except (SlackClientError, aiohttp.ClientError, OSError, TimeoutError) as exc:
            return Outcome(None, type(exc).__name__, transient=True)
        self.succeeded += 1
        return Outcome(dict(response.data) if isinstance(response.data, dict) else {})

    def record_failure(self, method: str, error: str, attempts: int) -> None:
        at = datetime.now().astimezone().isoformat(timespec="seconds")
        self.failures.append(Failure(at, method, error, attempts))

    async def call(self, method: str, **params: Any) -> dict[str, Any] | None:
        """The response data, or None when Slack kept failing (recorded in ``failures``). For answers
        that are worth nothing later (a private hint, a modal): retried briefly in memory only."""
        self.pending += 1
        try:
            error = "unknown"
            for attempt in range(1, self.attempts + 1):
                outcome = await self._attempt(method, params)
                if outcome.data is not None:
                    return outcome.data
                error = outcome.error
                if not outcome.transient:
                    break
                if attempt < self.attempts:
                    delay = backoff_delay(attempt, self.base_delay, self.max_delay)
                    log.warning(
                        "slack %s failed (%s), attempt %d; retrying in %.1f s", method, error, attempt, delay
                    )
                    await asyncio.sleep(delay)
            self.record_failure(method, error, attempt)
            log.error("slack %s failed after %d attempts (%s)", method, attempt, error)
            return None
        finally:
            self.pending -= 1

    def status(self) -> dict[str, Any]:
        return {
            "pending": self.pending,
            "succeeded": self.succeeded,
            "failures": [f.to_dict() for f in reversed(self.failures)],
        }
