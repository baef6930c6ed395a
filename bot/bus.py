"""Message delivery between the engine and whoever listens (a parent's socket, later staff tools).

The engine publishes protocol frames on topics (``conversation:<id>``); listeners subscribe. The
first implementation lives in the process; a Redis one can replace it for several instances, because
nothing on the bus is the only copy: every message is stored before it is published, and a listener
that falls behind resynchronises from the store.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any, Protocol

Event = dict[str, Any]


def conversation_topic(conversation_id: str) -> str:
    return f"conversation:{conversation_id}"


class Subscription:
    """A listener's queue. When it overflows it drops events and sets ``overflowed``; the listener
    then reloads from the store instead of the bus growing without bound behind a slow socket."""

    def __init__(self, maxsize: int = 1000) -> None:
        self._queue: asyncio.Queue[Event] = asyncio.Queue(maxsize)
        self.overflowed = False

    def deliver(self, event: Event) -> None:
        try:
            self._queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed = True

    async def get(self) -> Event:
        return await self._queue.get()

    def get_nowait(self) -> Event | None:
        try:
            return self._queue.get_nowait()
        except asyncio.QueueEmpty:
            return None


class MessageBus(Protocol):
    async def publish(self, topic: str, event: Event) -> None: ...

    def subscribe(self, topic: str) -> contextlib.AbstractAsyncContextManager[Subscription]: ...

    async def close(self) -> None: ...


class InProcessBus:
    def __init__(self) -> None:
        self._subscribers: defaultdict[str, set[Subscription]] = defaultdict(set)

    async def publish(self, topic: str, event: Event) -> None:
        for subscription in tuple(self._subscribers.get(topic, ())):
            subscription.deliver(event)

    @contextlib.asynccontextmanager
    async def subscribe(self, topic: str) -> AsyncIterator[Subscription]:
        subscription = Subscription()
        self._subscribers[topic].add(subscription)
        try:
            yield subscription
        finally:
            listeners = self._subscribers.get(topic)
            if listeners is not None:
                listeners.discard(subscription)
                if not listeners:
                    del self._subscribers[topic]

    def listener_count(self, topic: str) -> int:
        return len(self._subscribers.get(topic, ()))

    async def close(self) -> None:
        self._subscribers.clear()
