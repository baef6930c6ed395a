"""``python -m bot``: run the service, or manage staff accounts (``python -m bot --help``)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import re
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
    link = commands.add_parser(
        "link-slack",
        help="link a Slack user to a staff account, unlink one, or list the links",
        description="Slack users act in Slack as the staff account they are linked to (docs/slack.md).",
    )
    link.add_argument("slack_user_id", nargs="?", help="the Slack member ID, e.g. U0123ABCD")
    link.add_argument("username", nargs="?", help="the Wegwijs staff username")
    mode = link.add_mutually_exclusive_group()
    mode.add_argument("--unlink", metavar="SLACK_USER_ID", help="remove the link of this Slack user")
    mode.add_argument("--list", action="store_true", help="show all links")
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


# Slack member IDs: U… for users, W… for users of an Enterprise Grid.
SLACK_USER_ID = re.compile(r"[UW][A-Z0-9]{2,31}")


def link_slack(settings: Settings, args: argparse.Namespace) -> int:
    from bot.engine import utcnow
    from bot.storage.schema import upgrade_to_head
    from bot.storage.slack import SlackStore, UnknownStaff
    from registry.database import create_engine

    target = args.unlink or args.slack_user_id
    if args.list and (args.slack_user_id or args.username):
        print("--list takes no other arguments; nothing was changed.", file=sys.stderr)
        return 2
    if args.unlink and (args.slack_user_id or args.username):
        print("--unlink takes only the Slack member ID; nothing was changed.", file=sys.stderr)
        return 2
    if not args.list and not args.unlink and not (args.slack_user_id and args.username):
        print("Give a Slack member ID and a staff username, --unlink ID or --list.", file=sys.stderr)
        return 2
    if target and not SLACK_USER_ID.fullmatch(target):
        print(
            f"{target!r} is not a Slack member ID (like U0123ABCD: in Slack, the profile's "
            "'Copy member ID'); nothing was changed.",
            file=sys.stderr,
        )
        return 2

    async def act() -> int:
        database = create_engine(settings.database_url)
        try:
            await upgrade_to_head(database)
            store = SlackStore(database)
            if args.list:
                links = await store.links()
                for link in links:
                    print(f"{link.slack_user_id}\t{link.username}\t{link.display_name}\t{link.role}")
                if not links:
                    print("No Slack users are linked.", file=sys.stderr)
                return 0
            if args.unlink:
                if await store.unlink(args.unlink):
                    print(f"Slack user {args.unlink} is no longer linked.")
                    if args.unlink in dict(settings.slack_user_map):
                        print(
                            "It is still in SLACK_USER_MAP: remove it there too, or it is linked "
                            "again at the next start.",
                            file=sys.stderr,
                        )
                    return 0
                print(f"Slack user {args.unlink} was not linked.", file=sys.stderr)
                return 1
            try:
                account = await store.link(args.slack_user_id, args.username, utcnow())
            except UnknownStaff:
                print(
                    f"There is no staff account {args.username!r} (python -m bot adduser "
                    f"{args.username}); nothing was changed.",
                    file=sys.stderr,
                )
                return 1
            print(f"Slack user {args.slack_user_id} acts as {account.username!r} ({account.display_name}).")
            return 0
        finally:
            await database.dispose()

    return asyncio.run(act())


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
    if args.command == "link-slack":
        return link_slack(settings, args)
    run(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
