"""The staff console (/staff): server-rendered pages on top of the staff JSON API, and the staff
events WebSocket (``GET /api/staff/events``) that keeps them live.

The pages are rendered with jinja2 (autoescape on); the little JavaScript in ``static/console.js``
calls the JSON API of ``staff_api`` for every change and listens on the events socket. Sessions are
the API's: the same cookie, the same argon2 log-in with lock-out, the same CSRF token.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hmac
import json
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import yaml
from aiohttp import WSMsgType, web

from bot import pages
from bot.bus import Subscription
from bot.channels.staff_api import ACCOUNT, COOKIE, STAFF, STAFF_ERRORS, requires, staff_error
from bot.channels.widget import ENGINE, MAX_TEXT_CHARS, SERVICE_RESTART
from bot.engine import STAFF_TOPIC, ConversationEngine, utcnow
from bot.http import ERRORS, UNAVAILABLE
from bot.registration import MAX_NOTE, services_shown
from bot.storage.staff import LockedOut, StaffAccount
from bot.storage.store import ConversationSnapshot, StaffNoteView, StoredMessage
from knowledge.taxonomy import BY_CODE, CATEGORIES
from registry import audit
from registry.records import REFERRING_OUTCOMES
from registry.vocab import LABELS_NL, OUTCOMES, TIMEZONE, UNMET_REASONS

log = logging.getLogger(__name__)

CANNED_ANSWERS_FILE = Path(__file__).resolve().parent.parent / "data" / "canned_answers.yaml"
# A second cookie only for the log-in form: a form posted from another site does not carry it
# (SameSite=Strict), so nobody can log a worker into someone else's account (login CSRF).
LOGIN_COOKIE = "wegwijs_login"
CSRF = web.RequestKey("staff_csrf", str)
# Closed with this code the console knows the session ended and goes to the log-in page.
SESSION_ENDED = 4401
# How often an open events socket checks that its session still exists (and keeps it alive).
SESSION_CHECK_SECONDS = 60

CANNED = web.AppKey("canned_answers", tuple)
STAFF_SOCKETS = web.AppKey("staff_sockets", set)


@dataclass(frozen=True, slots=True)
class NavItem:
    key: str
    href: str
    label: str
    role: str  # the lowest role that sees the item


# The console's menu. Pages for managers (registering, reports) are added here with their role.
NAV: list[NavItem] = [
    NavItem("queue", "/staff", "Wachtrij", "staff"),
    NavItem("register", "/staff/register", "Vraag registreren", "staff"),
    NavItem("reports", "/staff/reports", "Rapportages", "manager"),
    NavItem("audit", "/staff/audit", "Logboek", "admin"),
]

ROLE_LABELS = {"staff": "Medewerker", "manager": "Manager", "admin": "Beheerder"}
STATE_LABELS = {
    "bot": "Bij Wegwijs",
    "waiting": "Wacht op een medewerker",
    "human": "Bij een medewerker",
    "closed": "Gesloten",
}
URGENCY_LABELS = {"none": "Gewoon", "attention": "Let op", "urgent": "Spoed", "emergency": "Nood"}
LANG_LABELS = {
    "nl": "Nederlands",
    "en": "Engels",
    "tr": "Turks",
    "ar": "Arabisch",
    "pl": "Pools",
    "uk": "Oekraïens",
}
SENDER_LABELS = {"parent": "Ouder", "bot": "Wegwijs", "staff": "Medewerker", "system": "CJG"}
CONTACT_KIND_LABELS = {"phone": "Terugbellen", "email": "E-mail"}

PAGE_ERRORS = {
    "forbidden": (
        "Geen toegang",
        "Deze pagina is niet voor jouw rol. Vraag een beheerder als je toegang nodig hebt.",
    ),
    "not_found": ("Niet gevonden", "Dit gesprek bestaat niet (meer)."),
    "form_expired": (
        "Formulier verlopen",
        "Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.",
    ),
}


# -- canned answers -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CannedAnswer:
    id: str
    title: str
    text: str


def load_canned_answers(path: Path = CANNED_ANSWERS_FILE) -> tuple[CannedAnswer, ...]:
    """Read and check the canned answers; a broken file stops the start instead of a broken console."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read the canned answers: {exc}") from exc
    if not isinstance(raw, list):
        raise ValueError(f"{path}: expected a list of answers")
    answers: list[CannedAnswer] = []
    for number, item in enumerate(raw, 1):
        if not isinstance(item, dict) or set(item) != {"id", "title", "text"}:
            raise ValueError(f"{path}: answer {number} needs exactly id, title and text")
        if not all(isinstance(item[k], str) and item[k].strip() for k in ("id", "title", "text")):
            raise ValueError(f"{path}: answer {number}: id, title and text must be non-empty text")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", item["id"]):
            raise ValueError(f"{path}: answer {number}: id {item['id']!r} must be lowercase a-z, 0-9 and _")
        if len(item["text"]) > MAX_TEXT_CHARS:
            raise ValueError(f"{path}: answer {item['id']} is longer than {MAX_TEXT_CHARS} characters")
        answers.append(CannedAnswer(item["id"], item["title"].strip(), item["text"].strip()))
    if len({a.id for a in answers}) != len(answers):
        raise ValueError(f"{path}: answer ids must be unique")
    return tuple(answers)


