"""Socket Mode: slack-bolt's AsyncSocketModeHandler inside the service, talking to the fake Slack over a
real WebSocket (apps.connections.open, envelopes, acknowledgements), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from bot.channels.slack import blocks
from bot.config import ConfigError, Settings
from tests.slack.conftest import (
    ANNA,
    BOB,
    STRANGER,
    add_staff,
    button_press,
    parent_asks_for_person,
    slack_settings,
    slash_command,
)
from tests.slack.test_slack import all_text, log_in, posted_conversation

APP_TOKEN = "xapp-1-A0WEGWIJS-1-test"


async def test_take_over_through_socket_mode(database_url, fake_slack, server_factory, http):
    settings = slack_settings(
        database_url, fake_slack, slack_signing_secret="", slack_socket_mode=True, slack_app_token=APP_TOKEN
    )
    server = await server_factory(settings)
    await add_staff(server, "anna", "bob")
    await add_staff(server, "ada", role="admin")
    # Socket Mode only: there is no public endpoint to post to.
    async with http.post(server.url + "/slack/events", data="{}") as response:
        assert response.status == 404

    conversation_id, parent = await parent_asks_for_person(http, server, "Mijn zoon van 4 slaapt slecht.")
    thread_ts = fake_slack.answer_to(await posted_conversation(fake_slack, conversation_id))["ts"]
    assert fake_slack.of("apps.connections.open")  # the service asked for the socket with its app token

    # "Overnemen" pressed in Slack arrives over the socket, is acknowledged, and claims the conversation.
    envelope = await fake_slack.push(
        "interactive", button_press(ANNA, blocks.TAKEOVER, conversation_id, thread_ts)
    )
    assert (await fake_slack.ack_for(envelope))["envelope_id"] == envelope
    status = await parent.until(lambda f: f["type"] == "status" and f["state"] == "human")
    assert status["name"] == "Anna"
    await fake_slack.wait_for(
        "chat.update", lambda p: p["ts"] == thread_ts and "Overgenomen door Anna" in all_text(p)
    )

    # A colleague loses the race; someone not linked is refused; both privately.
    envelope = await fake_slack.push(
        "interactive", button_press(BOB, blocks.TAKEOVER, conversation_id, thread_ts)
    )
    await fake_slack.ack_for(envelope)
    lost = await fake_slack.wait_for("chat.postEphemeral", lambda p: p["user"] == BOB)
    assert lost["text"] == "Anna heeft dit gesprek al."
    envelope = await fake_slack.push(
        "interactive", button_press(STRANGER, blocks.HANDBACK, conversation_id, thread_ts)
    )
    await fake_slack.ack_for(envelope)
    assert (
        "niet gekoppeld"
        in (await fake_slack.wait_for("chat.postEphemeral", lambda p: p["user"] == STRANGER))["text"]
    )
    assert (await server.engine.get(conversation_id)).state == "human"

    # A slash command's answer goes back in the acknowledgement.
    envelope = await fake_slack.push("slash_commands", slash_command(ANNA), accepts_response_payload=True)
    answer = (await fake_slack.ack_for(envelope))["payload"]
    assert answer["text"] == "Wachtrij: 0 wachtend, 1 in gesprek"

    admin, _ = await log_in(server, "ada")
    try:
        async with admin.get(server.url + "/api/staff/slack/status") as response:
            report = await response.json()
    finally:
        await admin.close()
    assert report["socket_mode"] == {"connected": True}


def test_socket_mode_needs_an_app_token():
    base = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_CHANNEL_ID": "C1", "SLACK_SOCKET_MODE": "true"}
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN"):
        Settings.from_env(base)
    with pytest.raises(ConfigError, match="xapp-"):
        Settings.from_env({**base, "SLACK_APP_TOKEN": "xoxb-2"})
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN"):
        Settings.from_env({"SLACK_SOCKET_MODE": "yes", "SLACK_APP_TOKEN": APP_TOKEN})
    with pytest.raises(ConfigError, match="SLACK_SOCKET_MODE"):
        Settings.from_env({**base, "SLACK_SOCKET_MODE": "maybe"})
    # No signing secret needed: Slack's requests come over the socket the service opened itself.
    settings = Settings.from_env({**base, "SLACK_APP_TOKEN": APP_TOKEN})
    assert settings.slack_enabled and settings.slack_socket_mode and not settings.slack_signing_secret
    assert not Settings.from_env({"SLACK_APP_TOKEN": APP_TOKEN}).slack_enabled
