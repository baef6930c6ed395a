"""Who of the I&A team is online, and how long a parent in the queue is likely to wait.

A worker is online while they use the staff console or the staff API (every authenticated request
touches their presence; online for PRESENCE_TIMEOUT_MINUTES after) or while marked available in Slack.

Limitation: presence lives in this process. With several instances behind a load balancer a worker
counts as online only on the instance that served them; share it through the database or Redis then.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

# A Slack "beschikbaar" that is never taken back must not keep promising a person overnight.
AVAILABLE_FOR = timedelta(hours=12)

# The wait estimate: the median wait of the last RECENT_CLAIMS claimed conversations of the last
# HISTORY_DAYS, or DEFAULT_WAIT_MINUTES per place in the queue while there are fewer than MIN_HISTORY.
RECENT_CLAIMS = 20
HISTORY_DAYS = 14
MIN_HISTORY = 3
DEFAULT_WAIT_MINUTES = 5
MAX_WAIT_MINUTES = 60


@dataclass(slots=True)
class _Seen:
    last_seen: datetime
    # None: online while recently seen; True/False: explicitly available or away (Slack, log-out).
    available: bool | None = None


class Presence:
    def __init__(self, timeout: timedelta = timedelta(minutes=5)) -> None:
        self.timeout = timeout
        self._seen: dict[tuple[int, str], _Seen] = {}

    def touch(self, worker_id: int, source: str, now: datetime) -> None:
        """The worker did something in ``source`` (e.g. "console"): online for ``timeout`` from now."""
        self._seen[(worker_id, source)] = _Seen(now)

    def set_available(self, worker_id: int, source: str, available: bool, now: datetime) -> None:
        """Mark the worker available or away in ``source`` (e.g. "slack"). Available lasts until they
        say otherwise, at most AVAILABLE_FOR; away (also a log-out) ends what ``source`` said before."""
        self._seen[(worker_id, source)] = _Seen(now, available)

    def online(self, now: datetime) -> set[int]:
        workers = set()
        for (worker_id, source), seen in list(self._seen.items()):
            if self._counts(seen, now):
                workers.add(worker_id)
            elif now - seen.last_seen > AVAILABLE_FOR:
                del self._seen[(worker_id, source)]  # long gone: forget, so the table stays small
        return workers

    def _counts(self, seen: _Seen, now: datetime) -> bool:
        if seen.available is False:
            return False
        limit = AVAILABLE_FOR if seen.available else self.timeout
        return now - seen.last_seen <= limit


@dataclass(frozen=True, slots=True)
class Staffing:
    """Whether a parent who asks for a person can be put in the queue now, and if not, why."""

    available: bool = True
    open: bool = True
    online: int = 1
    now: datetime | None = None
    next_opening: datetime | None = None


def typical_wait_minutes(recent_waits_seconds: Sequence[float]) -> float | None:
    """The median wait of recent claims in minutes, or None with too little history to say."""
    if len(recent_waits_seconds) < MIN_HISTORY:
        return None
    return statistics.median(recent_waits_seconds) / 60


def estimate_wait_minutes(position: int, typical: float | None, online: int) -> int:
    """A realistic wait for place ``position``: one typical wait per round of claims, where each
    worker online takes one parent per round. Rounded up to whole minutes, at least 1; above
    MAX_WAIT_MINUTES the parent is told "more than an hour" (MAX_WAIT_MINUTES + 1 here)."""
    per_round = DEFAULT_WAIT_MINUTES if typical is None else max(1.0, typical)
    rounds = math.ceil(max(1, position) / max(1, online))
    minutes = math.ceil(per_round * rounds)
    if minutes > 10:
        minutes = 5 * math.ceil(minutes / 5)  # "ongeveer 15 minuten", not "ongeveer 13 minuten"
    return min(minutes, MAX_WAIT_MINUTES + 1)
