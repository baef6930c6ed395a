"""HSDS 3.0 reading, validation, writing and the import/export/check command line."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import hsds
from knowledge.__main__ import main
from knowledge.hsds_validate import validate
from knowledge.socialmap import DATA_DIR, load_directory

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "data" / "hsds"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"


def table(data: hsds.Dataset) -> dict[str, list[dict]]:
    """Records per table, independent of order and of where they were read."""
    return {
        name: sorted((r.values for r in records), key=lambda v: v.get("id", ""))
        for name, records in data.items()
    }


def copy_example(tmp_path: Path) -> Path:
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder)
    return folder


def edit_csv(file: Path, row: int, **changes: str) -> None:
    with file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[row - 2].update(changes)
    with file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_the_tables_come_from_the_copied_schemas() -> None:
    tables = hsds.tables()
    assert len(tables) == 21
    assert tables["service"].path == "services.csv"
    assert "organization_id" in tables["service"].required
    assert "phones" not in tables["service"].columns and tables["service"].nested["phones"] == ("phone", True)


def test_the_official_example_imports_with_only_warnings(tmp_path: Path) -> None:
    data, problems = hsds.read(EXAMPLE)
    problems += validate(data)
    assert problems and all(p.warning for p in problems)
    assert all(len(records) == 1 for records in data.values())
    service = data["service"][0].values
    assert service["id"] == SERVICE_ID and service["minimum_age"] == 12 and service["status"] == "active"
    assert data["phone"][0].values["extension"] == 100


def test_the_official_example_imports_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import-hsds", str(EXAMPLE), "--into", str(tmp_path / "kaart")]) == 0
    assert "1 services" in capsys.readouterr().out
    assert load_directory(tmp_path / "kaart").get(SERVICE_ID).name == "Community Counselling"


@pytest.mark.parametrize(
    ("file", "row", "change", "reason"),
    [
        ("services.csv", 2, {"name": ""}, "'name' is a required property"),
        ("services.csv", 2, {"minimum_age": "twelve"}, "minimum_age: 'twelve' is not of type 'number'"),
        ("services.csv", 2, {"status": "open"}, "status: 'open' is not one of"),
        (
            "services.csv",
            2,
            {"organization_id": "00000000-0000-4000-8000-000000000000"},
            "organization_id: no organization with id '00000000-0000-4000-8000-000000000000'",
        ),
        (
            "phones.csv",
            2,
            {
                "location_id": "",
                "organization_id": "",
                "contact_id": "",
                "service_at_location_id": "",
                "service_id": "00000000-0000-4000-8000-000000000001",
            },
            "service_id: no service with id '00000000-0000-4000-8000-000000000001'",
        ),
        ("locations.csv", 2, {"id": "not-a-uuid"}, "id: 'not-a-uuid' is not a 'uuid'"),
    ],
)
def test_a_bad_row_is_reported_with_file_row_and_reason_and_nothing_is_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    file: str,
    row: int,
    change: dict[str, str],
    reason: str,
) -> None:
    source = copy_example(tmp_path)
    edit_csv(source / file, row, **change)
    target = tmp_path / "kaart"
    assert main(["import-hsds", str(source), "--into", str(target)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if ": warning: " not in line]
    assert any(line.startswith(f"{file}:{row}: ") and reason in line for line in errors), errors
    assert errors[-1] == f"{len(errors) - 1} error(s); nothing was imported."
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kaart")]


def test_all_errors_are_reported_and_an_existing_target_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kaart"
    assert main(["import-hsds", str(EXAMPLE), "--into", str(target)]) == 0
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    source = copy_example(tmp_path)
    edit_csv(source / "services.csv", 2, status="", maximum_age="old")
    edit_csv(source / "schedules.csv", 2, freq="DAILY")
    capsys.readouterr()
    assert main(["import-hsds", str(source), "--into", str(target)]) == 1
    err = capsys.readouterr().err
    assert "services.csv:2: 'status' is a required property" in err
    assert "services.csv:2: maximum_age: 'old' is not of type 'number'" in err
    assert "schedules.csv:2: freq: 'DAILY' is not one of ['WEEKLY', 'MONTHLY']" in err
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before


def test_unknown_columns_and_duplicate_ids_are_errors(tmp_path: Path) -> None:
    source = copy_example(tmp_path)
    text = (source / "services.csv").read_text(encoding="utf-8").splitlines()
    (source / "services.csv").write_text("\n".join([*text, text[1]]) + "\n", encoding="utf-8")
    (source / "funding.csv").write_text("id,budget\nx,1\n", encoding="utf-8")
    data, problems = hsds.read(source)
    messages = [str(p) for p in [*problems, *validate(data)] if not p.warning]
    assert "funding.csv:1: unknown column 'budget'" in messages
    assert f"services.csv:3: id '{SERVICE_ID}' is already used at services.csv:2" in messages


@pytest.mark.parametrize("form", ["csv", "json"])
def test_export_then_import_preserves_everything(tmp_path: Path, form: str) -> None:
    for source in (DATA_DIR, EXAMPLE):
        out, back = tmp_path / f"out-{source.name}", tmp_path / f"back-{source.name}"
        assert main(["export-hsds", "--from", str(source), "--out", str(out), "--format", form]) == 0
        path = out / hsds.JSON_FILE if form == "json" else out
        assert main(["import-hsds", str(path), "--into", str(back)]) == 0
        assert table(hsds.read_package(back)[0]) == table(hsds.read_package(source)[0])
    if form == "csv":
        assert all(
            (back := tmp_path / "back-sociale_kaart" / f.name).read_bytes() == f.read_bytes()
            for f in DATA_DIR.iterdir()
        ), back
    assert [s.id for s in load_directory(tmp_path / "back-sociale_kaart").all()] == [
        s.id for s in load_directory().all()
    ]


def test_json_list_of_services_and_organizations_imports(tmp_path: Path) -> None:
    service = {
        "id": "11111111-1111-4111-8111-111111111111",
        "name": "Opvoedspreekuur",
        "status": "active",
        "organization": {
            "id": "22222222-2222-4222-8222-222222222222",
            "name": "CJG",
            "description": "Centrum",
        },
        "phones": [{"id": "33333333-3333-4333-8333-333333333333", "number": "023-000 00 00"}],
    }
    other = {"id": "44444444-4444-4444-8444-444444444444", "name": "Los", "description": "Zonder diensten"}
    file = tmp_path / "list.json"
    file.write_text(json.dumps([service, other]), encoding="utf-8")
    data, problems = hsds.read(file)
    assert problems + validate(data) == []
    assert data["service"][0].values["organization_id"] == "22222222-2222-4222-8222-222222222222"
    assert data["phone"][0].values["service_id"] == service["id"]
    assert [r.values["name"] for r in data["organization"]] == ["CJG", "Los"]


def test_json_errors_name_the_place_in_the_file(tmp_path: Path) -> None:
    file = tmp_path / "bad.json"
    file.write_text(
        json.dumps(
            [
                {
                    "id": "11111111-1111-4111-8111-111111111111",
                    "status": "active",
                    "organization_id": "22222222-2222-4222-8222-222222222222",
                    "phones": [{"id": "33333333-3333-4333-8333-333333333333", "number": 5}],
                }
            ]
        )
    )
    data, problems = hsds.read(file)
    messages = [str(p) for p in [*problems, *validate(data)]]
    assert "bad.json:[0]: 'name' is a required property" in messages
    assert "bad.json:[0].phones[0]: number: 5 is not of type 'string'" in messages
    assert (
        "bad.json:[0]: organization_id: no organization with id '22222222-2222-4222-8222-222222222222' "
        "in the data set"
    ) in messages


def test_export_refuses_to_replace_a_folder_that_is_not_a_data_package(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["export-hsds", "--out", str(tmp_path)]) == 2
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "knowledge", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )


def test_cli_exit_codes(tmp_path: Path) -> None:
    ok = run("import-hsds", str(EXAMPLE), "--into", str(tmp_path / "kaart"), cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "Imported into" in ok.stdout

    bad = copy_example(tmp_path)
    edit_csv(bad / "services.csv", 2, name="")
    failed = run("import-hsds", str(bad), "--into", str(tmp_path / "other"), cwd=tmp_path)
    assert failed.returncode == 1 and "services.csv:2: 'name' is a required property" in failed.stderr
    assert not (tmp_path / "other").exists()

    assert run("import-hsds", str(tmp_path / "missing"), cwd=tmp_path).returncode == 2
    assert run("import-hsds", cwd=tmp_path).returncode == 2
    assert run("export-hsds", "--format", "xml", cwd=tmp_path).returncode == 2
    assert run("frobnicate", cwd=tmp_path).returncode == 2

    exported = run("export-hsds", "--format", "json", "--out", str(tmp_path / "json"), cwd=tmp_path)
    assert exported.returncode == 0 and (tmp_path / "json" / hsds.JSON_FILE).is_file()

    helped = run("--help", cwd=tmp_path)
    assert helped.returncode == 0
    for word in ("import-hsds", "export-hsds", "check", "exit codes"):
        assert word in helped.stdout


def test_check_prints_counts(tmp_path: Path) -> None:
    result = run("check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "articles: " in result.stdout
    assert "sociale kaart: " in result.stdout and "example entries" in result.stdout
