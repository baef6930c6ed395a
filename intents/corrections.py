"""`python -m intents corrections`: the workers' reviewed categories as candidate training phrases.

Nothing here changes the router: content editors read the export, pick phrases and add them to
intents/data/lexicon.yaml through a reviewed pull request. The registry holds only de-identified text.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import sys
from typing import TextIO


async def _export(database_url: str, since: datetime.date | None, corrected_only: bool, sink: TextIO) -> int:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from registry.database import create_engine
    from registry.store import iter_reviewed_questions

    engine = create_engine(database_url)
    written = 0
    try:
        async with async_sessionmaker(engine)() as session:
            async for row in iter_reviewed_questions(session, since=since):
                if corrected_only and not row["corrected"]:
                    continue
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += 1
    finally:
        await engine.dispose()
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m intents corrections",
        description="Export the reviewed categories (bot vs worker) with the de-identified first question, "
        "one JSON line each, as candidate training phrases. Reads DATABASE_URL (default: the service's "
        "SQLite file).",
    )
    parser.add_argument("--since", type=datetime.date.fromisoformat, help="first day (YYYY-MM-DD)")
    parser.add_argument(
        "--corrected-only", action="store_true", help="only questions where the worker changed the category"
    )
    args = parser.parse_args(argv)
    from registry.database import default_database_url

    database_url = os.environ.get("DATABASE_URL") or default_database_url()
    try:
        written = asyncio.run(_export(database_url, args.since, args.corrected_only, sys.stdout))
    except Exception as error:  # a command line says what went wrong, never a traceback
        print(
            f"cannot read the registry ({type(error).__name__}); is DATABASE_URL right and has the service "
            "run once to create the tables?",
            file=sys.stderr,
        )
        return 1
    print(f"{written} reviewed questions", file=sys.stderr)
    return 0
