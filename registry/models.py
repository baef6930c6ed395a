"""SQLAlchemy models of the registry. Categories live in their own table so reports can count them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, MetaData, String
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

    categories: Mapped[list[ContactCategory]] = relationship(
        back_populates="contact", order_by="ContactCategory.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_contacts_started_at", "started_at"),
        Index("ix_contacts_channel_started_at", "channel", "started_at"),
        Index("ix_contacts_category_started_at", "category", "started_at"),
        Index("ix_contacts_outcome_started_at", "outcome", "started_at"),
    )


class ContactCategory(RegistryBase):
    """One row per category of a contact, best first (position 0 is the main category)."""

    __tablename__ = "contact_categories"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32))

    contact: Mapped[Contact] = relationship(back_populates="categories")

    __table_args__ = (Index("ix_contact_categories_code", "code"),)
