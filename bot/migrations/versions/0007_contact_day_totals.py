"""registry: contact totals per day, channel and category, kept by triggers, for the aggregated export

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

The aggregated CSV sums fourteen figures per period, channel and category; over a million contacts
that took SQLite well over a second. ``contact_day_totals`` holds those sums per local day, channel
and category, once per combination of municipality and role and with ``*`` standing for all of
them, so a report reads one contiguous range of rows whatever it filters on. Triggers keep it in step
with every insert, update and delete on ``contacts``: row triggers on SQLite, statement triggers with
transition tables on PostgreSQL (one grouped upsert per statement, so bulk imports stay fast).
The counts per category, channel and outcome come from these totals too, so two covering indexes on
``contacts`` that only those counts read are dropped (each insert writes two indexes fewer).

A later migration that alters ``contacts`` in batch mode on SQLite (which copies the table) drops
these triggers with the old table and must create them again.
"""

from collections.abc import Sequence
from itertools import product

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Copied, not imported: a migration must keep doing what it did when the code moves on.
ALL = "*"
OUTCOMES = (
    "answered_by_bot",
    "answered_by_staff",
    "referred",
    "became_case",
    "callback_requested",
    "abandoned",
    "safety_escalated",
)
TABLE = "contact_day_totals"
KEY = ("municipality", "role", "local_day", "channel", "category")
# The contact columns whose change moves a contact to other totals (an update of anything else, such as
# the satisfaction rating, leaves the totals alone on SQLite).
COUNTED_COLUMNS = (
    "local_day",
    "channel",
    "category",
    "municipality",
    "role",
    "outcome",
    "handled_by",
    "unmet_need",
    "wait_seconds",
    "handling_seconds",
)


# As migration 0003 created them, for the downgrade.
DROPPED_INDEXES = {
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
    "ix_contacts_channel": ["channel", "local_day", "municipality", "role"],
}


def _figures(row: str) -> dict[str, str]:
    """The summed columns and what one contact ``row`` (NEW, OLD or a table alias) adds to each."""
    return {
        "contacts": "1",
        **{outcome: f"CASE WHEN {row}.outcome = '{outcome}' THEN 1 ELSE 0 END" for outcome in OUTCOMES},
        "handled_by_staff": f"CASE WHEN {row}.handled_by <> 'bot' THEN 1 ELSE 0 END",
        "unmet_need": f"CASE WHEN {row}.unmet_need THEN 1 ELSE 0 END",
        "wait_seconds_sum": f"COALESCE({row}.wait_seconds, 0)",
        "wait_count": f"CASE WHEN {row}.wait_seconds IS NOT NULL THEN 1 ELSE 0 END",
        "handling_seconds_sum": f"COALESCE({row}.handling_seconds, 0)",
        "handling_count": f"CASE WHEN {row}.handling_seconds IS NOT NULL THEN 1 ELSE 0 END",
    }


FIGURES = tuple(_figures("c"))
COLUMNS = (*KEY, "week_start", "month_start", *FIGURES)


def _on_conflict() -> str:
    added = ", ".join(f"{name} = {TABLE}.{name} + excluded.{name}" for name in FIGURES)
    return f"ON CONFLICT ({', '.join(KEY)}) DO UPDATE SET {added}"


def _period_starts(dialect: str, day: str) -> tuple[str, str]:
    """The Monday of the ISO week and the first of the month of ``day``."""
    if dialect == "postgresql":
        return f"date_trunc('week', {day})::date", f"date_trunc('month', {day})::date"
    # SQLite: six days back, then forward to a Monday, lands on this week's Monday.
    return f"date({day}, '-6 days', 'weekday 1')", f"date({day}, 'start of month')"


