"""Command line of the registry: ``python -m registry --help``."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import sys
from datetime import date
from typing import Any, TextIO

from dotenv import load_dotenv
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.ext.asyncio import async_sessionmaker

from registry.database import create_engine, default_database_url
from registry.reports import (
    AGGREGATE_COLUMNS,
    PERIODS,
    FilterError,
    ReportFilter,
    aggregate,
    categories,
    outcomes,
)
from registry.store import EXPORT_COLUMNS, csv_value, iter_export_rows

DESCRIPTION = """\
The anonymous contact registry of Wegwijs.

It reads the database named by DATABASE_URL (or the service's default SQLite file), so run the
service once first (python -m bot) to create the tables. Days are local (Europe/Amsterdam) and
--from/--to include both days.

commands:
  report     print the number of contacts per category and per outcome as a table
  export     print one row per contact record (CSV with a header line, or JSON lines)
  aggregate  print counts per month (or week), channel and category as CSV, without a row per contact

examples:
  python -m registry report --from 2026-01-01 --to 2026-12-31
  python -m registry export --format jsonl --from 2026-03-01 --to 2026-03-31 --channel phone
  python -m registry aggregate --period week --municipality Haarlem > aggregate.csv
"""


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def _add_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=_date, help="first day to include (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", type=_date, help="last day to include (YYYY-MM-DD)")
    parser.add_argument("--channel", help="only this channel (chat, phone, email, walk_in, school, other)")
    parser.add_argument("--municipality", help="only this municipality (or 'unknown')")
    parser.add_argument("--role", help="only this role (parent, youth, professional, other, unknown)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m registry",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    report = commands.add_parser(
        "report", help="print category counts and outcomes", description="Print category counts and outcomes."
    )
    _add_filter(report)
    export = commands.add_parser(
        "export", help="print the contact records", description="Print the contact records."
    )
    export.add_argument(
        "--format", choices=("csv", "jsonl"), default="csv", help="output format (default csv)"
    )
    _add_filter(export)
    summary = commands.add_parser(
        "aggregate",
        help="print aggregated counts as CSV",
        description="Print counts per period, channel and category as CSV (no row per contact).",
    )
    summary.add_argument("--period", choices=PERIODS, default="month", help="month (default) or week")
    _add_filter(summary)
    return parser


def report_filter(args: argparse.Namespace) -> ReportFilter:
    return ReportFilter.parse(
        {
            "from": args.start.isoformat() if args.start else "",
            "to": args.end.isoformat() if args.end else "",
            "channel": args.channel or "",
            "municipality": args.municipality or "",
            "role": args.role or "",
        }
    )


def _table(title: str, items: list[dict[str, Any]], total: int) -> list[str]:
    width = max([len(title), len("totaal"), *(len(i["label"]) for i in items)])
    lines = [f"{title:<{width}}  {'aantal':>8}  {'aandeel':>7}", "-" * (width + 19)]
    lines += [f"{i['label']:<{width}}  {i['count']:>8}  {i['share'] * 100:>6.1f}%" for i in items]
    lines += ["-" * (width + 19), f"{'totaal':<{width}}  {total:>8}"]
    return lines


async def report(args: argparse.Namespace, out: TextIO) -> None:
    f = report_filter(args)
    engine = create_engine(os.environ.get("DATABASE_URL") or default_database_url())
    try:
        by_category = await categories(engine, f)
        by_outcome = await outcomes(engine, f)
    finally:
        await engine.dispose()
    period = f"{f.start or 'begin'} t/m {f.end or 'nu'}"
    narrowed = ", ".join(f"{k}={v}" for k, v in (f.to_dict().items()) if v and k not in ("start", "end"))
    out.write(f"Contacten {period}{f' ({narrowed})' if narrowed else ''}\n\n")
    out.write("\n".join(_table("categorie", by_category["categories"], by_category["total"])) + "\n\n")
    out.write("\n".join(_table("uitkomst", by_outcome["outcomes"], by_outcome["total"])) + "\n")


async def export(args: argparse.Namespace, out: TextIO) -> None:
    f = report_filter(args)
    engine = create_engine(os.environ.get("DATABASE_URL") or default_database_url())
    try:
        async with async_sessionmaker(engine)() as session:
            writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
            if args.format == "csv":
                writer.writeheader()
            async for row in iter_export_rows(session, filters=f.conditions()):
                if args.format == "csv":
                    writer.writerow({k: csv_value(v) for k, v in row.items()})
                else:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        await engine.dispose()


async def summary(args: argparse.Namespace, out: TextIO) -> None:
    f = report_filter(args)
    engine = create_engine(os.environ.get("DATABASE_URL") or default_database_url())
    try:
        rows = await aggregate(engine, f, args.period)
    finally:
        await engine.dispose()
    writer = csv.DictWriter(out, fieldnames=AGGREGATE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: csv_value(v) for k, v in row.items()} for row in rows)


COMMANDS = {"report": report, "export": export, "aggregate": summary}


def main(argv: list[str] | None = None) -> int:
    load_dotenv()
    args = build_parser().parse_args(argv)
    try:
        asyncio.run(COMMANDS[args.command](args, sys.stdout))
    except FilterError as exc:
        print(f"registry: {exc.message}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
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
