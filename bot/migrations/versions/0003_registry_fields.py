"""registry: the full anonymous contact record, audit log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Copied, not imported: a migration must keep doing what it did when the code moves on.
TIMEZONE = ZoneInfo("Europe/Amsterdam")

REPORT_INDEXES = {
    "ix_contacts_day_category": [
        "local_day",
        "category",
        "channel",
        "municipality",
        "role",
        "outcome",
        "handled_by",
        "unmet_need",
        "wait_seconds",
        "handling_seconds",
    ],
    "ix_contacts_day_hour": ["local_day", "hour", "channel", "municipality", "role"],
    "ix_contacts_channel": ["channel", "local_day", "municipality", "role"],
    "ix_contacts_day_profile": ["local_day", "role", "age_band", "municipality", "channel"],
    "ix_contacts_outcome": [
        "outcome",
        "local_day",
        "channel",
        "municipality",
        "role",
        "handled_by",
        "urgency",
        "category",
    ],
    "ix_contacts_unmet": [
        "unmet_need",
        "local_day",
        "unmet_reason",
        "category",
        "channel",
        "municipality",
        "role",
    ],
    "ix_contacts_wait": ["wait_seconds", "local_day", "channel", "municipality", "role"],
    "ix_contacts_handling": [
        "handling_seconds",
        "local_day",
        "channel",
        "municipality",
        "role",
        "handled_by",
    ],
    "ix_contacts_satisfaction": ["satisfaction", "local_day", "channel", "municipality", "role"],
    "ix_contacts_corrections": ["bot_category", "local_day", "category", "channel", "municipality", "role"],
}
# The first revision's indexes that the report indexes replace (started_at stays for the export).
OLD_INDEXES = {
    "ix_contacts_channel_started_at": ["channel", "started_at"],
    "ix_contacts_category_started_at": ["category", "started_at"],
    "ix_contacts_outcome_started_at": ["outcome", "started_at"],
}


def _local_parts(started_at: datetime) -> dict:
    if started_at.tzinfo is None:  # SQLite hands back naive UTC
        started_at = started_at.replace(tzinfo=UTC)
    local = started_at.astimezone(TIMEZONE)
    return {"local_day": local.date(), "hour": local.hour}


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("municipality", sa.String(length=64), nullable=False, server_default="unknown")
        )
        batch_op.add_column(sa.Column("unmet_need", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("unmet_reason", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("repeat_contact", sa.String(length=8), nullable=False, server_default="unknown")
        )
        batch_op.add_column(sa.Column("found_via", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("satisfaction", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("first_question", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("bot_category", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("local_day", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("hour", sa.SmallInteger(), nullable=True))

    # Existing records get their local day and hour from their start. Records
    # made before this revision had no municipality, unmet need or repeat-contact field: they get
    # "unknown", no unmet need, and "unknown" (the server defaults above).
    connection = op.get_bind()
    contacts = sa.table(
        "contacts",
        sa.column("id", sa.String),
        sa.column("started_at", sa.DateTime(timezone=True)),
        sa.column("local_day", sa.Date),
        sa.column("hour", sa.SmallInteger),
    )
    rows = connection.execute(sa.select(contacts.c.id, contacts.c.started_at)).all()
    if rows:
        connection.execute(
            contacts.update()
            .where(contacts.c.id == sa.bindparam("contact_id"))
            .values(local_day=sa.bindparam("local_day"), hour=sa.bindparam("hour")),
            [{"contact_id": contact_id, **_local_parts(started_at)} for contact_id, started_at in rows],
        )

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.alter_column("local_day", existing_type=sa.Date(), nullable=False)
        batch_op.alter_column("hour", existing_type=sa.SmallInteger(), nullable=False)
        for name in OLD_INDEXES:
            batch_op.drop_index(name)
        for name, columns in REPORT_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("target", sa.String(length=64), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_log_action_at", ["action", "at"], unique=False)
        batch_op.create_index("ix_audit_log_target", ["target"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_target")
        batch_op.drop_index("ix_audit_log_action_at")
        batch_op.drop_index("ix_audit_log_at")
    op.drop_table("audit_log")

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        for name in REPORT_INDEXES:
            batch_op.drop_index(name)
        for name, columns in OLD_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
        for column in (
            "hour",
            "local_day",
            "bot_category",
            "note",
            "first_question",
            "satisfaction",
            "found_via",
            "repeat_contact",
            "unmet_reason",
            "unmet_need",
            "municipality",
        ):
            batch_op.drop_column(column)
