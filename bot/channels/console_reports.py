"""Console pages beyond the queue: quick registration of a single question (``/staff/register``), the
managers' reports (``/staff/reports``) and the audit log for admins (``/staff/audit``).

Registration has two small JSON endpoints of its own (``POST /api/staff/suggest`` and
``POST /api/staff/contacts``); the reports and audit pages draw everything in the browser from the
reports API (``bot/channels/reports_api.py``), so there is one source for every figure. The
worker's summary is stored, de-identified, as the record's ``first_question``: it is what a manager
reads when reviewing categories, the same as the first question of a chat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot import privacy
from bot.channels.console import URGENCY_LABELS, page, render
from bot.channels.staff_api import ACCOUNT, requires, staff_error
from bot.channels.widget import ENGINE
from bot.engine import utcnow
from bot.registration import REVIEW_ERRORS, unmet_need_errors
from bot.storage.staff import StaffAccount
from intents import route
from intents.route import is_safety, urgency_rank
from knowledge.taxonomy import BY_CODE, CATEGORIES
from registry import audit
from registry.records import ContactRecord, InvalidRecord
from registry.reports import FilterError, ReportFilter
from registry.vocab import (
    AGE_BANDS,
    CHANNELS,
    FOUND_VIA,
    LABELS_NL,
    OUTCOMES,
    REPEAT_CONTACT,
    ROLES,
    UNKNOWN,
    UNMET_REASONS,
    municipalities,
    municipality_code,
)

# Chats are registered when they close; everything else a worker registers here.
REGISTER_CHANNELS = tuple(c for c in CHANNELS if c != "chat")
# Only Wegwijs itself answers as the bot.
REGISTER_OUTCOMES = tuple(o for o in OUTCOMES if o != "answered_by_bot")
MAX_SUMMARY = 500
MAX_HANDLING_MINUTES = 600
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
FIELD_ERRORS = {
    "channel": "Kies een kanaal: telefoon, e-mail, inloop, op school of anders.",
    "chat": "Chats worden vanzelf geregistreerd. Kies een ander kanaal.",
    "summary": f"De samenvatting mag hoogstens {MAX_SUMMARY} tekens lang zijn.",
    "role": "Kies wie de vraag stelt.",
    "age_band": "Kies de leeftijd van het kind.",
    "municipality": "Kies een gemeente uit de lijst.",
    "categories": "Kies minstens één categorie uit de lijst.",
    "outcome": "Kies een uitkomst.",
    "unmet_reason": REVIEW_ERRORS["unmet_reason"],
    "handling_minutes": f"Vul de tijd in hele minuten in (0 tot {MAX_HANDLING_MINUTES}), of laat het leeg.",
    "repeat_contact": "Kies ja, nee of onbekend bij 'Eerder contact'.",
    "found_via": "Kies uit de lijst hoe ze het CJG vonden.",
}
ERRORS = {
    "empty_summary": "Typ eerst een korte samenvatting.",
    "invalid": "Niet opgeslagen: controleer het formulier.",
    "not_stored": (
        "Niet opgeslagen: de registratie klopt niet. Controleer het formulier en probeer het opnieuw."
    ),
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


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the router makes of a worker's summary; ``category`` is None when it recognised nothing."""

    category: str | None
    categories: list[str]
    urgency: str
    role: str | None = None
    age_band: str | None = None
    municipality: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "label": _category_label(self.category) if self.category else None,
            "categories": [{"code": c, "label": _category_label(c)} for c in self.categories],
            "urgency": self.urgency,
            "urgency_label": URGENCY_LABELS.get(self.urgency, self.urgency),
            "safety": is_safety(self.urgency),
            "role": self.role,
            "age_band": self.age_band,
            "municipality": self.municipality,
        }


def _known(value: object, allowed: tuple[str, ...]) -> str | None:
    return value if isinstance(value, str) and value in allowed and value != UNKNOWN else None


def suggest(text: str) -> Suggestion:
    """The router on a summary. "Overig" is no suggestion: the worker then chooses without a hint.
    Role, age band and municipality come along once the Route carries them (the profile work)."""
    found = route(text, lang="nl")
    useful = [c for c in found.categories if c in BY_CODE and c != "other"]
    main = found.category if found.category in BY_CODE and found.category != "other" else None
    if main is not None:
        useful = [main, *(c for c in useful if c != main)]
    municipality = municipality_code(getattr(found, "municipality", None))
    return Suggestion(
        category=main,
        categories=useful[:3] if main else [],
        urgency=found.urgency,
        role=_known(getattr(found, "role", None), ROLES),
        age_band=_known(getattr(found, "age_band", None), AGE_BANDS),
        municipality=None if municipality == UNKNOWN else municipality,
    )


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
    return web.json_response(suggest(text).to_dict(), headers={"Cache-Control": "no-store"})


