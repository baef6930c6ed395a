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

from bot import privacy
from bot.bus import MessageBus, conversation_topic
from bot.config import Settings
from bot.contact_details import parse_email, parse_phone
from bot.dialogue import MAX_PREFERRED_TIME, Dialogue, Reply, Turn
from bot.presence import (
    HISTORY_DAYS,
    MAX_WAIT_MINUTES,
    RECENT_CLAIMS,
    Presence,
    Staffing,
    estimate_wait_minutes,
    typical_wait_minutes,
)
from bot.registration import contact_record, parse_review
from bot.storage.staff import StaffAccount, StaffStore
from bot.storage.store import (
    ContactRequestView,
    ConversationGone,
    ConversationSnapshot,
    ConversationStore,
    StaffNoteView,
    StoredMessage,
)
from bot.texts import chat_language, minutes_text, text
from intents.route import is_safety, urgency_rank
from registry import ContactRecord

log = logging.getLogger(__name__)

STAFF_TOPIC = "staff"
RATINGS = ("up", "down")
# Long enough to rate from the widget after closing it, short enough that a found token is worth little.
RATING_WINDOW = timedelta(hours=24)


class NotOwner(Exception):
    """The worker does not own the conversation (any more); ``owner`` names who does, if anyone."""

    def __init__(self, owner: str | None) -> None:
        super().__init__(owner)
        self.owner = owner