def _grouped_select(dialect: str, source: str, sign: str) -> str:
    """The totals of the contacts in ``source`` (alias c) for all four municipality/role groupings,
    each figure multiplied by ``sign``; UNION ALL rather than GROUPING SETS, which SQLite lacks."""
    week, month = _period_starts(dialect, "c.local_day")
    sums = ", ".join(f"SUM({sign} * ({expression}))" for expression in _figures("c").values())
    parts = []
    for municipality, role in product(("c.municipality", None), ("c.role", None)):
        grouped = [column for column in (municipality, role) if column]
        parts.append(
            f"SELECT {municipality or repr(ALL)}, {role or repr(ALL)}, c.local_day, c.channel, c.category, "
            f"{week}, {month}, {sums} FROM {source} AS c "
            f"GROUP BY {', '.join([*grouped, 'c.local_day', 'c.channel', 'c.category'])}"
        )
    return " UNION ALL ".join(parts)


def _sqlite_upsert(row: str, sign: int) -> str:
    week, month = _period_starts("sqlite", f"{row}.local_day")
    figures = ", ".join(f"{sign} * ({expression})" for expression in _figures(row).values())
    day = f"{row}.local_day, {row}.channel, {row}.category, {week}, {month}"
    values = ", ".join(
        f"({municipality}, {role}, {day}, {figures})"
        for municipality, role in product((f"{row}.municipality", repr(ALL)), (f"{row}.role", repr(ALL)))
    )
    return f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES {values} {_on_conflict()};"


def _sqlite_triggers() -> list[str]:
    return [
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON contacts BEGIN {_sqlite_upsert('NEW', 1)} END",
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON contacts BEGIN {_sqlite_upsert('OLD', -1)} END",
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF {', '.join(COUNTED_COLUMNS)} ON contacts "
        f"BEGIN {_sqlite_upsert('OLD', -1)} {_sqlite_upsert('NEW', 1)} END",
    ]


# PostgreSQL: per operation, the transition tables it has and the sign of each.
PG_OPERATIONS = {
    "insert": ("REFERENCING NEW TABLE AS new_rows", (("new_rows", "1"),)),
    "delete": ("REFERENCING OLD TABLE AS old_rows", (("old_rows", "-1"),)),
    "update": (
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
        (("old_rows", "-1"), ("new_rows", "1")),
    ),
}


def _postgres_triggers() -> list[str]:
    statements = []
    for operation, (referencing, sources) in PG_OPERATIONS.items():
        function = f"{TABLE}_{operation}"
        # An update counts the old rows out and the new ones in; summed per key in one upsert, because
        # ON CONFLICT may touch a row only once per statement.
        changes = " UNION ALL ".join(_grouped_select("postgresql", source, sign) for source, sign in sources)
        summed = ", ".join(f"SUM({name})" for name in FIGURES)
        upsert = (
            f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) "
            f"SELECT {', '.join(KEY)}, MIN(week_start), MIN(month_start), {summed} "
            f"FROM ({changes}) AS changes ({', '.join(COLUMNS)}) "
            f"GROUP BY {', '.join(KEY)} ORDER BY {', '.join(KEY)} {_on_conflict()}"
        )
        statements.append(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {upsert}; RETURN NULL; END $$"
        )
        statements.append(
            f"CREATE TRIGGER {function} AFTER {operation.upper()} ON contacts {referencing} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )
    return statements


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("municipality", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("local_day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("month_start", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in FIGURES),
        sa.PrimaryKeyConstraint(*KEY, name=op.f(f"pk_{TABLE}")),
        sqlite_with_rowid=False,
    )
    dialect = op.get_bind().dialect.name
    op.execute(f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) {_grouped_select(dialect, 'contacts', '1')}")
    for statement in _postgres_triggers() if dialect == "postgresql" else _sqlite_triggers():
        op.execute(statement)
    # Plain index statements, not a batch: on SQLite a batch may copy the table and lose its triggers.
    for name in DROPPED_INDEXES:
        op.drop_index(name, table_name="contacts")


def downgrade() -> None:
    for name, columns in DROPPED_INDEXES.items():
        op.create_index(name, "contacts", columns, unique=False)
    dialect = op.get_bind().dialect.name
    for operation in PG_OPERATIONS:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{operation} ON contacts")
            op.execute(f"DROP FUNCTION IF EXISTS {TABLE}_{operation}()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{operation}")
    op.drop_table(TABLE)
