"""The conversation protocol of docs/protocol.md, against the real service on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from tests.conftest import connect, open_chat, turn_done

QUESTION = "mijn zoon van 6 plast nog in bed, wat kan ik doen?"


async def test_open_gives_an_unguessable_token_and_a_greeting(server, http):
    conversation_id, token = await open_chat(http, server)
    other_id, other_token = await open_chat(http, server)
    assert conversation_id != other_id and token != other_token
    assert len(token) >= 43  # 32 random bytes, URL-safe base64: 256 bits
    frames = await connect(http, server, token)
    greeting = await frames.next()
    assert greeting["type"] == "message" and greeting["seq"] == 1 and greeting["from"] == "bot"
    assert "CJG" in greeting["text"]
    await frames.ws.close()


async def test_open_in_english_and_bad_bodies(server, http):
    _, token = await open_chat(http, server, lang="en")
    frames = await connect(http, server, token)
    assert "Hi!" in (await frames.next())["text"]
    await frames.ws.close()
    for body, code in (('{"lang": "fr"}', "bad_lang"), ("not json", "bad_json"), ("[1, 2]", "bad_json")):
        async with http.post(server.url + "/api/conversations", data=body) as response:
            assert response.status == 400
            answer = await response.json()
            assert answer["error"] == code and answer["message"]


async def test_message_is_echoed_with_its_seq_then_answered(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "message", "text": QUESTION})
    echo = await frames.until(lambda f: f["type"] == "message")
    assert echo == {**echo, "seq": 2, "from": "parent", "text": QUESTION}
    await frames.until(turn_done)
    replies = [f for f in frames.seen if f["type"] == "message" and f["from"] == "bot"]
    assert replies, "the bot answered nothing"
    seqs = [f["seq"] for f in frames.seen if f["type"] == "message"]
    assert seqs == list(range(1, 1 + len(seqs)))
    assert any(f.get("quick_replies") for f in replies)
    await frames.ws.close()


async def _settled_history(server, token: str, after: int, *, pause: float = 0.3, timeout: float = 10.0):
    """The stored history once the bot's turn (after message ``after``) has begun and stopped adding to it:
    the answer and the question after it are stored one by one, and on a loaded machine the turn outlasts
    any fixed pause."""
    conversation = (await server.engine.authenticate(token)).id
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    stored = await server.engine.history(conversation)
    while loop.time() < deadline:
        await asyncio.sleep(pause)
        now = await server.engine.history(conversation)
        if len(now) == len(stored) and now[-1].seq > after:
            break
        stored = now
    return stored


async def test_dropped_connection_resumes_without_loss_or_duplicates(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "message", "text": QUESTION})
    echo = await frames.until(lambda f: f["type"] == "message" and f["from"] == "parent")
    # Drop the socket before the bot's answer arrives; the answer is stored all the same.
    await frames.ws.close()
    stored = await _settled_history(server, token, echo["seq"])
    assert stored[-1].seq > echo["seq"]

    again = await connect(http, server, token, after=echo["seq"])
    replayed = await again.messages_until(lambda f: f["seq"] == stored[-1].seq)
    assert [f["seq"] for f in replayed] == list(range(echo["seq"] + 1, stored[-1].seq + 1))
    assert await again.quiet() == []

    # A resume frame within the open connection asks for the same again.
    await again.ws.send_json({"type": "resume", "after": 0})
    everything = await again.messages_until(lambda f: f["seq"] == stored[-1].seq)
    assert [f["seq"] for f in everything] == list(range(1, stored[-1].seq + 1))
    assert [f["text"] for f in everything] == [m.text for m in stored]
    await again.ws.close()


async def test_resend_with_the_same_client_id_is_stored_once(server, http):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    frame = {"type": "message", "text": "hoi", "client_id": "abc-1"}
    await frames.ws.send_json(frame)
    first = await frames.until(lambda f: f["type"] == "message" and f["from"] == "parent")
    await frames.until(turn_done)
    await frames.ws.send_json(frame)
    assert [f for f in await frames.quiet(0.5) if f["type"] == "message"] == []
    parent = [m for m in await server.engine.history(conversation_id) if m.sender == "parent"]
    assert [(m.seq, m.client_id) for m in parent] == [(first["seq"], "abc-1")]
    await frames.ws.close()


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("this is not json", "bad_json"),
        ('"a string"', "bad_json"),
        ('{"type": "shout", "text": "hoi"}', "unknown_type"),
        ('{"type": "message"}', "bad_frame"),
        ('{"type": "message", "text": "   "}', "bad_frame"),
        ('{"type": "message", "text": 42}', "bad_frame"),
        ('{"type": "resume", "after": -1}', "bad_frame"),
        ('{"type": "lang", "lang": "fr"}', "bad_frame"),
        ('{"type": "message", "text": "' + "x" * 4001 + '"}', "too_large"),
        ('{"type": "message", "text": "hoi", "pad": "' + "y" * 17000 + '"}', "too_large"),
    ],
)
async def test_bad_frames_get_an_error_and_the_connection_stays_usable(server, http, raw, code):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_str(raw)
    error = await frames.next()
    assert error["type"] == "error" and error["code"] == code
    assert error["message"] and "Traceback" not in error["message"]
    await frames.ws.send_json({"type": "message", "text": "hallo"})
    echo = await frames.until(lambda f: f["type"] == "message")
    assert echo["text"] == "hallo" and echo["seq"] == 2
    await frames.ws.close()


async def test_binary_frames_and_pings(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_bytes(b"\x00\x01")
    assert (await frames.next())["code"] == "bad_json"
    await frames.ws.send_json({"type": "ping"})
    assert (await frames.next()) == {"type": "pong"}
    await frames.ws.close()


async def test_unknown_missing_and_closed_tokens_get_a_clear_http_error(server, http):
    for query, status, code in (
        ("token=nonsense", 404, "unknown_conversation"),
        ("", 400, "missing_token"),
        ("token=", 400, "missing_token"),
        ("token=x&after=minus", 400, "bad_after"),
        ("token=x&after=-3", 400, "bad_after"),
    ):
        async with http.get(f"{server.url}/ws?{query}") as response:
            assert response.status == status
            body = await response.json()
            assert body["error"] == code and "Traceback" not in body["message"]

    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "close"})
    closed = await frames.until(lambda f: f["type"] == "closed")
    assert closed["reason"] == "parent" and closed["text"]
    assert (await frames.ws.receive()).type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
    async with http.get(f"{server.ws_url}?token={token}") as response:
        assert response.status == 410
        assert (await response.json())["error"] == "conversation_closed"


async def test_language_switch_changes_the_bots_language(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    await frames.ws.send_json({"type": "lang", "lang": "en"})
    await frames.ws.send_json({"type": "message", "text": "hoi"})
    await frames.until(turn_done)
    bot = [f for f in frames.seen if f["type"] == "message" and f["from"] == "bot"]
    assert bot[-1]["text"] == "Hi! What is your question?"
    await frames.ws.close()


async def test_unknown_routes_answer_json_not_a_stack_trace(server, http):
    async with http.get(server.url + "/api/nothing-here") as response:
        assert response.status == 404
        assert (await response.json())["error"] == "not_found"
    async with http.put(server.url + "/api/conversations") as response:
        assert response.status == 405
