"""The chat widget in a real browser against the real service: asking, reloading, ending, safety, escaping."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from bot.bus import conversation_topic
from bot.channels.widget import tell_sockets_to_reconnect
from bot.engine import utcnow
from tests.browser.test_widget_access import axe_violations
from tests.test_conversation import registry_rows

pytestmark = pytest.mark.browser


async def test_history_is_back_after_reload_without_duplicates(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    asked = await widget.send("Mijn dochter van 4 wordt elke nacht wakker. Wat kan ik doen?")
    await widget.wait_for_reply(asked)
    # The answer and the question whether it helped may come one after the other: compare after the last.
    await widget.settled()
    before = await widget.messages()
    assert [m["seq"] for m in before] == list(range(1, len(before) + 1))
    assert any(m["from"] == "ww-from-bot" and m["seq"] > asked for m in before)
    assert any(m["from"] == "ww-from-parent" and "elke nacht wakker" in m["text"] for m in before)

    await page.reload()
    await expect(widget.panel).to_be_visible()
    await expect(widget.stored).to_have_count(len(before))
    # Give a late duplicate the chance to show up before comparing.
    await page.wait_for_timeout(500)
    after = await widget.messages()
    assert after == before
    await expect(widget.pending).to_have_count(0)
    state = await widget.stored_state()
    assert state is not None
    assert state["token"]
    assert state["lastSeq"] == before[-1]["seq"]


async def test_restart_and_dead_network_lose_nothing_and_duplicate_nothing(
    live_server, page, widget, context
):
    await page.goto(live_server.url + "/")
    await widget.open()
    # What the server does on SIGTERM: a "reconnect" status, then close code 1012. The widget waits a
    # moment before it reconnects; the network is gone by then.
    await tell_sockets_to_reconnect(live_server.app)
    await expect(widget.status).to_contain_text("opnieuw")
    await context.set_offline(True)
    await widget.input.fill("Hoe leer ik mijn kind zindelijk worden?")
    await widget.input.press("Enter")
    await expect(widget.pending).to_have_count(1)
    await page.wait_for_timeout(2000)
    await context.set_offline(False)
    await expect(widget.pending).to_have_count(0, timeout=15_000)
    await page.wait_for_timeout(500)
    messages = await widget.messages()
    assert [m["seq"] for m in messages] == list(range(1, len(messages) + 1))
    parents = [m["text"] for m in messages if m["from"] == "ww-from-parent"]
    assert parents == ["Hoe leer ik mijn kind zindelijk worden?"]


async def test_server_text_and_links_are_shown_as_text_never_as_markup(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    payload = '<img src=x onerror="window.__pwned=1"><b>vet</b>'
    asked = await widget.send(payload)
    await widget.wait_for_reply(asked)
    conversation_id = (await widget.stored_state())["id"]
    # A bot message as hostile as stored text can get: markup in the text and a script URL in the links.
    engine = live_server.engine
    stored, _ = await engine.store.append(
        conversation_id,
        sender="bot",
        text="<script>window.__pwned=2</script>Hallo <i>daar</i>",
        links=[
            {"title": "gevaarlijk", "url": "javascript:window.__pwned=3"},
            {"title": "Slapen", "url": "/kennisbank/sleep-doorslapen"},
        ],
        now=utcnow(),
    )
    await engine.bus.publish(conversation_topic(conversation_id), stored.frame())

    hostile = page.locator(f"#wegwijs-chat .ww-msg[data-seq='{stored.seq}']")
    await expect(hostile.locator(".ww-msg-text")).to_have_text(
        "<script>window.__pwned=2</script>Hallo <i>daar</i>"
    )
    await expect(page.locator("#wegwijs-chat .ww-from-parent").last).to_contain_text(payload)
    assert await widget.log.locator("img, b, i, script").count() == 0
    links = hostile.locator("a")
    await expect(links).to_have_count(1)
    assert await links.get_attribute("href") == live_server.url + "/kennisbank/sleep-doorslapen"
    assert await page.evaluate("() => window.__pwned") is None


async def test_ending_the_chat_forgets_the_token_and_offers_a_new_one(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    first = (await widget.stored_state())["id"]
    await page.locator("#wegwijs-chat .ww-end").click()
    await page.locator("#wegwijs-chat .ww-btn-danger").click()
    new_chat = page.get_by_role("button", name="Nieuw gesprek")
    await expect(new_chat).to_be_visible()
    await expect(widget.input).to_be_hidden()
    # Nothing was asked, so there is no registry record and nothing to rate.
    await expect(page.locator("#wegwijs-chat .ww-rating")).to_have_count(0)
    state = await widget.stored_state()
    assert state["token"] is None
    assert state["id"] is None

    await new_chat.click()
    await widget.wait_for_greeting()
    await expect(widget.stored).to_have_count(1)
    second = (await widget.stored_state())["id"]
    assert second and second != first


async def test_after_the_chat_the_parent_rates_it_and_the_registry_counts_it(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    asked = await widget.send("Hoe leer ik mijn kind zindelijk worden?")
    await widget.wait_for_reply(asked)
    await page.locator("#wegwijs-chat .ww-end").click()
    await page.locator("#wegwijs-chat .ww-btn-danger").click()
    rating = page.get_by_role("group", name="Wat vond je van dit gesprek?")
    await expect(rating).to_be_visible()
    assert (await widget.stored_state())["token"] is None  # kept in memory for the rating only
    assert await axe_violations(page) == []

    await rating.get_by_role("button", name="Niet goed").click()
    await expect(rating).to_contain_text("Bedankt voor je mening!")
    await expect(rating.get_by_role("button")).to_have_count(0)
    rows = await registry_rows(live_server.settings.database_url)
    assert [r["satisfaction"] for r in rows] == ["down"]


async def test_safety_numbers_are_shown_in_the_alert_region(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    await expect(widget.alert).to_have_text("")
    asked = await widget.send("Mijn man slaat mij en de kinderen. Ik ben bang.")
    await widget.wait_for_reply(asked)
    await expect(widget.alert).to_contain_text("0800-2000")
    await expect(widget.alert).to_be_visible()


async def test_a_refused_message_goes_back_into_the_input_with_a_friendly_notice(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    # The server takes 20 messages per 30 seconds from one socket; the 21st is refused, not stored.
    for number in range(1, 22):
        await widget.input.fill(f"Vraag nummer {number}")
        await widget.input.press("Enter")
    notice = page.locator("#wegwijs-chat .ww-notice")
    await expect(notice).to_contain_text("Wacht even")
    await expect(widget.input).to_have_value("Vraag nummer 21")
    await expect(widget.pending).to_have_count(0)
    parents = [m["text"] for m in await widget.messages() if m["from"] == "ww-from-parent"]
    assert parents == [f"Vraag nummer {number}" for number in range(1, 21)]


async def test_a_worker_taking_over_is_announced_and_signs_with_a_first_name(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    engine = live_server.engine
    worker = await engine.staff.save(
        username="sanne", display_name="Sanne", role="staff", password="een-lang-wachtwoord", now=utcnow()
    )
    conversation_id = (await widget.stored_state())["id"]
    await engine.claim(conversation_id, worker)
    await expect(widget.status).to_contain_text("Sanne")
    await expect(page.locator("#wegwijs-chat .ww-statebar")).to_contain_text("Sanne")

    await engine.reply_as_staff(
        conversation_id, worker, "Hoi, ik ben <b>Sanne</b>. Waar kan ik je mee helpen?"
    )
    staff = page.locator("#wegwijs-chat .ww-from-staff")
    await expect(staff.locator(".ww-msg-who")).to_have_text("Sanne (CJG)")
    await expect(staff.locator(".ww-msg-text")).to_have_text(
        "Hoi, ik ben <b>Sanne</b>. Waar kan ik je mee helpen?"
    )
    assert await staff.locator("b").count() == 0


async def test_a_quick_reply_answers_the_bots_question_and_then_disappears(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    asked = await widget.send("wat kun je doen tegen somberheid?")
    await widget.wait_for_reply(asked)
    buttons = page.locator("#wegwijs-chat .ww-quick-btn")
    await expect(buttons).to_have_text(
        ["Ik ben ouder of verzorger", "Ik ben een jongere", "Ik vraag het voor mijn werk", "Liever niet"]
    )
    await page.get_by_role("button", name="Ik ben een jongere").click()
    await expect(page.locator("#wegwijs-chat .ww-from-parent").last).to_contain_text("Ik ben een jongere")
    # The answer for a young person, then the feedback buttons replace the role buttons.
    await expect(page.locator("#wegwijs-chat a[href*='/kennisbank/low_mood-']")).to_have_count(1)
    await expect(buttons).to_have_text(["Ja", "Nee"])