# -- sessions for pages ---------------------------------------------------------------------------


async def _touch_presence(engine: ConversationEngine, account: StaffAccount) -> None:
    # Presence (bot/presence.py, office-hours work): a worker with the console open counts as online.
    # Until the engine has one there is nothing to tell.
    presence = getattr(engine, "presence", None)
    if presence is not None:
        touched = presence.touch(account.id, "console", utcnow())
        if asyncio.iscoroutine(touched):
            await touched


async def current_session(request: web.Request) -> tuple[StaffAccount, str] | None:
    token = request.cookies.get(COOKIE)
    found = await request.app[STAFF].session(token, utcnow()) if token else None
    if found is not None:
        await _touch_presence(request.app[ENGINE], found[0])
    return found


def _safe_next(target: str | None) -> str:
    """Only console paths on this site: a crafted ?next= must not send a worker elsewhere."""
    if target and re.fullmatch(r"/staff(/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_=&\-]*)?", target):
        return target
    return "/staff"


def _login_url(next_path: str) -> str:
    return "/staff/login" if next_path == "/staff" else "/staff/login?next=" + quote(next_path, safe="/")


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def page(role: str = "staff") -> Callable[[Handler], Handler]:
    """A console page: without a session to the log-in page, with too low a role a clear 403 page."""

    def wrap(handler: Handler) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            found = await current_session(request)
            if found is None:
                raise web.HTTPSeeOther(_login_url(_safe_next(request.path_qs)))
            account, csrf = found
            request[ACCOUNT] = account
            request[CSRF] = csrf
            if not account.may(role):
                return error_page(request, "forbidden", 403)
            return await handler(request)

        return guarded

    return wrap


def render(request: web.Request, template: str, *, status: int = 200, **context: Any) -> web.Response:
    account: StaffAccount | None = request.get(ACCOUNT)
    nav = [item for item in NAV if account is not None and account.may(item.role)]
    html = (
        request.app[pages.JINJA]
        .get_template(template)
        .render(
            account=account,
            role_label=ROLE_LABELS.get(account.role, account.role) if account else "",
            csrf_token=request.get(CSRF, ""),
            nav=nav,
            active=context.pop("active", ""),
            **context,
        )
    )
    # Staff pages hold conversations: never cached, never framed by another site.
    return web.Response(
        text=html,
        status=status,
        content_type="text/html",
        headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"},
    )


def error_page(request: web.Request, code: str, status: int) -> web.Response:
    title, message = PAGE_ERRORS[code]
    return render(request, "staff/error.html", status=status, title=title, message=message)


# -- log-in and log-out ---------------------------------------------------------------------------


def _login_form(
    request: web.Request, *, status: int = 200, error: str = "", notice: str = "", username: str = ""
) -> web.Response:
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "staff/login.html",
        status=status,
        login_token=token,
        error=error,
        notice=notice,
        username=username,
        next=_safe_next(request.query.get("next")),
    )
    response.set_cookie(
        LOGIN_COOKIE, token, httponly=True, samesite="Strict", secure=request.secure, path="/staff/login"
    )
    return response


async def login_page(request: web.Request) -> web.StreamResponse:
    if await current_session(request) is not None:
        raise web.HTTPSeeOther(_safe_next(request.query.get("next")))
    notice = "Je bent uitgelogd." if request.query.get("uit") == "1" else ""
    return _login_form(request, notice=notice)


