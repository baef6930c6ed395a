"""The staff console without a browser, on SQLite and PostgreSQL: the events WebSocket (auth, origin,
what it pushes, the end of a session), the log-in and log-out forms, redirects, the 403 page, escaping
and the canned answers. The browser half is tests/browser/test_console.py."""

from __future__ import annotations

import re
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from yarl import URL

from bot.app import create_app
from bot.channels.console import SESSION_ENDED, load_canned_answers, page, render
from bot.channels.staff_api import COOKIE
from registry import audit
from tests.conftest import LiveServer, free_port, make_settings
from tests.test_staff_api import PASSWORD, add_staff, log_in, waiting_chat


def events_url(server) -> str:
    return server.url.replace("http://", "ws://") + "/api/staff/events"


async def next_event(ws: aiohttp.ClientWebSocketResponse, predicate, timeout: float = 5) -> dict:
    while True:
        message = await ws.receive(timeout)
        assert message.type == aiohttp.WSMsgType.TEXT, message
        event = message.json()
        if predicate(event):
            return event


# -- the events socket ----------------------------------------------------------------------------


async def test_events_socket_needs_a_session(server, http):
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await http.ws_connect(events_url(server))
    assert refused.value.status == 401
    async with http.get(server.url + "/api/staff/events") as response:
        assert response.status == 401
        assert (await response.json())["error"] == "not_logged_in"
    async with aiohttp.ClientSession(cookies={COOKIE: "made-up"}) as stranger:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await stranger.ws_connect(events_url(server))
        assert refused.value.status == 401


async def test_events_socket_refuses_pages_of_other_sites(server):
    await add_staff(server, "anna", name="Anna")
    anna = await log_in(server, "anna")
    try:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await anna.session.ws_connect(events_url(server), headers={"Origin": "https://evil.example"})
        assert refused.value.status == 403
        async with anna.session.ws_connect(events_url(server), headers={"Origin": server.url}) as ws:
            assert (await next_event(ws, lambda e: True))["type"] == "ready"
    finally:
        await anna.session.close()


async def test_events_socket_pushes_queue_messages_and_notes(server, http):
    await add_staff(server, "anna", name="Anna")
    anna = await log_in(server, "anna")
    try:
        async with anna.session.ws_connect(events_url(server)) as ws:
            assert (await next_event(ws, lambda e: True))["type"] == "ready"
            conversation_id, _ = await waiting_chat(server, http)
            queued = await next_event(ws, lambda e: e["type"] == "queue")
            assert queued == {"type": "queue", "conversation_id": conversation_id, "state": "waiting"}

            path = f"/api/staff/conversations/{conversation_id}"
            status, sent = await anna.post(path + "/claim")
            assert status == 200
            claimed = await next_event(ws, lambda e: e["type"] == "queue")
            assert claimed["state"] == "human"
            status, sent = await anna.post(
                path + "/messages", {"text": "Hoi, ik ben Anna.", "internal": False}
            )
            assert status == 201
            echoed = await next_event(ws, lambda e: e["type"] == "message" and e["from"] == "staff")
            assert echoed["conversation_id"] == conversation_id and echoed["seq"] == sent["seq"]
            assert echoed["text"] == "Hoi, ik ben Anna."

            assert (await anna.post(path + "/messages", {"text": "geheim", "internal": True}))[0] == 201
            note = await next_event(ws, lambda e: e["type"] == "note")
            # The event only says there is a note; its text is read through the API.
            assert note == {"type": "note", "conversation_id": conversation_id}
    finally:
        await anna.session.close()


async def test_events_socket_closes_when_the_session_ends(server):
    await add_staff(server, "anna", name="Anna")
    anna = await log_in(server, "anna")
    try:
        async with anna.session.ws_connect(events_url(server)) as ws:
            assert (await next_event(ws, lambda e: True))["type"] == "ready"
            await ws.send_json({"type": "ping"})
            assert (await next_event(ws, lambda e: True)) == {"type": "pong"}
            await ws.send_str("not json")
            assert (await next_event(ws, lambda e: True))["code"] == "bad_json"

            async with aiohttp.ClientSession() as other:
                # Log out with the same cookie from somewhere else (another tab).
                headers = {"X-CSRF-Token": anna.csrf}
                cookies = {COOKIE: anna.session.cookie_jar.filter_cookies(URL(server.url))[COOKIE].value}
                async with other.post(
                    server.url + "/api/staff/logout", headers=headers, cookies=cookies
                ) as response:
                    assert response.status == 200
            await ws.send_json({"type": "ping"})
            closing = await ws.receive(5)
            assert closing.type == aiohttp.WSMsgType.CLOSE and closing.data == SESSION_ENDED
    finally:
        await anna.session.close()


