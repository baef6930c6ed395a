"""The staff JSON API (docs/staff-api.md) on SQLite and PostgreSQL: log-in, roles, CSRF, the queue,
the atomic claim, replies that reach the parent, internal notes that never do, hand-back and close."""

from __future__ import annotations

import asyncio
import json
import logging

import aiohttp
import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot.engine import utcnow
from registry.models import Contact
from tests.conftest import connect, open_chat, turn_done

PASSWORD = "correct horse battery staple"


async def add_staff(server, username: str, role: str = "staff", name: str | None = None):
    return await server.engine.staff.save(
        username=username, display_name=name or username.title(), role=role, password=PASSWORD, now=utcnow()
    )


class StaffClient:
    def __init__(self, server, session: aiohttp.ClientSession, csrf: str) -> None:
        self.server, self.session, self.csrf = server, session, csrf

    async def get(self, path: str):
        async with self.session.get(self.server.url + path) as response:
            return response.status, await response.json()

    async def post(self, path: str, body: dict | None = None, *, csrf: str | None = None):
        headers = {"X-CSRF-Token": self.csrf if csrf is None else csrf}
        async with self.session.post(self.server.url + path, json=body, headers=headers) as response:
            return response.status, await response.json()


async def log_in(server, username: str) -> StaffClient:
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with session.post(
        server.url + "/api/staff/login", json={"username": username, "password": PASSWORD}
    ) as response:
        assert response.status == 200, await response.text()
        body = await response.json()
        assert (
            "HttpOnly" in response.headers["Set-Cookie"]
            and "SameSite=Strict" in response.headers["Set-Cookie"]
        )
    return StaffClient(server, session, body["csrf_token"])


@pytest.fixture
async def staff(server):
    await add_staff(server, "anna", name="Anna")
    await add_staff(server, "bram", name="Bram")
    clients = [await log_in(server, "anna"), await log_in(server, "bram")]
    yield clients
    for client in clients:
        await client.session.close()


async def waiting_chat(server, http, text="mijn zoon van 6 plast nog in bed, wat kan ik doen?"):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "message", "text": text})
    await frames.until(turn_done)
    await frames.ws.send_json({"type": "message", "text": "ik wil een medewerker spreken"})
    await frames.until(lambda f: f["type"] == "status" and f["state"] == "waiting")
    return conversation_id, frames


async def test_login_failures_lockout_and_logout(server, http):
    await add_staff(server, "carla")
    for _ in range(5):
        async with http.post(
            server.url + "/api/staff/login", json={"username": "carla", "password": "x"}
        ) as r:
            assert r.status == 401 and (await r.json())["error"] == "bad_login"
    async with http.post(
        server.url + "/api/staff/login", json={"username": "carla", "password": PASSWORD}
    ) as r:
        assert r.status == 429 and (await r.json())["error"] == "locked"
    async with http.post(server.url + "/api/staff/login", json={"username": "nobody", "password": "x"}) as r:
        assert r.status == 401
    async with http.post(server.url + "/api/staff/login", data="nonsense") as r:
        assert r.status == 400

    await add_staff(server, "dirk")
    client = await log_in(server, "dirk")
    assert (await client.get("/api/staff/me")) == (200, {"username": "dirk", "name": "Dirk", "role": "staff"})
    assert (await client.post("/api/staff/logout", csrf="wrong"))[0] == 403
    assert (await client.post("/api/staff/logout"))[0] == 200
    assert (await client.get("/api/staff/queue"))[0] == 401
    await client.session.close()


async def test_without_session_401_and_without_csrf_403(server, http, staff):
    async with http.get(server.url + "/api/staff/queue") as response:
        assert response.status == 401 and (await response.json())["error"] == "not_logged_in"
    conversation_id, _ = await waiting_chat(server, http)
    status, body = await staff[0].post(f"/api/staff/conversations/{conversation_id}/claim", csrf="")
    assert status == 403 and body["error"] == "csrf"


async def test_queue_puts_safety_first_and_shows_the_agreed_fields(server, http, staff):
    calm_id, _ = await waiting_chat(server, http)
    urgent_id, _ = await waiting_chat(server, http, text="mijn man slaat me elke avond")
    status, queue = await staff[0].get("/api/staff/queue")
    assert status == 200
    assert [entry["id"] for entry in queue] == [urgent_id, calm_id]
    assert {"id", "state", "urgency", "category", "lang", "waiting_seconds"} <= set(queue[0])
    assert queue[0]["urgency"] in ("urgent", "emergency") and queue[0]["state"] == "waiting"
    assert queue[1]["category"] == "toilet"


