"""Slack's settings: off unless configured, clear errors for a bad user map or a missing channel."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, Settings
from tests.conftest import make_settings


def test_slack_is_off_unless_token_and_secret_are_set():
    assert not Settings.from_env({}).slack_enabled
    assert not Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1"}).slack_enabled
    settings = Settings.from_env(
        {
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_SIGNING_SECRET": "s",
            "SLACK_CHANNEL_ID": "C1",
            "SLACK_API_URL": "http://127.0.0.1:9/api",
            "SLACK_USER_MAP": "U1:anna, U2:bob",
            "PUBLIC_URL": "https://wegwijs.example.nl/",
        }
    )
    assert settings.slack_enabled and settings.slack_api_url == "http://127.0.0.1:9/api/"
    assert settings.slack_user_map == (("U1", "anna"), ("U2", "bob"))
    assert settings.public_url == "https://wegwijs.example.nl"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SLACK_USER_MAP": "U1anna"}, "SLACK_USER_MAP"),
        ({"SLACK_USER_MAP": "U1:"}, "SLACK_USER_MAP"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, "SLACK_CHANNEL_ID"),
    ],
)
def test_bad_slack_settings_are_refused_clearly(env, message):
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


async def test_without_slack_the_endpoint_is_absent(sqlite_url, server_factory, http):
    server = await server_factory(make_settings(sqlite_url))
    async with http.post(server.url + "/slack/events", data="{}") as response:
        assert response.status == 404
    # The status page still answers (to admins only): Slack is simply off.
    async with http.get(server.url + "/api/staff/slack/status") as response:
        assert response.status == 401
