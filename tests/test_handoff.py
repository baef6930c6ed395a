"""Hand-off to a person through the real service on SQLite and PostgreSQL: every trigger, the place in
the queue and a realistic wait, urgent cases in front, and when nobody can take over (outside office
hours, or no worker online) the opening hours, the safety numbers and a call-back or e-mail request
whose phone number or address is checked, masked in the transcript, kept from the registry and the
logs, and deleted after it was handled plus the retention period. Presence, the wait estimate and the
contact-detail checks are tested on their own too."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.contact_details import mask_contact_details, mask_email, mask_phone, parse_email, parse_phone
from bot.engine import STAFF_TOPIC
from bot.office_hours import TIMEZONE
from bot.presence import AVAILABLE_FOR, Presence, estimate_wait_minutes, typical_wait_minutes
from tests.conftest import connect, make_settings, open_chat
from tests.test_conversation import BEDWETTING, registry_rows, say
from tests.test_staff_api import add_staff, log_in

URGENT = "mijn man slaat me elke avond"
PHONE_CHOICES = ["Bel mij terug", "Mail mij"]
OFFER_CHOICES = ["Bel mij terug", "Mail mij", "Nee, dank je"]


async def start(database_url, server_factory, **overrides):
    """The service with the product's own rule: a parent is queued only when someone can come. (The
    shared test settings queue regardless; here it is explicit.)"""
    rules = {"office_hours": "always", "queue_when_nobody_online": False, **overrides}
    return await server_factory(make_settings(database_url, **rules))


async def chat(http, server):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()  # the greeting
    return conversation_id, frames


def is_status(state: str):
    return lambda f: f["type"] == "status" and f["state"] == state


async def worker(server, username: str = "anna"):
    await add_staff(server, username, name=username.title())
    return await log_in(server, username)  # logging in makes the worker online


# -- the triggers, the place in the queue and the wait -----------------------------------------------


async def test_every_trigger_queues_the_parent_with_place_and_wait(database_url, server_factory, http):
    server = await start(database_url, server_factory)
    anna = await worker(server)
    try:
        # 1. The parent asks for a person.
        first_id, first = await chat(http, server)
        replies = await say(first, "kan ik iemand spreken")
        assert replies[-1]["kind"] == "notice" and replies[-1]["quick_replies"] == PHONE_CHOICES
        assert "Ik zet je door naar een medewerker" in replies[-1]["text"]
        status = await first.until(is_status("waiting"))
        assert (status["queue_position"], status["wait_minutes"]) == (1, 5)  # no history yet: 5 per place
        assert status["text"] == (
            "Je staat vooraan in de wachtrij. De wachttijd is ongeveer 5 minuten. Duurt het te lang? "
            "Bel 023 - 000 00 00. Of kies 'Bel mij terug' of 'Mail mij', dan nemen wij contact met je op."
        )

        # 2. The quick reply offered when the bot did not understand.
        _, second = await chat(http, server)
        unclear = await say(second, "mijn kind doet raar")
        assert unclear[-1]["quick_replies"] == ["Chat met een medewerker"]
        await say(second, "Chat met een medewerker")
        status = await second.until(is_status("waiting"))
        assert (
            status["queue_position"] == 2
            and "plek 2" in status["text"]
            and "ongeveer 10 minuten" in status["text"]
        )

        # 3. "Nee" to "Heeft dit je geholpen?".
        _, third = await chat(http, server)
        await say(third, BEDWETTING)
        not_helped = await say(third, "Nee")
        assert not_helped[0]["text"] == "Jammer dat dit je niet verder hielp."
        assert (await third.until(is_status("waiting")))["queue_position"] == 3

        # 4. Not understood twice.
        _, fourth = await chat(http, server)
        await say(fourth, "mijn kind doet raar")
        twice = await say(fourth, "mijn dochter is anders")
        assert twice[0]["text"].startswith("Sorry, ik begrijp je vraag nog steeds niet goed.")
        status = await fourth.until(is_status("waiting"))
        assert (status["queue_position"], status["wait_minutes"]) == (4, 20)

        # Someone ahead is taken: everyone behind hears their new place; the claimed parent her name.
        assert (await anna.post(f"/api/staff/conversations/{first_id}/claim"))[0] == 200
        joined = await first.until(lambda f: f["type"] == "status")
        assert joined["state"] == "human" and joined["text"] == "Je chat nu met Anna van het CJG."
        for frames, place in ((second, 1), (third, 2), (fourth, 3)):
            assert (await frames.until(is_status("waiting")))["queue_position"] == place
    finally:
        await anna.session.close()


async def test_urgent_goes_to_the_front_clearly_marked(database_url, server_factory, http):
    server = await start(database_url, server_factory)
    anna = await worker(server)
    try:
        calm_id, calm = await chat(http, server)
        await say(calm, "ik wil een medewerker spreken")
        assert (await calm.until(is_status("waiting")))["queue_position"] == 1

        urgent_id, urgent = await chat(http, server)
        replies = await say(urgent, URGENT)
        assert replies[0]["kind"] == "safety" and "112" in replies[0]["text"]
        assert "Ik zet je nu meteen door" in replies[0]["text"]  # someone is online to keep the promise
        status = await urgent.until(is_status("waiting"))
        assert status["queue_position"] == 1
        assert status["text"].startswith("Je vraag gaat voor. Je staat vooraan in de wachtrij.")
        assert "Is er nu gevaar? Bel 112." in status["text"]
        moved = await calm.until(is_status("waiting"))
        assert moved["queue_position"] == 2 and moved["wait_minutes"] == 10

        code, queue = await anna.get("/api/staff/queue")
        assert code == 200 and [e["id"] for e in queue] == [urgent_id, calm_id]
        assert queue[0]["urgency"] in ("urgent", "emergency")
    finally:
        await anna.session.close()


async def test_the_wait_is_the_median_of_recent_claims(database_url, server_factory, http):
    server = await start(database_url, server_factory)
    engine = server.engine
    anna = await worker(server)
    try:
        for _ in range(3):
            conversation_id, frames = await chat(http, server)
            await say(frames, "ik wil een medewerker spreken")
            await frames.until(is_status("waiting"))
            # These parents joined the queue 12 minutes ago.
            assert await engine.store.update(
                conversation_id, expect_states=("waiting",), queued_at=engine.clock() - timedelta(minutes=12)
            )
            assert (await anna.post(f"/api/staff/conversations/{conversation_id}/claim"))[0] == 200
        _, frames = await chat(http, server)
        await say(frames, "ik wil een medewerker spreken")
        status = await frames.until(is_status("waiting"))
        assert status["wait_minutes"] == 15 and "ongeveer 15 minuten" in status["text"]  # 12, rounded up
    finally:
        await anna.session.close()


async def test_a_waiting_parent_can_leave_the_queue_for_a_call_back(database_url, server_factory, http):
    server = await start(database_url, server_factory)
    anna = await worker(server)
    try:
        conversation_id, frames = await chat(http, server)
        await say(frames, "ik wil een medewerker spreken")
        await frames.until(is_status("waiting"))
        asked = await say(frames, "Bel mij terug")
        assert asked[-1]["text"] == "Wanneer kunnen we je het beste bellen?"
        assert asked[-1]["quick_replies"] == ["'s Ochtends", "'s Middags", "Maakt niet uit"]
        assert (await frames.until(lambda f: f["type"] == "status"))["state"] == "bot"
        assert (await server.engine.get(conversation_id)).state == "bot"
        assert (await anna.get("/api/staff/queue"))[1] == []
    finally:
        await anna.session.close()


# -- nobody can take over: a call-back or an e-mail -------------------------------------------------


async def test_nobody_online_leads_to_a_checked_call_back_request(database_url, server_factory, http, caplog):
    caplog.set_level(logging.INFO)  # the service's default LOG_LEVEL
    server = await start(database_url, server_factory)
    engine = server.engine
    conversation_id, frames = await chat(http, server)
    await say(frames, BEDWETTING)

    offer = await say(frames, "Nee")
    assert offer[0]["text"] == "Jammer dat dit je niet verder hielp."
    situation = offer[1]["text"]
    assert situation.startswith("Er is op dit moment geen medewerker van het CJG online.")
    assert "We zijn dag en nacht open, elke dag." in situation  # the opening hours
    assert "Bel 112" in situation and "0800-2000" in situation  # the safety numbers
    assert offer[-1]["quick_replies"] == OFFER_CHOICES
    assert (await engine.get(conversation_id)).state == "bot"  # not queued: nobody would come

    async with engine.bus.subscribe(STAFF_TOPIC) as staff_events:
        assert (await say(frames, "Bel mij terug"))[-1]["text"] == "Wanneer kunnen we je het beste bellen?"
        assert (await say(frames, "'s Middags"))[-1]["text"].startswith("Wat is je telefoonnummer?")
        wrong = await say(frames, "0612")
        assert wrong[-1]["text"].startswith("Dat telefoonnummer klopt niet. Typ je nummer met alle cijfers")
        assert wrong[-1]["quick_replies"] == ["Mail mij", "Nee, dank je"]
        saved = await say(frames, "mijn nummer is 06-43218765")
        assert saved[0]["text"].startswith("Dank je wel. Je vraag is bewaard.")
        assert "06 **** **65" in saved[0]["text"]
        event = await asyncio.wait_for(
            _next_matching(staff_events, lambda e: e["type"] == "contact_request"), timeout=5
        )

    [request] = await engine.contact_requests()
    assert event == {"type": "contact_request", "id": request.id, "state": "open"}
    assert (request.kind, request.value, request.preferred_time) == ("phone", "+31643218765", "'s middags")
    assert (request.category, request.state, request.conversation_id) == ("toilet", "open", conversation_id)
    # The number is masked in the transcript once the request is stored.
    texts = [m.text for m in await engine.history(conversation_id)]
    assert "mijn nummer is 06 **** **65" in texts
    assert not any("43218765" in t for t in texts)

    await frames.ws.send_json({"type": "close"})
    await frames.until(lambda f: f["type"] == "closed")
    [row] = await registry_rows(server.settings.database_url)
    assert row["outcome"] == "callback_requested"
    assert "43218765" not in repr(row) and "+316" not in repr(row)
    assert not any("43218765" in r.getMessage() or "+316" in r.getMessage() for r in caplog.records)

    # Staff see it, mark it done; it is deleted once handled plus the retention period.
    anna = await worker(server)
    try:
        code, listed = await anna.get("/api/staff/contact-requests")
        assert code == 200 and [(r["id"], r["value"], r["kind"]) for r in listed] == [
            (request.id, "+31643218765", "phone")
        ]
        code, done = await anna.post(f"/api/staff/contact-requests/{request.id}/done")
        assert code == 200 and done["state"] == "done" and done["handled_by"] == "Anna"
        assert (await anna.post(f"/api/staff/contact-requests/{request.id}/done"))[0] == 200  # idempotent
        assert (await anna.get("/api/staff/contact-requests"))[1] == []
        assert [r["state"] for r in (await anna.get("/api/staff/contact-requests?state=all"))[1]] == ["done"]
        assert (await anna.post("/api/staff/contact-requests/999999/done"))[0] == 404
        assert (await anna.post("/api/staff/contact-requests/abc/done"))[0] == 404
        assert (await anna.post("/api/staff/contact-requests/99999999999/done"))[0] == 404
        assert (await anna.get("/api/staff/contact-requests?state=nonsense"))[0] == 400
    finally:
        await anna.session.close()
    still_open = await engine.create_contact_request(None, "email", "iemand@voorbeeld.nl", engine.clock())

    assert await engine.purge_handled_contact_requests() == 0  # handled just now: kept
    later = engine.clock() + timedelta(days=server.settings.retention_days, minutes=1)
    assert (
        await engine.store.purge_contact_requests(later - timedelta(days=server.settings.retention_days)) == 1
    )
    assert [r.id for r in await engine.contact_requests(open_only=False)] == [still_open.id]  # open: kept


async def _next_matching(subscription, predicate):
    while True:
        event = await subscription.get()
        if predicate(event):
            return event


async def test_outside_office_hours_an_email_answer(database_url, server_factory, http):
    today = datetime.now(TIMEZONE).date()
    week = tuple(today + timedelta(days=n) for n in range(7))
    server = await start(database_url, server_factory, office_hours="mon-fri 09:00-17:00", closed_days=week)
    anna = await worker(server)  # online, but the chat is closed: no queue
    try:
        conversation_id, frames = await chat(http, server)
        offer = await say(frames, "ik wil een medewerker spreken")
        situation = offer[0]["text"]
        assert situation.startswith("De medewerkers van het CJG zijn nu niet in de chat.")
        assert re.search(r"De chat is weer open op \w+dag \d+ \w+ om 9\.00 uur\.", situation)
        assert "We zijn open op maandag tot en met vrijdag van 9.00 tot 17.00 uur." in situation
        assert offer[-1]["quick_replies"] == OFFER_CHOICES

        assert (await say(frames, "Mail mij"))[-1]["text"].startswith("Wat is je e-mailadres?")
        wrong = await say(frames, "jan@")
        assert wrong[-1]["text"] == "Dat e-mailadres klopt niet. Typ het zo: naam@voorbeeld.nl"
        saved = await say(frames, "Jan.Jansen@Voorbeeld.nl")
        assert "j***@v***.nl" in saved[0]["text"].lower()
        assert saved[-1]["quick_replies"] == ["Gesprek afsluiten"]
        [request] = await server.engine.contact_requests()
        assert (request.kind, request.value) == ("email", "Jan.Jansen@voorbeeld.nl")
        assert not any("Jansen@" in m.text for m in await server.engine.history(conversation_id))
        assert (await server.engine.get(conversation_id)).state == "bot"

        # "Nee, dank je": the phone number and the hours, and the chat goes on.
        _, other = await chat(http, server)
        await say(other, "ik wil een medewerker spreken")
        declined = await say(other, "Nee, dank je")
        assert declined[0]["text"].startswith("Oké. Je kunt ons ook zelf bellen: 023 - 000 00 00.")
        assert len(await server.engine.contact_requests()) == 1
    finally:
        await anna.session.close()


async def test_safety_with_nobody_online_keeps_the_front_of_the_queue(database_url, server_factory, http):
    server = await start(database_url, server_factory)
    engine = server.engine
    conversation_id, frames = await chat(http, server)
    replies = await say(frames, URGENT)
    safety, notice = replies[0], replies[1]
    assert safety["kind"] == "safety"
    for number in ("112", "0800-2000", "0800-0113", "0800-0432"):
        assert number in safety["text"]
    assert "Ik zet je nu meteen door" not in safety["text"]  # nobody is online to keep that promise
    assert notice["text"].startswith("Er is op dit moment geen medewerker van het CJG online.")
    assert "vooraan in de wachtrij" in notice["text"] and notice["quick_replies"] == PHONE_CHOICES
    status = await frames.until(is_status("waiting"))
    assert status["wait_minutes"] is None and "Er is nu geen medewerker online" in status["text"]
    assert status["text"].startswith("Je vraag gaat voor. Je staat vooraan in de wachtrij.")
    conversation = await engine.get(conversation_id)
    assert conversation.state == "waiting" and conversation.context["priority"] is True

    # A call-back request, and the parent stays in front of the queue.
    await say(frames, "Bel mij terug")
    await say(frames, "Maakt niet uit")
    saved = await say(frames, "020 555 1234")
    assert "02 **** **34" in saved[0]["text"] and "Je blijft ook in de wachtrij staan." in saved[0]["text"]
    [request] = await engine.contact_requests()
    assert (request.value, request.preferred_time, request.category) == ("+31205551234", None, "safety")
    assert request.urgency in ("urgent", "emergency")
    assert (await engine.get(conversation_id)).state == "waiting"

    # A worker comes online: the parent hears a wait now, and then who took over.
    anna = await worker(server)
    try:
        assert await engine.update_waiting_statuses() == 1
        status = await frames.until(is_status("waiting"))
        assert status["wait_minutes"] == 5 and "ongeveer 5 minuten" in status["text"]
        assert (await anna.post(f"/api/staff/conversations/{conversation_id}/claim"))[0] == 200
        assert (await frames.until(is_status("human")))["text"] == "Je chat nu met Anna van het CJG."
    finally:
        await anna.session.close()
    await frames.ws.send_json({"type": "close"})
    await frames.until(lambda f: f["type"] == "closed")
    [row] = await registry_rows(server.settings.database_url)
    assert row["outcome"] == "safety_escalated"  # safety goes before the call-back in the registry


async def test_logging_out_ends_presence(database_url, server_factory, http):
    server = await start(database_url, server_factory)
    anna = await worker(server)
    try:
        account = await server.engine.staff.by_username("anna")
        assert server.engine.presence.online(server.engine.clock()) == {account.id}
        assert server.engine.staffing().available
        assert (await anna.post("/api/staff/logout"))[0] == 200
        assert server.engine.presence.online(server.engine.clock()) == set()
        conversation_id, frames = await chat(http, server)
        offer = await say(frames, "ik wil een medewerker spreken")
        assert offer[-1]["quick_replies"] == OFFER_CHOICES
        assert (await server.engine.get(conversation_id)).state == "bot"
    finally:
        await anna.session.close()


# -- the parts on their own ---------------------------------------------------------------------------


def test_presence_times_out_and_follows_slack():
    presence = Presence(timedelta(minutes=5))
    now = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
    presence.touch(1, "console", now)
    assert presence.online(now + timedelta(minutes=5)) == {1}
    assert presence.online(now + timedelta(minutes=5, seconds=1)) == set()
    presence.set_available(2, "slack", True, now)
    assert presence.online(now + timedelta(hours=3)) == {2}
    presence.touch(2, "console", now + timedelta(hours=3))
    presence.set_available(2, "slack", False, now + timedelta(hours=3))
    assert presence.online(now + timedelta(hours=3, minutes=1)) == {2}  # still at the console
    assert presence.online(now + timedelta(hours=3, minutes=6)) == set()
    presence.set_available(3, "slack", True, now)
    assert presence.online(now + AVAILABLE_FOR + timedelta(seconds=1)) == set()  # a forgotten "beschikbaar"


def test_the_wait_estimate():
    assert typical_wait_minutes([600, 720]) is None  # too little history
    assert typical_wait_minutes([60, 600, 720, 6000]) == 11
    assert estimate_wait_minutes(1, None, 1) == 5
    assert estimate_wait_minutes(3, None, 1) == 15
    assert estimate_wait_minutes(3, None, 2) == 10  # two workers take two parents per round
    assert estimate_wait_minutes(1, 0.2, 1) == 1  # never "0 minutes"
    assert estimate_wait_minutes(2, 6.5, 1) == 15  # 13 -> 15
    assert estimate_wait_minutes(10, 20, 1) == 61  # "meer dan een uur"


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0612345678", "+31612345678"),
        ("06 12 34 56 78", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("023 - 123 45 67", "+31231234567"),
        ("bel me op 020 555 1234 graag", "+31205551234"),
        ("+32 470 12 34 56", "+32470123456"),
        ("0612", None),
        ("112", None),
        ("0800-2000", None),  # a free-phone service, not the parent's line
        ("0900 1234567", None),  # premium rate
        ("061234567890", None),
        ("0612345678 of 0687654321", None),  # which one?
        ("morgen", None),
    ],
)
def test_phone_numbers_are_dutch_by_default_and_normalised(typed, e164):
    assert parse_phone(typed) == e164


@pytest.mark.parametrize(
    ("typed", "address"),
    [
        ("jan@voorbeeld.nl", "jan@voorbeeld.nl"),
        ("Mijn mail: Jan.Jansen+cjg@Voorbeeld.NL.", "Jan.Jansen+cjg@voorbeeld.nl"),
        ("jan@", None),
        ("jan@voorbeeld", None),
        ("jan..jansen@voorbeeld.nl", None),
        (".jan@voorbeeld.nl", None),
        ("jan@@voorbeeld.nl", None),
        ("jan@-voorbeeld.nl", None),
        ("jan@voorbeeld.n1", None),
        ("jan@voorbeeld.nl of piet@voorbeeld.nl", None),
        ('"jan jansen"@voorbeeld.nl', None),
        ("x" * 65 + "@voorbeeld.nl", None),
    ],
)
def test_email_addresses_are_checked_simply_and_strictly(typed, address):
    assert parse_email(typed) == address


def test_masking_keeps_only_what_the_parent_needs_to_recognise():
    assert mask_phone("+31612345678") == "06 **** **78"
    assert mask_phone("+32470123456") == "+32 **** **56"
    assert mask_email("jan.jansen@voorbeeld.nl") == "j***@v***.nl"
    assert mask_contact_details("mijn nummer is 06-12345678!") == "mijn nummer is 06 **** **78!"
    assert mask_contact_details("mail jan@voorbeeld.nl, graag") == "mail j***@v***.nl, graag"
    assert mask_contact_details("mijn zoon (6) zit in groep 3") == "mijn zoon (6) zit in groep 3"
    assert mask_contact_details("061234567") == "06*****67"  # a wrong number is still masked
    assert mask_contact_details("jan@") == "jan@"
