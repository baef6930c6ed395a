"""Open Referral HSDS 3.0 data in memory, and reading and writing it as a CSV data package or as JSON.

The table definitions come from the copied HSDS JSON schemas, so a newer copy of the specification
changes the tables without code changes. A data set is held flat, one list of records per table, exactly
like the CSV form; the nested JSON form is produced and taken apart from that flat form.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_DIR = Path(__file__).parent / "schema" / "hsds"
DESCRIPTOR = "datapackage.json"
JSON_FILE = "sociale-kaart.json"
_INTEGER = re.compile(r"^[+-]?\d+$")
# Columns that point at another table. parent_id points at the table it is in.
REFERENCES: dict[str, str] = {
    "organization_id": "organization",
    "parent_organization_id": "organization",
    "service_id": "service",
    "location_id": "location",
    "contact_id": "contact",
    "service_at_location_id": "service_at_location",
    "program_id": "program",
    "phone_id": "phone",
    "taxonomy_term_id": "taxonomy_term",
    "taxonomy_id": "taxonomy",
}
# Columns whose target table is named in another column of the same record.
POLYMORPHIC: dict[str, str] = {"link_id": "link_entity", "resource_id": "resource_type"}
# Nested objects that are linked by a column of the enclosing record instead of the other way round.
_SINGLE_LINK: dict[str, str] = {
    "organization": "organization_id",
    "program": "program_id",
    "location": "location_id",
    "taxonomy_term": "taxonomy_term_id",
    "taxonomy_detail": "taxonomy_id",
}


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    path: str
    schema: dict[str, Any]
    columns: tuple[str, ...]
    required: tuple[str, ...]
    # property -> (table name, is a list)
    nested: dict[str, tuple[str, bool]]

    @property
    def key(self) -> str:
        """The name of the table in the JSON form: the CSV file name without ".csv"."""
        return self.path.removesuffix(".csv")

    def number_columns(self) -> frozenset[str]:
        return frozenset(c for c in self.columns if self.schema["properties"][c].get("type") == "number")


@dataclass(frozen=True, slots=True)
class Record:
    values: dict[str, Any]
    origin: str  # "services.csv:7" or "export.json:services[2].phones[0]", for problem reports


@dataclass(frozen=True, slots=True)
class Problem:
    where: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {'warning: ' if self.warning else ''}{self.message}"


Dataset = dict[str, list[Record]]


class UsageError(Exception):
    """The input or output location itself is wrong (missing, unreadable, not HSDS at all)."""


@cache
def tables() -> dict[str, Table]:
    """All HSDS tables by schema name, in the order of the specification's data package."""
    found: list[tuple[int, Table]] = []
    for file in sorted(SCHEMA_DIR.glob("*.json")):
        schema = json.loads(file.read_text(encoding="utf-8"))
        if "datapackage_metadata" not in schema:
            continue
        columns: list[str] = []
        nested: dict[str, tuple[str, bool]] = {}
        for name, prop in schema["properties"].items():
            if prop.get("type") == "array":
                nested[name] = (prop["items"]["$ref"].removesuffix(".json"), True)
            elif "$ref" in prop:
                nested[name] = (prop["$ref"].removesuffix(".json"), False)
            else:
                columns.append(name)
        required = [*schema.get("required", ()), *schema.get("tabular_required", ())]
        table = Table(schema["name"], schema["path"], schema, tuple(columns), tuple(required), nested)
        found.append((schema["datapackage_metadata"]["order"], table))
    return {table.name: table for _, table in sorted(found, key=lambda pair: pair[0])}


def by_path() -> dict[str, Table]:
    return {table.path: table for table in tables().values()}


def empty() -> Dataset:
    return {name: [] for name in tables()}


def counts(data: Dataset) -> dict[str, int]:
    return {name: len(records) for name, records in data.items() if records}


# --- reading -----------------------------------------------------------------------------------------


def read(path: Path) -> tuple[Dataset, list[Problem]]:
    """Read a CSV data package (its folder or its datapackage.json) or an HSDS JSON file."""
    if path.is_dir():
        return read_package(path)
    if path.name == DESCRIPTOR:
        return read_package(path.parent)
    if path.suffix.lower() == ".json" and path.is_file():
        return read_json(path)
    raise UsageError(f"{path}: not a data package folder or an HSDS JSON file")


def _resource_paths(folder: Path, problems: list[Problem]) -> dict[str, str]:
    """CSV file name per table: from datapackage.json when it is a usable descriptor, else HSDS's names."""
    paths = {table.name: table.path for table in tables().values()}
    descriptor = folder / DESCRIPTOR
    if not descriptor.exists():
        return paths
    try:
        resources = json.loads(descriptor.read_text(encoding="utf-8"))["resources"]
        for resource in resources:
            if resource["name"] in paths:
                paths[resource["name"]] = resource["path"]
    except (ValueError, KeyError, TypeError):
        problems.append(
            Problem(DESCRIPTOR, "not a data package descriptor; using the standard HSDS file names", True)
        )
    return paths


