"""``python -m bot``: run the service, or manage staff accounts (``python -m bot --help``)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys

from aiohttp import web
from sqlalchemy.engine import make_url

from bot import privacy
from bot.config import ConfigError, Settings
from bot.http import PrivateAccessLogger


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Wegwijs, the CJG intake assistant.")
    commands = parser.add_subparsers(dest="command", metavar="command")
    run = commands.add_parser("run", help="start the service (the default)")
    for target in (parser, run):
        target.add_argument("--host", help="address to listen on (default: $HOST or 127.0.0.1)")
        target.add_argument("--port", type=int, help="port to listen on (default: $PORT or 8080)")
    adduser = commands.add_parser("adduser", help="create a staff account, or reset its password")
    adduser.add_argument("username")
    adduser.add_argument("--role", choices=("staff", "manager", "admin"), default="staff")
    adduser.add_argument("--name", help="first name shown to parents (default: the username)")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    if overrides:
        from dataclasses import replace

        settings = replace(settings, **overrides)
    return settings


def run(settings: Settings) -> None:
    from bot.app import DEMO_LOGIN, create_app

    app = create_app(settings)

    async def announce(app: web.Application) -> None:
        print(f"Wegwijs runs on http://{settings.host}:{settings.port}/", flush=True)
        shown = make_url(settings.database_url).render_as_string(hide_password=True)
        print(f"Database: {shown}", flush=True)
        if DEMO_LOGIN in app:
            login = app[DEMO_LOGIN]
            print(
                f"Demo staff login: username {login.username!r}, password {login.password!r} "
                "(new on every start)",
                flush=True,
            )

    app.on_startup.append(announce)
    try:
        web.run_app(
            app,
            host=settings.host,
            port=settings.port,
            print=None,
            shutdown_timeout=15,
            access_log_class=PrivateAccessLogger,
        )
    finally:
        privacy.stop()


def adduser(settings: Settings, args: argparse.Namespace) -> int:
    from bot.engine import utcnow
    from bot.storage.schema import upgrade_to_head
    from bot.storage.staff import StaffStore
    from registry.database import create_engine

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password again: "):
            print("The passwords differ; nothing was changed.", file=sys.stderr)
            return 1
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 12:
        print("Use a password of at least 12 characters; nothing was changed.", file=sys.stderr)
        return 1

    async def save() -> None:
        database = create_engine(settings.database_url)
        try:
            await upgrade_to_head(database)
            await StaffStore(database).save(
                username=args.username,
                display_name=args.name or args.username,
                role=args.role,
                password=password,
                now=utcnow(),
            )
        finally:
            await database.dispose()

    asyncio.run(save())
    print(f"Staff account {args.username!r} saved with role {args.role}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = _settings(args)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # The database drivers log SQL parameters at INFO and DEBUG, and those hold message texts and
    # contact details: personal data never reaches the logs, whatever LOG_LEVEL says.
    for chatty in ("aiosqlite", "asyncpg", "sqlalchemy.engine"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    # Alembic announces each of its plugins on every start; the migrations it runs are still logged.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    if args.command == "adduser":
        return adduser(settings, args)
    run(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