# -- log-in, log-out and access -------------------------------------------------------------------


def login_token(html: str) -> str:
    found = re.search(r'name="login_token" value="([^"]+)"', html)
    assert found, "the log-in form carries a token"
    return found.group(1)


async def form_login(session: aiohttp.ClientSession, server, username: str, password: str, **extra):
    async with session.get(server.url + "/staff/login") as response:
        token = login_token(await response.text())
    form = {"username": username, "password": password, "login_token": token, **extra}
    return await session.post(server.url + "/staff/login", data=form, allow_redirects=False)


async def test_pages_without_a_session_go_to_the_log_in_page(server, http):
    async with http.get(server.url + "/staff", allow_redirects=False) as response:
        assert response.status == 303 and response.headers["Location"] == "/staff/login"
    async with http.get(server.url + "/staff/conversations/c_abc", allow_redirects=False) as response:
        assert response.status == 303
        assert response.headers["Location"] == "/staff/login?next=/staff/conversations/c_abc"
    async with http.get(server.url + "/staff/login") as response:
        assert response.status == 200
        assert response.headers["Cache-Control"] == "no-store"
        html = await response.text()
        assert '<label for="username">Gebruikersnaam</label>' in html
        assert 'autocomplete="current-password"' in html


async def test_log_in_form_checks_token_and_password_and_sets_the_api_session(server):
    await add_staff(server, "anna", name="Anna")
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        # A form posted without the form's own token (e.g. from another site) is refused.
        async with session.post(
            server.url + "/staff/login", data={"username": "anna", "password": PASSWORD}
        ) as response:
            assert response.status == 400
            assert "Het formulier is verlopen" in await response.text()

        async with await form_login(session, server, "anna", "wrong password") as response:
            assert response.status == 401
            html = await response.text()
            assert "Gebruikersnaam of wachtwoord klopt niet." in html and 'value="anna"' in html

        async with await form_login(
            session, server, "anna", PASSWORD, next="https://evil.example/"
        ) as response:
            assert response.status == 303 and response.headers["Location"] == "/staff"
            cookie = next(h for h in response.headers.getall("Set-Cookie") if h.startswith(COOKIE + "="))
            assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie

        # The form's session is the API's session.
        async with session.get(server.url + "/api/staff/me") as response:
            assert (await response.json())["username"] == "anna"
        async with session.get(server.url + "/staff") as response:
            assert response.status == 200
            html = await response.text()
            assert "Anna" in html and "Medewerker" in html and "Uitloggen" in html
        async with session.get(server.url + "/staff/login", allow_redirects=False) as response:
            assert response.status == 303 and response.headers["Location"] == "/staff"


async def test_log_in_form_locks_out_after_five_failures(server):
    await add_staff(server, "bram", name="Bram")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        for _ in range(5):
            async with await form_login(session, server, "bram", "nope") as response:
                assert response.status == 401
        async with await form_login(session, server, "bram", PASSWORD) as response:
            assert response.status == 429
            assert "over 15 minuten" in await response.text()


async def test_log_out_form_needs_the_csrf_token(server):
    await add_staff(server, "anna", name="Anna")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        async with await form_login(session, server, "anna", PASSWORD, next="/staff") as response:
            assert response.status == 303
        async with session.get(server.url + "/staff") as response:
            html = await response.text()
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
        async with session.post(
            server.url + "/staff/logout", data={"csrf_token": "wrong"}, allow_redirects=False
        ) as response:
            assert response.status == 403
        async with session.post(
            server.url + "/staff/logout", data={"csrf_token": csrf}, allow_redirects=False
        ) as response:
            assert response.status == 303 and response.headers["Location"] == "/staff/login?uit=1"
        async with session.get(server.url + "/staff/login?uit=1") as response:
            assert "Je bent uitgelogd." in await response.text()
        async with session.get(server.url + "/staff", allow_redirects=False) as response:
            assert response.status == 303


