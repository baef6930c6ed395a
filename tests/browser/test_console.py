"""The staff console in a real Chromium, with a parent in a second browser context using the widget:
log in, a waiting conversation appears live, claim, reply, note, hand back, claim again, close with a
corrected category, a referral, an unmet need and a de-identified note (checked in the registry), log
out; escaping; axe-core on every console page."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Browser, BrowserContext, Page, expect
from sqlalchemy import select

from bot.engine import utcnow
from registry.database import create_engine
from registry.models import Contact
from tests.browser.conftest import TIMEOUT_MS, Widget
from tests.browser.test_widget_access import axe_violations

pytestmark = pytest.mark.browser

PASSWORD = "een lang en goed wachtwoord"
FIRST_QUESTION = "mijn zoon van 6 plast nog in bed, wat kan ik doen?"
CLOSE_NOTE = "Sanne de Vries (06-12345678, 2011 AB) staat op de wachtlijst slaappoli."


async def new_context(browser: Browser) -> BrowserContext:
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.set_default_timeout(TIMEOUT_MS)
    return context


@pytest.fixture
async def worker_page(browser: Browser) -> AsyncIterator[Page]:
    context = await new_context(browser)
    yield await context.new_page()
    await context.close()


@pytest.fixture
async def parent(browser: Browser) -> AsyncIterator[Widget]:
    context = await new_context(browser)
    yield Widget(await context.new_page())
    await context.close()


async def add_worker(server, username: str, name: str, role: str = "staff"):
    return await server.engine.staff.save(
        username=username, display_name=name, role=role, password=PASSWORD, now=utcnow()
    )


async def log_in(page: Page, server, username: str) -> None:
    await page.goto(server.url + "/staff")
    await expect(page).to_have_url(server.url + "/staff/login")
    await page.get_by_label("Gebruikersnaam").fill(username)
    await page.get_by_label("Wachtwoord").fill(PASSWORD)
    await page.get_by_label("Wachtwoord").press("Enter")
    await expect(page).to_have_url(server.url + "/staff")
    await expect(page.locator("body")).to_have_attribute("data-live", "yes")


async def ask_for_a_person(parent: Widget, server, question: str = FIRST_QUESTION) -> None:
    await parent.page.goto(server.url + "/")
    await parent.open()
    asked = await parent.send(question)
    await parent.wait_for_reply(asked)
    await parent.send("ik wil een medewerker spreken")
    await expect(parent.page.locator("#wegwijs-chat .ww-statebar")).to_contain_text("wachtrij")


async def parent_texts(parent: Widget) -> list[str]:
    return [m["text"] for m in await parent.messages()]


async def test_the_whole_take_over_from_the_console(live_server, worker_page, parent):
    page = worker_page
    anna = await add_worker(live_server, "anna", "Anna")
    await add_worker(live_server, "bram", "Bram")

    await log_in(page, live_server, "anna")
    await expect(page.locator(".console-user")).to_contain_text("Anna")
    await expect(page.locator(".console-role")).to_have_text("Medewerker")
    await expect(page.locator("#queue-empty")).to_be_visible()

    # The parent asks for a person; the queue shows it without a reload.
    await ask_for_a_person(parent, live_server)
    row = page.locator("#queue-rows tr")
    await expect(row).to_have_count(1)
    await expect(row).to_contain_text("Zindelijkheid en bedplassen")
    await expect(row).to_contain_text("Wacht op een medewerker")
    await expect(row).to_contain_text("Nederlands")
    await expect(row).to_contain_text("Nog niemand")
    waited = await row.locator(".waiting").text_content()
    await expect(row.locator(".waiting")).not_to_have_text(waited or "")  # the waiting time ticks
    await expect(page).to_have_title("(1) Wachtrij · Wegwijs console")

    await row.get_by_role("button", name="Overnemen").click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text("Gesprek")
    await expect(page.locator("#owner-line")).to_have_text("Jij hebt dit gesprek.")
    await expect(parent.page.locator("#wegwijs-chat .ww-statebar")).to_contain_text("Anna")
    await expect(page.locator("#transcript")).to_contain_text(FIRST_QUESTION)
    await expect(page.locator("#route-category")).to_have_text("Zindelijkheid en bedplassen")
    await expect(page.locator("#route-explanation li").first).not_to_be_empty()

    # Enter sends, Shift+Enter is a new line; the parent gets it in the widget.
    reply = page.get_by_label("Bericht aan de ouder")
    await expect(reply).to_be_focused()
    await reply.type("Hoi, ik ben Anna.")
    await reply.press("Shift+Enter")
    await reply.type("Hoe gaat het nu?")
    await reply.press("Enter")
    await expect(reply).to_have_value("")
    sent = page.locator("#transcript .msg-from-staff")
    await expect(sent).to_have_count(1)
    await expect(sent.locator(".msg-text")).to_have_text("Hoi, ik ben Anna.\nHoe gaat het nu?")
    from_staff = parent.page.locator("#wegwijs-chat .ww-from-staff .ww-msg-text")
    await expect(from_staff).to_have_text("Hoi, ik ben Anna.\nHoe gaat het nu?")

    # A canned answer goes into the reply box with the worker's name, to be edited or sent.
    await page.get_by_role("button", name="Begroeting").click()
    await expect(reply).to_have_value(
        "Hoi, ik ben Anna van het CJG. Fijn dat je ons een vraag stelt. Ik heb je vraag gelezen. "
        "Mag ik je eerst een paar dingen vragen?"
    )
    await expect(reply).to_be_focused()
    await reply.fill("")

    # The parent writes back: it appears live in the console.
    await parent.send("het gaat wel, hij plast nog elke nacht in bed")
    await expect(page.locator("#transcript .msg-from-parent .msg-text").last).to_have_text(
        "het gaat wel, hij plast nog elke nacht in bed"
    )

    # An internal note: visibly marked, never sent to the parent.
    note = "Let op: moeder klinkt erg moe, volgende keer navragen."
    await page.get_by_label("Nieuwe interne notitie").fill(note)
    await page.get_by_role("button", name="Notitie opslaan").click()
    await expect(page.locator("#notes .note")).to_have_count(1)
    await expect(page.locator("#notes .note .note-tag")).to_have_text("Interne notitie")
    await expect(page.locator("#notes .note .note-text")).to_have_text(note)
    await expect(page.locator("#page-notice")).to_contain_text("Alleen collega's zien hem")

    # Hand back: the parent is told, and the note never reached the widget.
    await page.get_by_role("button", name="Teruggeven aan Wegwijs").click()
    await expect(page.locator("#owner-line")).to_have_text("Wegwijs heeft dit gesprek.")
    await expect(page.locator("#reply-form")).to_be_hidden()
    await expect(parent.log).to_contain_text("Je chat weer met Wegwijs")
    assert all("moeder klinkt" not in text for text in await parent_texts(parent))
    assert "moeder klinkt" not in (await parent.page.content())

    # Claim again and close with a corrected category and an outcome, in one step.
    await page.get_by_role("button", name="Overnemen").click()
    await expect(page.locator("#owner-line")).to_have_text("Jij hebt dit gesprek.")
    await expect(parent.page.locator("#wegwijs-chat .ww-statebar")).to_contain_text("Anna")
    category = page.get_by_label("Hoofdcategorie")
    await expect(category).to_have_value("toilet")  # the bot's category is preselected
    await category.select_option("sleep")
    services = page.locator("#close-services")
    await expect(services).to_be_hidden()  # services belong to a referral only
    await page.get_by_label("Uitkomst").select_option("referred")
    await expect(services).to_be_visible()
    # The services the bot showed are ticked already; the worker adds one from the sociale kaart.
    shown = await services.locator("input[name=service]:checked").evaluate_all(
        "boxes => boxes.map(b => b.value)"
    )
    await services.get_by_text("Andere diensten").click()
    extra = services.locator("details input[name=service]").first
    await extra.check()
    referred = [*shown, await extra.get_attribute("value")]
    # An unmet need without a reason is refused next to the field, and nothing closes.
    await page.get_by_label("Niet aan de vraag voldaan").check()
    note = page.get_by_label("Notitie voor de registratie (niet verplicht)")
    await note.fill(CLOSE_NOTE)
    await page.get_by_role("button", name="Gesprek sluiten").click()
    reason = page.get_by_label("Reden")
    await expect(page.locator("#close-unmet-reason-error")).to_have_text(
        "Kies waarom er niet aan de vraag voldaan kon worden."
    )
    await expect(reason).to_have_attribute("aria-invalid", "true")
    await expect(reason).to_be_focused()
    await expect(page.locator("#owner-line")).to_have_text("Jij hebt dit gesprek.")
    await reason.select_option("waiting_list")
    await expect(note).to_have_value(CLOSE_NOTE)  # nothing typed is lost
    await page.get_by_role("button", name="Gesprek sluiten").click()
    await expect(page.locator("#page-notice")).to_have_text(
        "Het gesprek is gesloten en anoniem geregistreerd."
    )
    await expect(page.locator("#owner-line")).to_have_text("Dit gesprek is gesloten.")
    await expect(page.locator("#close-panel")).to_be_hidden()
    await expect(parent.page.locator("#wegwijs-chat")).to_contain_text("Anna heeft het gesprek afgesloten")

    database = create_engine(live_server.settings.database_url)
    try:
        async with database.connect() as connection:
            rows = (
                await connection.execute(
                    select(
                        Contact.category,
                        Contact.outcome,
                        Contact.bot_category,
                        Contact.handled_by,
                        Contact.unmet_need,
                        Contact.unmet_reason,
                        Contact.referred_services,
                        Contact.note,
                    )
                )
            ).all()
    finally:
        await database.dispose()
    (row,) = rows
    assert tuple(row[:7]) == ("sleep", "referred", "toilet", anna.pseudonym, True, "waiting_list", referred)
    # The note is kept, de-identified: no name, phone number or postcode.
    assert "wachtlijst slaappoli" in row.note
    assert not any(p in row.note for p in ("Sanne", "Vries", "06-12345678", "2011 AB"))

    # Log out: back on the log-in page, and the console is closed again.
    await page.get_by_role("button", name="Uitloggen").click()
    await expect(page).to_have_url(live_server.url + "/staff/login?uit=1")
    await expect(page.get_by_role("status")).to_have_text("Je bent uitgelogd.")
    await page.goto(live_server.url + "/staff")
    await expect(page).to_have_url(live_server.url + "/staff/login")


async def test_what_a_parent_writes_is_shown_as_text(live_server, worker_page, parent):
    page = worker_page
    await add_worker(live_server, "anna", "Anna")
    await log_in(page, live_server, "anna")
    attack = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> <b>help</b> slapen'
    await ask_for_a_person(parent, live_server, attack)

    # Server-rendered: the page as it loads.
    await page.locator("#queue-rows a").first.click()
    first = page.locator("#transcript .msg-from-parent .msg-text").first
    await expect(first).to_have_text(attack)
    # Added live by the script: the parent's next message.
    await parent.send("nog een <i>vraag</i> <script>window.pwned = 3</script>")
    await expect(page.locator("#transcript .msg-from-parent .msg-text").last).to_have_text(
        "nog een <i>vraag</i> <script>window.pwned = 3</script>"
    )
    for tag in ("#transcript script", "#transcript img", "#transcript b", "#transcript i"):
        assert await page.locator(tag).count() == 0, tag
    assert await page.evaluate("() => window.pwned") is None


async def test_console_pages_have_no_wcag_violations(live_server, worker_page, parent):
    page = worker_page
    await add_worker(live_server, "anna", "Anna")
    await add_worker(live_server, "bram", "Bram")

    await page.goto(live_server.url + "/staff/login")
    assert await axe_violations(page) == []
    await page.get_by_label("Gebruikersnaam").fill("anna")
    await page.get_by_label("Wachtwoord").fill("verkeerd")
    await page.get_by_role("button", name="Inloggen").click()
    await expect(page.get_by_role("alert")).to_have_text("Gebruikersnaam of wachtwoord klopt niet.")
    assert await axe_violations(page) == []

    await log_in(page, live_server, "anna")
    await ask_for_a_person(parent, live_server, "mijn man slaat me en ik ben bang")
    row = page.locator("#queue-rows tr")
    await expect(row).to_have_count(1)
    await expect(row.locator(".badge-urgent")).to_be_visible()
    assert await axe_violations(page) == []

    # Keyboard only: Tab to the row's claim button and press Enter.
    for _ in range(30):
        await page.keyboard.press("Tab")
        if await page.evaluate("() => document.activeElement.hasAttribute('data-claim')"):
            break
    else:
        pytest.fail("Tab never reached the claim button")
    await page.keyboard.press("Enter")
    await expect(page.locator("#owner-line")).to_have_text("Jij hebt dit gesprek.")
    await page.get_by_label("Nieuwe interne notitie").fill("Veilig Thuis ingeschakeld?")
    await page.get_by_role("button", name="Notitie opslaan").click()
    await expect(page.locator("#notes .note")).to_have_count(1)
    await page.get_by_text("Meer categorieën (niet verplicht)").click()
    assert await axe_violations(page) == []

    # Transfer to a colleague: the console shows who has it now and hides the reply box.
    await page.get_by_label("Overdragen aan een collega").select_option("bram")
    await page.get_by_role("button", name="Overdragen").click()
    await expect(page.locator("#owner-line")).to_have_text("Bram heeft dit gesprek.")
    await expect(page.locator("#reply-form")).to_be_hidden()
    await expect(page.get_by_role("button", name="Overnemen")).to_be_hidden()
    await expect(parent.page.locator("#wegwijs-chat .ww-statebar")).to_contain_text("Bram")
    assert await axe_violations(page) == []


async def test_a_claim_that_lost_says_who_has_the_conversation(live_server, worker_page, parent):
    page = worker_page
    await add_worker(live_server, "bram", "Bram")
    anna = await add_worker(live_server, "anna", "Anna")
    await log_in(page, live_server, "bram")
    await ask_for_a_person(parent, live_server)
    await expect(page.locator("#queue-rows tr")).to_have_count(1)
    conversation_id = await page.locator("#queue-rows tr").get_attribute("data-id")

    # Without live updates (the events socket is held back), Bram's page still offers the claim
    # after Anna won it: the server refuses and the console says who has it.
    await page.route_web_socket("**/api/staff/events", lambda ws: None)
    await page.goto(f"{live_server.url}/staff/conversations/{conversation_id}")
    await live_server.engine.claim(conversation_id, anna)
    await page.get_by_role("button", name="Overnemen").click()
    await expect(page.get_by_role("alert")).to_have_text("Dit gesprek is al overgenomen door Anna.")
    await expect(page.locator("#owner-line")).to_have_text("Anna heeft dit gesprek.")
    await expect(page.locator("#reply-form")).to_be_hidden()