async def test_claim_reply_note_handback_and_close(server, http, staff):
    anna, bram = staff
    conversation_id, frames = await waiting_chat(server, http)
    path = f"/api/staff/conversations/{conversation_id}"

    assert await anna.post(path + "/claim") == (200, {"owner": "Anna"})
    joined = await frames.until(lambda f: f["type"] == "status")
    assert joined["state"] == "human" and joined["text"] == "Je chat nu met Anna van het CJG."
    assert await bram.post(path + "/claim") == (
        409,
        {"error": "not_owner", "message": "Iemand anders heeft dit gesprek.", "owner": "Anna"},
    )

    status, sent = await anna.post(
        path + "/messages", {"text": "Hoi, ik ben Anna. Hoe gaat het nu?", "internal": False}
    )
    assert status == 201
    received = await frames.until(lambda f: f["type"] == "message" and f["from"] == "staff")
    assert received["text"] == "Hoi, ik ben Anna. Hoe gaat het nu?" and received["name"] == "Anna"
    assert received["seq"] == sent["seq"]

    assert (await bram.post(path + "/messages", {"text": "ik ook", "internal": False}))[0] == 409
    assert (
        await bram.post(path + "/messages", {"text": "Let op: tweede keer deze week.", "internal": True})
    )[0] == 201

    # The bot says nothing while Anna owns the conversation.
    await frames.ws.send_json({"type": "message", "text": "het gaat wel, hij plast nog steeds in bed"})
    await frames.until(lambda f: f["type"] == "message" and f["from"] == "parent")
    assert [f for f in await frames.quiet(0.5) if f["type"] == "message"] == []

    status, view = await anna.get(path)
    assert status == 200 and view["owner"] == "Anna" and view["state"] == "human"
    assert [n["text"] for n in view["notes"]] == ["Let op: tweede keer deze week."]
    assert view["route"]["category"] == "toilet" and view["route"]["explanation"]
    assert all("tweede keer" not in f.get("text", "") for f in frames.seen)

    assert await anna.post(path + "/handback") == (200, {"state": "bot"})
    back = await frames.until(lambda f: f["type"] == "status")
    assert back["state"] == "bot"
    await frames.ws.send_json({"type": "message", "text": "hoi"})
    await frames.until(turn_done)
    assert frames.seen[-2]["from"] == "bot"

    assert (
        await anna.post(
            path + "/close", {"categories": ["toilet", "nonsense"], "outcome": "answered_by_staff"}
        )
    )[0] == 400
    assert (await anna.post(path + "/close", {"categories": ["toilet"], "outcome": "maybe"}))[0] == 400
    assert await anna.post(
        path + "/close", {"categories": ["toilet", "sleep"], "outcome": "answered_by_staff"}
    ) == (
        200,
        {"state": "closed"},
    )
    closed = await frames.until(lambda f: f["type"] == "closed")
    assert closed["reason"] == "staff"
    assert (await anna.post(path + "/claim"))[0] == 404


async def test_transfer_to_a_colleague(server, http, staff):
    anna, bram = staff
    conversation_id, frames = await waiting_chat(server, http)
    path = f"/api/staff/conversations/{conversation_id}"
    await anna.post(path + "/claim")
    assert (await anna.post(path + "/transfer", {"username": "nobody"}))[0] == 404
    assert await anna.post(path + "/transfer", {"username": "bram"}) == (200, {"owner": "Bram"})
    await frames.until(lambda f: f["type"] == "status" and "Bram" in f["text"])
    assert (await anna.post(path + "/messages", {"text": "hallo", "internal": False}))[0] == 409
    assert (await bram.post(path + "/messages", {"text": "hallo", "internal": False}))[0] == 201


async def test_roles_are_enforced(server, staff):
    anna = staff[0]
    new_user = {"username": "fleur", "name": "Fleur", "role": "staff", "password": PASSWORD}
    status, body = await anna.post("/api/staff/users", new_user)
    assert status == 403 and body["error"] == "forbidden"
    await add_staff(server, "root", role="admin")
    admin = await log_in(server, "root")
    try:
        assert (await admin.post("/api/staff/users", {**new_user, "password": "short"}))[0] == 400
        assert (await admin.post("/api/staff/users", new_user)) == (
            201,
            {"username": "fleur", "name": "Fleur", "role": "staff"},
        )
        status, users = await anna.get("/api/staff/users")
        assert status == 200 and {u["username"] for u in users} == {"anna", "bram", "root", "fleur"}
    finally:
        await admin.session.close()


async def test_unknown_conversation_gives_404(server, staff):
    assert (await staff[0].get("/api/staff/conversations/c_nothing"))[0] == 404
    assert (await staff[0].post("/api/staff/conversations/c_nothing/claim"))[0] == 404


async def test_hundred_concurrent_claims_have_exactly_one_winner(server, server_factory, http):
    # Two instances of the service on one database, as when it is scaled out: only the database
    # can decide, and it must let exactly one claim through.
    other = await server_factory(server.settings)
    workers = [await add_staff(server, f"worker{i}") for i in range(100)]
    conversation_id, _ = await waiting_chat(server, http)
    engines = (server.engine, other.engine)
    results = await asyncio.gather(
        *(engines[i % 2].claim(conversation_id, worker) for i, worker in enumerate(workers)),
        return_exceptions=True,
    )
    winners = [w for w, r in zip(workers, results, strict=True) if r is None]
    assert len(winners) == 1
    losers = [r for r in results if r is not None]
    assert len(losers) == 99 and {r.owner for r in losers} == {winners[0].display_name}
    assert (await server.engine.get(conversation_id)).owner_id == winners[0].id