async def test_a_page_for_a_higher_role_shows_a_clear_403_page(sqlite_url):
    # The manager pages (register, reports) come later; the guard they will use is tested on its own.
    app = create_app(make_settings(sqlite_url))

    @page("manager")
    async def managers_only(request: web.Request) -> web.Response:
        return render(request, "staff/error.html", title="Rapportages", message="Alleen voor managers.")

    app.router.add_get("/staff/managers-only", managers_only)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    server = LiveServer(f"http://127.0.0.1:{port}", app, make_settings(sqlite_url))
    try:
        await add_staff(server, "anna", name="Anna")
        await add_staff(server, "mila", role="manager", name="Mila")
        for username, status, text in (
            ("anna", 403, "Deze pagina is niet voor jouw rol."),
            ("mila", 200, "Alleen voor managers."),
        ):
            async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
                await (await form_login(session, server, username, PASSWORD)).release()
                async with session.get(server.url + "/staff/managers-only") as response:
                    assert response.status == status
                    assert text in await response.text()
    finally:
        await runner.cleanup()


# -- what the pages show --------------------------------------------------------------------------


async def test_conversation_page_escapes_what_the_parent_wrote(server, http):
    await add_staff(server, "anna", name="Anna")
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)> mijn kind slaapt slecht'
    conversation_id, _ = await waiting_chat(server, http, text=attack)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        await (await form_login(session, server, "anna", PASSWORD)).release()
        async with session.get(server.url + f"/staff/conversations/{conversation_id}") as response:
            assert response.status == 200
            assert response.headers["Cache-Control"] == "no-store"
            html = await response.text()
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    # Neither the page nor the JSON block the script reads can be broken out of.
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "\\u003cscript\\u003e" in html
    # The Route and the close form with the bot's category preselected are on the page.
    assert "Route van Wegwijs" in html
    assert '<option value="sleep" selected>Slapen (Wegwijs)</option>' in html
    assert '<option value="answered_by_staff" selected>Beantwoord door medewerker</option>' in html
    # Opening the page is a view of the transcript, and logged as one.
    viewed = await audit.entries(server.engine.store.engine, action=audit.VIEW_TRANSCRIPT)
    assert [(e.actor, e.role, e.target) for e in viewed] == [("anna", "staff", conversation_id)]


async def test_queue_page_lists_the_waiting_conversation_with_its_labels(server, http):
    await add_staff(server, "anna", name="Anna")
    urgent_id, _ = await waiting_chat(server, http, text="mijn man slaat me elke avond")
    calm_id, _ = await waiting_chat(server, http)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        await (await form_login(session, server, "anna", PASSWORD)).release()
        async with session.get(server.url + "/staff") as response:
            html = await response.text()
    rows = re.findall(r'<tr class="queue-row urgency-(\w+) state-(\w+)" data-id="(\w+)">', html)
    assert [(row[2], row[1]) for row in rows] == [(urgent_id, "waiting"), (calm_id, "waiting")]
    assert rows[0][0] in ("urgent", "emergency")
    assert "Zindelijkheid en bedplassen" in html and "Nederlands" in html


async def test_unknown_conversation_gets_a_dutch_404_page(server):
    await add_staff(server, "anna", name="Anna")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        await (await form_login(session, server, "anna", PASSWORD)).release()
        async with session.get(server.url + "/staff/conversations/c_nothing") as response:
            assert response.status == 404
            assert "Dit gesprek bestaat niet (meer)." in await response.text()


# -- canned answers -------------------------------------------------------------------------------


def test_shipped_canned_answers_hold_the_crisis_numbers():
    answers = {answer.id: answer for answer in load_canned_answers()}
    assert {"greeting", "looking_it_up", "crisis_numbers", "huisarts", "closing"} <= set(answers)
    for number in ("112", "0800-2000", "113", "0800-0113", "0800-0432"):
        assert number in answers["crisis_numbers"].text
    assert "{naam}" in answers["greeting"].text


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("greeting: hoi", "expected a list"),
        ("- id: a\n  title: A\n", "exactly id, title and text"),
        ("- id: Bad-Id\n  title: A\n  text: b\n", "lowercase"),
        ("- id: a\n  title: A\n  text: b\n- id: a\n  title: B\n  text: c\n", "unique"),
        ("- id: a\n  title: A\n  text: '  '\n", "non-empty"),
        ("- [unclosed", "cannot read"),
    ],
)
def test_broken_canned_answers_stop_the_start_with_a_clear_message(tmp_path: Path, content, problem):
    path = tmp_path / "canned.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load_canned_answers(path)
