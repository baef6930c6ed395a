"""Command line of the registry: ``python -m registry --help``."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import sys
from datetime import UTC, datetime, timedelta

from dotenv import load_dotenv
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.ext.asyncio import async_sessionmaker

from registry.database import create_engine, default_database_url
from registry.store import EXPORT_COLUMNS, iter_export_rows

DESCRIPTION = """\
The anonymous contact registry of Wegwijs.

It reads the database named by DATABASE_URL (or the service's default SQLite file), so run the
service once first (python -m bot) to create the tables.

commands:
  export    print one row per contact record (CSV with a header line, or JSON lines)
"""


def _date(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m registry",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    export = commands.add_parser(
        "export", help="print the contact records", description="Print the contact records."
    )
    export.add_argument(
        "--format", choices=("csv", "jsonl"), default="csv", help="output format (default csv)"
    )
    export.add_argument("--from", dest="start", type=_date, help="first day to include (YYYY-MM-DD)")
    export.add_argument("--to", dest="end", type=_date, help="last day to include (YYYY-MM-DD)")
    return parser


async def export(args: argparse.Namespace, out) -> None:
    engine = create_engine(os.environ.get("DATABASE_URL") or default_database_url())
    end = args.end + timedelta(days=1) if args.end else None
    try:
        async with async_sessionmaker(engine)() as session:
            if args.format == "csv":
                writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
                writer.writeheader()
            async for row in iter_export_rows(session, start=args.start, end=end):
                if args.format == "csv":
                    writer.writerow(
                        {
                            k: ";".join(v) if isinstance(v, list) else ("" if v is None else v)
                            for k, v in row.items()
                        }
                    )
                else:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> int:
    load_dotenv()
    args = build_parser().parse_args(argv)
    try:
        asyncio.run(export(args, sys.stdout))
    except (OperationalError, ProgrammingError) as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
        print(
            f"registry: cannot read the contact records ({reason}).\n"
            "Is DATABASE_URL right, and has the service (python -m bot) run once to create the tables?",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