def read_package(folder: Path) -> tuple[Dataset, list[Problem]]:
    problems: list[Problem] = []
    paths = _resource_paths(folder, problems)
    data = empty()
    known = set(paths.values())
    for extra in sorted(p.name for p in folder.glob("*.csv") if p.name not in known):
        problems.append(Problem(extra, "not an HSDS table; rename it or remove it"))
    found = False
    for name, file_name in paths.items():
        file = folder / file_name
        if not file.is_file():
            continue
        found = True
        data[name] = _read_csv(file, tables()[name], problems)
    if not found:
        raise UsageError(f"{folder}: no HSDS CSV files found")
    return data, problems


def _read_csv(file: Path, table: Table, problems: list[Problem]) -> list[Record]:
    numbers = table.number_columns()
    records: list[Record] = []
    with file.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        unknown = [c for c in reader.fieldnames or () if c not in table.columns]
        for column in unknown:
            problems.append(Problem(f"{file.name}:1", f"unknown column {column!r}"))
        # Row numbers as a spreadsheet shows them: the header is row 1.
        for number, row in enumerate(reader, start=2):
            values: dict[str, Any] = {}
            for column, text in row.items():
                if column is None:
                    problems.append(Problem(f"{file.name}:{number}", "more cells than columns"))
                    continue
                if text is None or text == "":
                    continue
                values[column] = _number(text) if column in numbers else text
            records.append(Record(values, f"{file.name}:{number}"))
    return records


def _number(text: str) -> Any:
    """A CSV cell as a number; text that is not a number stays text so validation names the problem."""
    try:
        if _INTEGER.match(text.strip()):
            return int(text)
        value = float(text)
    except ValueError:
        return text
    return value if value == value and value not in (float("inf"), float("-inf")) else text


def read_json(file: Path) -> tuple[Dataset, list[Problem]]:
    """HSDS JSON: a list of services and/or organizations, or an object of lists keyed by table name."""
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{file}: {error}") from error
    except ValueError as error:
        return empty(), [Problem(file.name, f"not valid JSON: {error}")]
    problems: list[Problem] = []
    flat: dict[str, list[Record]] = empty()
    keyed = {table.key: table for table in tables().values()}
    if isinstance(document, list):
        for index, item in enumerate(document):
            where = f"{file.name}:[{index}]"
            if not isinstance(item, dict):
                problems.append(Problem(where, "must be a service or organization object"))
                continue
            # A service must have a status; an organization has none.
            kind = "service" if "status" in item else "organization"
            _flatten(item, tables()[kind], where, None, flat, problems)
    elif isinstance(document, dict):
        for key, items in document.items():
            if key not in keyed:
                problems.append(Problem(f"{file.name}:{key}", "not an HSDS table name"))
                continue
            if not isinstance(items, list):
                problems.append(Problem(f"{file.name}:{key}", "must be a list of objects"))
                continue
            for index, item in enumerate(items):
                where = f"{file.name}:{key}[{index}]"
                if isinstance(item, dict):
                    _flatten(item, keyed[key], where, None, flat, problems)
                else:
                    problems.append(Problem(where, "must be an object"))
    else:
        problems.append(Problem(file.name, "must be a list of objects or an object of lists"))
    return _merge_copies(flat, problems), problems


def _flatten(
    item: dict[str, Any],
    table: Table,
    where: str,
    parent: tuple[Table, dict[str, Any]] | None,
    flat: Dataset,
    problems: list[Problem],
) -> str | None:
    """Add ``item`` and everything nested in it to ``flat``; return its id for the enclosing record."""
    values = {k: v for k, v in item.items() if k not in table.nested and v is not None and v != ""}
    if parent is not None:
        for column, value in _links_to(table, *parent).items():
            if column in values and values[column] != value:
                problems.append(
                    Problem(
                        where, f"{column}: {values[column]!r} does not match the enclosing record {value!r}"
                    )
                )
            values.setdefault(column, value)
    record_id = values.get("id")
    for prop, (child_name, is_list) in table.nested.items():
        child = item.get(prop)
        if child is None:
            continue
        child_table = tables()[child_name]
        if is_list:
            if not isinstance(child, list) or not all(isinstance(c, dict) for c in child):
                problems.append(Problem(f"{where}.{prop}", "must be a list of objects"))
                continue
            for index, entry in enumerate(child):
                _flatten(entry, child_table, f"{where}.{prop}[{index}]", (table, values), flat, problems)
        elif not isinstance(child, dict):
            problems.append(Problem(f"{where}.{prop}", "must be an object"))
        else:
            child_id = _flatten(child, child_table, f"{where}.{prop}", None, flat, problems)
            column = _SINGLE_LINK[prop]
            if child_id is not None and values.setdefault(column, child_id) != child_id:
                problems.append(Problem(where, f"{column}: {values[column]!r} does not match {prop}.id"))
    flat[table.name].append(Record(values, where))
    return record_id if isinstance(record_id, str) else None


