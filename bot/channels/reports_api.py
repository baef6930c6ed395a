"""The reports API for managers and BI tools (docs/reports-api.md), and the audit log for admins.

Same staff session and roles as the staff API: reports and exports need the manager role (or admin),
the audit log the admin role. Every export is written to the audit log before its first byte is sent.
"""

from __future__ import annotations

import csv
import io
import logging
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.channels.staff_api import ACCOUNT, requires
from bot.channels.widget import ENGINE
from bot.engine import utcnow
from registry import audit
from registry.reports import AGGREGATE_COLUMNS, PERIODS, REPORTS, FilterError, ReportFilter, aggregate
from registry.store import EXPORT_COLUMNS, csv_value, iter_export_rows
from registry.vocab import TIMEZONE

log = logging.getLogger(__name__)

ERRORS = {
    "unknown_report": "Dit rapport bestaat niet.",
    "bad_period": "Kies bij 'period' week of month.",
    "bad_audit_query": "De zoekvraag voor het logboek klopt niet.",
}
CSV_ROWS_PER_CHUNK = 500


def _error(status: int, code: str, message: str | None = None) -> web.Response:
    return web.json_response(
        {"error": code, "message": message or ERRORS[code]},
        status=status,
        headers={"Cache-Control": "no-store"},
    )


def _database(request: web.Request) -> AsyncEngine:
    return request.app[ENGINE].store.engine


async def _log(request: web.Request, action: str, *, target: str | None = None, details: dict) -> None:
    account = request[ACCOUNT]
    await audit.record(
        _database(request),
        actor_id=account.id,
        actor=account.username,
        role=account.role,
        action=action,
        target=target,
        details=details,
        now=utcnow(),
    )


@requires("manager")
async def list_reports(request: web.Request) -> web.Response:
    return web.json_response(
        {
            "reports": sorted(REPORTS),
            "downloads": ["/api/reports/contacts.csv", "/api/reports/aggregate.csv"],
        },
        headers={"Cache-Control": "no-store"},
    )


@requires("manager")
async def report(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    function = REPORTS.get(name)
    if function is None:
        return _error(404, "unknown_report")
    try:
        report_filter = ReportFilter.parse(request.query)
        data = await function(_database(request), report_filter)
    except FilterError as exc:
        return _error(400, "bad_filter", exc.message)
    return web.json_response(
        {"report": name, "filter": report_filter.to_dict(), "data": data},
        headers={"Cache-Control": "no-store"},
    )


def _filename(kind: str, report_filter: ReportFilter) -> str:
    span = "-".join(d.isoformat() for d in (report_filter.start, report_filter.end) if d) or "alles"
    return f"wegwijs-{kind}-{span}.csv"


async def _csv_response(request: web.Request, filename: str) -> web.StreamResponse:
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        }
    )
    await response.prepare(request)
    return response


@requires("manager")
async def contacts_csv(request: web.Request) -> web.StreamResponse:
    """One row per contact (codes only, free text de-identified), streamed in chunks."""
    try:
        report_filter = ReportFilter.parse(request.query)
    except FilterError as exc:
        return _error(400, "bad_filter", exc.message)
    await _log(request, audit.EXPORT_CONTACTS, details={"filter": report_filter.to_dict(), "format": "csv"})
    response = await _csv_response(request, _filename("contacten", report_filter))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    rows = 0
    async with async_sessionmaker(_database(request))() as session:
        async for row in iter_export_rows(session, filters=report_filter.conditions()):
            writer.writerow({k: csv_value(v) for k, v in row.items()})
            rows += 1
            if rows % CSV_ROWS_PER_CHUNK == 0:
                await response.write(buffer.getvalue().encode())
                buffer.seek(0)
                buffer.truncate()
    await response.write(buffer.getvalue().encode())
    await response.write_eof()
    return response


@requires("manager")
async def aggregate_csv(request: web.Request) -> web.StreamResponse:
    """Counts per period, channel and category; no row per contact."""
    period = request.query.get("period", "month")
    if period not in PERIODS:
        return _error(400, "bad_period")
    try:
        report_filter = ReportFilter.parse(request.query)
        rows = await aggregate(_database(request), report_filter, period)
    except FilterError as exc:
        return _error(400, "bad_filter", exc.message)
    await _log(
        request,
        audit.EXPORT_AGGREGATE,
        details={"filter": report_filter.to_dict(), "period": period, "format": "csv"},
    )
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=AGGREGATE_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: csv_value(v) for k, v in row.items()} for row in rows)
    response = await _csv_response(request, _filename(f"totalen-per-{period}", report_filter))
    await response.write(buffer.getvalue().encode())
    await response.write_eof()
    return response


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=TIMEZONE).astimezone(UTC)


@requires("admin")
async def audit_log(request: web.Request) -> web.Response:
    """The newest entries first; ``before`` (an entry id) pages back. Filters: from, to (local days),
    action, actor (username), target (e.g. a conversation id), limit (at most 1000)."""
    query = request.query
    try:
        start = date.fromisoformat(query["from"]) if query.get("from") else None
        end = date.fromisoformat(query["to"]) if query.get("to") else None
        limit = int(query.get("limit", "200"))
        before = int(query["before"]) if query.get("before") else None
    except ValueError:
        return _error(400, "bad_audit_query")
    action = query.get("action") or None
    if (action is not None and action not in audit.ACTIONS) or not 1 <= limit <= 1000:
        return _error(400, "bad_audit_query")
    found = await audit.entries(
        _database(request),
        start=_local_midnight(start) if start else None,
        end=_local_midnight(end + timedelta(days=1)) if end else None,
        action=action,
        actor=query.get("actor") or None,
        target=query.get("target") or None,
        limit=limit,
        before_id=before,
    )
    body: dict[str, Any] = {
        "entries": [entry.to_dict() for entry in found],
        "next_before": found[-1].id if len(found) == limit else None,
    }
    return web.json_response(body, headers={"Cache-Control": "no-store"})


def add_routes(app: web.Application) -> None:
    # The downloads first: "/api/reports/{name}" would match "contacts.csv" too.
    app.router.add_get("/api/reports", list_reports)
    app.router.add_get("/api/reports/contacts.csv", contacts_csv)
    app.router.add_get("/api/reports/aggregate.csv", aggregate_csv)
    app.router.add_get("/api/reports/{name}", report)
    app.router.add_get("/api/audit", audit_log)
