"""Check an HSDS data set against the HSDS 3.0 JSON schemas and its own references.

Every record is checked against the JSON schema of its table (the tabular form: the table's columns, with
the fields the specification requires in tables), ids must be unique, and references must point at
records in the data set. A reference that leaves a record belonging to nothing, or a required reference,
is an error. An optional extra reference to a record outside the data set (the official example has
several) is a warning: the record is still usable and is kept as it is.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker

from knowledge.hsds import POLYMORPHIC, REFERENCES, Dataset, Problem, Record, Table, tables

# Tables whose records stand on their own; in the other tables a record must belong to something.
_ROOTS = frozenset(
    {"organization", "location", "taxonomy", "taxonomy_term", "meta_table_description", "metadata"}
)
# References to a record's own kind (a parent) say where it sits, not what it belongs to.
_SELF_REFERENCES = frozenset({"parent_id", "parent_organization_id"})

_formats = FormatChecker()


@_formats.checks("uuid", raises=ValueError)
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or str(uuid.UUID(value)) == value.lower()


@_formats.checks("uri")
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and (bool(parts.netloc) or parts.scheme in ("mailto", "tel", "urn"))


@_formats.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.fromisoformat(value))


@_formats.checks("email")
def _is_email(value: object) -> bool:
    if not isinstance(value, str):
        return True
    local, _, domain = value.partition("@")
    return bool(local) and "." in domain and " " not in value


@cache
def _validator(name: str) -> Draft202012Validator:
    table = tables()[name]
    properties = {c: _plain(table.schema["properties"][c]) for c in table.columns}
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(dict.fromkeys(table.required)),
        "additionalProperties": False,
    }
    return Draft202012Validator(schema, format_checker=_formats)


def _plain(prop: dict[str, Any]) -> dict[str, Any]:
    """The validation keywords of an HSDS property (it also carries Frictionless keywords)."""
    return {k: v for k, v in prop.items() if k in ("type", "format", "enum")}


def validate(data: Dataset) -> list[Problem]:
    problems: list[Problem] = []
    ids: dict[str, set[str]] = {}
    for name, records in data.items():
        ids[name] = _check_records(tables()[name], records, problems)
    for name, records in data.items():
        for record in records:
            _check_references(tables()[name], record, ids, problems)
    return problems


def _check_records(table: Table, records: list[Record], problems: list[Problem]) -> set[str]:
    seen: dict[str, str] = {}
    validator = _validator(table.name)
    for record in records:
        for error in sorted(validator.iter_errors(record.values), key=lambda e: list(e.path)):
            field = ".".join(str(p) for p in error.path)
            if error.validator == "additionalProperties":
                extra = sorted(set(record.values) - set(table.columns))
                problems.append(
                    Problem(record.origin, f"unknown field(s) for a {table.name}: {', '.join(extra)}")
                )
            else:
                problems.append(Problem(record.origin, f"{field + ': ' if field else ''}{error.message}"))
        record_id = record.values.get("id")
        if isinstance(record_id, str):
            if record_id in seen:
                problems.append(
                    Problem(record.origin, f"id {record_id!r} is already used at {seen[record_id]}")
                )
            seen.setdefault(record_id, record.origin)
    return set(seen)


def _check_references(
    table: Table, record: Record, ids: dict[str, set[str]], problems: list[Problem]
) -> None:
    values = record.values
    owners_found = False
    dangling: list[tuple[str, str]] = []
    for column, value in values.items():
        if not isinstance(value, str):
            continue
        if column in POLYMORPHIC:
            target = values.get(POLYMORPHIC[column])
            if target not in ids:
                problems.append(
                    Problem(
                        record.origin,
                        f"{POLYMORPHIC[column]} {target!r} is not an HSDS table, so {column} is not checked",
                        warning=True,
                    )
                )
                owners_found = True
                continue
        elif column == "parent_id":
            target = table.name
        elif column in REFERENCES:
            target = REFERENCES[column]
        else:
            continue
        if value in ids.get(target, set()):
            owners_found = owners_found or column not in _SELF_REFERENCES
            continue
        dangling.append((column, f"{column}: no {target} with id {value!r} in the data set"))
    orphan = table.name not in _ROOTS and not owners_found
    for column, message in dangling:
        # An audit record may describe a record that has since been deleted.
        hard = table.name != "metadata" and (column in table.required or orphan)
        problems.append(Problem(record.origin, message, warning=not hard))
    # Missing required references are already reported by the schema check.
    if orphan and not dangling and not any(c in REFERENCES or c in POLYMORPHIC for c in table.required):
        problems.append(
            Problem(record.origin, f"this {table.name} belongs to no record: it has no reference")
        )