class InvalidClose(ValueError):
    """The worker's review does not fit; ``fields`` holds a Dutch error per field (never its value)."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{name}: {error}" for name, error in fields.items()))
        self.fields = fields


class InvalidContact(ValueError):
    """Not a callable phone number or a valid e-mail address (the value itself is not in the message)."""


class UnknownContactRequest(LookupError):
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
        self.office_hours = settings.opening_hours()
        self.presence = Presence(timedelta(minutes=settings.presence_timeout_minutes))
        # What each waiting parent was last told (place, minutes, text): a new status only on a change.
        self._told: dict[str, tuple[int, int | None, str]] = {}

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

    async def register_contact(self, record: ContactRecord) -> None:
        """Store a contact a worker registered by hand; the caller de-identified it (bot/privacy.py).
        Raises InvalidRecord, storing nothing, when the registry would refuse it."""
        record.validate()
        await self.store.add_registered_contact(record)

    async def rate(self, token: str, rating: str) -> str:
        """The parent's thumbs up or down after the chat, put on its anonymous registry record.
        Returns "rated", "unknown_conversation", "not_closed", "already_rated", "no_record" or
        "expired"."""
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {', '.join(RATINGS)}")
        conversation = await self.authenticate(token)
        if conversation is None:
            return "unknown_conversation"
        if not conversation.closed:
            return "not_closed"
        return await self.store.rate(conversation.id, rating, closed_after=self.clock() - RATING_WINDOW)

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
            self._spawn(self._bot_turn(conversation_id, stored.text, stored.seq))
        return stored

    async def set_language(self, conversation_id: str, lang: str) -> bool:
        """The parent chose Dutch or English in the widget: the bot writes in it from now on, also when
        it was following another language the parent wrote in."""
        async with self._lock(conversation_id):
            conversation = await self.store.get(conversation_id)
            if conversation is None or "reply_lang" not in conversation.context:
                return await self.store.update(conversation_id, lang=lang)
            context = {k: v for k, v in conversation.context.items() if k != "reply_lang"}
            return await self.store.update(conversation_id, lang=lang, context=context)

    async def close_by_parent(self, conversation_id: str) -> bool:
        async with self._lock(conversation_id):
            return await self._close(conversation_id, "parent", say="closed_by_parent")

    # -- the bot's turn ----------------------------------------------------------------------------

    async def _bot_turn(self, conversation_id: str, message: str, seq: int | None = None) -> None:
        async with self._lock(conversation_id):
            conversation = await self.store.get(conversation_id)
            if conversation is None or conversation.closed:
                return
            if conversation.state == "bot":
                turn = self.dialogue.respond(conversation, message, self.staffing())
            elif conversation.state == "waiting":
                turn = self.dialogue.respond_while_waiting(conversation, message, self.staffing())
            else:
                return  # a person owns the conversation: the bot says nothing
            await self._apply(conversation, turn, seq)

    async def _apply(self, conversation: ConversationSnapshot, turn: Turn, seq: int | None = None) -> None:
        conversation_id = conversation.id
        # A parent who leaves the queue for a call-back is the bot's again, in the same compare-and-set.
        state = "bot" if turn.leave_queue else conversation.state
        saved = await self.store.update(
            conversation_id,
            expect_states=(conversation.state,),
            step=turn.step,
            context=turn.context,
            lang=turn.lang,
            urgency=turn.urgency,
            **({"state": state} if turn.leave_queue else {}),
        )
        if not saved:
            return  # ownership changed while the bot was thinking: a person has it now
        if turn.mask is not None and seq is not None:
            await self.store.mask_message(conversation_id, seq, turn.mask)
        if turn.contact is not None:
            await self.create_contact_request(
                conversation_id,
                turn.contact.kind,
                turn.contact.value,
                self.clock(),
                preferred_time=turn.contact.preferred_time,
            )
        if turn.replies:
            await self._typing(conversation_id)
        for reply in turn.replies:
            if not await self._post(conversation_id, "bot", reply, states=(state,)):
                break
        if turn.replies:
            await self.bus.publish(
                conversation_topic(conversation_id), {"type": "typing", "from": "bot", "on": False}
            )
        if turn.leave_queue:
            status = {
                "type": "status",
                "state": "bot",
                "text": text("status_bot", chat_language(turn.lang, turn.context)),
            }
            await self.bus.publish(conversation_topic(conversation_id), status)
            await self._queue_changed(conversation_id, "bot")
        if turn.handoff:
            await self._enter_queue(conversation_id)
        elif state == "waiting":
            await self.update_waiting_statuses()  # a safety signal moves the parent to the front
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
        self._told.pop(conversation_id, None)  # a new place in the queue: always tell it
        await self._queue_changed(conversation_id, "waiting")  # sends the parent's status too

    # -- who can take over, and how long the wait is -------------------------------------------------

    def staffing(self, now: datetime | None = None) -> Staffing:
        """Whether a parent asking for a person can be queued now: within office hours and with a
        worker online (or QUEUE_WHEN_NOBODY_ONLINE)."""
        now = now or self.clock()
        is_open = self.office_hours.is_open(now)
        online = len(self.presence.online(now))
        return Staffing(
            available=is_open and (online > 0 or self.settings.queue_when_nobody_online),
            open=is_open,
            online=online,
            now=now,
            next_opening=None if is_open else self.office_hours.next_opening(now),
        )

    async def _waiting_in_order(self) -> list[ConversationSnapshot]:
        """The queue as staff see it: safety signals first, then who joined first."""
        waiting = await self.store.in_states(("waiting",))
        waiting.sort(key=lambda c: (-urgency_rank(c.urgency), c.queued_at or c.created_at))
        return waiting

    async def _waiting_statuses(self) -> dict[str, dict[str, Any]]:
        waiting = await self._waiting_in_order()
        if not waiting:
            return {}
        now = self.clock()
        staffing = self.staffing(now)
        typical = typical_wait_minutes(
            await self.store.recent_waits(now - timedelta(days=HISTORY_DAYS), RECENT_CLAIMS)
        )
        return {
            conversation.id: self._waiting_status(conversation, position, typical, staffing)
            for position, conversation in enumerate(waiting, 1)
        }

    def _waiting_status(
        self, conversation: ConversationSnapshot, position: int, typical: float | None, staffing: Staffing
    ) -> dict[str, Any]:
        """The parent's place, a realistic wait, and what to do when it takes too long."""
        lang = chat_language(conversation.lang, conversation.context)
        priority = bool(conversation.context.get("priority")) or is_safety(conversation.urgency)
        parts = [text("queue_priority", lang)] if priority else []
        parts.append(
            text("queue_front", lang) if position == 1 else text("queue_place", lang, position=position)
        )
        minutes = None
        if staffing.available:
            minutes = estimate_wait_minutes(position, typical, staffing.online)
            parts.append(text("queue_wait", lang, minutes=minutes_text(minutes, lang, most=MAX_WAIT_MINUTES)))
        else:
            parts.append(text("queue_nobody_online", lang))
        too_long = "queue_too_long" if staffing.open else "queue_too_long_closed"
        parts.append(text(too_long, lang, phone=self.settings.cjg_phone))
        if priority:
            parts.append(text("queue_danger", lang))
        return {
            "type": "status",
            "state": "waiting",
            "text": " ".join(parts),
            "queue_position": position,
            "wait_minutes": minutes,
        }

    async def update_waiting_statuses(self) -> int:
        """Send every waiting parent a new status when their place or expected wait changed (someone
        ahead was taken, a safety case came in front, a worker came online). Returns how many."""
        statuses = await self._waiting_statuses()
        sent = 0
        for conversation_id, status in statuses.items():
            told = (status["queue_position"], status["wait_minutes"], status["text"])
            if self._told.get(conversation_id) != told:
                self._told[conversation_id] = told
                await self.bus.publish(conversation_topic(conversation_id), status)
                sent += 1
        for gone in set(self._told) - set(statuses):
            self._told.pop(gone, None)
        return sent

    # -- contact requests: a call-back or an e-mail answer -------------------------------------------

    async def create_contact_request(
        self,
        conversation_id: str | None,
        kind: str,
        value: str,
        now: datetime | None = None,
        *,
        preferred_time: str | None = None,
    ) -> ContactRequestView:
        """Store a parent's request to be called or e-mailed back. The phone number is normalised to
        E.164 (Dutch by default). Raises InvalidContact for anything else. Never logs the value."""
        if kind == "phone":
            normalised = parse_phone(value)
        elif kind == "email":
            normalised = parse_email(value)
        else:
            raise InvalidContact("kind must be phone or email")
        if normalised is None:
            raise InvalidContact(f"not a valid {kind}")
        conversation = await self.store.get(conversation_id) if conversation_id else None
        context = conversation.context if conversation else {}
        request = await self.store.add_contact_request(
            conversation_id=conversation.id if conversation else None,
            kind=kind,
            value=normalised,
            preferred_time=(preferred_time or "").strip()[:MAX_PREFERRED_TIME] or None,
            category=context.get("category", "other"),
            urgency=conversation.urgency if conversation else "none",
            lang=context.get("foreign_lang") or (conversation.lang if conversation else "nl"),
            now=now or self.clock(),
        )
        log.info("contact request %d (%s) left in conversation %s", request.id, kind, request.conversation_id)
        await self.bus.publish(STAFF_TOPIC, {"type": "contact_request", "id": request.id, "state": "open"})
        return request

    async def contact_requests(self, open_only: bool = True) -> list[ContactRequestView]:
        return await self.store.contact_requests(open_only=open_only)

    async def mark_contact_request_done(self, request_id: int, worker: StaffAccount) -> ContactRequestView:
        """Handled by ``worker``. Marking a request that is already done changes nothing."""
        finished = await self.store.finish_contact_request(request_id, worker_id=worker.id, now=self.clock())
        request = await self.store.contact_request(request_id)
        if request is None:
            raise UnknownContactRequest(request_id)
        if finished:
            await self.bus.publish(
                STAFF_TOPIC, {"type": "contact_request", "id": request_id, "state": "done"}
            )
        return request

    async def purge_handled_contact_requests(self) -> int:
        """Contact details are kept until the request is handled plus RETENTION_DAYS, then deleted."""
        cutoff = self.clock() - timedelta(days=self.settings.retention_days)
        return await self.store.purge_contact_requests(cutoff)

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
        lang = chat_language(conversation.lang, conversation.context) if conversation else "nl"
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
            message = text("handed_back", chat_language(conversation.lang, conversation.context))
            await self._post(conversation_id, "system", Reply(message, kind="notice"))
            await self.bus.publish(
                conversation_topic(conversation_id), {"type": "status", "state": "bot", "text": message}
            )
            await self._queue_changed(conversation_id, "bot")

    async def close_by_staff(
        self,
        conversation_id: str,
        worker: StaffAccount,
        *,
        categories: list[str],
        outcome: str,
        unmet_need: bool = False,
        unmet_reason: str | None = None,
        referred_services: list[str] | None = None,
        note: str | None = None,
    ) -> None:
        """Close with the worker's review in the registry: the categories (confirmed or corrected), the
        outcome, an unmet need with its reason, the services referred to (sociale-kaart ids; None keeps
        those the bot showed) and a short note, de-identified before it is stored.
        Raises InvalidClose, with an error per field, before anything changes."""
        review, errors = parse_review(
            {
                "categories": categories,
                "outcome": outcome,
                "unmet_need": unmet_need,
                "unmet_reason": unmet_reason,
                "referred_services": referred_services,
                "note": note,
            },
            self.dialogue.services,
        )
        if review is None:
            raise InvalidClose(errors)
        async with self._lock(conversation_id):
            conversation = await self.store.get(conversation_id)
            if conversation is None or conversation.closed:
                raise ConversationGone(conversation_id)
            if conversation.owner_id not in (None, worker.id):
                raise NotOwner(await self.owner_name(conversation))
            lang = chat_language(conversation.lang, conversation.context)
            closing = text("closed_by_staff", lang, name=worker.display_name)
            await self._post(conversation_id, "system", Reply(closing), activity=False)
            now = self.clock()
            record = await privacy.deidentified(
                contact_record(
                    conversation,
                    now,
                    categories=review.categories,
                    outcome=review.outcome,
                    handled_by=worker.pseudonym,
                    unmet_reason=review.unmet_reason,
                    referred_services=review.referred_services,
                    note=review.note,
                )
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
        closing_text = text(say or "goodbye", chat_language(conversation.lang, conversation.context))
        if say:
            await self._post(conversation_id, "bot", Reply(closing_text), activity=False)
        now = self.clock()
        # Who left a question for a call-back was helped that way (safety escalation still goes first).
        outcome = (
            "callback_requested"
            if conversation.context.get("contact_requested") and not is_safety(conversation.urgency)
            else None
        )
        record = await privacy.deidentified(contact_record(conversation, now, outcome=outcome))
        if not await self.store.close(conversation_id, reason=reason, now=now, record=record):
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
        lang = chat_language(conversation.lang, conversation.context)
        if conversation.state == "waiting":
            status = (await self._waiting_statuses()).get(conversation.id)
            if status is not None:
                return status
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
        # Places in the queue move with every change: the parents who wait hear their new place. The
        # change itself is done; a failure here must not undo it in the caller's eyes.
        try:
            await self.update_waiting_statuses()
        except Exception:
            log.exception("could not update the statuses of waiting parents")

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