# -- registering a contact ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Registration:
    channel: str
    summary: str
    role: str
    age_band: str
    municipality: str
    categories: list[str]
    outcome: str
    unmet_need: bool
    unmet_reason: str | None
    handling_minutes: int | None
    repeat_contact: str
    found_via: str | None


def parse_registration(body: dict[str, Any]) -> tuple[Registration | None, dict[str, str]]:
    """The form's JSON, checked field by field; the errors are Dutch and name the field."""
    errors: dict[str, str] = {}

    def choice(name: str, allowed: tuple[str, ...], default: str | None = None) -> str | None:
        value = body.get(name, default)
        if value in (None, "") and default is not None:
            value = default
        if not isinstance(value, str) or value not in allowed:
            errors[name] = FIELD_ERRORS[name]
            return None
        return value

    channel = body.get("channel")
    if channel == "chat":
        errors["channel"] = FIELD_ERRORS["chat"]
    else:
        channel = choice("channel", REGISTER_CHANNELS)
    summary = body.get("summary") or ""
    if not isinstance(summary, str) or len(summary) > MAX_SUMMARY:
        errors["summary"] = FIELD_ERRORS["summary"]
        summary = ""
    role = choice("role", ROLES, UNKNOWN)
    age_band = choice("age_band", AGE_BANDS, UNKNOWN)
    municipality = choice("municipality", (*municipalities(), UNKNOWN), UNKNOWN)
    outcome = choice("outcome", REGISTER_OUTCOMES)
    repeat_contact = choice("repeat_contact", REPEAT_CONTACT, UNKNOWN)
    found_via = body.get("found_via") or None
    if found_via is not None and found_via not in FOUND_VIA:
        errors["found_via"] = FIELD_ERRORS["found_via"]

    categories = body.get("categories")
    if (
        not isinstance(categories, list)
        or not categories
        or not all(isinstance(c, str) and c in BY_CODE for c in categories)
    ):
        errors["categories"] = FIELD_ERRORS["categories"]
        categories = []
    # The main category first; a category ticked twice (main and extra) counts once.
    categories = list(dict.fromkeys(categories))

    unmet_need = body.get("unmet_need", False)
    unmet_reason = body.get("unmet_reason") or None
    errors.update(unmet_need_errors(unmet_need, unmet_reason))

    minutes = body.get("handling_minutes")
    if minutes in (None, ""):
        minutes = None
    elif isinstance(minutes, str) and minutes.strip().isdigit():
        minutes = int(minutes.strip())
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_HANDLING_MINUTES
    ):
        errors["handling_minutes"] = FIELD_ERRORS["handling_minutes"]

    if errors:
        return None, errors
    return (
        Registration(
            channel=str(channel),
            summary=summary.strip(),
            role=str(role),
            age_band=str(age_band),
            municipality=str(municipality),
            categories=categories,
            outcome=str(outcome),
            unmet_need=bool(unmet_need),
            unmet_reason=unmet_reason if unmet_need else None,
            handling_minutes=minutes,
            repeat_contact=str(repeat_contact),
            found_via=found_via,
        ),
        {},
    )


def contact_record(registration: Registration, account: StaffAccount, now: datetime) -> ContactRecord:
    """The registry record of a registration. The router's category for the summary is kept as
    ``bot_category``: a worker who chose another one has corrected Wegwijs (the corrections report).

    The urgency is the router's for the summary, raised to "urgent" when the worker escalated for
    safety, so the safety report counts the contact with a safety urgency."""
    suggestion = suggest(registration.summary) if registration.summary else None
    urgency = suggestion.urgency if suggestion else "none"
    if registration.outcome == "safety_escalated" and urgency_rank(urgency) < urgency_rank("urgent"):
        urgency = "urgent"
    seconds = None if registration.handling_minutes is None else registration.handling_minutes * 60
    return ContactRecord(
        channel=registration.channel,
        started_at=now - timedelta(seconds=seconds or 0),
        ended_at=now,
        lang="nl",
        categories=registration.categories,
        urgency=urgency,
        outcome=registration.outcome,
        role=registration.role,
        age_band=registration.age_band,
        municipality=registration.municipality,
        handling_seconds=seconds,
        handled_by=account.pseudonym,
        unmet_need=registration.unmet_need,
        unmet_reason=registration.unmet_reason,
        repeat_contact=registration.repeat_contact,
        found_via=registration.found_via,
        first_question=registration.summary or None,
        bot_category=suggestion.category if suggestion else None,
    )


@requires(changes_state=True)
async def register_api(request: web.Request) -> web.Response:
    body = await _json_body(request)
    if body is None:
        return staff_error(400, "bad_request")
    registration, errors = parse_registration(body)
    if registration is None:
        return _error(400, "invalid", fields=errors)
    record = contact_record(registration, request[ACCOUNT], utcnow())
    # In the service's de-identification worker: deduce never runs on (or stalls) the event loop.
    record = await privacy.deidentified(record)
    try:
        record.validate()
    except InvalidRecord:
        return _error(400, "not_stored")
    await request.app[ENGINE].register_contact(record)
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
