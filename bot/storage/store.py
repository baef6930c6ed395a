"""The conversation store: every message is written here before anyone sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.storage.models import (
    ContactRequest,
    Conversation,
    Message,
    SlackOutboxItem,
    SlackThread,
    StaffNote,
    StaffUser,
)
from registry import ContactRecord
from registry.database import write_lock
from registry.models import Contact
from registry.store import add_contact, insert_contacts

OPEN_STATES = ("bot", "waiting", "human")


class Unset:
    """Marks "no condition" where None is a meaningful value."""


UNSET = Unset()


class ConversationGone(LookupError):
    """The conversation does not exist or is closed: nothing was written."""


@dataclass(frozen=True, slots=True)
class StoredMessage:
    conversation_id: str
    seq: int
    sender: str
    text: str
    created_at: datetime
    kind: str | None = None
    quick_replies: list[str] | None = None
    links: list[dict] | None = None
    client_id: str | None = None
    author_name: str | None = None

    def frame(self) -> dict[str, Any]:
        frame: dict[str, Any] = {
            "type": "message",
            "seq": self.seq,
            "from": self.sender,
            "text": self.text,
            "at": self.created_at.isoformat().replace("+00:00", "Z"),
        }
        if self.kind:
            frame["kind"] = self.kind
        if self.quick_replies:
            frame["quick_replies"] = list(self.quick_replies)
        if self.links:
            frame["links"] = list(self.links)
        if self.client_id:
            frame["client_id"] = self.client_id
        if self.author_name:
            frame["name"] = self.author_name
        return frame


@dataclass(frozen=True, slots=True)
class StaffNoteView:
    id: int
    author_name: str
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ContactRequestView:
    """A call-back or e-mail request as staff see it. ``value`` is personal data: show it to staff
    only, never log it."""

    id: int
    conversation_id: str | None
    kind: str
    value: str
    preferred_time: str | None
    category: str
    urgency: str
    lang: str
    state: str
    created_at: datetime
    handled_at: datetime | None = None
    handled_by: str | None = None  # the worker's display name

    def to_dict(self) -> dict[str, Any]:
        values = {name: getattr(self, name) for name in self.__slots__}
        return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def _contact_request(row: ContactRequest, handled_by: str | None) -> ContactRequestView:
    return ContactRequestView(
        id=row.id,
        conversation_id=row.conversation_id,
        kind=row.kind,
        value=row.value,
        preferred_time=row.preferred_time,
        category=row.category,
        urgency=row.urgency,
        lang=row.lang,
        state=row.state,
        created_at=row.created_at,
        handled_at=row.handled_at,
        handled_by=handled_by,
    )


@dataclass(frozen=True, slots=True)
class ConversationSnapshot:
    id: str
    channel: str
    state: str
    step: str
    lang: str
    urgency: str
    last_seq: int
    created_at: datetime
    last_activity_at: datetime
    idle_warned: bool
    context: dict[str, Any] = field(default_factory=dict)
    queued_at: datetime | None = None
    closed_at: datetime | None = None
    close_reason: str | None = None
    owner_id: int | None = None
    claimed_at: datetime | None = None

    @property
    def closed(self) -> bool:
        return self.state == "closed"


def _snapshot(row: Conversation) -> ConversationSnapshot:
    return ConversationSnapshot(
        id=row.id,
        channel=row.channel,
        state=row.state,
        step=row.step,
        lang=row.lang,
        urgency=row.urgency,
        last_seq=row.last_seq,
        created_at=row.created_at,
        last_activity_at=row.last_activity_at,
        idle_warned=row.idle_warned,
        context=dict(row.context or {}),
        queued_at=row.queued_at,
        closed_at=row.closed_at,
        close_reason=row.close_reason,
        owner_id=row.owner_id,
        claimed_at=row.claimed_at,
    )


def _stored(row: Message) -> StoredMessage:
    return StoredMessage(
        conversation_id=row.conversation_id,
        seq=row.seq,
        sender=row.sender,
        text=row.text,
        created_at=row.created_at,
        kind=row.kind,
        quick_replies=row.quick_replies,
        links=row.links,
        client_id=row.client_id,
        author_name=row.author_name,
    )


class ConversationStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    def session(self) -> AsyncSession:
        return self._sessions()

    async def create(
        self, *, conversation_id: str, token_hash: str, channel: str, lang: str, now: datetime
    ) -> ConversationSnapshot:
        row = Conversation(
            id=conversation_id,
            token_hash=token_hash,
            channel=channel,
            state="bot",
            step="start",
            lang=lang,
            urgency="none",
            context={},
            last_seq=0,
            created_at=now,
            last_activity_at=now,
            idle_warned=False,
        )
        async with write_lock(self.engine), self.session() as session, session.begin():
            session.add(row)
        return _snapshot(row)

    async def by_token_hash(self, token_hash: str) -> ConversationSnapshot | None:
        async with self.session() as session:
            row = await session.scalar(select(Conversation).where(Conversation.token_hash == token_hash))
            return _snapshot(row) if row else None

    async def get(self, conversation_id: str) -> ConversationSnapshot | None:
        async with self.session() as session:
            row = await session.get(Conversation, conversation_id)
            return _snapshot(row) if row else None

    async def append(
        self,
        conversation_id: str,
        *,
        sender: str,
        text: str,
        now: datetime,
        kind: str | None = None,
        quick_replies: list[str] | None = None,
        links: list[dict] | None = None,
        client_id: str | None = None,
        activity: bool = True,
        states: tuple[str, ...] = OPEN_STATES,
        owner_id: int | None = None,
        author_name: str | None = None,
    ) -> tuple[StoredMessage, bool]:
        """Store a message with the next seq. Returns (message, created); a repeated client_id
        returns the message stored the first time, so a resend after a dropped connection is harmless.
        Only while the conversation is in one of ``states`` (and owned by ``owner_id`` when given): the
        bot writes only while it owns the conversation, a worker only while they do."""
        if client_id:
            existing = await self._by_client_id(conversation_id, client_id)
            if existing:
                return existing, False
        values: dict[str, Any] = {"last_seq": Conversation.last_seq + 1}
        if activity:
            values |= {"last_activity_at": now, "idle_warned": False}
        conditions = [Conversation.id == conversation_id, Conversation.state.in_(states)]
        if owner_id is not None:
            conditions.append(Conversation.owner_id == owner_id)
        try:
            async with write_lock(self.engine), self.session() as session, session.begin():
                seq = await session.scalar(
                    update(Conversation).where(*conditions).values(**values).returning(Conversation.last_seq)
                )
                if seq is None:
                    raise ConversationGone(conversation_id)
                row = Message(
                    conversation_id=conversation_id,
                    seq=seq,
                    sender=sender,
                    text=text,
                    kind=kind,
                    quick_replies=quick_replies,
                    links=links,
                    client_id=client_id,
                    author_name=author_name,
                    created_at=now,
                )
                session.add(row)
        except IntegrityError:
            # Two sockets resent the same client_id at the same moment; the other one won.
            existing = await self._by_client_id(conversation_id, client_id) if client_id else None
            if existing is None:
                raise
            return existing, False
        return _stored(row), True

    async def _by_client_id(self, conversation_id: str, client_id: str) -> StoredMessage | None:
        async with self.session() as session:
            row = await session.scalar(
                select(Message).where(
                    Message.conversation_id == conversation_id, Message.client_id == client_id
                )
            )
            return _stored(row) if row else None

    async def messages_after(self, conversation_id: str, after: int = 0) -> list[StoredMessage]:
        async with self.session() as session:
            rows = await session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id, Message.seq > after)
                .order_by(Message.seq)
            )
            return [_stored(r) for r in rows]

    async def update(
        self,
        conversation_id: str,
        *,
        expect_states: tuple[str, ...] = OPEN_STATES,
        expect_owner: int | Unset | None = UNSET,
        **values: Any,
    ) -> bool:
        """Compare-and-set: change the conversation only while it is in one of ``expect_states`` (and,
        when given, owned by ``expect_owner``; None means nobody). This is what makes a state change
        and a worker's claim atomic across instances: of two claims at once, one updates a row."""
        conditions = [Conversation.id == conversation_id, Conversation.state.in_(expect_states)]
        if expect_owner is None:
            conditions.append(Conversation.owner_id.is_(None))
        elif not isinstance(expect_owner, Unset):
            conditions.append(Conversation.owner_id == expect_owner)
        async with write_lock(self.engine), self.session() as session, session.begin():
            result = await session.execute(update(Conversation).where(*conditions).values(**values))
            return result.rowcount == 1

    async def close(
        self,
        conversation_id: str,
        *,
        reason: str,
        now: datetime,
        record: ContactRecord | None,
        allowed_owner: int | None = None,
    ) -> bool:
        """Close and register in one transaction: a closed conversation always has its contact record.
        With ``allowed_owner``, only when nobody else owns the conversation."""
        conditions = [Conversation.id == conversation_id, Conversation.state.in_(OPEN_STATES)]
        if allowed_owner is not None:
            conditions.append(or_(Conversation.owner_id.is_(None), Conversation.owner_id == allowed_owner))
        async with write_lock(self.engine), self.session() as session, session.begin():
            result = await session.execute(
                update(Conversation)
                .where(*conditions)
                .values(state="closed", closed_at=now, close_reason=reason, owner_id=None)
            )
            if result.rowcount != 1:
                return False
            if record is not None:
                # The engine de-identified the record's text in a worker process (bot/privacy.py).
                add_contact(session, record, deidentify=False)
                # The link lets the parent rate the chat afterwards; it goes with the transcript's purge.
                row = await session.get(Conversation, conversation_id)
                if row is not None:
                    row.context = {**(row.context or {}), "contact_id": record.id}
        return True

    async def rate(self, conversation_id: str, rating: str, *, closed_after: datetime) -> str:
        """Put the parent's rating on the registry record of a closed conversation, once. Returns
        "rated", "already_rated", "no_record" (nothing to register: the parent never wrote) or
        "expired" (closed before ``closed_after``, or the transcript is purged)."""
        async with write_lock(self.engine), self.session() as session, session.begin():
            row = await session.get(Conversation, conversation_id)
            if row is None or row.purged_at is not None or row.closed_at is None:
                return "expired"
            if row.closed_at < closed_after:
                return "expired"
            contact_id = (row.context or {}).get("contact_id")
            if not isinstance(contact_id, str):
                return "no_record"
            result = await session.execute(
                update(Contact)
                .where(Contact.id == contact_id, Contact.satisfaction.is_(None))
                .values(satisfaction=rating)
            )
            return "rated" if result.rowcount == 1 else "already_rated"

    async def add_registered_contact(self, record: ContactRecord) -> None:
        """A contact a worker registered by hand (phone, walk-in, ...), already de-identified."""
        async with write_lock(self.engine), self.engine.begin() as connection:
            await insert_contacts(connection, [record], deidentify=False)

    async def idle_since(self, cutoff: datetime, *, warned: bool, states: tuple[str, ...]) -> list[str]:
        async with self.session() as session:
            rows = await session.scalars(
                select(Conversation.id).where(
                    Conversation.state.in_(states),
                    Conversation.last_activity_at < cutoff,
                    Conversation.idle_warned.is_(warned),
                )
            )
            return list(rows)

    async def in_states(self, states: tuple[str, ...]) -> list[ConversationSnapshot]:
        async with self.session() as session:
            rows = await session.scalars(select(Conversation).where(Conversation.state.in_(states)))
            return [_snapshot(r) for r in rows]

    async def add_note(
        self, conversation_id: str, *, author_id: int, author_name: str, text: str, now: datetime
    ) -> StaffNoteView:
        note = StaffNote(
            conversation_id=conversation_id,
            author_id=author_id,
            author_name=author_name,
            text=text,
            created_at=now,
        )
        async with write_lock(self.engine), self.session() as session, session.begin():
            session.add(note)
        return StaffNoteView(note.id, note.author_name, note.text, note.created_at)

    async def notes(self, conversation_id: str) -> list[StaffNoteView]:
        async with self.session() as session:
            rows = await session.scalars(
                select(StaffNote).where(StaffNote.conversation_id == conversation_id).order_by(StaffNote.id)
            )
            return [StaffNoteView(r.id, r.author_name, r.text, r.created_at) for r in rows]

    async def purge_transcripts(self, closed_before: datetime, now: datetime) -> int:
        """Delete the messages, notes, context and Slack state of conversations closed before
        ``closed_before``. The conversation row stays (without text) so its id still answers 410, not 404."""
        async with write_lock(self.engine), self.session() as session, session.begin():
            expired = select(Conversation.id).where(
                Conversation.closed_at < closed_before, Conversation.purged_at.is_(None)
            )
            ids = list(await session.scalars(expired))
            if not ids:
                return 0
            await session.execute(delete(Message).where(Message.conversation_id.in_(ids)))
            await session.execute(delete(StaffNote).where(StaffNote.conversation_id.in_(ids)))
            # Slack copies not yet delivered hold the same words; a thread keeps the first question.
            await session.execute(delete(SlackOutboxItem).where(SlackOutboxItem.conversation_id.in_(ids)))
            await session.execute(delete(SlackThread).where(SlackThread.conversation_id.in_(ids)))
            await session.execute(
                update(Conversation).where(Conversation.id.in_(ids)).values(context={}, purged_at=now)
            )
            return len(ids)

    # -- the queue's history ------------------------------------------------------------------------

    async def recent_waits(self, since: datetime, limit: int) -> list[float]:
        """Seconds from joining the queue to the claim, of the latest ``limit`` claims since ``since``."""
        async with self.session() as session:
            rows = await session.execute(
                select(Conversation.queued_at, Conversation.claimed_at)
                .where(
                    Conversation.claimed_at >= since,
                    Conversation.queued_at.is_not(None),
                    Conversation.claimed_at >= Conversation.queued_at,
                )
                .order_by(Conversation.claimed_at.desc())
                .limit(limit)
            )
            return [(claimed - queued).total_seconds() for queued, claimed in rows]

    async def mask_message(self, conversation_id: str, seq: int, text: str) -> bool:
        """Replace a stored message's text (a phone number or e-mail address masked after it was used)."""
        async with write_lock(self.engine), self.session() as session, session.begin():
            result = await session.execute(
                update(Message)
                .where(Message.conversation_id == conversation_id, Message.seq == seq)
                .values(text=text)
            )
            return result.rowcount == 1

    # -- contact requests ---------------------------------------------------------------------------

    async def add_contact_request(
        self,
        *,
        conversation_id: str | None,
        kind: str,
        value: str,
        preferred_time: str | None,
        category: str,
        urgency: str,
        lang: str,
        now: datetime,
    ) -> ContactRequestView:
        row = ContactRequest(
            conversation_id=conversation_id,
            kind=kind,
            value=value,
            preferred_time=preferred_time,
            category=category,
            urgency=urgency,
            lang=lang,
            state="open",
            created_at=now,
        )
        async with write_lock(self.engine), self.session() as session, session.begin():
            session.add(row)
        return _contact_request(row, None)

    async def contact_requests(self, *, open_only: bool = True) -> list[ContactRequestView]:
        """Oldest first, so the longest waiting request is handled first."""
        query = (
            select(ContactRequest, StaffUser.display_name)
            .outerjoin(StaffUser, StaffUser.id == ContactRequest.handled_by)
            .order_by(ContactRequest.created_at, ContactRequest.id)
        )
        if open_only:
            query = query.where(ContactRequest.state == "open")
        async with self.session() as session:
            return [_contact_request(row, name) for row, name in await session.execute(query)]

    async def contact_request(self, request_id: int) -> ContactRequestView | None:
        async with self.session() as session:
            found = (
                await session.execute(
                    select(ContactRequest, StaffUser.display_name)
                    .outerjoin(StaffUser, StaffUser.id == ContactRequest.handled_by)
                    .where(ContactRequest.id == request_id)
                )
            ).first()
            return _contact_request(*found) if found else None

    async def finish_contact_request(self, request_id: int, *, worker_id: int, now: datetime) -> bool:
        """Mark an open request done (compare-and-set: of two workers at once, one marks it)."""
        async with write_lock(self.engine), self.session() as session, session.begin():
            result = await session.execute(
                update(ContactRequest)
                .where(ContactRequest.id == request_id, ContactRequest.state == "open")
                .values(state="done", handled_at=now, handled_by=worker_id)
            )
            return result.rowcount == 1

    async def purge_contact_requests(self, handled_before: datetime) -> int:
        """Delete requests handled before ``handled_before``: the contact detail goes with them."""
        async with write_lock(self.engine), self.session() as session, session.begin():
            result = await session.execute(
                delete(ContactRequest).where(
                    ContactRequest.state == "done", ContactRequest.handled_at < handled_before
                )
            )
            return result.rowcount
