"""Quick registration (/staff/register with POST /api/staff/suggest and POST /api/staff/contacts), the
reports page and the audit page, without a browser, on SQLite and PostgreSQL: sessions, roles, CSRF,
bad input in Dutch, what lands in the registry (de-identified, the worker's pseudonym, the bot's
category as a correction) and that it counts in the same reports as chats. The browser half is
tests/browser/test_reports.py."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import unquote

import aiohttp
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from bot.quick_registration import MAX_SUMMARY, parse_registration
from registry import audit
from registry.models import Contact
from tests.test_console_server import form_login
from tests.test_staff_api import PASSWORD, add_staff, log_in

REGISTRATION = {
    "channel": "phone",
    "summary": "Moeder Sanne de Vries (06-12345678) belt: zoon van 6 plast nog in bed",
    "categories": ["toilet"],
    "outcome": "answered_by_staff",
    "role": "parent",
    "age_band": "4-11",
    "municipality": "Haarlem",
    "unmet_need": False,
    "unmet_reason": None,
    "handling_minutes": 4,
}


@pytest.fixture
async def anna(server):
    account = await add_staff(server, "anna", name="Anna")
    client = await log_in(server, "anna")
    client.account = account
    yield client
    await client.session.close()


async def contacts(server) -> list[Contact]:
    async with server.engine.store.session() as session:
        found = await session.scalars(
            select(Contact).options(selectinload(Contact.categories)).order_by(Contact.started_at)
        )
        return list(found)


async def contact_count(server) -> int:
    async with server.engine.store.engine.connect() as connection:
        return int(await connection.scalar(select(func.count()).select_from(Contact)))


# -- access -----------------------------------------------------------------------------------------


async def test_endpoints_need_a_session_and_the_csrf_token(server, http, anna):
    for path in ("/api/staff/suggest", "/api/staff/contacts"):
        async with http.post(server.url + path, json={"text": "slapen"}) as response:
            assert response.status == 401
            assert (await response.json())["message"] == "Log eerst in."
        status, body = await anna.post(path, {"text": "slapen"}, csrf="wrong")
        assert status == 403 and body["error"] == "csrf"
    assert await contact_count(server) == 0


async def test_pages_need_a_session_and_their_role(server, http):
    async with http.get(server.url + "/staff/register", allow_redirects=False) as response:
        assert response.status == 303
        assert response.headers["Location"] == "/staff/login?next=/staff/register"
    async with http.get(server.url + "/staff/reports?channel=phone", allow_redirects=False) as response:
        assert response.status == 303
        assert unquote(response.headers["Location"]) == "/staff/login?next=/staff/reports?channel=phone"

    await add_staff(server, "anna", name="Anna")
    await add_staff(server, "mila", role="manager", name="Mila")
    await add_staff(server, "ali", role="admin", name="Ali")
    expected = {
        "anna": {"/staff/register": 200, "/staff/reports": 403, "/staff/audit": 403},
        "mila": {"/staff/register": 200, "/staff/reports": 200, "/staff/audit": 403},
        "ali": {"/staff/register": 200, "/staff/reports": 200, "/staff/audit": 200},
    }
    menus = {
        "anna": ["Wachtrij", "Vraag registreren"],
        "mila": ["Wachtrij", "Vraag registreren", "Rapportages"],
        "ali": ["Wachtrij", "Vraag registreren", "Rapportages", "Logboek"],
    }
    for username, pages in expected.items():
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
            await (await form_login(session, server, username, PASSWORD)).release()
            for path, status in pages.items():
                async with session.get(server.url + path) as response:
                    html = await response.text()
                    assert response.status == status, (username, path)
                    if status == 403:
                        assert "Deze pagina is niet voor jouw rol." in html
                    else:
                        assert response.headers["Cache-Control"] == "no-store"
                        nav = re.search(r'<nav class="console-nav".*?</nav>', html, re.S).group(0)
                        assert re.findall(r'<a href="[^"]+"[^>]*>([^<]+)</a>', nav) == menus[username]
    # The reports API behind the page has the same rule.
    anna = await log_in(server, "anna")
    try:
        assert (await anna.get("/api/reports/indicators"))[0] == 403
    finally:
        await anna.session.close()


# -- the suggestion ---------------------------------------------------------------------------------


async def test_suggest_routes_the_summary(server, anna):
    status, body = await anna.post("/api/staff/suggest", {"text": "zoon van 6 plast nog in bed"})
    assert status == 200
    assert body["category"] == "toilet" and body["label"] == "Zindelijkheid en bedplassen"
    assert body["categories"][0] == {"code": "toilet", "label": "Zindelijkheid en bedplassen"}
    assert "other" not in [c["code"] for c in body["categories"]]
    assert body["urgency"] == "none" and body["safety"] is False

    status, body = await anna.post("/api/staff/suggest", {"text": "moeder zegt: mijn man slaat mij"})
    assert status == 200
    assert body["category"] == "safety" and body["safety"] is True and body["urgency_label"] == "Spoed"

    # Nothing recognised is no suggestion, rather than "Overig".
    status, body = await anna.post("/api/staff/suggest", {"text": "asdf qwerty"})
    assert status == 200 and body["category"] is None and body["categories"] == []


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        ({"text": "   "}, "empty_summary", "Typ eerst een korte samenvatting."),
        ({"text": "x" * (MAX_SUMMARY + 1)}, "invalid", "Niet opgeslagen: controleer het formulier."),
        ({"text": 12}, "bad_request", "Het verzoek is niet compleet of klopt niet."),
        ({}, "bad_request", "Het verzoek is niet compleet of klopt niet."),
    ],
    ids=["blank", "too-long", "not-text", "missing"],
)
async def test_suggest_refuses_bad_input_in_dutch(server, anna, body, error, message):
    status, answer = await anna.post("/api/staff/suggest", body)
    assert status == 400 and answer["error"] == error and answer["message"] == message


# -- registering ------------------------------------------------------------------------------------


async def test_a_registration_is_stored_deidentified_with_the_pseudonym_and_counts_in_the_reports(
    server, anna
):
    status, body = await anna.post("/api/staff/contacts", REGISTRATION)
    assert status == 201, body
    assert body["category"] == "toilet" and body["bot_category"] == "toilet" and body["corrected"] is False
    assert body["channel_label"] == "Telefoon" and body["handling_seconds"] == 240

    (stored,) = await contacts(server)
    assert stored.id == body["id"]
    assert (stored.channel, stored.outcome, stored.role, stored.age_band, stored.municipality) == (
        "phone",
        "answered_by_staff",
        "parent",
        "4-11",
        "Haarlem",
    )
    assert stored.handled_by == f"staff-{anna.account.id}"
    assert [c.code for c in stored.categories] == ["toilet"] and stored.bot_category == "toilet"
    assert stored.handling_seconds == 240 and stored.wait_seconds is None
    assert (stored.ended_at - stored.started_at).total_seconds() == 240
    # The summary is kept for reviewing categories, but never with the name or the number.
    assert "plast nog in bed" in stored.first_question
    for personal in ("Sanne", "Vries", "06-12345678", "12345678"):
        assert personal not in stored.first_question

    # It counts in the same reports as the chats (a manager reads them through the reports API).
    await add_staff(server, "mila", role="manager", name="Mila")
    mila = await log_in(server, "mila")
    try:
        status, report = await mila.get("/api/reports/indicators")
        assert status == 200
        assert report["data"]["phone_calls"] == 1 and report["data"]["single_questions"] == 1
        status, report = await mila.get("/api/reports/corrections")
        assert report["data"]["reviewed"] == 1 and report["data"]["kept"] == 1
        status, report = await mila.get("/api/reports/handled-by?channel=phone")
        assert report["data"]["staff"] == 1 and report["data"]["bot"] == 0
    finally:
        await mila.session.close()


async def test_another_category_than_the_suggestion_is_a_correction(server, anna):
    body = {**REGISTRATION, "summary": "zoon van 6 plast nog in bed", "categories": ["sleep", "toilet"]}
    status, saved = await anna.post("/api/staff/contacts", body)
    assert status == 201
    assert saved["category"] == "sleep" and saved["bot_category"] == "toilet" and saved["corrected"] is True
    (stored,) = await contacts(server)
    assert stored.category == "sleep" and [c.code for c in stored.categories] == ["sleep", "toilet"]
    assert stored.bot_category == "toilet"

    # Without a summary there is no suggestion, so nothing to agree or disagree with.
    status, saved = await anna.post("/api/staff/contacts", {**REGISTRATION, "summary": ""})
    assert status == 201 and saved["bot_category"] is None
    assert (await contacts(server))[1].first_question is None


async def test_a_safety_escalation_is_registered_with_a_safety_urgency(server, anna):
    body = {
        **REGISTRATION,
        "channel": "walk_in",
        "summary": "vader maakt zich zorgen over zijn dochter",
        "categories": ["safety"],
        "outcome": "safety_escalated",
        "handling_minutes": None,
        "unmet_need": True,
        "unmet_reason": "waiting_list",
    }
    status, saved = await anna.post("/api/staff/contacts", body)
    assert status == 201 and saved["urgency"] == "urgent"
    (stored,) = await contacts(server)
    assert (stored.outcome, stored.urgency, stored.channel) == ("safety_escalated", "urgent", "walk_in")
    assert stored.unmet_need is True and stored.unmet_reason == "waiting_list"
    assert stored.handling_seconds is None


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"channel": "chat"}, "channel", "Chats worden vanzelf geregistreerd. Kies een ander kanaal."),
        ({"channel": "fax"}, "channel", "Kies een kanaal: telefoon, e-mail, inloop, op school of anders."),
        ({"categories": []}, "categories", "Kies minstens één categorie uit de lijst."),
        ({"categories": ["toilet", "knitting"]}, "categories", "Kies minstens één categorie uit de lijst."),
        ({"categories": "toilet"}, "categories", "Kies minstens één categorie uit de lijst."),
        ({"outcome": "answered_by_bot"}, "outcome", "Kies een uitkomst."),
        ({"unmet_need": True}, "unmet_reason", "Kies waarom er niet aan de vraag voldaan kon worden."),
        (
            {"unmet_reason": "cost"},
            "unmet_reason",
            "Een reden hoort alleen bij een vraag waaraan niet voldaan kon worden.",
        ),
        ({"handling_minutes": -1}, "handling_minutes", None),
        ({"handling_minutes": 601}, "handling_minutes", None),
        ({"handling_minutes": "vier"}, "handling_minutes", None),
        ({"handling_minutes": True}, "handling_minutes", None),
        ({"handling_minutes": 2.5}, "handling_minutes", None),
        ({"municipality": "Amsterdam"}, "municipality", "Kies een gemeente uit de lijst."),
        ({"role": "grandparent"}, "role", "Kies wie de vraag stelt."),
        ({"age_band": "5"}, "age_band", "Kies de leeftijd van het kind."),
        (
            {"summary": "x" * (MAX_SUMMARY + 1)},
            "summary",
            "De samenvatting mag hoogstens 500 tekens lang zijn.",
        ),
        ({"found_via": "radio"}, "found_via", "Kies uit de lijst hoe ze het CJG vonden."),
    ],
)
async def test_bad_registrations_are_refused_in_dutch_and_nothing_is_stored(
    server, anna, change, field, message
):
    status, body = await anna.post("/api/staff/contacts", {**REGISTRATION, **change})
    assert status == 400
    assert body["error"] == "invalid" and body["message"] == "Niet opgeslagen: controleer het formulier."
    assert list(body["fields"]) == [field]
    if message is not None:
        assert message in body["fields"][field]
    else:
        assert "hele minuten" in body["fields"][field]
    assert await contact_count(server) == 0


async def test_a_body_that_is_not_a_json_object_is_refused(server, anna):
    for raw in ("not json", "[1, 2]", '"text"'):
        async with anna.session.post(
            server.url + "/api/staff/contacts",
            data=raw,
            headers={"X-CSRF-Token": anna.csrf, "Content-Type": "application/json"},
        ) as response:
            assert response.status == 400
            assert (await response.json())["message"] == "Het verzoek is niet compleet of klopt niet."
    assert await contact_count(server) == 0


def test_defaults_for_what_the_worker_did_not_fill_in():
    registration, errors = parse_registration(
        {"channel": "email", "categories": ["sleep", "sleep", "baby"], "outcome": "referred"}
    )
    assert errors == {} and registration is not None
    assert registration.categories == ["sleep", "baby"]
    assert (registration.role, registration.age_band, registration.municipality) == ("unknown",) * 3
    assert registration.handling_minutes is None and registration.summary == ""
    assert registration.repeat_contact == "unknown" and registration.found_via is None
    registration, errors = parse_registration({**REGISTRATION, "handling_minutes": " 12 "})
    assert errors == {} and registration.handling_minutes == 12


async def test_registrations_in_parallel_all_land(server, anna):
    results = await asyncio.gather(*(anna.post("/api/staff/contacts", REGISTRATION) for _ in range(8)))
    assert [status for status, _ in results] == [201] * 8
    assert len({body["id"] for _, body in results}) == 8
    assert await contact_count(server) == 8


# -- the reports and audit pages --------------------------------------------------------------------


async def test_reports_page_keeps_the_filter_in_its_links_and_refuses_a_bad_one(server):
    await add_staff(server, "mila", role="manager", name="Mila")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        await (await form_login(session, server, "mila", PASSWORD)).release()
        query = "from=2026-01-01&to=2026-03-31&channel=phone&municipality=Haarlem&role=parent"
        async with session.get(server.url + "/staff/reports?" + query) as response:
            assert response.status == 200
            html = await response.text()
        assert f'href="/api/reports/contacts.csv?{query.replace("&", "&amp;")}"' in html
        assert f'href="/api/reports/aggregate.csv?{query.replace("&", "&amp;")}&amp;period=week"' in html
        assert 'value="2026-01-01"' in html and '<option value="phone" selected>Telefoon</option>' in html
        assert '"query": "from=2026-01-01&to=2026-03-31' in html.replace("\\u0026", "&")

        async with session.get(server.url + "/staff/reports?from=2026-02-30") as response:
            assert response.status == 400
            assert (
                "De datum bij &#39;van&#39; klopt niet. Schrijf hem als JJJJ-MM-DD." in await response.text()
            )
        async with session.get(server.url + "/staff/reports?from=2026-03-01&to=2026-01-01") as response:
            assert response.status == 400
            assert "De einddatum ligt vóór de begindatum." in await response.text()
        async with session.get(server.url + "/staff/reports?channel=fax") as response:
            assert response.status == 400
            assert "Onbekend kanaal." in await response.text()

    viewed = await audit.entries(server.engine.store.engine, action=audit.VIEW_REPORT)
    assert len(viewed) == 1 and viewed[0].actor == "mila"
    assert viewed[0].details["filter"]["channel"] == "phone"


async def test_audit_page_is_logged_and_its_api_answers_admins_only(server):
    await add_staff(server, "ali", role="admin", name="Ali")
    await add_staff(server, "mila", role="manager", name="Mila")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        await (await form_login(session, server, "ali", PASSWORD)).release()
        async with session.get(server.url + "/staff/audit?action=export_contacts&actor=mila") as response:
            assert response.status == 200
            html = await response.text()
        assert '<option value="export_contacts" selected>Contacten gedownload (CSV)</option>' in html
        async with session.get(server.url + "/api/audit?action=view_audit_log") as response:
            entries = (await response.json())["entries"]
        assert [(e["actor"], e["action"]) for e in entries] == [("ali", "view_audit_log")]
    mila = await log_in(server, "mila")
    try:
        assert (await mila.get("/api/audit"))[0] == 403
    finally:
        await mila.session.close()