def _links_to(child: Table, parent: Table, parent_values: dict[str, Any]) -> dict[str, Any]:
    """The columns of a record nested in a list of ``parent`` that say it belongs to that parent."""
    parent_id = parent_values.get("id")
    if parent_id is None:
        return {}
    if child.name == "attribute":
        return {"link_id": parent_id, "link_entity": parent.name}
    if child.name == "metadata":
        return {"resource_id": parent_id, "resource_type": parent.name}
    column = f"{parent.name}_id"
    return {column: parent_id} if column in child.columns else {}


def _merge_copies(flat: Dataset, problems: list[Problem]) -> Dataset:
    """One record per id: nested JSON repeats shared records (an organization in each of its services)."""
    merged = empty()
    for name, records in flat.items():
        first: dict[str, Record] = {}
        for record in records:
            record_id = record.values.get("id")
            if not isinstance(record_id, str) or record_id not in first:
                if isinstance(record_id, str):
                    first[record_id] = record
                merged[name].append(record)
                continue
            kept = first[record_id]
            for column, value in record.values.items():
                if kept.values.setdefault(column, value) != value:
                    problems.append(
                        Problem(
                            record.origin, f"{column}: differs from the copy of this {name} at {kept.origin}"
                        )
                    )
    return merged


# --- writing -----------------------------------------------------------------------------------------


def write_package(data: Dataset, target: Path) -> None:
    """Write ``data`` as a CSV data package that replaces ``target`` in one step.

    Everything is written to a new folder next to the target first; only a complete package is moved
    into place, so a failure never leaves a half-written sociale kaart behind.
    """
    target = target.resolve()
    _refuse_foreign_folder(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        staging.chmod(0o755)
        for table in tables().values():
            _write_csv(staging / table.path, table, data.get(table.name, []))
        (staging / DESCRIPTOR).write_text(_descriptor(), encoding="utf-8")
        if target.exists():
            retired = staging.with_name(staging.name + "-old")
            target.rename(retired)
            staging.rename(target)
            shutil.rmtree(retired)
        else:
            staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _refuse_foreign_folder(target: Path) -> None:
    """Replacing a folder deletes it, so only ever replace an empty folder or an earlier data package."""
    if target.exists() and (
        not target.is_dir() or (any(target.iterdir()) and not (target / DESCRIPTOR).exists())
    ):
        raise UsageError(f"{target}: exists and is not a data package folder; choose another folder")


def _write_csv(file: Path, table: Table, records: list[Record]) -> None:
    with file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(table.columns)
        for record in records:
            writer.writerow([_cell(record.values.get(column)) for column in table.columns])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


def _descriptor() -> str:
    resources = []
    for table in tables().values():
        fields = []
        for column in table.columns:
            prop = table.schema["properties"][column]
            field = {"name": column, "type": prop.get("datapackage_type", prop.get("type", "string"))}
            if column in table.required:
                field["constraints"] = {"required": True}
            fields.append(field)
        resources.append(
            {
                "name": table.name,
                "path": table.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "primaryKey": "id"},
            }
        )
    descriptor = {"name": "wegwijs-sociale-kaart", "profile": "tabular-data-package", "resources": resources}
    return json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"


def write_json(data: Dataset, file: Path) -> None:
    """Write ``data`` as HSDS JSON: services with everything that belongs to them nested in them, and
    under their own table name every record that no service contains, so nothing is lost."""
    index = {name: {r.values["id"]: r for r in records if "id" in r.values} for name, records in data.items()}
    placed: set[tuple[str, str]] = set()
    document: dict[str, list[dict[str, Any]]] = {
        "services": [_nest(r, tables()["service"], data, index, placed) for r in data.get("service", [])]
    }
    for table in tables().values():
        rest = [r for r in data.get(table.name, []) if (table.name, r.values.get("id")) not in placed]
        if table.name != "service" and rest:
            document[table.key] = [_nest(r, table, data, index, placed) for r in rest]
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_name(f".{file.name}.tmp")
    temporary.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, file)


def _nest(
    record: Record,
    table: Table,
    data: Dataset,
    index: dict[str, dict[str, Record]],
    placed: set[tuple[str, str]],
) -> dict[str, Any]:
    placed.add((table.name, record.values.get("id", "")))
    item = dict(record.values)
    for prop, (child_name, is_list) in table.nested.items():
        child_table = tables()[child_name]
        if is_list:
            children = [
                _nest(child, child_table, data, index, placed)
                for child in _children(child_table, table, record.values, data)
            ]
            if children:
                item[prop] = children
        else:
            target = index.get(child_name, {}).get(record.values.get(_SINGLE_LINK[prop], ""))
            if target is not None:
                item[prop] = _nest(target, child_table, data, index, placed)
    return item


def _children(child: Table, parent: Table, parent_values: dict[str, Any], data: Dataset) -> Iterator[Record]:
    links = _links_to(child, parent, parent_values)
    if not links:
        return
    for record in data.get(child.name, []):
        if all(record.values.get(column) == value for column, value in links.items()):
            yield record
