"""The reports API (/api/reports/...) and the audit log (/api/audit) on the live service, on SQLite
and PostgreSQL: roles (401/403), JSON figures, CSV downloads, and what the audit log records."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from registry.reports import AGGREGATE_COLUMNS, REPORTS
from registry.store import EXPORT_COLUMNS, add_contact
from tests.conftest import connect, open_chat
from tests.test_registry_reports import fixed_records
from tests.test_staff_api import add_staff, log_in

YEAR = "from=2026-01-01&to=2026-12-31"


@pytest.fixture
async def people(server):
    for username, role in (("sam", "staff"), ("mia", "manager"), ("ada", "admin")):
        await add_staff(server, username, role=role)
    clients = {name: await log_in(server, name) for name in ("sam", "mia", "ada")}
    async with async_sessionmaker(server.engine.store.engine)() as session, session.begin():
        for record in fixed_records():
            add_contact(session, record)
    yield clients
    for client in clients.values():
        await client.session.close()


async def download(client, path: str):
    async with client.session.get(client.server.url + path) as response:
        return response.status, response.headers, await response.text()


async def test_reports_need_a_manager(server, http, people):
    async with http.get(server.url + "/api/reports/categories") as response:
        assert response.status == 401 and (await response.json())["error"] == "not_logged_in"
    for path in (
        "/api/reports/categories",
        "/api/reports",
        "/api/reports/contacts.csv",
        "/api/reports/aggregate.csv",
    ):
        status, body = await people["sam"].get(path)
        assert status == 403 and body["message"] == "Dit mag je niet met jouw rol."
    for name in ("mia", "ada"):
        status, body = await people[name].get(f"/api/reports/categories?{YEAR}")
        assert status == 200 and body["data"]["total"] == 8
    status, body = await people["mia"].get("/api/reports")
    assert status == 200 and body["reports"] == sorted(REPORTS)


async def test_every_report_answers_json_with_its_filter(people):
    manager = people["mia"]
    for name in REPORTS:
        status, body = await manager.get(f"/api/reports/{name}?{YEAR}&channel=chat")
        assert status == 200, (name, body)
        assert body["report"] == name and body["filter"]["channel"] == "chat"
    status, body = await manager.get(f"/api/reports/indicators?{YEAR}")
    assert (body["data"]["phone_calls"], body["data"]["chats"]) == (2, 5)
    status, body = await manager.get(f"/api/reports/outcomes?{YEAR}&municipality=Zandvoort")
    assert [(o["code"], o["count"]) for o in body["data"]["outcomes"]] == [("referred", 1)]


async def test_bad_requests_get_a_dutch_message(people):
    manager = people["mia"]
    status, body = await manager.get("/api/reports/categories?from=gisteren")
    assert status == 400 and body["error"] == "bad_filter" and "JJJJ-MM-DD" in body["message"]
    status, body = await manager.get("/api/reports/categories?role=oma")
    assert status == 400 and "Onbekende rol" in body["message"]
    status, body = await manager.get("/api/reports/nonsense")
    assert status == 404 and body["message"] == "Dit rapport bestaat niet."
    status, _, text = await download(manager, "/api/reports/aggregate.csv?period=day")
    assert status == 400 and "week of month" in text


async def test_csv_downloads_and_their_audit_lines(people):
    manager, admin = people["mia"], people["ada"]
    status, headers, text = await download(manager, f"/api/reports/contacts.csv?{YEAR}")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert (
        headers["Content-Disposition"] == 'attachment; filename="wegwijs-contacten-2026-01-01-2026-12-31.csv"'
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(EXPORT_COLUMNS) and len(rows) == 8
    assert rows[0]["categories"] == "sleep;toilet" and rows[0]["satisfaction"] == "up"

    status, headers, text = await download(
        manager, f"/api/reports/aggregate.csv?{YEAR}&period=week&channel=phone"
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert status == 200 and list(rows[0]) == list(AGGREGATE_COLUMNS)
    assert [(r["period"], r["category"], r["contacts"]) for r in rows] == [
        ("2026-W10", "school", "1"),
        ("2026-W10", "sleep", "1"),
    ]

    assert (await manager.get("/api/audit"))[0] == 403
    status, body = await admin.get("/api/audit")
    assert status == 200
    exports = [(e["actor"], e["role"], e["action"]) for e in body["entries"]]
    assert exports == [("mia", "manager", "export_aggregate"), ("mia", "manager", "export_contacts")]
    newest = body["entries"][0]
    assert newest["details"] == {
        "filter": {"start": "2026-01-01", "end": "2026-12-31", "channel": "phone"},
        "period": "week",
        "format": "csv",
    }
    status, body = await admin.get("/api/audit?action=export_contacts&limit=1")
    assert [e["action"] for e in body["entries"]] == ["export_contacts"] and body["next_before"] is not None
    assert (await admin.get("/api/audit?action=hacking"))[0] == 400


async def test_viewing_a_transcript_is_logged_once_per_ten_minutes(server, http, people):
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    worker, admin = people["sam"], people["ada"]
    for _ in range(3):
        status, _body = await worker.get(f"/api/staff/conversations/{conversation_id}")
        assert status == 200
    await frames.ws.close()
    status, body = await admin.get(f"/api/audit?target={conversation_id}")
    assert [(e["actor"], e["action"], e["target"]) for e in body["entries"]] == [
        ("sam", "view_transcript", conversation_id)
    ]
