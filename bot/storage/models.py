"""Tables of the running service. The registry's tables live in ``registry.models``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from registry.models import UTCDateTime


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # Only the SHA-256 of the parent's token: a copy of the database cannot take over a chat.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    # Who owns the conversation: bot -> waiting -> human -> bot ... -> closed.
    state: Mapped[str] = mapped_column(String(16), default="bot")
    # Where the bot's dialogue stands while it owns the conversation.
    step: Mapped[str] = mapped_column(String(24), default="start")
    lang: Mapped[str] = mapped_column(String(2), default="nl")
    urgency: Mapped[str] = mapped_column(String(16), default="none")
    context: Mapped[dict] = mapped_column(JSON, default=dict)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime())
    idle_warned: Mapped[bool] = mapped_column(Boolean, default=False)
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The worker who owns the conversation while its state is "human".
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    close_reason: Mapped[str | None] = mapped_column(String(16))
    # Set when the transcript was deleted after RETENTION_DAYS; the registry record stays.
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_conversations_state_last_activity_at", "state", "last_activity_at"),
        Index("ix_conversations_closed_at", "closed_at"),
        # The wait estimate reads the most recent claims (migration 0004).
        Index("ix_conversations_claimed_at", "claimed_at"),
    )


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    sender: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    quick_replies: Mapped[list[str] | None] = mapped_column(JSON)
    links: Mapped[list[dict] | None] = mapped_column(JSON)
    client_id: Mapped[str | None] = mapped_column(String(64))
    # A worker's first name as shown to the parent ("Anna van het CJG").
    author_name: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("conversation_id", "seq", name="uq_messages_conversation_seq"),
        UniqueConstraint("conversation_id", "client_id", name="uq_messages_conversation_client_id"),
    )


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StaffSession(Base):
    __tablename__ = "staff_sessions"

    # SHA-256 of the session cookie's value; the value itself is never stored.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StaffNote(Base):
    """Internal notes on a conversation: for colleagues only, never sent to the parent."""

    __tablename__ = "staff_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ContactRequest(Base):
    """A parent's question left for a call-back or an e-mail answer (outside office hours, or when no
    worker was online). ``value`` is personal data: deleted RETENTION_DAYS after it was handled, never
    copied to the registry or to logs."""

    __tablename__ = "contact_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # "phone" (E.164) or "email"
    value: Mapped[str] = mapped_column(String(254))
    preferred_time: Mapped[str | None] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(32), default="other")
    urgency: Mapped[str] = mapped_column(String(16), default="none")
    lang: Mapped[str] = mapped_column(String(2), default="nl")
    state: Mapped[str] = mapped_column(String(8), default="open")  # "open" or "done"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))

    __table_args__ = (
        Index("ix_contact_requests_state_created_at", "state", "created_at"),
        Index("ix_contact_requests_handled_at", "handled_at"),
    )


class SlackThread(Base):
    """A conversation's message in the Slack channel (docs/slack.md), with what is needed to draw it
    again after a state change or a restart. ``ts`` stays empty until Slack has accepted the message
    (it may wait in the outbox). The row goes once the closed state is drawn, or with the transcript."""

    __tablename__ = "slack_threads"

    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    channel: Mapped[str] = mapped_column(String(32))
    ts: Mapped[str | None] = mapped_column(String(32), index=True)
    category: Mapped[str] = mapped_column(String(32))
    urgency: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(16))
    waiting_since: Mapped[datetime] = mapped_column(UTCDateTime())
    # The parent's first question after de-identification (bot/privacy.py).
    first_question: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SlackLink(Base):
    """Which staff account a Slack user acts as (``python -m bot link-slack``)."""

    __tablename__ = "slack_links"

    slack_user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SlackOutboxItem(Base):
    """A Slack copy still to be delivered, in order per conversation. ``text`` is a parent's or worker's
    words (only for thread replies): the row goes when Slack has it, or with the transcript."""

    __tablename__ = "slack_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # "post" | "redraw" | "reply"
    text: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
