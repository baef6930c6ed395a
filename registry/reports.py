"""Reports for managers over the contact registry.

Every report is an async function ``(engine, ReportFilter) -> dict`` that returns plain JSON-ready data
(codes with their Dutch labels, counts, shares, seconds). All counting happens in the database with
GROUP BY on the plain local-time columns of ``contacts`` (local_day and hour), the same SQL on SQLite
and PostgreSQL; Python only touches the grouped rows, folding days into weeks, months and weekdays.
Counts per category, channel, outcome and period, and the aggregated export, read the day totals
the database keeps instead (``contact_day_totals``).
Percentiles are exact: the database counts each distinct number of seconds, and the percentile is
read off those counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from knowledge.taxonomy import BY_CODE
from registry.models import ALL, Contact, DayTotal
from registry.vocab import BOT, CHANNELS, LABELS_NL, OUTCOMES, ROLES, UNKNOWN, municipalities

PERIODS = ("week", "month")
PERCENTILES = (50, 75, 90, 95)
MAX_CONFUSIONS = 20
MAX_DAYS = 3700  # about ten years: a wider range is a typo, not a question


class FilterError(ValueError):
    """A filter that cannot be used; ``message`` is Dutch (B1) and safe to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Which contacts a report counts. Days are local (Europe/Amsterdam) and both ends are included."""

    start: date | None = None
    end: date | None = None
    channel: str | None = None
    municipality: str | None = None
    role: str | None = None

    def conditions(self) -> list[Any]:
        where = self._days_and_channel(Contact)
        if self.municipality is not None:
            where.append(Contact.municipality == self.municipality)
        if self.role is not None:
            where.append(Contact.role == self.role)
        return where

    def totals_conditions(self) -> list[Any]:
        """The same filter on ``contact_day_totals``, where an unfiltered municipality or role is the
        row that counts them all."""
        return [
            *self._days_and_channel(DayTotal),
            DayTotal.municipality == (self.municipality or ALL),
            DayTotal.role == (self.role or ALL),
        ]

    def _days_and_channel(self, table: type[Contact] | type[DayTotal]) -> list[Any]:
        where: list[Any] = []
        if self.start is not None:
            where.append(table.local_day >= self.start)
        if self.end is not None:
            where.append(table.local_day <= self.end)
        if self.channel is not None:
            where.append(table.channel == self.channel)
        return where

    def to_dict(self) -> dict[str, str | None]:
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items()}

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> ReportFilter:
        """From the query parameters from, to, channel, municipality and role; empty means all."""

        def value(name: str) -> str | None:
            raw = (params.get(name) or "").strip()
            return raw or None

        def day(name: str, label: str) -> date | None:
            raw = value(name)
            if raw is None:
                return None
            try:
                return date.fromisoformat(raw)
            except ValueError:
                raise FilterError(f"De datum bij '{label}' klopt niet. Schrijf hem als JJJJ-MM-DD.") from None

        start, end = day("from", "van"), day("to", "tot en met")
        if start and end and end < start:
            raise FilterError("De einddatum ligt vóór de begindatum.")
        if start and end and (end - start).days > MAX_DAYS:
            raise FilterError("Kies een periode van hoogstens tien jaar.")
        channel, municipality, role = value("channel"), value("municipality"), value("role")
        if channel is not None and channel not in CHANNELS:
            raise FilterError(f"Onbekend kanaal. Kies uit: {', '.join(CHANNELS)}.")
        if municipality is not None and municipality not in (*municipalities(), UNKNOWN):
            raise FilterError(f"Onbekende gemeente. Kies uit: {', '.join((*municipalities(), UNKNOWN))}.")
        if role is not None and role not in ROLES:
            raise FilterError(f"Onbekende rol. Kies uit: {', '.join(ROLES)}.")
        return cls(start, end, channel, municipality, role)


Row = Any


async def _rows(engine: AsyncEngine, query: Select) -> list[Row]:
    async with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            # asyncpg prepares statements, and after a few runs PostgreSQL would plan them once for any
            # date range; a plan for the actual range (a year: scan the table) is several times faster.
            await connection.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        return list((await connection.execute(query)).all())


def _label(kind: str, code: str | None) -> str:
    if code is None:
        return ""
    if kind == "category":
        category = BY_CODE.get(code)
        return category.label_nl if category else code
    if kind == "municipality":
        return "Onbekend" if code == UNKNOWN else code
    return LABELS_NL.get(kind, {}).get(code, code)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _counted(kind: str, rows: list[Row]) -> list[dict[str, Any]]:
    """(code, count) rows as sorted dicts with label and share, biggest first."""
    total = sum(count for _, count in rows)
    return [
        {"code": code, "label": _label(kind, code), "count": count, "share": _share(count, total)}
        for code, count in sorted(rows, key=lambda r: (-r[1], str(r[0])))
    ]


# -- grouping helpers -----------------------------------------------------------------------------------
#
# Counts per category, channel, outcome and period come from the day totals (contact_day_totals): a
# few ten thousand rows for a year instead of a million. The other queries group by the local day
# first, even when the report does not show days: the covering index that starts with local_day is
# then read in GROUP BY order, so the database streams through it without sorting a million entries.
# Weeks, months and weekdays are folded together here, from at most a few ten thousand grouped rows.


@cache
def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@cache
def month_of(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def period_of(day: date, period: str) -> str:
    return week_of(day) if period == "week" else month_of(day)


def _period_start(period: str) -> Any:
    """The DayTotal column that folds days into the period: the Monday or the first of the month."""
    if period not in PERIODS:
        raise FilterError("Kies per week of per maand.")
    return DayTotal.week_start if period == "week" else DayTotal.month_start


# The summed columns of contact_day_totals, in the order of the aggregated export.
TOTALS = (
    "contacts",
    *OUTCOMES,
    "handled_by_staff",
    "unmet_need",
    "wait_seconds_sum",
    "wait_count",
    "handling_seconds_sum",
    "handling_count",
)


async def _totals(
    engine: AsyncEngine, f: ReportFilter, keys: tuple[Any, ...], figures: tuple[str, ...]
) -> list[Row]:
    """Rows of ``keys`` (DayTotal columns) followed by the sum of each figure, from the day totals."""
    return await _rows(
        engine,
        select(*keys, *(func.sum(getattr(DayTotal, name)) for name in figures))
        .where(*f.totals_conditions())
        .group_by(*keys),
    )


async def _counts_by(engine: AsyncEngine, f: ReportFilter, key: Any) -> dict[str, int]:
    """Contacts per value of one DayTotal column (category or channel)."""
    return {code: int(count) for code, count in await _totals(engine, f, (key,), ("contacts",)) if count}


async def _outcome_counts(engine: AsyncEngine, f: ReportFilter) -> tuple[dict[str, int], int]:
    """Contacts per outcome (those that occur) and the number handled by staff."""
    rows = await _totals(engine, f, (), (*OUTCOMES, "handled_by_staff"))
    *per_outcome, staff = (int(value or 0) for value in rows[0])
    return {code: n for code, n in zip(OUTCOMES, per_outcome, strict=True) if n}, staff


def _sum_by(rows: list[Row], key: Callable[[Row], Any]) -> dict[Any, int]:
    totals: dict[Any, int] = defaultdict(int)
    for row in rows:
        totals[key(row)] += row[-1]
    return totals


# -- the reports --------------------------------------------------------------------------------------


async def categories(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """Contacts per main category (each contact counts once)."""
    counts = await _counts_by(engine, f, DayTotal.category)
    items = _counted("category", list(counts.items()))
    return {"total": sum(counts.values()), "categories": items}


async def volume(engine: AsyncEngine, f: ReportFilter, period: str = "week") -> dict[str, Any]:
    """Contacts per category per ISO week ("2026-W09") or month ("2026-03")."""
    start = _period_start(period)
    rows = await _totals(engine, f, (start, DayTotal.category), ("contacts",))
    periods: dict[str, dict[str, int]] = {}
    for day, category, count in sorted(rows, key=lambda r: (r[0], r[1])):
        if count:
            periods.setdefault(period_of(day, period), {})[category] = int(count)
    return {
        "period": period,
        "periods": [
            {"period": key, "total": sum(per.values()), "categories": per} for key, per in periods.items()
        ],
        "labels": {
            code: _label("category", code) for code in sorted({c for p in periods.values() for c in p})
        },
    }


async def volume_weekly(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    return await volume(engine, f, "week")


async def volume_monthly(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    return await volume(engine, f, "month")


async def channels(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    counts = await _counts_by(engine, f, DayTotal.channel)
    return {"total": sum(counts.values()), "channels": _counted("channel", list(counts.items()))}


async def indicators(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """The plan's performance indicators: incoming calls on the central number, chats, and the
    registered single questions by category (all channels)."""
    per_channel = await _counts_by(engine, f, DayTotal.channel)
    per_category = await _counts_by(engine, f, DayTotal.category)
    return {
        "phone_calls": per_channel.get("phone", 0),
        "chats": per_channel.get("chat", 0),
        "single_questions": sum(per_channel.values()),
        "per_channel": {code: per_channel.get(code, 0) for code in CHANNELS},
        "categories": _counted("category", list(per_category.items())),
    }


async def outcomes(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    per_outcome, _ = await _outcome_counts(engine, f)
    items = _counted("outcome", list(per_outcome.items()))
    return {"total": sum(i["count"] for i in items), "outcomes": items}


async def handled_by(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """The share handled by the bot alone and by staff (a worker claimed or registered the contact)."""
    per_outcome, staff = await _outcome_counts(engine, f)
    total = sum(per_outcome.values())
    bot = total - staff
    return {
        "total": total,
        "bot": bot,
        "staff": total - bot,
        "share_bot": _share(bot, total),
        "share_staff": _share(total - bot, total),
    }


async def unmet_needs(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """Contacts with a need nobody could meet, why, and for which categories; index ix_contacts_unmet."""
    rows = await _rows(
        engine,
        select(Contact.unmet_reason, Contact.category, func.count())
        .where(Contact.unmet_need.is_(True), *f.conditions())
        .group_by(Contact.unmet_reason, Contact.category),
    )
    total = sum((await _outcome_counts(engine, f))[0].values())
    unmet = sum(r[-1] for r in rows)
    return {
        "total": total,
        "unmet": unmet,
        "share": _share(unmet, total),
        "reasons": _counted("unmet_reason", list(_sum_by(rows, lambda r: r[0]).items())),
        "categories": _counted("category", list(_sum_by(rows, lambda r: r[1]).items())),
    }


async def safety(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """Safety escalations: how many, how urgent, in which categories and weeks; index ix_contacts_outcome."""
    rows = await _rows(
        engine,
        select(Contact.local_day, Contact.urgency, Contact.category, func.count())
        .where(Contact.outcome == "safety_escalated", *f.conditions())
        .group_by(Contact.local_day, Contact.urgency, Contact.category),
    )
    return {
        "total": sum(r[-1] for r in rows),
        "urgency": [
            {"code": code, "count": count}
            for code, count in sorted(_sum_by(rows, lambda r: r[1]).items(), key=lambda i: -i[1])
        ],
        "categories": _counted("category", list(_sum_by(rows, lambda r: r[2]).items())),
        "weeks": [
            {"period": week, "count": count}
            for week, count in sorted(_sum_by(rows, lambda r: week_of(r[0])).items())
        ],
    }


def _distribution(rows: list[tuple[int, int]]) -> dict[str, Any]:
    """Count, mean, max and exact percentiles from (seconds, count) pairs sorted by seconds."""
    rows = [(value, count) for value, count in rows if count]
    total = sum(count for _, count in rows)
    if not total:
        return {"count": 0, "mean": None, "max": None, **{f"p{p}": None for p in PERCENTILES}}
    result: dict[str, Any] = {
        "count": total,
        "mean": round(sum(value * count for value, count in rows) / total, 1),
        "max": rows[-1][0],
    }
    wanted = [(p, max(1, -(-p * total // 100))) for p in PERCENTILES]  # nearest rank
    seen = 0
    for value, count in rows:
        seen += count
        while wanted and seen >= wanted[0][1]:
            result[f"p{wanted[0][0]}"] = value
            wanted.pop(0)
    return result


async def times(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """Wait time (in the queue until a worker took over) and handling time, for the bot and for staff,
    in seconds; indexes ix_contacts_wait and ix_contacts_handling."""
    wait = await _rows(
        engine,
        select(Contact.wait_seconds, func.count())
        .where(Contact.wait_seconds.is_not(None), *f.conditions())
        .group_by(Contact.wait_seconds)
        .order_by(Contact.wait_seconds),
    )
    handling = await _rows(
        engine,
        select(
            Contact.handling_seconds,
            func.count().filter(Contact.handled_by == BOT),
            func.count().filter(Contact.handled_by != BOT),
        )
        .where(Contact.handling_seconds.is_not(None), *f.conditions())
        .group_by(Contact.handling_seconds)
        .order_by(Contact.handling_seconds),
    )
    return {
        "wait": _distribution([(s, c) for s, c in wait]),
        "handling": {
            "bot": _distribution([(s, bot) for s, bot, _ in handling]),
            "staff": _distribution([(s, staff) for s, _, staff in handling]),
        },
    }


async def heatmap(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """Contacts per weekday (Monday first) and local hour, for staffing the phone and the chat;
    index ix_contacts_day_hour."""
    rows = await _rows(
        engine,
        select(Contact.local_day, Contact.hour, func.count())
        .where(*f.conditions())
        .group_by(Contact.local_day, Contact.hour),
    )
    cells = [[0] * 24 for _ in range(7)]
    for (weekday, hour), count in _sum_by(rows, lambda r: (r[0].weekday(), r[1])).items():
        cells[weekday][hour] = count
    return {
        "weekdays": ["ma", "di", "wo", "do", "vr", "za", "zo"],
        "hours": list(range(24)),
        "counts": cells,
        "max": max((max(row) for row in cells), default=0),
    }


async def profile(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """Who asks: role, the child's age band and municipality; index ix_contacts_day_profile."""
    rows = await _rows(
        engine,
        select(Contact.local_day, Contact.role, Contact.age_band, Contact.municipality, func.count())
        .where(*f.conditions())
        .group_by(Contact.local_day, Contact.role, Contact.age_band, Contact.municipality),
    )
    return {
        kind: _counted(kind, list(_sum_by(rows, lambda r, i=index: r[i]).items()))
        for index, kind in ((1, "role"), (2, "age_band"), (3, "municipality"))
    }


