"""The parent's thumbs up or down after a chat (docs/protocol.md, "Rating the chat"): it lands on the
anonymous registry record once, only for a closed chat, and only within the rating window."""

from __future__ import annotations

from datetime import timedelta

from bot.engine import RATING_WINDOW
from tests.conftest import connect, open_chat
from tests.test_conversation import BEDWETTING, registry_rows, say


async def rate(http, server, body) -> tuple[int, dict]:
    async with http.post(server.url + "/api/conversations/rating", json=body) as response:
        return response.status, await response.json()


async def closed_chat(http, server, *, ask: bool = True) -> str:
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    if ask:
        await say(frames, BEDWETTING)
    await frames.ws.send_json({"type": "close"})
    await frames.until(lambda f: f["type"] == "closed")
    return token


async def test_a_closed_chat_is_rated_once_on_its_registry_record(server, http):
    token = await closed_chat(http, server)
    assert (await registry_rows(server.settings.database_url))[0]["satisfaction"] in (None, "")

    assert await rate(http, server, {"token": token, "rating": "down"}) == (200, {"rating": "down"})
    rows = await registry_rows(server.settings.database_url)
    assert [r["satisfaction"] for r in rows] == ["down"]

    status, body = await rate(http, server, {"token": token, "rating": "up"})
    assert (status, body["error"]) == (409, "already_rated") and body["message"]
    assert [r["satisfaction"] for r in await registry_rows(server.settings.database_url)] == ["down"]


async def test_an_open_chat_or_one_without_a_question_cannot_be_rated(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await say(frames, BEDWETTING)
    status, body = await rate(http, server, {"token": token, "rating": "up"})
    assert (status, body["error"]) == (409, "not_closed")
    await frames.ws.close()

    empty = await closed_chat(http, server, ask=False)
    status, body = await rate(http, server, {"token": empty, "rating": "up"})
    assert (status, body["error"]) == (409, "no_record")


async def test_bad_ratings_get_a_clear_error(server, http):
    token = await closed_chat(http, server)
    cases = [
        ({"token": token, "rating": "5 sterren"}, 400, "bad_rating"),
        ({"token": token}, 400, "bad_rating"),
        ({"rating": "up"}, 400, "missing_token"),
        ({"token": "nope", "rating": "up"}, 404, "unknown_conversation"),
    ]
    for body, status, code in cases:
        answer = await rate(http, server, body)
        assert (answer[0], answer[1]["error"]) == (status, code), body
    for raw in ("not json", "[1]"):
        async with http.post(server.url + "/api/conversations/rating", data=raw) as response:
            assert (response.status, (await response.json())["error"]) == (400, "bad_json")
    assert [r["satisfaction"] for r in await registry_rows(server.settings.database_url)] in ([None], [""])


async def test_the_rating_window_closes(server, http):
    token = await closed_chat(http, server)
    engine = server.engine
    real_clock = engine.clock
    engine.clock = lambda: real_clock() + RATING_WINDOW + timedelta(minutes=1)
    try:
        status, body = await rate(http, server, {"token": token, "rating": "up"})
    finally:
        engine.clock = real_clock
    assert (status, body["error"]) == (410, "rating_closed")


async def test_a_purged_chat_cannot_be_rated(server, http):
    token = await closed_chat(http, server)
    engine = server.engine
    later = engine.clock() + timedelta(days=server.settings.retention_days, minutes=1)
    await engine.store.purge_transcripts(later - timedelta(days=server.settings.retention_days), later)
    status, body = await rate(http, server, {"token": token, "rating": "up"})
    assert (status, body["error"]) == (410, "rating_closed")