async def registry_contacts(server) -> list[Contact]:
    async with server.engine.store.session() as session:
        found = await session.scalars(select(Contact).options(selectinload(Contact.categories)))
        return list(found)


NOTE = "Sanne de Vries belde terug op 06-12345678, woont op 2011 AB. Wachtlijst bij de jeugd-GGZ."


async def test_close_with_unmet_need_referral_and_a_deidentified_note(server, http, staff, caplog):
    anna = staff[0]
    conversation_id, frames = await waiting_chat(server, http, "mijn dochter van 15 wordt gepest op school")
    path = f"/api/staff/conversations/{conversation_id}"
    assert (await anna.post(path + "/claim"))[0] == 200
    directory = server.engine.dialogue.services
    status, view = await anna.get(path)
    # What the bot showed is offered to the worker as the referral to start from.
    shown = view["services_shown"]
    assert status == 200 and shown and all(s in directory for s in shown)
    other = next(s.id for s in directory.all() if s.id not in shown)
    base = {"categories": ["bullying"], "outcome": "referred"}

    refused = [
        ({"unmet_need": True}, "unmet_reason", "Kies waarom er niet aan de vraag voldaan kon worden."),
        ({"unmet_need": True, "unmet_reason": "too_expensive"}, "unmet_reason", "Kies waarom"),
        ({"unmet_reason": "cost"}, "unmet_reason", "Een reden hoort alleen bij"),
        ({"unmet_need": "ja", "unmet_reason": "cost"}, "unmet_need", "Kies waarom"),
        ({"referred_services": ["no-such-service"]}, "referred_services", "sociale kaart"),
        ({"referred_services": [other, other]}, "referred_services", "sociale kaart"),
        ({"referred_services": other}, "referred_services", "sociale kaart"),
        (
            {"outcome": "answered_by_staff", "referred_services": [other]},
            "referred_services",
            "Diensten horen bij de uitkomst 'Doorverwezen'",
        ),
        ({"note": "x" * 501}, "note", "hoogstens 500 tekens"),
        ({"note": 42}, "note", "hoogstens 500 tekens"),
        ({"categories": "bullying"}, "categories", "Kies minstens één categorie"),
        ({"outcome": None}, "outcome", "Kies een uitkomst."),
    ]
    for change, field, message in refused:
        status, body = await anna.post(path + "/close", {**base, "note": NOTE, **change})
        assert status == 400, change
        assert body["error"] == "bad_request" and body["message"].startswith("Niet gesloten"), change
        assert set(body["fields"]) == {field} and message in body["fields"][field], change
        assert NOTE not in json.dumps(body)
    # Nothing was closed or registered on the way.
    assert (await anna.get(path))[1]["state"] == "human"
    assert await registry_contacts(server) == []

    chosen = [shown[0], other]
    with caplog.at_level(logging.DEBUG):
        status, body = await anna.post(
            path + "/close",
            {
                **base,
                "unmet_need": True,
                "unmet_reason": "waiting_list",
                "referred_services": chosen,
                "note": NOTE,
            },
        )
    assert (status, body) == (200, {"state": "closed"})
    await frames.until(lambda f: f["type"] == "closed")
    (stored,) = await registry_contacts(server)
    assert (stored.outcome, stored.unmet_need, stored.unmet_reason) == ("referred", True, "waiting_list")
    assert stored.referred_services == chosen
    assert [c.code for c in stored.categories] == ["bullying"]
    # The note is kept for the registry, but without the name, the number or the postcode.
    assert "Wachtlijst bij de jeugd-GGZ" in stored.note
    for personal in ("Sanne", "Vries", "06-12345678", "12345678", "2011 AB", "2011AB"):
        assert personal not in stored.note
    assert not [r for r in caplog.records if "Vries" in r.getMessage() or "12345678" in r.getMessage()]


async def test_close_without_the_new_fields_works_as_before(server, http, staff):
    anna = staff[0]
    conversation_id, _ = await waiting_chat(server, http, "mijn dochter van 15 wordt gepest op school")
    path = f"/api/staff/conversations/{conversation_id}"
    shown = (await anna.get(path))[1]["services_shown"]
    assert await anna.post(path + "/close", {"categories": ["bullying"], "outcome": "referred"}) == (
        200,
        {"state": "closed"},
    )
    (stored,) = await registry_contacts(server)
    # Without a list of services, those the bot showed are the referral; no unmet need, no note.
    assert stored.referred_services == shown
    assert (stored.unmet_need, stored.unmet_reason, stored.note) == (False, None, None)
