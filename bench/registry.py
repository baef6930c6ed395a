"""Registry benchmark: bulk registration speed and the time of every report query on a large year.

Usage: python bench/registry.py [--records 1000000] [--backend sqlite|postgres|both]
                                [--postgres postgresql://postgres@127.0.0.1:5432] [--repeat 3] [--json]

It creates a fresh database per backend (a temporary SQLite file; a throwaway PostgreSQL database
that is dropped afterwards), brings it to the current schema with the service's own migrations, and
registers ``--records`` generated contact records of one year (2026) through
``registry.store.insert_contacts`` in batches. The records look like a large region's year: channels,
office hours for the phone and evenings for the chat, categories, outcomes that fit the channel, wait
and handling times, roles, age bands, municipalities, unmet needs, staff corrections. They carry no
free text (de-identifying a first question costs about a millisecond and is measured by
tests/test_privacy.py, not here).

Then every report of ``registry.reports`` (and the aggregated CSV export) runs once to warm up and then
``--repeat`` times, over the whole year without other filters and over one quarter for the phone in one
municipality; the table shows the median and the slowest run of each, the median against the target
(<= 500 ms; the machine is shared, so single runs vary), and bulk registration against >= 2,000
records/s. Last, the time per message of ``registry.deidentify``. A measurement, not a test: it always
exits 0 unless it cannot run at all.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import text  # noqa: E402

from bot.storage.schema import upgrade_to_head  # noqa: E402
from knowledge.taxonomy import CODES  # noqa: E402
from registry.database import create_engine  # noqa: E402
from registry.records import ContactRecord  # noqa: E402
from registry.reports import REPORTS, ReportFilter, aggregate  # noqa: E402
from registry.store import insert_contacts  # noqa: E402
from registry.vocab import TIMEZONE, UNMET_REASONS  # noqa: E402

TARGET_QUERY_MS = 500.0
TARGET_RECORDS_PER_SECOND = 2000.0
YEAR = 2026
BATCH = 5000

CHANNEL_WEIGHTS = {"chat": 45, "phone": 35, "email": 10, "walk_in": 5, "school": 4, "other": 1}
# Common questions are asked far more often than rare ones; "other" sits in the middle.
CATEGORY_WEIGHTS = {code: 1.0 / (rank + 1) ** 0.8 for rank, code in enumerate(CODES)}
ROLE_WEIGHTS = {"parent": 70, "youth": 12, "professional": 12, "other": 2, "unknown": 4}
AGE_WEIGHTS = {"pregnancy": 4, "0-3": 25, "4-11": 33, "12-17": 25, "18-23": 5, "unknown": 8}
MUNICIPALITY_WEIGHTS = {"Haarlem": 70, "Zandvoort": 10, "unknown": 20}


def hour_weights(channel: str) -> list[float]:
    """168 weights, Monday 00:00 first: phone and desk in office hours, chat also in the evening."""
    weights = []
    for day in range(7):
        for hour in range(24):
            office = day < 5 and 9 <= hour < 17
            if channel == "chat":
                weight = 6 if office else 4 if 17 <= hour < 23 else 1 if 7 <= hour < 9 else 0.2
            elif channel == "email":
                weight = 4 if office else 1
            else:
                weight = 10 if office else 0.05
            weights.append(weight)
    return weights


def generate(count: int, seed: int = 2026) -> list[ContactRecord]:
    rng = random.Random(seed)
    year_start = datetime(YEAR, 1, 5, tzinfo=TIMEZONE)  # the Monday of ISO week 1
    channels = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()), k=count)
    categories = rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()), k=count)
    roles = rng.choices(list(ROLE_WEIGHTS), list(ROLE_WEIGHTS.values()), k=count)
    ages = rng.choices(list(AGE_WEIGHTS), list(AGE_WEIGHTS.values()), k=count)
    towns = rng.choices(list(MUNICIPALITY_WEIGHTS), list(MUNICIPALITY_WEIGHTS.values()), k=count)
    slots = {channel: list(accumulate(hour_weights(channel))) for channel in CHANNEL_WEIGHTS}
    codes = list(CODES)
    records = []
    for i in range(count):
        channel = channels[i]
        slot = rng.choices(range(168), cum_weights=slots[channel])[0]
        started = year_start + timedelta(
            weeks=rng.randrange(51), days=slot // 24, hours=slot % 24, seconds=rng.randrange(3600)
        )
        started = started.astimezone(UTC)
        category = categories[i]
        extra = rng.sample(codes, rng.choice((0, 0, 0, 1, 2)))
        cats = [category, *[c for c in extra if c != category]]
        safety = category == "safety" or rng.random() < 0.01
        if channel == "chat":
            staff = rng.random() < 0.35
            outcome = "answered_by_staff" if staff else rng.choice(("answered_by_bot",) * 6 + ("abandoned",))
            wait = rng.randrange(20, 900) if staff else None
        else:
            staff = True
            outcome = rng.choices(
                ("answered_by_staff", "referred", "became_case", "callback_requested"), (60, 25, 8, 7)
            )[0]
            wait = rng.randrange(5, 300) if channel == "phone" else None
        if safety:
            outcome, staff = "safety_escalated", True
        handling = rng.randrange(120, 1800) if staff else rng.randrange(30, 600)
        unmet = rng.random() < 0.07
        worker = rng.randrange(1, 40)
        corrected = staff and channel == "chat" and rng.random() < 0.18
        records.append(
            ContactRecord(
                channel=channel,
                started_at=started,
                ended_at=started + timedelta(seconds=(wait or 0) + handling),
                lang="nl" if rng.random() < 0.93 else rng.choice(("en", "tr", "ar", "pl")),
                categories=cats,
                urgency=("urgent" if safety else rng.choice(("none",) * 8 + ("attention",))),
                outcome=outcome,
                role=roles[i],
                age_band=ages[i],
                municipality=towns[i],
                wait_seconds=wait,
                handling_seconds=handling,
                handled_by=f"staff-{worker}" if staff else "bot",
                referred_services=[f"svc-{rng.randrange(60)}"] if outcome == "referred" else [],
                unmet_need=unmet,
                unmet_reason=rng.choice(UNMET_REASONS) if unmet else None,
                repeat_contact=rng.choice(("yes", "no", "unknown", "unknown")),
                satisfaction=rng.choice((None, None, None, "up", "up", "down"))
                if channel == "chat"
                else None,
                bot_category=(rng.choice(codes) if corrected else category)
                if staff and channel == "chat"
                else None,
                id=f"{i:012x}{secrets.token_hex(4)}",
            )
        )
    # Contacts are registered as they end, so in time order.
    records.sort(key=lambda r: r.ended_at)
    return records


async def load(engine, records: list[ContactRecord]) -> float:
    started = time.perf_counter()
    for offset in range(0, len(records), BATCH):
        async with engine.begin() as connection:
            await insert_contacts(connection, records[offset : offset + BATCH], deidentify=False)
    return time.perf_counter() - started


async def time_reports(engine, repeat: int) -> list[dict[str, Any]]:
    year = ReportFilter(start=date(YEAR, 1, 1), end=date(YEAR, 12, 31))
    narrow = ReportFilter(
        start=date(YEAR, 4, 1), end=date(YEAR, 6, 30), channel="phone", municipality="Haarlem"
    )
    queries: dict[str, Any] = dict(REPORTS)
    queries["aggregate (csv export)"] = aggregate
    results = []
    for name, report in queries.items():
        row: dict[str, Any] = {"report": name}
        for label, report_filter in (("year", year), ("filtered", narrow)):
            await report(engine, report_filter)  # warm the caches once, as a running service has them
            runs = []
            for _ in range(repeat):
                started = time.perf_counter()
                await report(engine, report_filter)
                runs.append((time.perf_counter() - started) * 1000)
            row[label] = round(statistics.median(runs), 1)
            row[label + "_max"] = round(max(runs), 1)
        results.append(row)
    return results


async def run_backend(name: str, url: str, records: list[ContactRecord], repeat: int) -> dict[str, Any]:
    engine = create_engine(url)
    try:
        await upgrade_to_head(engine)
        seconds = await load(engine, records)
        # The state a running database reaches by itself: PostgreSQL's autovacuum sets the visibility
        # map (index-only scans) and statistics after bulk inserts; SQLite gets statistics.
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("VACUUM ANALYZE" if name == "postgresql" else "ANALYZE"))
        reports = await time_reports(engine, repeat)
    finally:
        await engine.dispose()
    return {
        "backend": name,
        "records": len(records),
        "load_seconds": round(seconds, 1),
        "records_per_second": round(len(records) / seconds),
        "reports": reports,
    }


async def with_postgres(admin_url: str, records: list[ContactRecord], repeat: int) -> dict[str, Any]:
    import asyncpg

    admin_dsn = admin_url.replace("postgresql+asyncpg://", "postgresql://").rstrip("/")
    base = admin_dsn if admin_dsn.count("/") > 2 else admin_dsn + "/postgres"
    name = "wegwijs_bench_" + secrets.token_hex(4)
    admin = await asyncpg.connect(base)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        url = base.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1) + "/" + name
        return await run_backend("postgresql", url, records, repeat)
    finally:
        admin = await asyncpg.connect(base)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


def print_table(result: dict[str, Any]) -> None:
    ok = result["records_per_second"] >= TARGET_RECORDS_PER_SECOND
    print(
        f"\n{result['backend']}: {result['records']:,} records registered in {result['load_seconds']} s = "
        f"{result['records_per_second']:,} records/s (target >= {TARGET_RECORDS_PER_SECOND:,.0f}) "
        f"{'OK' if ok else 'SLOW'}"
    )
    print(
        f"{'ms: median (max) of runs':<24} {'whole year':>18} {'phone/Haarlem/Q2':>18}  "
        f"median <= {TARGET_QUERY_MS:.0f} ms"
    )
    for row in result["reports"]:
        worst = max(row["year"], row["filtered"])
        flag = "OK" if worst <= TARGET_QUERY_MS else "SLOW"
        year = f"{row['year']:.0f} ({row['year_max']:.0f})"
        filtered = f"{row['filtered']:.0f} ({row['filtered_max']:.0f})"
        print(f"{row['report']:<24} {year:>18} {filtered:>18}  {flag}")


DEIDENTIFY_SAMPLES = (
    "Hoi, ik ben {name}, mijn zoon van {age} plast nog in bed. Bel me op 06-{digits}.",
    "ik ben {lower} en mijn dochter slaapt slecht, mail {lower}@gmail.com",
    "We wonen op de Kleine Houtweg {age}a, 2012 AB Haarlem. Hoe ga ik om met driftbuien?",
    "Mijn zoon zit op basisschool De Regenboog en wordt gepest. BSN 123456782.",
    "Mijn puber gamet de hele nacht, hoe stel ik grenzen?",
)


def time_deidentify(count: int) -> dict[str, float]:
    """The first call (loading deduce) and the time per message after it, in milliseconds."""
    from registry.deidentify import deidentify

    started = time.perf_counter()
    deidentify("Ik ben Jan de Vries.")
    first = (time.perf_counter() - started) * 1000
    rng = random.Random(7)
    names = ("Jan de Vries", "Fatima el Amrani", "Sanne van den Berg", "Mohammed Yilmaz")
    durations = []
    for i in range(count):
        name = rng.choice(names)
        message = DEIDENTIFY_SAMPLES[i % len(DEIDENTIFY_SAMPLES)].format(
            name=name,
            lower=name.split()[0].lower(),
            age=rng.randrange(1, 17),
            digits=rng.randrange(10**7, 10**8),
        )
        started = time.perf_counter()
        deidentify(message)
        durations.append((time.perf_counter() - started) * 1000)
    durations.sort()
    return {
        "first_call_ms": round(first),
        "p50_ms": round(durations[len(durations) // 2], 2),
        "p99_ms": round(durations[int(len(durations) * 0.99)], 2),
        "messages": count,
    }


async def main_async(args: argparse.Namespace) -> list[dict[str, Any]]:
    started = time.perf_counter()
    records = generate(args.records)
    if not args.json:
        print(f"generated {len(records):,} records in {time.perf_counter() - started:.1f} s")
    results = []
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as workdir:
            url = f"sqlite+aiosqlite:///{Path(workdir) / 'registry-bench.db'}"
            results.append(await run_backend("sqlite", url, records, args.repeat))
        if not args.json:
            print_table(results[-1])
    if args.backend in ("postgres", "both"):
        results.append(await with_postgres(args.postgres, records, args.repeat))
        if not args.json:
            print_table(results[-1])
    deidentify = time_deidentify(2000)
    results.append({"deidentify": deidentify})
    if not args.json:
        d = deidentify
        print(
            f"\nde-identification (deduce + own rules): first call {d['first_call_ms']} ms, then per "
            f"message p50 {d['p50_ms']} ms, p99 {d['p99_ms']} ms ({d['messages']} messages)"
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("WEGWIJS_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432"),
        help="a PostgreSQL server where a throwaway database may be created",
    )
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per report (default 5)")
    parser.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    args = parser.parse_args(argv)
    results = asyncio.run(main_async(args))
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
