"""Playwright fixtures for the browser tests: a headless system Chromium and a driver for the chat widget."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect

CHROMIUM = Path(os.environ.get("WEGWIJS_CHROMIUM", "/usr/bin/chromium"))
HAVE_CHROMIUM = CHROMIUM.exists()
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    if not HAVE_CHROMIUM:
        if os.environ.get("WEGWIJS_REQUIRE_ALL") == "1":
            pytest.fail(f"Chromium not found at {CHROMIUM} (WEGWIJS_REQUIRE_ALL=1)")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        await browser.close()


@pytest.fixture
def viewport() -> dict[str, int]:
    return {"width": 1280, "height": 800}


@pytest.fixture
async def context(browser: Browser, viewport: dict[str, int]) -> AsyncIterator[BrowserContext]:
    context = await browser.new_context(viewport=viewport, locale="nl-NL")
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    await context.close()


@pytest.fixture
async def page(context: BrowserContext) -> Page:
    return await context.new_page()


class Widget:
    """Drives the chat widget as a visitor would. Playwright's CSS locators pierce the open shadow root."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.launcher = page.locator("#wegwijs-chat .ww-launcher")
        self.panel = page.locator("#wegwijs-chat .ww-panel")
        self.log = page.locator("#wegwijs-chat [role=log]")
        self.input = page.locator("#wegwijs-chat textarea")
        self.typing = page.locator("#wegwijs-chat .ww-typing")
        self.alert = page.locator("#wegwijs-chat [role=alert]")
        self.status = page.locator("#wegwijs-chat [role=status]")
        self.stored = page.locator("#wegwijs-chat .ww-log .ww-msg[data-seq]")
        self.pending = page.locator("#wegwijs-chat .ww-pending")

    async def open(self) -> None:
        await self.launcher.click()
        await expect(self.panel).to_be_visible()
        await self.wait_for_greeting()

    async def wait_for_greeting(self) -> None:
        await expect(self.page.locator("#wegwijs-chat .ww-from-bot[data-seq='1']")).to_be_visible()

    async def send(self, text: str) -> int:
        """Type and send a message; returns its seq once the server has confirmed it."""
        before = await self.stored.count()
        await self.input.fill(text)
        await self.input.press("Enter")
        await expect(self.pending).to_have_count(0)
        await expect(self.stored).not_to_have_count(before)
        mine = self.page.locator("#wegwijs-chat .ww-from-parent[data-seq]").last
        return int(await mine.get_attribute("data-seq") or 0)

    async def wait_for_reply(self, after_seq: int) -> None:
        """Wait until the bot (or a worker) said something after ``after_seq`` and stopped typing."""
        await self.page.wait_for_function(
            """(after) => {
                const root = document.querySelector('#wegwijs-chat').shadowRoot;
                const later = [...root.querySelectorAll('.ww-log .ww-msg[data-seq]')]
                    .filter((m) => Number(m.dataset.seq) > after && !m.classList.contains('ww-from-parent'));
                return later.length > 0 && root.querySelector('.ww-typing').hidden;
            }""",
            arg=after_seq,
        )

    async def settled(self, quiet_ms: int = 1500, rounds: int = 10) -> None:
        """Wait until the bot has stopped sending: no typing and no new message for ``quiet_ms``. A reply may
        come as several messages with typing in between, so one reply seen is not the last one."""
        count = await self.stored.count()
        for _ in range(rounds):
            await self.page.wait_for_timeout(quiet_ms)
            now = await self.stored.count()
            if now == count and await self.typing.is_hidden():
                return
            count = now
        raise AssertionError(f"the widget kept changing for {rounds} rounds of {quiet_ms} ms")

    async def messages(self) -> list[dict[str, Any]]:
        """Every stored message on screen, in screen order: seq, sender class and text."""
        return await self.page.evaluate(
            """() => [...document.querySelector('#wegwijs-chat').shadowRoot
                    .querySelectorAll('.ww-log .ww-msg[data-seq]')]
                .map((m) => ({
                    seq: Number(m.dataset.seq),
                    from: [...m.classList].find((c) => c.startsWith('ww-from-')),
                    text: m.querySelector('.ww-msg-text').textContent,
                }))"""
        )

    async def focused_class(self) -> str:
        """The class of the element focused inside the widget ('' when focus is elsewhere)."""
        return await self.page.evaluate(
            """() => {
                const host = document.querySelector('#wegwijs-chat');
                if (document.activeElement !== host) return '';
                const inner = host.shadowRoot.activeElement;
                return inner ? inner.className : '';
            }"""
        )

    async def stored_state(self) -> dict[str, Any] | None:
        raw = await self.page.evaluate("() => sessionStorage.getItem('wegwijs-chat')")
        return json.loads(raw) if raw else None


@pytest.fixture
def widget(page: Page) -> Widget:
    return Widget(page)
