"""Command line for the knowledge content: check it, and import or export the sociale kaart as HSDS 3.0.

Exit codes: 0 success, 1 the content has problems (all are printed), 2 wrong use of the command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from knowledge import hsds
from knowledge.articles import ArticleError, load_articles
from knowledge.hsds_validate import validate
from knowledge.socialmap import DATA_DIR, SocialMapError, check, load_directory

OK, INVALID, USAGE = 0, 1, 2

_DESCRIPTION = """\
Check the knowledge content, and import or export the sociale kaart (the directory of services) in
Open Referral HSDS 3.0 format. See docs/sociale-kaart.md.

exit codes: 0 = success, 1 = the data has problems (every problem is printed as file:row: reason),
2 = wrong use (unknown option, missing or unreadable path)."""

_IMPORT_HELP = """\
Import an HSDS 3.0 data set into the sociale kaart. PATH is a CSV data package (a folder with the HSDS
CSV files, with or without datapackage.json) or an HSDS JSON file: a list of service and/or
organization objects, or an object with a list per table (as export-hsds --format json writes it).
Everything is checked against the HSDS JSON schemas, the references between records and the Wegwijs
rules before anything is written; on any error nothing is written. The target folder is then replaced
in one step."""

_EXPORT_HELP = """\
Export the sociale kaart as HSDS 3.0: a CSV data package (folder with datapackage.json and one CSV file
per table) or one JSON file (OUT/sociale-kaart.json) with the services and everything nested in them.
Importing the export gives back the same data."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m knowledge",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "check",
        help="load the articles and the sociale kaart and print counts",
        description="Load the "
        "knowledge-base articles and the sociale kaart, print how many there are, exit 1 with every problem.",
    )
    importer = commands.add_parser(
        "import-hsds", help="import an HSDS 3.0 data set", description=_IMPORT_HELP
    )
    importer.add_argument("path", metavar="PATH", type=Path, help="CSV data package folder or HSDS JSON file")
    importer.add_argument(
        "--into",
        metavar="DIR",
        type=Path,
        default=DATA_DIR,
        help=f"target data package folder (default: {DATA_DIR})",
    )
    exporter = commands.add_parser(
        "export-hsds", help="export the sociale kaart as HSDS 3.0", description=_EXPORT_HELP
    )
    exporter.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        default=Path("sociale-kaart-hsds"),
        help="output folder (default: ./sociale-kaart-hsds)",
    )
    exporter.add_argument("--format", choices=("csv", "json"), default="csv", help="csv (default) or json")
    exporter.add_argument(
        "--from",
        dest="source",
        metavar="DIR",
        type=Path,
        default=DATA_DIR,
        help=f"data package to export (default: {DATA_DIR})",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check()
        if args.command == "import-hsds":
            return _import(args.path, args.into)
        return _export(args.source, args.out, args.format)
    except hsds.UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return USAGE


def _import(path: Path, target: Path) -> int:
    if not path.exists():
        raise hsds.UsageError(f"{path}: does not exist")
    data, problems = hsds.read(path)
    problems += validate(data)
    problems += check(data)
    errors = [p for p in problems if not p.warning]
    for problem in problems:
        print(problem, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s); nothing was imported.", file=sys.stderr)
        return INVALID
    hsds.write_package(data, target)
    print(f"Imported into {target}: {_counts(data)}")
    return OK


def _export(source: Path, out: Path, form: str) -> int:
    data, problems = hsds.read_package(source)
    errors = [p for p in [*problems, *validate(data)] if not p.warning]
    if errors:
        for problem in errors:
            print(problem, file=sys.stderr)
        return INVALID
    if form == "json":
        hsds.write_json(data, out / hsds.JSON_FILE)
        print(f"Exported to {out / hsds.JSON_FILE}: {_counts(data)}")
    else:
        hsds.write_package(data, out)
        print(f"Exported to {out}: {_counts(data)}")
    return OK


def _check() -> int:
    failed = False
    try:
        articles = load_articles()
        print(f"articles: {len(articles)}")
    except ArticleError as error:
        failed = True
        print(f"articles: not loaded\n{error}", file=sys.stderr)
    try:
        directory = load_directory()
        services = directory.all()
        examples = sum(service.example for service in services)
        national = sum(service.national for service in services)
        print(f"sociale kaart: {len(services)} services ({national} national, {examples} example entries)")
    except SocialMapError as error:
        failed = True
        print(f"sociale kaart: not loaded\n{error}", file=sys.stderr)
    return INVALID if failed else OK


def _counts(data: hsds.Dataset) -> str:
    return ", ".join(f"{count} {hsds.tables()[name].key}" for name, count in hsds.counts(data).items())


if __name__ == "__main__":
    sys.exit(main())