async def login_submit(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    username, password = form.get("username"), form.get("password")
    sent, expected = form.get("login_token"), request.cookies.get(LOGIN_COOKIE, "")
    if not isinstance(sent, str) or not expected or not hmac.compare_digest(sent, expected):
        return _login_form(request, status=400, error=PAGE_ERRORS["form_expired"][1])
    if not isinstance(username, str) or not isinstance(password, str) or not username.strip() or not password:
        return _login_form(
            request, status=400, error="Vul je gebruikersnaam en wachtwoord in.", username=str(username or "")
        )
    try:
        session = await request.app[STAFF].log_in(username.strip(), password, utcnow())
    except LockedOut:
        return _login_form(request, status=429, error=STAFF_ERRORS["locked"], username=username)
    if session is None:
        return _login_form(request, status=401, error=STAFF_ERRORS["bad_login"], username=username)
    await _touch_presence(request.app[ENGINE], session.account)
    next_path = form.get("next")
    response = web.HTTPSeeOther(_safe_next(next_path if isinstance(next_path, str) else None))
    # The very same cookie as POST /api/staff/login sets: pages and API share one session.
    response.set_cookie(
        COOKIE, session.session_token, httponly=True, samesite="Strict", secure=request.secure, path="/"
    )
    response.del_cookie(LOGIN_COOKIE, path="/staff/login")
    response.headers["Cache-Control"] = "no-store"
    raise response


async def logout_submit(request: web.Request) -> web.StreamResponse:
    token = request.cookies.get(COOKIE)
    found = await request.app[STAFF].session(token, utcnow()) if token else None
    if found is None:
        raise web.HTTPSeeOther("/staff/login")
    form = await request.post()
    sent = form.get("csrf_token")
    if not isinstance(sent, str) or not hmac.compare_digest(sent, found[1]):
        request[ACCOUNT], request[CSRF] = found
        return error_page(request, "form_expired", 403)
    await request.app[STAFF].log_out(token)
    response = web.HTTPSeeOther("/staff/login?uit=1")
    response.del_cookie(COOKIE, path="/")
    raise response


# -- the queue ------------------------------------------------------------------------------------


def _category_label(code: str) -> str:
    category = BY_CODE.get(code)
    return category.label_nl if category else code


def _labels() -> dict[str, Any]:
    """Everything the JavaScript needs to show codes as Dutch words, the same as the server does."""
    return {
        "categories": {c.code: c.label_nl for c in CATEGORIES},
        "states": STATE_LABELS,
        "urgency": URGENCY_LABELS,
        "langs": LANG_LABELS,
        "senders": SENDER_LABELS,
        "contactKinds": CONTACT_KIND_LABELS,
    }


def _contact_request_dict(item: Any) -> dict[str, Any]:
    """A contact request as the API shows it, whatever object the engine hands out."""
    if hasattr(item, "to_dict"):
        data = item.to_dict()
    elif isinstance(item, dict):
        data = dict(item)
    elif dataclasses.is_dataclass(item) and not isinstance(item, type):
        data = dataclasses.asdict(item)
    else:
        data = {}
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in data.items()}


async def _contact_requests(engine: ConversationEngine) -> list[dict[str, Any]] | None:
    """Open contact requests, or None when this build has none (the section is then not shown)."""
    finder = getattr(engine, "contact_requests", None)
    if finder is None:
        return None
    found = finder(open_only=True)
    if asyncio.iscoroutine(found):
        found = await found
    return [_contact_request_dict(item) for item in found]


async def _slack_report(request: web.Request) -> dict[str, Any] | None:
    """For admins, when Slack is on: whether Slack copies wait or fail (no message text in it)."""
    from bot.channels import slack  # the Slack channel builds on the staff API, as this console does

    if not request[ACCOUNT].may("admin"):
        return None
    report = await slack.status_report(request.app)
    if not report["enabled"]:
        return None
    report["failures"] = report["failures"][:5]
    return report


@page()
async def queue_page(request: web.Request) -> web.Response:
    engine = request.app[ENGINE]
    entries = [entry.to_dict() for entry in await engine.queue()]
    contact_requests = await _contact_requests(engine)
    return render(
        request,
        "staff/queue.html",
        active="queue",
        entries=entries,
        contact_requests=contact_requests,
        slack=await _slack_report(request),
        labels=_labels(),
        category_label=_category_label,
        duration=format_duration,
        local_time=local_time,
        data={"page": "queue", "labels": _labels(), "contactRequests": contact_requests is not None},
    )


def format_duration(seconds: int) -> str:
    """ "4 min 05 s" — the same text console.js writes while the time ticks on."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} u {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def local_time(value: str | datetime | None) -> str:
    """HH:MM in the CJG's time zone (the office's clock, not UTC)."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return ""
    if value.tzinfo is None:
        return ""
    return value.astimezone(TIMEZONE).strftime("%H:%M")


# -- one conversation -----------------------------------------------------------------------------


