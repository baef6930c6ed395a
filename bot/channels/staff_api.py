"""The staff JSON API (docs/staff-api.md): what the console, Slack and other tools build on.

Sessions live in a cookie (HttpOnly, SameSite=Strict, Secure on HTTPS); every state-changing call
also carries the session's CSRF token in ``X-CSRF-Token``.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.channels.widget import ENGINE, MAX_TEXT_CHARS
from bot.engine import ConversationEngine, InvalidClose, NotOwner, UnknownContactRequest, utcnow
from bot.registration import services_shown
from bot.storage.staff import ROLES, LockedOut, StaffAccount, StaffStore
from bot.storage.store import ConversationGone
from registry import audit

log = logging.getLogger(__name__)

COOKIE = "wegwijs_staff"
STAFF = web.AppKey("staff_store", StaffStore)
ACCOUNT = web.RequestKey("staff_account", StaffAccount)

STAFF_ERRORS = {
    "not_logged_in": "Log eerst in.",
    "forbidden": "Dit mag je niet met jouw rol.",
    "csrf": "De beveiligingscode (X-CSRF-Token) ontbreekt of klopt niet. Laad de pagina opnieuw.",
    "bad_login": "Gebruikersnaam of wachtwoord klopt niet.",
    "locked": "Te vaak een verkeerd wachtwoord. Probeer het over 15 minuten opnieuw.",
    "bad_request": "Het verzoek is niet compleet of klopt niet.",
    "unknown_conversation": "Dit gesprek bestaat niet.",
    "conversation_closed": "Dit gesprek is al gesloten.",
    "not_owner": "Iemand anders heeft dit gesprek.",
    "unknown_user": "Deze collega bestaat niet.",
    "too_large": "Het bericht is te lang (maximaal 4000 tekens).",
    "weak_password": "Kies een wachtwoord van minstens 12 tekens.",
    "unknown_contact_request": "Dit terugbel- of mailverzoek bestaat niet (meer).",
}
CLOSE_REFUSED = "Niet gesloten: controleer de velden met een foutmelding."


def staff_error(status: int, code: str, **extra: Any) -> web.Response:
    return web.json_response(
        {"error": code, "message": STAFF_ERRORS[code]} | extra,
        status=status,
        headers={"Cache-Control": "no-store"},
    )


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def requires(role: str = "staff", *, changes_state: bool = False) -> Callable[[Handler], Handler]:
    def wrap(handler: Handler) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            token = request.cookies.get(COOKIE)
            found = await request.app[STAFF].session(token, utcnow()) if token else None
            if found is None:
                return staff_error(401, "not_logged_in")
            account, csrf = found
            # Using the console or the API is being online: parents can then be queued for a person.
            request.app[ENGINE].presence.touch(account.id, "console", utcnow())
            if changes_state and not hmac.compare_digest(request.headers.get("X-CSRF-Token", ""), csrf):
                return staff_error(403, "csrf")
            if not account.may(role):
                return staff_error(403, "forbidden")
            request[ACCOUNT] = account
            return await handler(request)

        return guarded

    return wrap


async def _json_object(request: web.Request) -> dict[str, Any] | None:
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


def _engine(request: web.Request) -> ConversationEngine:
    return request.app[ENGINE]


def _conversation_errors(exc: Exception) -> web.Response:
    if isinstance(exc, NotOwner):
        return staff_error(409, "not_owner", owner=exc.owner)
    return staff_error(404, "unknown_conversation")


async def login(request: web.Request) -> web.Response:
    body = await _json_object(request)
    if body is None or not isinstance(body.get("username"), str) or not isinstance(body.get("password"), str):
        return staff_error(400, "bad_request")
    try:
        session = await request.app[STAFF].log_in(body["username"], body["password"], utcnow())
    except LockedOut:
        return staff_error(429, "locked")
    if session is None:
        return staff_error(401, "bad_login")
    request.app[ENGINE].presence.touch(session.account.id, "console", utcnow())
    response = web.json_response({"csrf_token": session.csrf_token, "user": _account_json(session.account)})
    response.set_cookie(
        COOKIE, session.session_token, httponly=True, samesite="Strict", secure=request.secure, path="/"
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@requires(changes_state=True)
async def logout(request: web.Request) -> web.Response:
    await request.app[STAFF].log_out(request.cookies[COOKIE])
    request.app[ENGINE].presence.set_available(request[ACCOUNT].id, "console", False, utcnow())
    response = web.json_response({"ok": True})
    response.del_cookie(COOKIE, path="/")
    return response


def _account_json(account: StaffAccount) -> dict[str, Any]:
    return {"username": account.username, "name": account.display_name, "role": account.role}


@requires()
async def me(request: web.Request) -> web.Response:
    return web.json_response(_account_json(request[ACCOUNT]))


@requires()
async def queue(request: web.Request) -> web.Response:
    return web.json_response([entry.to_dict() for entry in await _engine(request).queue()])


@requires()
async def conversation(request: web.Request) -> web.Response:
    engine = _engine(request)
    found = await engine.get(request.match_info["id"])
    if found is None:
        return staff_error(404, "unknown_conversation")
    await audit.transcript_viewed(engine.store.engine, request[ACCOUNT], found.id, utcnow())
    messages = await engine.history(found.id)
    notes = await engine.notes(found.id)
    route = found.context.get("route", {})
    return web.json_response(
        {
            "id": found.id,
            "state": found.state,
            "owner": await engine.owner_name(found),
            # Names need not be unique; this says whether the caller is the owner.
            "mine": found.owner_id == request[ACCOUNT].id,
            "urgency": found.urgency,
            "lang": found.context.get("foreign_lang") or found.lang,
            "category": found.context.get("category", "other"),
            "categories": found.context.get("categories", []),
            "services_shown": services_shown(found, engine.dialogue.services),
            "route": {
                "category": route.get("category", "other"),
                "confidence": route.get("confidence"),
                "explanation": route.get("explanation", []),
            },
            "created_at": found.created_at.isoformat(),
            "messages": [m.frame() for m in messages],
            "notes": [
                {"id": n.id, "author": n.author_name, "text": n.text, "at": n.created_at.isoformat()}
                for n in notes
            ],
        },
        headers={"Cache-Control": "no-store"},
    )


@requires(changes_state=True)
async def claim(request: web.Request) -> web.Response:
    account = request[ACCOUNT]
    try:
        await _engine(request).claim(request.match_info["id"], account)
    except (NotOwner, ConversationGone) as exc:
        return _conversation_errors(exc)
    return web.json_response({"owner": account.display_name})


@requires(changes_state=True)
async def post_message(request: web.Request) -> web.Response:
    body = await _json_object(request)
    if body is None or not isinstance(body.get("text"), str) or not body["text"].strip():
        return staff_error(400, "bad_request")
    internal = body.get("internal", False)
    if not isinstance(internal, bool):
        return staff_error(400, "bad_request")
    if len(body["text"]) > MAX_TEXT_CHARS:
        return staff_error(413, "too_large")
    engine, account, conversation_id = _engine(request), request[ACCOUNT], request.match_info["id"]
    try:
        if internal:
            note = await engine.add_note(conversation_id, account, body["text"].strip())
            return web.json_response({"internal": True, "id": note.id}, status=201)
        stored = await engine.reply_as_staff(conversation_id, account, body["text"].strip())
    except (NotOwner, ConversationGone) as exc:
        return _conversation_errors(exc)
    return web.json_response({"internal": False, **stored.frame()}, status=201)


@requires(changes_state=True)
async def handback(request: web.Request) -> web.Response:
    try:
        await _engine(request).hand_back(request.match_info["id"], request[ACCOUNT])
    except (NotOwner, ConversationGone) as exc:
        return _conversation_errors(exc)
    return web.json_response({"state": "bot"})


@requires(changes_state=True)
async def transfer(request: web.Request) -> web.Response:
    body = await _json_object(request)
    if body is None or not isinstance(body.get("username"), str):
        return staff_error(400, "bad_request")
    colleague = await request.app[STAFF].by_username(body["username"])
    if colleague is None:
        return staff_error(404, "unknown_user")
    try:
        await _engine(request).transfer(request.match_info["id"], request[ACCOUNT], colleague)
    except (NotOwner, ConversationGone) as exc:
        return _conversation_errors(exc)
    return web.json_response({"owner": colleague.display_name})


@requires(changes_state=True)
async def close(request: web.Request) -> web.Response:
    body = await _json_object(request)
    if body is None:
        return staff_error(400, "bad_request")
    try:
        # The engine checks every field (bot.registration.parse_review); nothing closes on an error.
        await _engine(request).close_by_staff(
            request.match_info["id"],
            request[ACCOUNT],
            categories=body.get("categories"),
            outcome=body.get("outcome"),
            unmet_need=body.get("unmet_need", False),
            unmet_reason=body.get("unmet_reason"),
            referred_services=body.get("referred_services"),
            note=body.get("note"),
        )
    except InvalidClose as exc:
        return staff_error(400, "bad_request", message=CLOSE_REFUSED, fields=exc.fields)
    except (NotOwner, ConversationGone) as exc:
        return _conversation_errors(exc)
    return web.json_response({"state": "closed"})


@requires()
async def list_users(request: web.Request) -> web.Response:
    return web.json_response([_account_json(a) for a in await request.app[STAFF].all()])


@requires("admin", changes_state=True)
async def save_user(request: web.Request) -> web.Response:
    body = await _json_object(request) or {}
    fields = {k: body.get(k) for k in ("username", "name", "role", "password")}
    if not all(isinstance(v, str) and v.strip() for v in fields.values()) or fields["role"] not in ROLES:
        return staff_error(400, "bad_request")
    if len(fields["password"]) < 12:
        return staff_error(400, "weak_password")
    account = await request.app[STAFF].save(
        username=fields["username"].strip(),
        display_name=fields["name"].strip(),
        role=fields["role"],
        password=fields["password"],
        now=utcnow(),
    )
    return web.json_response(_account_json(account), status=201)


@requires()
async def list_contact_requests(request: web.Request) -> web.Response:
    state = request.query.get("state", "open")
    if state not in ("open", "all"):
        return staff_error(400, "bad_request")
    found = await _engine(request).contact_requests(open_only=state == "open")
    return web.json_response([r.to_dict() for r in found], headers={"Cache-Control": "no-store"})


@requires(changes_state=True)
async def contact_request_done(request: web.Request) -> web.Response:
    try:
        request_id = int(request.match_info["id"])
        if not 0 < request_id < 2**31:  # beyond the column's range: unknown, not a database error
            raise ValueError(request_id)
        done = await _engine(request).mark_contact_request_done(request_id, request[ACCOUNT])
    except (ValueError, UnknownContactRequest):
        return staff_error(404, "unknown_contact_request")
    return web.json_response(done.to_dict(), headers={"Cache-Control": "no-store"})


def add_routes(app: web.Application, staff: StaffStore) -> None:
    app[STAFF] = staff
    app.router.add_post("/api/staff/login", login)
    app.router.add_post("/api/staff/logout", logout)
    app.router.add_get("/api/staff/me", me)
    app.router.add_get("/api/staff/users", list_users)
    app.router.add_post("/api/staff/users", save_user)
    app.router.add_get("/api/staff/queue", queue)
    app.router.add_get("/api/staff/conversations/{id}", conversation)
    app.router.add_post("/api/staff/conversations/{id}/claim", claim)
    app.router.add_post("/api/staff/conversations/{id}/messages", post_message)
    app.router.add_post("/api/staff/conversations/{id}/handback", handback)
    app.router.add_post("/api/staff/conversations/{id}/transfer", transfer)
    app.router.add_post("/api/staff/conversations/{id}/close", close)
    app.router.add_get("/api/staff/contact-requests", list_contact_requests)
    app.router.add_post("/api/staff/contact-requests/{id}/done", contact_request_done)
