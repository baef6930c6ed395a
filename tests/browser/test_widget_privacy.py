"""Privacy in the browser: the demo page and the widget talk only to the server and set no cookies."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

import pytest
from playwright.async_api import expect

pytestmark = pytest.mark.browser


def same_server(url: str, server: SplitResult, scheme: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == scheme and parts.netloc == server.netloc


async def test_no_third_party_requests_and_no_cookies(live_server, page, context, widget):
    requests: list[str] = []
    sockets: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("websocket", lambda ws: sockets.append(ws.url))

    await page.goto(live_server.url + "/")
    await widget.open()
    asked = await widget.send("Mijn baby huilt heel veel")
    await widget.wait_for_reply(asked)
    links = page.locator("#wegwijs-chat .ww-links a")
    if await links.count():
        async with context.expect_page() as article_page:
            await links.first.click()
        opened = await article_page.value
        await opened.wait_for_load_state()
        opened_requests: list[str] = []
        opened.on("request", lambda request: opened_requests.append(request.url))
        await opened.reload()
        requests.extend(opened_requests)
    await page.reload()
    await expect(widget.stored).not_to_have_count(0)

    server = urlsplit(live_server.url)
    assert requests, "the page made no requests at all"
    assert sockets, "the widget never opened its WebSocket"
    assert [url for url in requests if not same_server(url, server, "http")] == []
    assert [url for url in sockets if not same_server(url, server, "ws")] == []
    assert await context.cookies() == []
    assert await page.evaluate("() => document.cookie") == ""
    assert await page.evaluate("() => localStorage.length") == 0


async def test_no_conversation_is_created_for_a_visitor_who_never_opens_the_widget(live_server, page, widget):
    posts: list[str] = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    await page.goto(live_server.url + "/")
    await expect(widget.launcher).to_be_visible()
    await page.wait_for_timeout(500)
    assert posts == []
    assert await widget.stored_state() is None