async def conversation_view(
    engine: ConversationEngine,
    conversation: ConversationSnapshot,
    account: StaffAccount,
    messages: list[StoredMessage],
    notes: list[StaffNoteView],
) -> dict[str, Any]:
    """The same shape as GET /api/staff/conversations/{id}, so the page and its script agree."""
    route = conversation.context.get("route", {})
    return {
        "id": conversation.id,
        "state": conversation.state,
        "owner": await engine.owner_name(conversation),
        "mine": conversation.owner_id == account.id,
        "urgency": conversation.urgency,
        "lang": conversation.context.get("foreign_lang") or conversation.lang,
        "category": conversation.context.get("category", "other"),
        "categories": conversation.context.get("categories", []),
        "services_shown": services_shown(conversation, engine.dialogue.services),
        "route": {
            "category": route.get("category", "other"),
            "confidence": route.get("confidence"),
            "explanation": route.get("explanation", []),
        },
        "created_at": conversation.created_at.isoformat(),
        "messages": [m.frame() for m in messages],
        "notes": [
            {"id": n.id, "author": n.author_name, "text": n.text, "at": n.created_at.isoformat()}
            for n in notes
        ],
    }


def allowed_actions(view: dict[str, Any]) -> dict[str, bool]:
    """Which controls make sense now; the server enforces the same rules (console.js mirrors this)."""
    state, mine = view["state"], view["mine"]
    unowned = view["owner"] is None
    return {
        "claim": state in ("bot", "waiting"),
        "reply": state == "human" and mine,
        "handback": state == "human" and mine,
        "transfer": state == "human" and mine,
        "close": state != "closed" and (mine or unowned),
        "note": state != "closed",
    }


def sender_label(message: dict[str, Any]) -> str:
    if message["from"] == "staff" and message.get("name"):
        return f"{message['name']} (CJG)"
    return SENDER_LABELS.get(message["from"], message["from"])


async def _audit_transcript_view(request: web.Request, account: StaffAccount, conversation_id: str) -> None:
    """Opening a conversation shows its transcript: logged like every other view of one (registry.audit),
    so the page cannot be a way around the audit log."""
    await audit.record(
        request.app[ENGINE].store.engine,
        actor_id=account.id,
        actor=account.username,
        role=account.role,
        action=audit.VIEW_TRANSCRIPT,
        now=utcnow(),
        target=conversation_id,
        details={"via": "console"},
    )


@page()
async def conversation_page(request: web.Request) -> web.Response:
    engine, account = request.app[ENGINE], request[ACCOUNT]
    found = await engine.get(request.match_info["id"])
    if found is None:
        return error_page(request, "not_found", 404)
    await _audit_transcript_view(request, account, found.id)
    view = await conversation_view(
        engine, found, account, await engine.history(found.id), await engine.notes(found.id)
    )
    colleagues = [a for a in await request.app[STAFF].all() if a.id != account.id]
    canned = [
        {"id": a.id, "title": a.title, "text": a.text.replace("{naam}", account.display_name)}
        for a in request.app[CANNED]
    ]
    primary = view["category"] if view["category"] in BY_CODE else "other"
    # The services the bot showed come first and ticked: what the worker's referral starts from.
    directory = {s.id: s for s in engine.dialogue.services.all()}
    shown = [directory[i] for i in view["services_shown"]]
    other_services = sorted(
        (s for i, s in directory.items() if i not in view["services_shown"]), key=lambda s: s.name.casefold()
    )
    return render(
        request,
        "staff/conversation.html",
        active="queue",
        view=view,
        can=allowed_actions(view),
        labels=_labels(),
        category_label=_category_label,
        sender_label=sender_label,
        local_time=local_time,
        canned=canned,
        colleagues=colleagues,
        categories=CATEGORIES,
        primary_category=primary,
        extra_categories=[c for c in view["categories"] if c != primary],
        outcomes=[(code, LABELS_NL["outcome"][code]) for code in OUTCOMES],
        referring_outcomes=REFERRING_OUTCOMES,
        shown_services=shown,
        other_services=other_services,
        unmet_reasons=[(code, LABELS_NL["unmet_reason"][code]) for code in UNMET_REASONS],
        max_note=MAX_NOTE,
        max_chars=MAX_TEXT_CHARS,
        data={
            "page": "conversation",
            "labels": _labels(),
            "view": view,
            "me": account.display_name,
            "referringOutcomes": list(REFERRING_OUTCOMES),
        },
    )


# -- the staff events socket ----------------------------------------------------------------------


