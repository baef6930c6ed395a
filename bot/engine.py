"""The conversation engine: the one place where conversations change, whatever the channel.

Channels (the website widget now; the staff console, Slack and the phone line later) call the engine
and listen on the bus; they never touch the store. Every message is stored before it is published.
Ownership is explicit: bot -> waiting (for a person) -> human -> bot ... -> closed, and every change
is a compare-and-set in the database, so it holds across instances too.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
import weakref
from collections.abc import Callable, Coroutine
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.bus import MessageBus, conversation_topic
from bot.config import Settings
from bot.dialogue import Dialogue, Reply, Turn
from bot.registration import contact_record
from bot.storage.staff import StaffAccount, StaffStore
from bot.storage.store import (
    ConversationGone,
    ConversationSnapshot,
    ConversationStore,
    StaffNoteView,
    StoredMessage,
)
from bot.texts import reply_language, text
from intents.route import urgency_rank
from knowledge.taxonomy import is_code
from registry.vocab import OUTCOMES

log = logging.getLogger(__name__)

STAFF_TOPIC = "staff"


class NotOwner(Exception):
    """The worker does not own the conversation (any more); ``owner`` names who does, if anyone."""

    def __init__(self, owner: str | None) -> None:
        super().__init__(owner)
        self.owner = owner


class InvalidClose(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class QueueEntry:
    id: str
    state: str
    urgency: str
    category: str
    lang: str
    waiting_seconds: int
    owner: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def utcnow() -> datetime:
    return datetime.now(UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ConversationEngine:
    def __init__(
        self,
        store: ConversationStore,
        bus: MessageBus,
        dialogue: Dialogue,
        settings: Settings,
        staff: StaffStore,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.staff = staff
        self.bus = bus
        self.dialogue = dialogue
        self.settings = settings
        self.clock = clock
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self._tasks: set[asyncio.Task] = set()

    # -- opening and finding -----------------------------------------------------------------------

    async def open(self, *, channel: str = "chat", lang: str = "nl") -> tuple[ConversationSnapshot, str]:
        token = secrets.token_urlsafe(32)
        conversation = await self.store.create(
            conversation_id="c_" + secrets.token_hex(10),
            token_hash=hash_token(token),
            channel=channel,
            lang=lang,
            now=self.clock(),
        )
        await self._post(conversation.id, "bot", self.dialogue.greeting(lang), activity=False)
        return conversation, token

    async def authenticate(self, token: str) -> ConversationSnapshot | None:
        return await self.store.by_token_hash(hash_token(token))

    async def get(self, conversation_id: str) -> ConversationSnapshot | None:
        return await self.store.get(conversation_id)

    async def history(self, conversation_id: str, after: int = 0) -> list[StoredMessage]:
        return await self.store.messages_after(conversation_id, after)

    # -- the parent's side -------------------------------------------------------------------------

    async def receive_from_parent(
        self, conversation_id: str, message: str, client_id: str | None = None
    ) -> StoredMessage:
        """Store the parent's message and echo it; the bot's answer follows in the background.
        Raises ConversationGone when the conversation is closed or unknown."""
        stored, created = await self.store.append(
            conversation_id, sender="parent", text=message, client_id=client_id, now=self.clock()
        )
        await self._publish_message(conversation_id, stored)
        if created:
            self._spawn(self._bot_turn(conversation_id, stored.text))
        return stored

    async def set_language(self, conversation_id: str, lang: str) -> bool:
        return await self.store.update(conversation_id, lang=lang)

    async def close_by_parent(self, conversation_id: str) -> bool:
        async with self._lock(conversation_id):
            return await self._close(conversation_id, "parent", say="closed_by_parent")

    # -- the bot's turn ----------------------------------------------------------------------------

    async def _bot_turn(self, conversation_id: str, message: str) -> None:
        async with self._lock(conversation_id):
            conversation = await self.store.get(conversation_id)
            if conversation is None or conversation.closed:
                return
            if conversation.state == "bot":
                turn = self.dialogue.respond(conversation, message)
            elif conversation.state == "waiting":
                turn = self.dialogue.respond_while_waiting(conversation, message)
            else:
                return  # a person owns the conversation: the bot says nothing
            await self._apply(conversation, turn)

    async def _apply(self, conversation: ConversationSnapshot, turn: Turn) -> None:
        conversation_id = conversation.id
        saved = await self.store.update(
            conversation_id,
            expect_states=(conversation.state,),
            step=turn.step,
            context=turn.context,
            lang=turn.lang,
            urgency=turn.urgency,
        )
        if not saved:
            return  # ownership changed while the bot was thinking: a person has it now
        if turn.replies:
            await self._typing(conversation_id)
        for reply in turn.replies:
            if not await self._post(conversation_id, "bot", reply, states=(conversation.state,)):
                break
        if turn.replies:
            await self.bus.publish(
                conversation_topic(conversation_id), {"type": "typing", "from": "bot", "on": False}
            )
        if turn.handoff:
            await self._enter_queue(conversation_id)
        if turn.close:
            await self._close(conversation_id, "parent", say=None)

    async def _typing(self, conversation_id: str) -> None:
        await self.bus.publish(
            conversation_topic(conversation_id), {"type": "typing", "from": "bot", "on": True}
        )
        if self.settings.bot_typing_ms:
            await asyncio.sleep(self.settings.bot_typing_ms / 1000)

    async def _enter_queue(self, conversation_id: str) -> None:
        if not await self.store.update(
            conversation_id, expect_states=("bot",), state="waiting", queued_at=self.clock()
        ):
            return
        conversation = await self.store.get(conversation_id)
        status = await self.status_frame(conversation) if conversation else None
        if status:
            await self.bus.publish(conversation_topic(conversation_id), status)
        await self._queue_changed(conversation_id, "waiting")

    # -- the worker's side ---------------------------------------------------------------------------

    async def queue(self) -> list[QueueEntry]:
        """Conversations that wait for or are with a person: safety first, then the longest waiting."""
        now = self.clock()
        entries = []
        names: dict[int, str] = {}
        for conversation in await self.store.in_states(("waiting", "human")):
            owner = None
            if conversation.owner_id is not None:
                if conversation.owner_id not in names:
                    account = await self.staff.by_id(conversation.owner_id)
                    names[conversation.owner_id] = account.display_name if account else "?"
                owner = names[conversation.owner_id]
            since = conversation.queued_at or conversation.created_at
            entries.append(
                QueueEntry(
                    id=conversation.id,
                    state=conversation.state,
                    urgency=conversation.urgency,
                    category=conversation.context.get("category", "other"),
                    lang=conversation.context.get("foreign_lang") or conversation.lang,
                    waiting_seconds=max(0, round((now - since).total_seconds())),
                    owner=owner,
                )
            )
        entries.sort(key=lambda e: (e.state != "waiting", -urgency_rank(e.urgency), -e.waiting_seconds))
        return entries

    async def notes(self, conversation_id: str) -> list[StaffNoteView]:
        return await self.store.notes(conversation_id)

    async def owner_name(self, conversation: ConversationSnapshot) -> str | None:
        if conversation.owner_id is None:
            return None
        account = await self.staff.by_id(conversation.owner_id)
        return account.display_name if account else None

    async def claim(self, conversation_id: str, worker: StaffAccount) -> None:
        """Take the conversation over. Of workers claiming at once, on any instance, exactly one wins
        (the database's compare-and-set decides); the others get NotOwner naming the winner.
        Raises ConversationGone when it is closed or unknown."""
        claimed = await self.store.update(
            conversation_id,
            expect_states=("bot", "waiting"),
            state="human",
            owner_id=worker.id,
            claimed_at=self.clock(),
        )
        if not claimed:
            conversation = await self.store.get(conversation_id)
            if conversation is None or conversation.closed:
                raise ConversationGone(conversation_id)
            if conversation.owner_id == worker.id:
                return
            raise NotOwner(await self.owner_name(conversation))
        await self._announce_owner(conversation_id, worker, "claimed")

    async def transfer(self, conversation_id: str, worker: StaffAccount, colleague: StaffAccount) -> None:
        moved = await self.store.update(
            conversation_id, expect_states=("human",), expect_owner=worker.id, owner_id=colleague.id
        )
        if not moved:
            raise await self._not_owner(conversation_id)
        await self._announce_owner(conversation_id, colleague, "claimed")

    async def _announce_owner(self, conversation_id: str, worker: StaffAccount, key: str) -> None:
        conversation = await self.store.get(conversation_id)
        lang = reply_language(conversation.lang if conversation else "nl")
        notice = Reply(text(key, lang, name=worker.display_name), kind="notice")
        await self._post(conversation_id, "system", notice, activity=False)
        status = await self.status_frame(conversation) if conversation else None
        if status:
            await self.bus.publish(
                conversation_topic(conversation_id), {**status, "name": worker.display_name}
            )
        await self._queue_changed(conversation_id, "human")

    async def reply_as_staff(self, conversation_id: str, worker: StaffAccount, message: str) -> StoredMessage:
        """A worker's message to the parent: only from the worker who owns the conversation."""
        try:
            stored, _ = await self.store.append(
                conversation_id,
                sender="staff",
                text=message,
                now=self.clock(),
                states=("human",),
                owner_id=worker.id,
                author_name=worker.display_name,
            )
        except ConversationGone:
            raise await self._not_owner(conversation_id) from None
        await self._publish_message(conversation_id, stored)
        return stored

    async def add_note(self, conversation_id: str, worker: StaffAccount, note: str) -> StaffNoteView:
        conversation = await self.store.get(conversation_id)
        if conversation is None:
            raise ConversationGone(conversation_id)
        saved = await self.store.add_note(
            conversation_id, author_id=worker.id, author_name=worker.display_name, text=note, now=self.clock()
        )
        await self.bus.publish(STAFF_TOPIC, {"type": "note", "conversation_id": conversation_id})
        return saved

    async def hand_back(self, conversation_id: str, worker: StaffAccount) -> None:
        async with self._lock(conversation_id):
            conversation = await self.store.get(conversation_id)
            returned = await self.store.update(
                conversation_id,
                expect_states=("human",),
                expect_owner=worker.id,
                state="bot",
                owner_id=None,
                step="open",
                context={
                    k: v for k, v in (conversation.context if conversation else {}).items() if k != "choices"
                },
            )
            if not returned:
                raise await self._not_owner(conversation_id)
            message = text("handed_back", reply_language(conversation.lang))
            await self._post(conversation_id, "system", Reply(message, kind="notice"))
            await self.bus.publish(
                conversation_topic(conversation_id), {"type": "status", "state": "bot", "text": message}
            )
            await self._queue_changed(conversation_id, "bot")

    async def close_by_staff(
        self, conversation_id: str, worker: StaffAccount, *, categories: list[str], outcome: str
    ) -> None:
        """Close with the worker's categories (confirmed or corrected) and outcome in the registry."""
        if (
            not categories
            or any(not is_code(c) for c in categories)
            or len(set(categories)) != len(categories)
        ):
            raise InvalidClose("categories must be one or more distinct taxonomy codes")
        if outcome not in OUTCOMES:
            raise InvalidClose(f"outcome must be one of {', '.join(OUTCOMES)}")
        async with self._lock(conversation_id):
            conversation = await self.store.get(conversation_id)
            if conversation is None or conversation.closed:
                raise ConversationGone(conversation_id)
            if conversation.owner_id not in (None, worker.id):
                raise NotOwner(await self.owner_name(conversation))
            lang = reply_language(conversation.lang)
            closing = text("closed_by_staff", lang, name=worker.display_name)
            await self._post(conversation_id, "system", Reply(closing), activity=False)
            now = self.clock()
            record = contact_record(
                conversation, now, categories=categories, outcome=outcome, handled_by=worker.pseudonym
            )
            if not await self.store.close(
                conversation_id, reason="staff", now=now, record=record, allowed_owner=worker.id
            ):
                raise await self._not_owner(conversation_id)
            await self.bus.publish(
                conversation_topic(conversation_id), {"type": "closed", "reason": "staff", "text": closing}
            )
            await self._queue_changed(conversation_id, "closed")

    async def _not_owner(self, conversation_id: str) -> Exception:
        conversation = await self.store.get(conversation_id)
        if conversation is None or conversation.closed:
            return ConversationGone(conversation_id)
        return NotOwner(await self.owner_name(conversation))

    # -- closing and idling ------------------------------------------------------------------------

    async def _close(self, conversation_id: str, reason: str, *, say: str | None) -> bool:
        conversation = await self.store.get(conversation_id)
        if conversation is None or conversation.closed:
            return False
        closing_text = text(say or "goodbye", reply_language(conversation.lang))
        if say:
            await self._post(conversation_id, "bot", Reply(closing_text), activity=False)
        now = self.clock()
        if not await self.store.close(
            conversation_id, reason=reason, now=now, record=contact_record(conversation, now)
        ):
            return False
        await self.bus.publish(
            conversation_topic(conversation_id), {"type": "closed", "reason": reason, "text": closing_text}
        )
        await self._queue_changed(conversation_id, "closed")
        return True

    async def purge_expired_transcripts(self) -> int:
        """Transcripts are kept RETENTION_DAYS after the conversation closed; the registry keeps counting."""
        now = self.clock()
        return await self.store.purge_transcripts(now - timedelta(days=self.settings.retention_days), now)

    async def status_frame(self, conversation: ConversationSnapshot) -> dict[str, Any] | None:
        """The parent's current situation, sent again on every (re)connect: waiting, or with whom."""
        lang = reply_language(conversation.lang)
        if conversation.state == "waiting":
            key = "status_waiting_urgent" if conversation.context.get("priority") else "status_waiting"
            return {"type": "status", "state": "waiting", "text": text(key, lang)}
        if conversation.state == "human":
            name = await self.owner_name(conversation) or "?"
            return {
                "type": "status",
                "state": "human",
                "text": text("claimed", lang, name=name),
                "name": name,
            }
        return None

    async def sweep_idle(self) -> tuple[int, int]:
        """Warn conversations the bot owns that went quiet, and close those still quiet after the warning.
        Safe to run on several instances at once: each step is a compare-and-set."""
        now = self.clock()
        warn_cutoff = now - timedelta(minutes=self.settings.idle_warn_minutes)
        close_cutoff = now - timedelta(minutes=self.settings.idle_close_minutes)
        closed = 0
        for conversation_id in await self.store.idle_since(close_cutoff, warned=True, states=("bot",)):
            async with self._lock(conversation_id):
                closed += await self._close(conversation_id, "idle", say="idle_closed")
        warned = 0
        for conversation_id in await self.store.idle_since(warn_cutoff, warned=False, states=("bot",)):
            async with self._lock(conversation_id):
                conversation = await self.store.get(conversation_id)
                if conversation is None or conversation.state != "bot":
                    continue
                turn = self.dialogue.idle_warning(conversation)
                if await self.store.update(
                    conversation_id, expect_states=("bot",), idle_warned=True, context=turn.context
                ):
                    for reply in turn.replies:
                        await self._post(conversation_id, "bot", reply, activity=False, states=("bot",))
                    warned += 1
        return warned, closed

    # -- plumbing ----------------------------------------------------------------------------------

    async def _post(
        self,
        conversation_id: str,
        sender: str,
        reply: Reply,
        *,
        activity: bool = True,
        states: tuple[str, ...] = ("bot", "waiting", "human"),
    ) -> bool:
        try:
            stored, _ = await self.store.append(
                conversation_id,
                sender=sender,
                text=reply.text,
                kind=reply.kind,
                quick_replies=reply.quick_replies,
                links=reply.links,
                now=self.clock(),
                activity=activity,
                states=states,
            )
        except ConversationGone:
            return False
        await self._publish_message(conversation_id, stored)
        return True

    async def _publish_message(self, conversation_id: str, stored: StoredMessage) -> None:
        frame = stored.frame()
        await self.bus.publish(conversation_topic(conversation_id), frame)
        # Staff tools (console, Slack) follow every conversation through one topic.
        await self.bus.publish(STAFF_TOPIC, {**frame, "conversation_id": conversation_id})

    async def _queue_changed(self, conversation_id: str, state: str) -> None:
        await self.bus.publish(
            STAFF_TOPIC, {"type": "queue", "conversation_id": conversation_id, "state": state}
        )

    def _lock(self, conversation_id: str) -> asyncio.Lock:
        lock = self._locks.get(conversation_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[conversation_id] = lock
        return lock

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("bot turn failed", exc_info=task.exception())

    async def drain(self, grace_seconds: float = 10) -> None:
        """Let the bot finish the answers it is writing, so a shutdown loses nothing in flight."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=grace_seconds)
