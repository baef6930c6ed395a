"""Slack's state in the database (docs/slack.md): which thread belongs to which conversation, which Slack
user acts as which staff account, and the outbox of Slack copies still to be delivered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.storage.models import SlackLink, SlackOutboxItem, SlackThread, StaffUser
from bot.storage.staff import StaffAccount, account_of
from registry.database import write_lock

# What an outbox item becomes in Slack's Web API (for the admins' status: never the text).
KIND_METHODS = {"post": "chat.postMessage", "redraw": "chat.update", "reply": "chat.postMessage"}


class UnknownStaff(LookupError):
    """No staff account has that username."""


@dataclass(frozen=True, slots=True)
class ThreadView:
    conversation_id: str
    channel: str
    ts: str | None
    category: str
    urgency: str
    lang: str
    waiting_since: datetime
    first_question: str


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    conversation_id: str
    kind: str
    text: str | None
    attempts: int
    created_at: datetime

    @property
    def method(self) -> str:
        return KIND_METHODS[self.kind]


@dataclass(frozen=True, slots=True)
class LinkView:
    slack_user_id: str
    username: str
    display_name: str
    role: str

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


def _thread(row: SlackThread) -> ThreadView:
    return ThreadView(
        conversation_id=row.conversation_id,
        channel=row.channel,
        ts=row.ts,
        category=row.category,
        urgency=row.urgency,
        lang=row.lang,
        waiting_since=row.waiting_since,
        first_question=row.first_question,
    )


def _item(row: SlackOutboxItem) -> OutboxItem:
    return OutboxItem(row.id, row.conversation_id, row.kind, row.text, row.attempts, row.created_at)


class SlackStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    # -- threads -----------------------------------------------------------------------------------

    async def thread(self, conversation_id: str) -> ThreadView | None:
        async with self._sessions() as session:
            row = await session.get(SlackThread, conversation_id)
            return _thread(row) if row else None

    async def thread_by_ts(self, ts: str) -> ThreadView | None:
        async with self._sessions() as session:
            row = await session.scalar(select(SlackThread).where(SlackThread.ts == ts))
            return _thread(row) if row else None

    async def threads(self) -> list[ThreadView]:
        async with self._sessions() as session:
            return [_thread(r) for r in await session.scalars(select(SlackThread))]

    async def count_threads(self) -> int:
        async with self._sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(SlackThread)) or 0)

    async def start_thread(self, thread: ThreadView, now: datetime) -> bool:
        """Keep the thread and queue its channel message, in one transaction; False when the
        conversation has a thread already (then nothing changes)."""
        try:
            async with write_lock(self._engine), self._sessions() as session, session.begin():
                if await session.get(SlackThread, thread.conversation_id) is not None:
                    return False
                session.add(
                    SlackThread(
                        conversation_id=thread.conversation_id,
                        channel=thread.channel,
                        ts=None,
                        category=thread.category,
                        urgency=thread.urgency,
                        lang=thread.lang,
                        waiting_since=thread.waiting_since,
                        first_question=thread.first_question,
                        created_at=now,
                    )
                )
                await session.flush()
                session.add(_new_item(thread.conversation_id, "post", None, now))
        except IntegrityError:
            return False  # another instance started it at the same moment
        return True

    # -- the outbox --------------------------------------------------------------------------------

    async def enqueue(self, conversation_id: str, kind: str, now: datetime, text: str | None = None) -> None:
        if kind not in KIND_METHODS:
            raise ValueError(f"unknown outbox kind {kind!r}")
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            session.add(_new_item(conversation_id, kind, text, now))

    async def enqueue_replies(self, copies: list[tuple[str, str]], now: datetime) -> None:
        """Thread copies ((conversation id, text), in order) in one transaction."""
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            session.add_all([_new_item(conversation, "reply", text, now) for conversation, text in copies])

    async def due(self, now: datetime, limit: int = 50) -> list[OutboxItem]:
        """The oldest item of each conversation, when its time has come: a conversation's later items
        wait for its earlier ones (a thread reply for its channel message)."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(SlackOutboxItem)
                .where(SlackOutboxItem.id.in_(_heads()), SlackOutboxItem.next_attempt_at <= now)
                .order_by(SlackOutboxItem.id)
                .limit(limit)
            )
            return [_item(r) for r in rows]

    async def next_due(self) -> datetime | None:
        async with self._sessions() as session:
            return await session.scalar(
                select(func.min(SlackOutboxItem.next_attempt_at)).where(SlackOutboxItem.id.in_(_heads()))
            )

    async def delivered(
        self,
        item_id: int,
        *,
        posted: tuple[str, str, str] | None = None,
        urgency: tuple[str, str] | None = None,
        forget_thread: str | None = None,
    ) -> None:
        """Slack has the item: remove it. ``posted`` = (conversation id, channel, ts) of a new channel
        message; ``urgency`` = (conversation id, urgency) as drawn; ``forget_thread`` = the id of a
        closed conversation whose thread is no longer needed once nothing else waits for it."""
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            await session.execute(delete(SlackOutboxItem).where(SlackOutboxItem.id == item_id))
            if posted is not None:
                conversation_id, channel, ts = posted
                await session.execute(
                    update(SlackThread)
                    .where(SlackThread.conversation_id == conversation_id)
                    .values(channel=channel, ts=ts)
                )
            if urgency is not None:
                await session.execute(
                    update(SlackThread)
                    .where(SlackThread.conversation_id == urgency[0])
                    .values(urgency=urgency[1])
                )
            if forget_thread is not None:
                waiting = await session.scalar(
                    select(func.count())
                    .select_from(SlackOutboxItem)
                    .where(SlackOutboxItem.conversation_id == forget_thread)
                )
                if not waiting:
                    await session.execute(
                        delete(SlackThread).where(SlackThread.conversation_id == forget_thread)
                    )

    async def retry_later(self, item_id: int, *, error: str, next_attempt_at: datetime) -> int:
        """Count a failed attempt; returns the attempts so far."""
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            attempts = await session.scalar(
                update(SlackOutboxItem)
                .where(SlackOutboxItem.id == item_id)
                .values(
                    attempts=SlackOutboxItem.attempts + 1,
                    last_error=error[:64],
                    next_attempt_at=next_attempt_at,
                )
                .returning(SlackOutboxItem.attempts)
            )
            return int(attempts or 0)

    async def drop(self, item_id: int) -> None:
        await self.drop_many([item_id])

    async def drop_many(self, item_ids: list[int]) -> None:
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            await session.execute(delete(SlackOutboxItem).where(SlackOutboxItem.id.in_(item_ids)))

    async def outbox_status(self, now: datetime, limit: int = 10) -> dict[str, Any]:
        """How many items wait, how long the oldest has waited, and the items that keep failing:
        method, error code and attempts, never the text."""
        async with self._sessions() as session:
            count, oldest = (
                await session.execute(select(func.count(), func.min(SlackOutboxItem.created_at)))
            ).one()
            failing = await session.scalars(
                select(SlackOutboxItem)
                .where(SlackOutboxItem.attempts > 0)
                .order_by(SlackOutboxItem.id)
                .limit(limit)
            )
            retrying = [
                {
                    "method": KIND_METHODS[row.kind],
                    "error": row.last_error,
                    "attempts": row.attempts,
                    "next_attempt_at": row.next_attempt_at.isoformat(timespec="seconds"),
                }
                for row in failing
            ]
        # SQLite hands aggregates back without the column's type: a naive UTC string or datetime.
        if isinstance(oldest, str):
            oldest = datetime.fromisoformat(oldest)
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=now.tzinfo)
        age = round((now - oldest).total_seconds()) if oldest is not None else None
        return {"pending": int(count), "oldest_pending_seconds": age, "retrying": retrying}

    # -- Slack users linked to staff accounts -------------------------------------------------------

    async def link(self, slack_user_id: str, username: str, now: datetime) -> StaffAccount:
        """Link (or re-link) a Slack user to the staff account with this username."""
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            user = await session.scalar(select(StaffUser).where(StaffUser.username == username))
            if user is None:
                raise UnknownStaff(username)
            row = await session.get(SlackLink, slack_user_id)
            if row is None:
                session.add(SlackLink(slack_user_id=slack_user_id, staff_user_id=user.id, created_at=now))
            else:
                row.staff_user_id = user.id
            return account_of(user)

    async def unlink(self, slack_user_id: str) -> bool:
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            result = await session.execute(delete(SlackLink).where(SlackLink.slack_user_id == slack_user_id))
            return result.rowcount == 1

    async def links(self) -> list[LinkView]:
        async with self._sessions() as session:
            rows = await session.execute(
                select(SlackLink.slack_user_id, StaffUser.username, StaffUser.display_name, StaffUser.role)
                .join(StaffUser, StaffUser.id == SlackLink.staff_user_id)
                .order_by(StaffUser.username, SlackLink.slack_user_id)
            )
            return [LinkView(*row) for row in rows]

    async def linked_account(self, slack_user_id: str) -> StaffAccount | None:
        async with self._sessions() as session:
            user = await session.scalar(
                select(StaffUser)
                .join(SlackLink, SlackLink.staff_user_id == StaffUser.id)
                .where(SlackLink.slack_user_id == slack_user_id)
            )
            return account_of(user) if user else None

    async def seed_links(self, pairs: tuple[tuple[str, str], ...], now: datetime) -> list[str]:
        """Link the Slack users of SLACK_USER_MAP that have no link yet (a link made with
        ``link-slack`` wins). Returns the Slack users whose username has no staff account (yet)."""
        missing = []
        async with write_lock(self._engine), self._sessions() as session, session.begin():
            for slack_user_id, username in pairs:
                if await session.get(SlackLink, slack_user_id) is not None:
                    continue
                user_id = await session.scalar(select(StaffUser.id).where(StaffUser.username == username))
                if user_id is None:
                    missing.append(slack_user_id)
                    continue
                session.add(SlackLink(slack_user_id=slack_user_id, staff_user_id=user_id, created_at=now))
        return missing


def _heads() -> Any:
    return select(func.min(SlackOutboxItem.id)).group_by(SlackOutboxItem.conversation_id)


def _new_item(conversation_id: str, kind: str, text: str | None, now: datetime) -> SlackOutboxItem:
    return SlackOutboxItem(
        conversation_id=conversation_id,
        kind=kind,
        text=text,
        attempts=0,
        created_at=now,
        next_attempt_at=now,
    )