def _same_origin(request: web.Request) -> bool:
    """Browsers always send Origin on a WebSocket: refuse pages of other sites (cross-site hijacking).
    Tools that are not browsers send none and authenticate with the cookie alone."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc.lower() == request.host.lower()


@requires()
async def staff_events(request: web.Request) -> web.StreamResponse:
    if not _same_origin(request):
        return staff_error(403, "forbidden")
    ws = web.WebSocketResponse(heartbeat=25, max_msg_size=4096)
    if not ws.can_prepare(request).ok:
        return staff_error(400, "bad_request")
    await ws.prepare(request)
    sockets = request.app[STAFF_SOCKETS]
    sockets.add(ws)
    try:
        await StaffSocket(ws, request).run()
    finally:
        sockets.discard(ws)
    return ws


class StaffSocket:
    """One worker's events socket: every event on the staff topic, while the session lives."""

    def __init__(self, ws: web.WebSocketResponse, request: web.Request) -> None:
        self.ws = ws
        self.engine: ConversationEngine = request.app[ENGINE]
        self.staff = request.app[STAFF]
        self.token = request.cookies[COOKIE]
        self.account: StaffAccount = request[ACCOUNT]
        self._send_lock = asyncio.Lock()
        self._check_now = asyncio.Event()
        self._pong_due = False

    async def run(self) -> None:
        await _touch_presence(self.engine, self.account)
        async with self.engine.bus.subscribe(STAFF_TOPIC) as subscription:
            # "ready" after subscribing: a client that (re)loads its data now misses nothing.
            await self._send({"type": "ready"})
            tasks = [
                asyncio.create_task(self._pump(subscription)),
                asyncio.create_task(self._watch_session()),
            ]
            try:
                async for frame in self.ws:
                    if frame.type == WSMsgType.TEXT:
                        await self._handle(frame.data)
                    elif frame.type != WSMsgType.BINARY:
                        break
            finally:
                for task in tasks:
                    task.cancel()
                for task in tasks:
                    with contextlib.suppress(asyncio.CancelledError):
                        await task

    async def _send(self, frame: dict[str, Any]) -> None:
        async with self._send_lock:
            await self.ws.send_json(frame)

    async def _pump(self, subscription: Subscription) -> None:
        with contextlib.suppress(ConnectionResetError):
            while not self.ws.closed:
                event = await subscription.get()
                if subscription.overflowed:
                    # Events were dropped behind a slow socket: the client reloads from the API.
                    subscription.overflowed = False
                    await self._send({"type": "resync"})
                await self._send(event)

    async def _watch_session(self) -> None:
        """A socket lives only as long as its session: checked every minute and on every ping."""
        while not self.ws.closed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._check_now.wait(), SESSION_CHECK_SECONDS)
            self._check_now.clear()
            try:
                found = await self.staff.session(self.token, utcnow())
            except UNAVAILABLE:
                # The database is away for a moment: keep the socket, check again at the next turn.
                log.warning("could not check a staff session; the database is unavailable")
                continue
            if found is None:
                await self.ws.close(code=SESSION_ENDED, message=b"session ended")
                return
            await _touch_presence(self.engine, found[0])
            if self._pong_due:
                self._pong_due = False
                await self._send({"type": "pong"})

    async def _handle(self, raw: str) -> None:
        try:
            frame = json.loads(raw)
        except ValueError:
            await self._send({"type": "error", "code": "bad_json", "message": ERRORS["bad_json"]})
            return
        if isinstance(frame, dict) and frame.get("type") == "ping":
            # Answered after the session check, so a pong also means "still logged in".
            self._pong_due = True
            self._check_now.set()
        else:
            await self._send({"type": "error", "code": "unknown_type", "message": ERRORS["unknown_type"]})


async def close_staff_sockets(app: web.Application) -> None:
    """On shutdown: close with 1012 so consoles reconnect to the restarted service."""
    for ws in tuple(app[STAFF_SOCKETS]):
        with contextlib.suppress(ConnectionResetError):
            await ws.close(code=SERVICE_RESTART, message=b"service restart")


def add_routes(app: web.Application) -> None:
    """Needs pages.add_routes (the jinja environment) and staff_api.add_routes (the staff store) first."""
    app[CANNED] = load_canned_answers()
    app[STAFF_SOCKETS] = set()
    app.router.add_get("/staff", queue_page)
    app.router.add_get("/staff/login", login_page)
    app.router.add_post("/staff/login", login_submit)
    app.router.add_post("/staff/logout", logout_submit)
    app.router.add_get("/staff/conversations/{id}", conversation_page)
    app.router.add_get("/api/staff/events", staff_events)
    app.on_shutdown.append(close_staff_sockets)
