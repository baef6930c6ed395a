"""Settings from environment variables (and an optional ``.env``); documented in ``.env.example``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

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
    office_hours_text: str = "maandag tot en met vrijdag van 9.00 tot 17.00 uur"
    office_hours_text_en: str = "Monday to Friday from 9 am to 5 pm"
    log_level: str = "INFO"

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
            office_hours_text=env.get("OFFICE_HOURS_TEXT", "").strip() or defaults.office_hours_text,
            office_hours_text_en=env.get("OFFICE_HOURS_TEXT_EN", "").strip() or defaults.office_hours_text_en,
            log_level=env.get("LOG_LEVEL", "").strip().upper() or defaults.log_level,
        )
        if settings.idle_close_minutes <= settings.idle_warn_minutes:
            raise ConfigError("IDLE_CLOSE_MINUTES must be larger than IDLE_WARN_MINUTES")
        if not 0 <= settings.clarify_confidence <= settings.answer_confidence <= 1:
            raise ConfigError("need 0 <= CLARIFY_CONFIDENCE <= ANSWER_CONFIDENCE <= 1")
        return settings