async def satisfaction(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """The widget's thumbs up and down; index ix_contacts_satisfaction."""
    rows = await _rows(
        engine,
        select(Contact.satisfaction, func.count())
        .where(Contact.satisfaction.is_not(None), *f.conditions())
        .group_by(Contact.satisfaction),
    )
    counts = {"up": 0, "down": 0, **dict(rows)}
    rated = counts["up"] + counts["down"]
    return {
        "rated": rated,
        "up": counts["up"],
        "down": counts["down"],
        "share_up": _share(counts["up"], rated),
    }


async def corrections(engine: AsyncEngine, f: ReportFilter) -> dict[str, Any]:
    """How often workers kept the bot's category when they closed a conversation or registered a
    contact, per category and month, and the most frequent confusions (the bot said X, the worker chose
    Y); index ix_contacts_corrections."""
    reviewed = [Contact.bot_category.is_not(None), *f.conditions()]
    kept = func.count().filter(Contact.bot_category == Contact.category)
    per_category_day = await _rows(
        engine,
        select(Contact.bot_category, Contact.local_day, func.count(), kept)
        .where(*reviewed)
        .group_by(Contact.bot_category, Contact.local_day),
    )
    confusions = await _rows(
        engine,
        select(Contact.bot_category, Contact.category, func.count())
        .where(Contact.bot_category != Contact.category, *reviewed)
        .group_by(Contact.bot_category, Contact.category),
    )
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    categories_seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for bot_category, day, count, agreed in per_category_day:
        for totals in (months[month_of(day)], categories_seen[bot_category]):
            totals[0] += count
            totals[1] += agreed
    per_category = [(code, n, k) for code, (n, k) in categories_seen.items()]
    total = sum(r[1] for r in per_category)
    agreed_total = sum(r[2] for r in per_category)
    return {
        "reviewed": total,
        "kept": agreed_total,
        "agreement": _share(agreed_total, total),
        "categories": [
            {"code": c, "label": _label("category", c), "reviewed": n, "kept": k, "agreement": _share(k, n)}
            for c, n, k in sorted(per_category, key=lambda r: (-r[1], r[0]))
        ],
        "months": [
            {"period": m, "reviewed": n, "kept": k, "agreement": _share(k, n)}
            for m, (n, k) in sorted(months.items())
        ],
        "confusions": [
            {
                "bot": bot,
                "worker": worker,
                "count": count,
                "bot_label": _label("category", bot),
                "worker_label": _label("category", worker),
            }
            for bot, worker, count in sorted(confusions, key=lambda r: (-r[2], r[0], r[1]))[:MAX_CONFUSIONS]
        ],
    }


Report = Callable[[AsyncEngine, ReportFilter], Awaitable[dict[str, Any]]]

# The reports by the name under which /api/reports/<name> serves them.
REPORTS: dict[str, Report] = {
    "categories": categories,
    "volume-weekly": volume_weekly,
    "volume-monthly": volume_monthly,
    "outcomes": outcomes,
    "handled-by": handled_by,
    "unmet-needs": unmet_needs,
    "safety": safety,
    "times": times,
    "heatmap": heatmap,
    "channels": channels,
    "indicators": indicators,
    "profile": profile,
    "satisfaction": satisfaction,
    "corrections": corrections,
}


# -- the aggregated export ----------------------------------------------------------------------------

AGGREGATE_COLUMNS = (
    "period",
    "channel",
    "category",
    "contacts",
    *OUTCOMES,
    "handled_by_staff",
    "unmet_need",
    "avg_wait_seconds",
    "avg_handling_seconds",
)


async def aggregate(engine: AsyncEngine, f: ReportFilter, period: str = "month") -> list[dict[str, Any]]:
    """One row per period, channel and category with the number of contacts, each outcome, the
    contacts handled by staff, unmet needs and the average wait and handling times: the aggregated
    CSV. The filter still narrows by municipality and role. Read from the day totals, folded into
    weeks or months by the database."""
    start = _period_start(period)
    rows = await _totals(engine, f, (start, DayTotal.channel, DayTotal.category), TOTALS)
    result = []
    for period_start, channel, category, *sums in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
        *counts, wait_sum, wait_n, handling_sum, handling_n = (int(value or 0) for value in sums)
        if not counts[0]:
            continue  # every contact of this group was deleted; its totals row stays at zero
        result.append(
            dict(
                zip(
                    AGGREGATE_COLUMNS,
                    (
                        period_of(period_start, period),
                        channel,
                        category,
                        *counts,
                        round(wait_sum / wait_n, 1) if wait_n else None,
                        round(handling_sum / handling_n, 1) if handling_n else None,
                    ),
                    strict=True,
                )
            )
        )
    return result
