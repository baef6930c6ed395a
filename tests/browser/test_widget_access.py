"""Accessibility of the demo site and the widget: axe-core, keyboard only, a phone screen, English."""

from __future__ import annotations

import asyncio
import json

import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import expect

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


async def axe_violations(page) -> list[str]:
    results = await Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    return [
        f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize(
    ("viewport", "question"),
    [
        ({"width": 1280, "height": 800}, "Mijn kind wil niet slapen"),
        ({"width": 360, "height": 640}, "Mijn man slaat mij en de kinderen. Ik ben bang."),
    ],
    ids=["desktop-answer", "phone-safety"],
)
async def test_demo_page_with_the_open_widget_has_no_wcag_violations(live_server, page, widget, question):
    await page.goto(live_server.url + "/")
    await widget.open()
    asked = await widget.send(question)
    await widget.wait_for_reply(asked)
    assert await axe_violations(page) == []


@pytest.mark.parametrize(
    "path", ["/privacy", "/privacy?lang=en", "/hulp", "/hulp?lang=en", "/kennisbank/sleep-doorslapen"]
)
async def test_content_pages_have_no_wcag_violations(live_server, page, path):
    response = await page.goto(live_server.url + path)
    assert response is not None and response.status == 200
    await expect(page.locator("h1")).to_have_count(1)
    assert await axe_violations(page) == []


async def test_keyboard_alone_opens_sends_and_closes(live_server, page, widget):
    await page.goto(live_server.url + "/")
    for _ in range(80):
        await page.keyboard.press("Tab")
        if "ww-launcher" in await widget.focused_class():
            break
    else:
        pytest.fail("Tab never reached the chat launcher")
    await expect(widget.launcher).to_have_attribute("aria-expanded", "false")

    await page.keyboard.press("Enter")
    await expect(widget.panel).to_be_visible()
    await expect(widget.launcher).to_have_attribute("aria-expanded", "true")
    await widget.wait_for_greeting()
    assert "ww-input" in await widget.focused_class()

    await page.keyboard.type("Mijn zoon van 3 heeft veel driftbuien")
    await page.keyboard.press("Shift+Enter")
    await page.keyboard.type("Hoe reageer ik rustig?")
    assert await widget.input.input_value() == "Mijn zoon van 3 heeft veel driftbuien\nHoe reageer ik rustig?"
    await page.keyboard.press("Enter")
    mine = page.locator("#wegwijs-chat .ww-from-parent[data-seq]")
    await expect(mine).to_have_count(1)
    await expect(mine).to_contain_text("Hoe reageer ik rustig?")
    await expect(widget.input).to_have_value("")

    await page.keyboard.press("Escape")
    await expect(widget.panel).to_be_hidden()
    await expect(widget.launcher).to_have_attribute("aria-expanded", "false")
    assert "ww-launcher" in await widget.focused_class()
    outline = await widget.launcher.evaluate("(el) => getComputedStyle(el).outlineStyle")
    assert outline == "solid", "the focused launcher must show a focus ring"


@pytest.mark.parametrize("viewport", [{"width": 360, "height": 640}])
async def test_panel_fills_a_phone_screen(live_server, page, widget, viewport):
    await page.goto(live_server.url + "/")
    await widget.open()
    box = await widget.panel.bounding_box()
    assert box is not None
    assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 360, 640)
    for part in (widget.input, page.locator("#wegwijs-chat .ww-send"), page.locator("#wegwijs-chat .ww-end")):
        part_box = await part.bounding_box()
        assert part_box is not None
        assert part_box["x"] >= 0 and part_box["x"] + part_box["width"] <= 360
        assert part_box["y"] >= 0 and part_box["y"] + part_box["height"] <= 640
    overflow = await widget.panel.evaluate("(el) => el.scrollWidth - el.clientWidth")
    assert overflow == 0
    await expect(widget.launcher).to_be_hidden()
    await expect(page.locator("#wegwijs-chat .ww-privacy a")).to_be_visible()
    # The helplines link is the panel's last stop.
    last_link = page.locator("#wegwijs-chat .ww-help a").last
    await expect(last_link).to_be_visible()
    # Full screen, the panel is a dialog: Tab wraps around inside it instead of going to the hidden page.
    await expect(widget.panel).to_have_attribute("aria-modal", "true")
    await last_link.focus()
    await page.keyboard.press("Tab")
    assert "ww-minimise" in await widget.focused_class()
    await page.keyboard.press("Shift+Tab")
    assert await last_link.evaluate("(el) => el.getRootNode().activeElement === el")


async def test_switching_to_english_changes_the_interface_and_tells_the_server(live_server, page, widget):
    sent: list[dict] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(json.loads(payload))))
    await page.goto(live_server.url + "/")
    await expect(widget.launcher).to_have_accessible_name("Chat met het CJG")
    await widget.open()
    await expect(page.locator("#wegwijs-chat .ww-end")).to_have_text("Gesprek afsluiten")

    await page.get_by_role("button", name="English").click()
    await expect(page.get_by_role("button", name="English")).to_have_attribute("aria-pressed", "true")
    await expect(widget.launcher).to_have_accessible_name("Chat with the CJG")
    await expect(page.locator("#wegwijs-chat .ww-end")).to_have_text("End the chat")
    await expect(page.get_by_label("Type your message")).to_be_visible()
    await expect(page.locator("#wegwijs-chat .ww-privacy")).to_contain_text("You stay anonymous")
    await expect(page.locator("#wegwijs-chat .ww-send")).to_contain_text("Send")
    await expect(page.locator("#wegwijs-chat .ww-from-bot .ww-msg-who").first).to_have_text("Wegwijs")
    for _ in range(50):
        if {"type": "lang", "lang": "en"} in sent:
            break
        await asyncio.sleep(0.1)
    assert {"type": "lang", "lang": "en"} in sent

    await page.reload()
    await expect(widget.launcher).to_have_accessible_name("Chat with the CJG")
    await expect(page.locator("#wegwijs-chat .ww-end")).to_have_text("End the chat")


async def test_the_emergency_number_and_the_helplines_are_always_in_the_widget(live_server, page, widget):
    await page.goto(live_server.url + "/")
    await widget.open()
    footer = page.locator("#wegwijs-chat .ww-help")
    await expect(footer).to_contain_text("Direct gevaar? Bel 112.")
    await expect(footer.get_by_role("link", name="112")).to_have_attribute("href", "tel:112")
    helplines = footer.get_by_role("link", name="Hulplijnen, dag en nacht")
    assert (await helplines.get_attribute("href")).endswith("/hulp")
    await page.get_by_role("button", name="English", exact=True).click()
    await expect(footer).to_contain_text("Danger right now? Call 112.")
    assert (await footer.get_by_role("link", name="Helplines, day and night").get_attribute("href")).endswith(
        "/hulp?lang=en"
    )
    response = await page.goto(live_server.url + "/hulp")
    assert response is not None and response.status == 200
    for number in ("112", "0800-2000", "0800-0113", "0800-0432"):
        await expect(page.locator("main")).to_contain_text(number)
