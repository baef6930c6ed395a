"""Settings from environment variables (and an optional ``.env``); documented in ``.env.example``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dotenv import load_dotenv

from bot.office_hours import DEFAULT_SPEC, OfficeHours, OfficeHoursError, parse_closed_days
from registry.database import default_database_url, normalise_database_url


class ConfigError(ValueError):
    pass


def _int(env: dict[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from exc
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}")
    return value


def _float(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, not {raw!r}") from exc


def _bool(env: dict[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def _closed_days(env: dict[str, str]) -> tuple[date, ...]:
    try:
        return tuple(parse_closed_days(env.get("CLOSED_DAYS", "")))
    except OfficeHoursError as exc:
        raise ConfigError(str(exc)) from exc


def _slack_api_url(url: str) -> str:
    # slack_sdk joins method names onto the base URL, so it must end with a slash.
    return url if url.endswith("/") else url + "/"


def _slack_user_map(raw: str) -> tuple[tuple[str, str], ...]:
    """Parse "U123:anna,U456:bob" into (("U123", "anna"), ("U456", "bob"))."""
    pairs = []
    for part in raw.split(","):
        if not part.strip():
            continue
        slack_id, sep, username = (p.strip() for p in part.partition(":"))
        if not sep or not slack_id or not username:
            raise ConfigError(f"SLACK_USER_MAP: expected SLACKID:username, not {part.strip()!r}")
        pairs.append((slack_id, username))
    return tuple(pairs)


def _check_slack(settings: Settings) -> None:
    if settings.slack_socket_mode and not settings.slack_app_token:
        raise ConfigError(
            "SLACK_SOCKET_MODE=true needs SLACK_APP_TOKEN: the app-level token (xapp-...) with the "
            "connections:write scope, from the Slack app's Basic Information"
        )
    if settings.slack_app_token and not settings.slack_app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
    if settings.slack_socket_mode and not settings.slack_bot_token:
        raise ConfigError("SLACK_SOCKET_MODE=true needs SLACK_BOT_TOKEN (xoxb-...) as well")
    if settings.slack_enabled and not settings.slack_channel_id:
        raise ConfigError("SLACK_CHANNEL_ID is needed when Slack is on (SLACK_BOT_TOKEN is set)")


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8080
    database_url: str = ""
    demo: bool = True
    bus: str = "memory"
    retention_days: int = 30
    idle_warn_minutes: float = 10
    idle_close_minutes: float = 15
    idle_check_seconds: float = 30
    answer_confidence: float = 0.6
    clarify_confidence: float = 0.35
    bot_typing_ms: int = 600
    cjg_name: str = "CJG Haarlem en Zandvoort"
    cjg_phone: str = "023 - 000 00 00"
    # When the team is in the chat (bot/office_hours.py), and who counts as online (bot/presence.py).
    office_hours: str = DEFAULT_SPEC
    closed_days: tuple[date, ...] = ()
    presence_timeout_minutes: float = 5
    # During office hours, queue a parent even when no worker is online (a team whose tools do not
    # report presence). Off: the parent is offered a call-back or an e-mail instead.
    queue_when_nobody_online: bool = False
    # Deprecated OFFICE_HOURS_TEXT(_EN): replace the phrase generated from OFFICE_HOURS when set.
    office_hours_text_override: str = ""
    office_hours_text_en_override: str = ""
    log_level: str = "INFO"
    # Slack (docs/slack.md): on with the bot token and the signing secret (HTTP mode), or the bot
    # token and Socket Mode (SLACK_SOCKET_MODE with the app-level token SLACK_APP_TOKEN).
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_socket_mode: bool = False
    slack_channel_id: str = ""
    slack_api_url: str = "https://slack.com/api/"
    # Slack user id -> staff username, e.g. "U123:anna,U456:bob".
    slack_user_map: tuple[tuple[str, str], ...] = ()
    # Where staff reach this service (links from Slack to the console); default http://HOST:PORT.
    public_url: str = ""

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_socket_mode))

    def opening_hours(self) -> OfficeHours:
        return OfficeHours.parse(self.office_hours, self.closed_days)

    @property
    def office_hours_text(self) -> str:
        """The hours as a Dutch phrase for pages and messages ("maandag tot en met vrijdag van ...")."""
        return self.office_hours_text_override or self.opening_hours().phrase("nl")

    @property
    def office_hours_text_en(self) -> str:
        return self.office_hours_text_en_override or self.opening_hours().phrase("en")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, *, dotenv: bool = True) -> Settings:
        if env is None:
            if dotenv:
                load_dotenv(Path.cwd() / ".env")
            env = dict(os.environ)
        defaults = cls()
        explicit_db = env.get("DATABASE_URL", "").strip()
        bus = env.get("BUS", "memory").strip().lower() or "memory"
        if bus != "memory":
            raise ConfigError(f"BUS={bus!r} is not available; use 'memory'")
        settings = cls(
            host=env.get("HOST", "").strip() or defaults.host,
            port=_int(env, "PORT", defaults.port),
            database_url=normalise_database_url(explicit_db) if explicit_db else default_database_url(),
            # The demo staff login only makes sense on the embedded defaults, never on a real database.
            demo=_bool(env, "DEMO", default=not explicit_db),
            bus=bus,
            retention_days=_int(env, "RETENTION_DAYS", defaults.retention_days, minimum=1),
            idle_warn_minutes=_float(env, "IDLE_WARN_MINUTES", defaults.idle_warn_minutes),
            idle_close_minutes=_float(env, "IDLE_CLOSE_MINUTES", defaults.idle_close_minutes),
            idle_check_seconds=_float(env, "IDLE_CHECK_SECONDS", defaults.idle_check_seconds),
            answer_confidence=_float(env, "ANSWER_CONFIDENCE", defaults.answer_confidence),
            clarify_confidence=_float(env, "CLARIFY_CONFIDENCE", defaults.clarify_confidence),
            bot_typing_ms=_int(env, "BOT_TYPING_MS", defaults.bot_typing_ms),
            cjg_name=env.get("CJG_NAME", "").strip() or defaults.cjg_name,
            cjg_phone=env.get("CJG_PHONE", "").strip() or defaults.cjg_phone,
            office_hours=env.get("OFFICE_HOURS", "").strip() or defaults.office_hours,
            closed_days=_closed_days(env),
            presence_timeout_minutes=_float(
                env, "PRESENCE_TIMEOUT_MINUTES", defaults.presence_timeout_minutes
            ),
            queue_when_nobody_online=_bool(
                env, "QUEUE_WHEN_NOBODY_ONLINE", defaults.queue_when_nobody_online
            ),
            office_hours_text_override=env.get("OFFICE_HOURS_TEXT", "").strip(),
            office_hours_text_en_override=env.get("OFFICE_HOURS_TEXT_EN", "").strip(),
            log_level=env.get("LOG_LEVEL", "").strip().upper() or defaults.log_level,
            slack_bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
            slack_signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
            slack_app_token=env.get("SLACK_APP_TOKEN", "").strip(),
            slack_socket_mode=_bool(env, "SLACK_SOCKET_MODE", defaults.slack_socket_mode),
            slack_channel_id=env.get("SLACK_CHANNEL_ID", "").strip(),
            slack_api_url=_slack_api_url(env.get("SLACK_API_URL", "").strip() or defaults.slack_api_url),
            slack_user_map=_slack_user_map(env.get("SLACK_USER_MAP", "")),
            public_url=env.get("PUBLIC_URL", "").strip().rstrip("/"),
        )
        _check_slack(settings)
        if settings.idle_close_minutes <= settings.idle_warn_minutes:
            raise ConfigError("IDLE_CLOSE_MINUTES must be larger than IDLE_WARN_MINUTES")
        if not 0 <= settings.clarify_confidence <= settings.answer_confidence <= 1:
            raise ConfigError("need 0 <= CLARIFY_CONFIDENCE <= ANSWER_CONFIDENCE <= 1")
        if settings.presence_timeout_minutes <= 0:
            raise ConfigError("PRESENCE_TIMEOUT_MINUTES must be more than 0")
        try:
            settings.opening_hours()
        except OfficeHoursError as exc:
            raise ConfigError(str(exc)) from exc
        return settings
