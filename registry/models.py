"""SQLAlchemy models of the registry. Categories live in their own table so reports can count them.

A contact also carries its start as the CJG's local day and hour: the reports group and filter on these
plain columns, which is the same (and indexable) SQL on SQLite and PostgreSQL, instead of timezone
arithmetic that SQLite cannot do.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on every backend: SQLite would otherwise hand back naive datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; pass an aware UTC datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class RegistryBase(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


# Covering indexes for the reports (registry/reports.py says which report uses which). Each holds the
# report's grouping columns, the local day and the filter columns (channel, municipality, role), so
# SQLite answers from the index alone and, because the index is in GROUP BY order, without sorting:
# about 100 ms for a million contacts (bench/registry.py). Counts per category, channel and outcome
# need no index on contacts: they come from the day totals (DayTotal).
REPORT_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_contacts_day_hour": ("local_day", "hour", "channel", "municipality", "role"),
    "ix_contacts_day_profile": ("local_day", "role", "age_band", "municipality", "channel"),
    "ix_contacts_outcome": (
        "outcome",
        "local_day",
        "channel",
        "municipality",
        "role",
        "handled_by",
        "urgency",
        "category",
    ),
    "ix_contacts_unmet": (
        "unmet_need",
        "local_day",
        "unmet_reason",
        "category",
        "channel",
        "municipality",
        "role",
    ),
    "ix_contacts_wait": ("wait_seconds", "local_day", "channel", "municipality", "role"),
    "ix_contacts_handling": (
        "handling_seconds",
        "local_day",
        "channel",
        "municipality",
        "role",
        "handled_by",
    ),
    "ix_contacts_satisfaction": ("satisfaction", "local_day", "channel", "municipality", "role"),
    "ix_contacts_corrections": ("bot_category", "local_day", "category", "channel", "municipality", "role"),
}


class Contact(RegistryBase):
    __tablename__ = "contacts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime())
    wait_seconds: Mapped[int | None] = mapped_column(Integer)
    handling_seconds: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16), default="unknown")
    age_band: Mapped[str] = mapped_column(String(16), default="unknown")
    lang: Mapped[str] = mapped_column(String(2))
    category: Mapped[str] = mapped_column(String(32))
    urgency: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(24))
    handled_by: Mapped[str] = mapped_column(String(64), default="bot")
    referred_services: Mapped[list[str]] = mapped_column(JSON, default=list)
    municipality: Mapped[str] = mapped_column(String(64), default="unknown", server_default="unknown")
    unmet_need: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    unmet_reason: Mapped[str | None] = mapped_column(String(16))
    repeat_contact: Mapped[str] = mapped_column(String(8), default="unknown", server_default="unknown")
    found_via: Mapped[str | None] = mapped_column(String(24))
    satisfaction: Mapped[str | None] = mapped_column(String(8))
    # Free text, always de-identified before it is stored (registry.deidentify).
    first_question: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    # The bot's category when a worker confirmed or corrected it at close (issue 5: corrections).
    bot_category: Mapped[str | None] = mapped_column(String(32))
    # The start in local time (registry.vocab.TIMEZONE), for grouping and filtering: weeks, months and
    # weekdays are derived from the day after grouping.
    local_day: Mapped[date] = mapped_column(Date)
    hour: Mapped[int] = mapped_column(SmallInteger)

    categories: Mapped[list[ContactCategory]] = relationship(
        back_populates="contact", order_by="ContactCategory.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_contacts_started_at", "started_at"),
        *(Index(name, *columns) for name, columns in REPORT_INDEXES.items()),
    )


# The value of ``municipality`` and ``role`` in a ``contact_day_totals`` row that counts them all.
ALL = "*"


class DayTotal(RegistryBase):
    """Contacts summed per local day, channel and main category, for the aggregated export.

    Summing fourteen figures over a million contacts takes SQLite over a second; these totals hold
    the same sums already added up. Each contact is counted in four rows: its own municipality and
    role, its municipality with every role (``role = ALL``), its role in every municipality, and
    every municipality with every role, so a report filtered on any of the two reads exactly one
    set of rows. Database triggers keep the totals in step with ``contacts`` on every insert, update
    and delete (migration 0007), whichever code writes; nothing in Python writes here.
    ``week_start`` (the Monday) and ``month_start`` let the database fold days into periods."""

    __tablename__ = "contact_day_totals"

    municipality: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    local_day: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    week_start: Mapped[date] = mapped_column(Date)
    month_start: Mapped[date] = mapped_column(Date)
    contacts: Mapped[int] = mapped_column(Integer)
    answered_by_bot: Mapped[int] = mapped_column(Integer)
    answered_by_staff: Mapped[int] = mapped_column(Integer)
    referred: Mapped[int] = mapped_column(Integer)
    became_case: Mapped[int] = mapped_column(Integer)
    callback_requested: Mapped[int] = mapped_column(Integer)
    abandoned: Mapped[int] = mapped_column(Integer)
    safety_escalated: Mapped[int] = mapped_column(Integer)
    handled_by_staff: Mapped[int] = mapped_column(Integer)
    unmet_need: Mapped[int] = mapped_column(Integer)
    wait_seconds_sum: Mapped[int] = mapped_column(Integer)
    wait_count: Mapped[int] = mapped_column(Integer)
    handling_seconds_sum: Mapped[int] = mapped_column(Integer)
    handling_count: Mapped[int] = mapped_column(Integer)

    # The key starts with the two filters, so any filter reads one contiguous range of the key.
    __table_args__ = ({"sqlite_with_rowid": False},)


class ContactCategory(RegistryBase):
    """One row per category of a contact, best first (position 0 is the main category)."""

    __tablename__ = "contact_categories"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32))

    contact: Mapped[Contact] = relationship(back_populates="categories")

    __table_args__ = (Index("ix_contact_categories_code", "code"),)


class AuditEntry(RegistryBase):
    """Who looked at or took out what: viewing a transcript, exporting contacts, reading the log."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    # No foreign key: the log must outlive a deleted staff account, so it keeps the name as well.
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict] = mapped_column(JSON, default=dict)

    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_action_at", "action", "at"),
        Index("ix_audit_log_target", "target"),
    )
