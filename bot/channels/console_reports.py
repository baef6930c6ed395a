"""Console pages beyond the queue: quick registration of a single question (``/staff/register``), the
managers' reports (``/staff/reports``) and the audit log for admins (``/staff/audit``).

Registration has two small JSON endpoints of its own (``POST /api/staff/suggest`` and
``POST /api/staff/contacts``); the reports and audit pages draw everything in the browser from the
reports API (``bot/channels/reports_api.py``), so there is one source for every figure. The
checks and the record of a registration are shared with Slack's ``/vraag`` (``bot/quick_registration.py``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot.channels.console import URGENCY_LABELS, page, render
from bot.channels.staff_api import ACCOUNT, requires, staff_error
from bot.channels.widget import ENGINE
from bot.engine import utcnow
from bot.quick_registration import (
    FIELD_ERRORS,
    MAX_HANDLING_MINUTES,
    MAX_SUMMARY,
    NOT_STORED,
    REGISTER_CHANNELS,
    REGISTER_OUTCOMES,
    Suggestion,
    parse_registration,
    register,
    suggest,
)
from bot.storage.staff import StaffAccount
from intents.route import is_safety
from knowledge.taxonomy import BY_CODE, CATEGORIES
from registry import audit
from registry.reports import FilterError, ReportFilter
from registry.vocab import (
    AGE_BANDS,
    CHANNELS,
    LABELS_NL,
    REPEAT_CONTACT,
    ROLES,
    UNKNOWN,
    UNMET_REASONS,
    municipalities,
)

FOUND_VIA_LABELS = {
    "website": "Website",
    "search_engine": "Zoekmachine",
    "social_media": "Sociale media",
    "school": "School",
    "consultatiebureau": "Consultatiebureau",
    "huisarts": "Huisarts",
    "professional": "Andere professional",
    "family_friends": "Familie of vrienden",
    "earlier_contact": "Eerder contact met het CJG",
    "flyer": "Folder of poster",
    "other": "Anders",
}
AUDIT_ACTION_LABELS = {
    audit.VIEW_TRANSCRIPT: "Gesprek bekeken",
    audit.EXPORT_CONTACTS: "Contacten gedownload (CSV)",
    audit.EXPORT_AGGREGATE: "Totalen gedownload (CSV)",
    audit.VIEW_REPORT: "Rapportages bekeken",
    audit.VIEW_AUDIT_LOG: "Logboek bekeken",
}
ERRORS = {
    "empty_summary": "Typ eerst een korte samenvatting.",
    "invalid": "Niet opgeslagen: controleer het formulier.",
    "not_stored": NOT_STORED,
}


def _error(status: int, code: str, **extra: Any) -> web.Response:
    return web.json_response(
        {"error": code, "message": ERRORS[code], **extra},
        status=status,
        headers={"Cache-Control": "no-store"},
    )


def _category_label(code: str) -> str:
    category = BY_CODE.get(code)
    return category.label_nl if category else code


def _municipality_label(code: str) -> str:
    return "Onbekend" if code == UNKNOWN else code


# -- the suggestion -------------------------------------------------------------------------------


def _suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    return {
        "category": suggestion.category,
        "label": _category_label(suggestion.category) if suggestion.category else None,
        "categories": [{"code": c, "label": _category_label(c)} for c in suggestion.categories],
        "urgency": suggestion.urgency,
        "urgency_label": URGENCY_LABELS.get(suggestion.urgency, suggestion.urgency),
        "safety": is_safety(suggestion.urgency),
        "role": suggestion.role,
        "age_band": suggestion.age_band,
        "municipality": suggestion.municipality,
    }


async def _json_body(request: web.Request) -> dict[str, Any] | None:
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


@requires(changes_state=True)
async def suggest_api(request: web.Request) -> web.Response:
    body = await _json_body(request)
    text = body.get("text") if body else None
    if not isinstance(text, str):
        return staff_error(400, "bad_request")
    if not text.strip():
        return _error(400, "empty_summary")
    if len(text) > MAX_SUMMARY:
        return _error(400, "invalid", fields={"summary": FIELD_ERRORS["summary"]})
    # Nothing of the text is logged or kept: it is routed in memory and forgotten.
    return web.json_response(_suggestion_json(suggest(text)), headers={"Cache-Control": "no-store"})


# -- registering a contact ------------------------------------------------------------------------


@requires(changes_state=True)
async def register_api(request: web.Request) -> web.Response:
    body = await _json_body(request)
    if body is None:
        return staff_error(400, "bad_request")
    registration, errors = parse_registration(body)
    if registration is None:
        return _error(400, "invalid", fields=errors)
    record = await register(request.app[ENGINE], registration, request[ACCOUNT])
    if record is None:
        return _error(400, "not_stored")
    corrected = record.bot_category is not None and record.bot_category != record.categories[0]
    return web.json_response(
        {
            "id": record.id,
            "channel": record.channel,
            "channel_label": LABELS_NL["channel"][record.channel],
            "category": record.categories[0],
            "category_label": _category_label(record.categories[0]),
            "categories": record.categories,
            "bot_category": record.bot_category,
            "corrected": corrected,
            "urgency": record.urgency,
            "handling_seconds": record.handling_seconds,
        },
        status=201,
        headers={"Cache-Control": "no-store"},
    )


def _options(kind: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(code, LABELS_NL[kind][code]) for code in codes]


def _vocabulary() -> dict[str, Any]:
    """The choices every form on these pages offers, with their Dutch labels."""
    return {
        "channels": _options("channel", REGISTER_CHANNELS),
        "all_channels": _options("channel", CHANNELS),
        "roles": _options("role", ROLES),
        "age_bands": _options("age_band", AGE_BANDS),
        "municipalities": [(m, m) for m in municipalities()] + [(UNKNOWN, "Onbekend")],
        "outcomes": _options("outcome", REGISTER_OUTCOMES),
        "unmet_reasons": _options("unmet_reason", UNMET_REASONS),
        "repeat_contact": _options("repeat_contact", REPEAT_CONTACT),
        "found_via": list(FOUND_VIA_LABELS.items()),
        "categories": [(c.code, c.label_nl) for c in CATEGORIES],
    }


@page()
async def register_page(request: web.Request) -> web.Response:
    vocabulary = _vocabulary()
    return render(
        request,
        "staff/register.html",
        active="register",
        vocabulary=vocabulary,
        max_summary=MAX_SUMMARY,
        max_minutes=MAX_HANDLING_MINUTES,
        data={
            "page": "register",
            "labels": {
                "categories": dict(vocabulary["categories"]),
                "channels": dict(vocabulary["all_channels"]),
                "roles": dict(vocabulary["roles"]),
                "ageBands": dict(vocabulary["age_bands"]),
                "municipalities": dict(vocabulary["municipalities"]),
                "urgency": URGENCY_LABELS,
            },
            "channels": list(REGISTER_CHANNELS),
        },
    )


# -- reports and the audit log --------------------------------------------------------------------


def _filter_params(report_filter: ReportFilter) -> dict[str, str]:
    """The filter as the query parameters of the page and the reports API (from, to, channel, ...)."""
    f = report_filter
    params = {
        "from": f.start.isoformat() if f.start else "",
        "to": f.end.isoformat() if f.end else "",
        "channel": f.channel or "",
        "municipality": f.municipality or "",
        "role": f.role or "",
    }
    return params


def _filter_query(report_filter: ReportFilter) -> str:
    return urlencode({k: v for k, v in _filter_params(report_filter).items() if v})


async def _log(request: web.Request, action: str, target: str, details: dict[str, Any]) -> None:
    account: StaffAccount = request[ACCOUNT]
    await audit.record(
        request.app[ENGINE].store.engine,
        actor_id=account.id,
        actor=account.username,
        role=account.role,
        action=action,
        now=utcnow(),
        target=target,
        details=details,
    )


@page("manager")
async def reports_page(request: web.Request) -> web.Response:
    error = ""
    try:
        report_filter = ReportFilter.parse(request.query)
    except FilterError as exc:
        report_filter, error = ReportFilter(), exc.message
    query = _filter_query(report_filter)
    if not error:
        details = {"filter": report_filter.to_dict(), "via": "console"}
        await _log(request, audit.VIEW_REPORT, "reports", details)

    def download(path: str, **extra: str) -> str:
        params = "&".join(p for p in (query, urlencode(extra)) if p)
        return f"/api/reports/{path}" + (f"?{params}" if params else "")

    vocabulary = _vocabulary()
    return render(
        request,
        "staff/reports.html",
        status=400 if error else 200,
        active="reports",
        error=error,
        selected=_filter_params(report_filter),
        vocabulary=vocabulary,
        downloads={
            "contacts": download("contacts.csv"),
            "month": download("aggregate.csv", period="month"),
            "week": download("aggregate.csv", period="week"),
        },
        data={
            "page": "reports",
            "query": None if error else query,
            "labels": {
                "channels": dict(vocabulary["all_channels"]),
                "roles": dict(vocabulary["roles"]),
                "urgency": URGENCY_LABELS,
            },
        },
    )


@page("admin")
async def audit_page(request: web.Request) -> web.Response:
    await _log(request, audit.VIEW_AUDIT_LOG, "audit", {"via": "console"})
    query = request.query
    selected = {name: query.get(name, "").strip() for name in ("from", "to", "action", "actor")}
    if selected["action"] not in AUDIT_ACTION_LABELS:
        selected["action"] = ""
    return render(
        request,
        "staff/audit.html",
        active="audit",
        selected=selected,
        actions=list(AUDIT_ACTION_LABELS.items()),
        data={
            "page": "audit",
            "query": urlencode({k: v for k, v in selected.items() if v}),
            "labels": {
                "actions": AUDIT_ACTION_LABELS,
                "roles": {"staff": "Medewerker", "manager": "Manager", "admin": "Beheerder"},
                "channels": LABELS_NL["channel"],
            },
        },
    )


def add_routes(app: web.Application) -> None:
    """After console.add_routes and reports_api.add_routes (the pages read the reports API)."""
    app.router.add_get("/staff/register", register_page)
    app.router.add_get("/staff/reports", reports_page)
    app.router.add_get("/staff/audit", audit_page)
    app.router.add_post("/api/staff/suggest", suggest_api)
    app.router.add_post("/api/staff/contacts", register_api)
