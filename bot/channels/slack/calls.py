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

    async def call(self, method: str, **params: Any) -> dict[str, Any] | None:
        """The response data, or None when Slack kept failing (recorded in ``failures``)."""
        self.pending += 1
        try:
            error = "unknown"
            for attempt in range(1, self.attempts + 1):
                try:
                    response = await self.client.api_call(method, json=params)
                    self.succeeded += 1
                    return dict(response.data) if isinstance(response.data, dict) else {}
                except SlackApiError as exc:
                    error = str(exc.response.get("error") or f"http_{exc.response.status_code}")
                    status = exc.response.status_code
                    if error not in RETRYABLE_ERRORS and status < 500 and status != 429:
                        break
                except (SlackClientError, aiohttp.ClientError, OSError, TimeoutError) as exc:
                    error = type(exc).__name__
                if attempt < self.attempts:
                    delay = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
                    log.warning(
                        "slack %s failed (%s), attempt %d; retrying in %.1f s", method, error, attempt, delay
                    )
                    await asyncio.sleep(delay)
            failure = Failure(
                datetime.now().astimezone().isoformat(timespec="seconds"), method, error, attempt
            )
            self.failures.append(failure)
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
