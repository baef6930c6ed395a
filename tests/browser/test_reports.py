"""The managers' reports, quick registration and the audit log in a real Chromium.

A fixed set of twelve contacts is written through registry.store; the reports page must draw its
charts (SVG bars, stacked columns, heatmap cells) and show figures that match the numbers worked out by
hand below, change them when a filter changes, and download both CSV files with the right header and
number of rows. A worker registers two questions with the keyboard alone (type, see the suggestion,
Enter), in well under 15 seconds each, and they show up in the reports, one as a correction of
Wegwijs's category. axe-core checks every page.
"""

from __future__ import annotations

import csv
import io
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.async_api import Page, expect

from bot.engine import utcnow
from registry.records import ContactRecord
from registry.reports import AGGREGATE_COLUMNS
from registry.store import EXPORT_COLUMNS, add_contact
from registry.vocab import TIMEZONE
from tests.browser.test_widget_access import axe_violations

pytestmark = pytest.mark.browser

PASSWORD = "een lang en goed wachtwoord"
PERIOD = "from=2026-01-01&to=2026-02-28"


@dataclass(frozen=True)
class Row:
    """One contact of the fixed set, started at a local (Amsterdam) time."""

    channel: str
    start: tuple[int, int, int, int, int]  # year, month, day, hour, minute (local)
    categories: tuple[str, ...]
    outcome: str
    handled_by: str = "bot"
    role: str = "parent"
    municipality: str = "Haarlem"
    unmet_reason: str | None = None
    urgency: str = "none"
    bot_category: str | None = None
    handling_seconds: int = 300
    wait_seconds: int | None = None
    satisfaction: str | None = None


# Mondays: 2026-01-05, 01-12, 02-02 (ISO weeks 2, 3 and 6).
FIXED: tuple[Row, ...] = (
    Row("chat", (2026, 1, 5, 9, 10), ("sleep",), "answered_by_bot", satisfaction="up"),
    Row(
        "chat",
        (2026, 1, 5, 9, 40),
        ("sleep", "baby"),
        "answered_by_bot",
        handling_seconds=200,
        satisfaction="up",
    ),
    Row(
        "chat",
        (2026, 1, 6, 14, 5),
        ("toilet",),
        "answered_by_staff",
        handled_by="staff-1",
        municipality="Zandvoort",
        bot_category="toilet",
        wait_seconds=60,
        handling_seconds=600,
        satisfaction="down",
    ),
    Row("phone", (2026, 1, 7, 10, 15), ("divorce",), "answered_by_staff", "staff-1", bot_category="divorce"),
    Row(
        "phone",
        (2026, 1, 7, 10, 45),
        ("bullying",),
        "referred",
        "staff-1",
        "professional",
        bot_category="school",
    ),
    Row("phone", (2026, 1, 12, 9, 20), ("sleep",), "answered_by_staff", "staff-1", municipality="unknown"),
    Row(
        "email", (2026, 1, 15, 16, 0), ("money",), "answered_by_staff", "staff-1", unmet_reason="waiting_list"
    ),
    Row("chat", (2026, 1, 16, 21, 30), ("safety",), "safety_escalated", role="youth", urgency="urgent"),
    Row(
        "walk_in", (2026, 2, 2, 11, 0), ("sleep",), "answered_by_staff", "staff-2", unmet_reason="no_service"
    ),
    Row("chat", (2026, 2, 2, 9, 5), ("behaviour",), "abandoned", municipality="unknown"),
    Row(
        "phone",
        (2026, 2, 3, 10, 30),
        ("safety",),
        "safety_escalated",
        "staff-2",
        municipality="Zandvoort",
        urgency="emergency",
    ),
    Row(
        "school",
        (2026, 2, 4, 13, 0),
        ("school",),
        "answered_by_staff",
        "staff-2",
        "professional",
        unmet_reason="cost",
    ),
)

# Worked out by hand from the table above.
ALL = {
    "total": 12,
    "chats": 5,  # rows 1, 2, 3, 8, 10
    "phone": 4,  # rows 4, 5, 6, 11
    "bot": "4 (33,3%)",  # rows 1, 2, 8, 10 were never handled by a worker
    "staff": "8 (66,7%)",
    "safety": 2,
    "categories": 8,  # sleep (4), safety (2), toilet, divorce, bullying, money, behaviour, school
    "outcomes": 5,  # staff 6, bot 2, safety 2, referred 1, abandoned 1
    "months": 2,  # 2026-01: 8, 2026-02: 4
    "weeks": 3,  # 2026-W02: 5, 2026-W03: 3, 2026-W06: 4
    "monday_9": 4,  # rows 1, 2, 6 and 10 began on a Monday between 9 and 10
    "wednesday_10": 2,  # rows 4 and 5
    "contacts_csv": 12,
    "aggregate_month_rows": 11,  # Jan: 7 (period, channel, category) groups, Feb: 4
}
PHONE = {
    "total": 4,
    "chats": 0,
    "phone": 4,
    "categories": 4,  # divorce, bullying, sleep, safety
    "months": 2,
    "weeks": 3,  # W02 (rows 4, 5), W03 (row 6), W06 (row 11)
    "monday_9": 1,  # row 6
    "contacts_csv": 4,
    "aggregate_month_rows": 4,
}


def local(parts: tuple[int, int, int, int, int]) -> datetime:
    return datetime(*parts, tzinfo=TIMEZONE).astimezone(UTC)


def record(row: Row) -> ContactRecord:
    started = local(row.start)
    return ContactRecord(
        channel=row.channel,
        started_at=started,
        ended_at=started + timedelta(seconds=row.handling_seconds),
        lang="nl",
        categories=list(row.categories),
        urgency=row.urgency,
        outcome=row.outcome,
        role=row.role,
        municipality=row.municipality,
        wait_seconds=row.wait_seconds,
        handling_seconds=row.handling_seconds,
        handled_by=row.handled_by,
        unmet_need=row.unmet_reason is not None,
        unmet_reason=row.unmet_reason,
        bot_category=row.bot_category,
        satisfaction=row.satisfaction,
    )


async def seed(server) -> None:
    async with server.engine.store.session() as session, session.begin():
        for row in FIXED:
            add_contact(session, record(row))


async def add_worker(server, username: str, role: str):
    return await server.engine.staff.save(
        username=username, display_name=username.title(), role=role, password=PASSWORD, now=utcnow()
    )


async def log_in(page: Page, server, username: str, path: str) -> None:
    await page.goto(server.url + path)
    await expect(page.get_by_label("Gebruikersnaam")).to_be_visible()
    await page.get_by_label("Gebruikersnaam").fill(username)
    await page.get_by_label("Wachtwoord").fill(PASSWORD)
    await page.get_by_label("Wachtwoord").press("Enter")
    await expect(page).to_have_url(server.url + path)


async def reports_loaded(page: Page) -> None:
    await expect(page.locator("#reports")).to_have_attribute("data-loaded", "yes")


async def check_figures(page: Page, expected: dict) -> None:
    await reports_loaded(page)
    await expect(page.locator("#kpi-total")).to_have_text(str(expected["total"]))
    await expect(page.locator("#kpi-chats")).to_have_text(str(expected["chats"]))
    await expect(page.locator("#kpi-phone")).to_have_text(str(expected["phone"]))
    await expect(page.locator("#chart-categories svg rect.bar")).to_have_count(expected["categories"])
    await expect(page.locator("#chart-volume-month svg g.stack")).to_have_count(expected["months"])
    await expect(page.locator("#chart-volume-week svg g.stack")).to_have_count(expected["weeks"])
    await expect(page.locator("#chart-heatmap svg rect.cell")).to_have_count(7 * 24)
    monday_9 = page.locator('#chart-heatmap rect.cell[data-day="0"][data-hour="9"]')
    await expect(monday_9).to_have_attribute("data-count", str(expected["monday_9"]))


async def download(page: Page, link_id: str, folder: Path) -> list[list[str]]:
    async with page.expect_download() as info:
        await page.locator(f"#{link_id}").click()
    downloaded = await info.value
    target = folder / downloaded.suggested_filename
    await downloaded.save_as(target)
    return list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))


def test_the_hand_computed_figures_match_the_table():
    """The expectations above are worked out by hand; this keeps them honest against the table."""
    assert len(FIXED) == ALL["total"]
    channels = Counter(row.channel for row in FIXED)
    assert (channels["chat"], channels["phone"]) == (ALL["chats"], ALL["phone"])
    assert len({row.categories[0] for row in FIXED}) == ALL["categories"]
    assert len({row.outcome for row in FIXED}) == ALL["outcomes"]
    assert sum(row.handled_by == "bot" for row in FIXED) == int(ALL["bot"].split()[0])
    groups = {(row.start[1], row.channel, row.categories[0]) for row in FIXED}
    assert len(groups) == ALL["aggregate_month_rows"]
    phone = [row for row in FIXED if row.channel == "phone"]
    assert len({(r.start[1], r.categories[0]) for r in phone}) == PHONE["aggregate_month_rows"]


async def test_reports_show_charts_and_figures_filters_and_downloads(live_server, page, tmp_path):
    await seed(live_server)
    await add_worker(live_server, "ali", "admin")
    await log_in(page, live_server, "ali", f"/staff/reports?{PERIOD}")

    await check_figures(page, ALL)
    await expect(page.locator("#kpi-bot")).to_have_text(ALL["bot"])
    await expect(page.locator("#kpi-staff")).to_have_text(ALL["staff"])
    await expect(page.locator("#kpi-safety")).to_have_text(str(ALL["safety"]))
    await expect(page.locator("#chart-outcomes svg rect.bar")).to_have_count(ALL["outcomes"])
    await expect(page.locator('#chart-categories rect.bar[data-code="sleep"]')).to_have_attribute(
        "data-value", "4"
    )
    await expect(page.locator('#chart-outcomes rect.bar[data-code="answered_by_staff"]')).to_have_attribute(
        "data-value", "6"
    )
    wednesday_10 = page.locator('#chart-heatmap rect.cell[data-day="2"][data-hour="10"]')
    await expect(wednesday_10).to_have_attribute("data-count", str(ALL["wednesday_10"]))
    await expect(page.locator('#chart-volume-month g.stack[data-period="2026-01"]')).to_have_attribute(
        "data-total", "8"
    )
    await expect(page.locator('#chart-volume-week g.stack[data-period="2026-W02"]')).to_have_attribute(
        "data-total", "5"
    )
    await expect(page.locator("#unmet-summary")).to_have_text(
        "3 van 12 vragen (25%) konden niet worden beantwoord met passend aanbod."
    )
    # Rows 1 and 2 got a thumb up, row 3 a thumb down.
    await expect(page.locator("#satisfaction-summary")).to_have_text(
        "3 chats kregen na afloop een duim. 66,7% daarvan was een duim omhoog."
    )
    await expect(page.locator('#chart-satisfaction rect.bar[data-code="up"]')).to_have_attribute(
        "data-value", "2"
    )
    await expect(page.locator("#corrections-summary")).to_have_text(
        "Bij 2 van de 3 bekeken vragen (66,7%) hield de medewerker de categorie van Wegwijs."
    )
    await expect(page.locator("#table-confusions tbody tr")).to_have_text(
        ["School en leren" + "Pesten" + "1"]
    )
    # Every chart is an image with a text alternative and a table with its numbers.
    charts = page.locator("#reports svg")
    assert await charts.count() >= 10
    for index in range(await charts.count()):
        chart = charts.nth(index)
        assert await chart.get_attribute("role") == "img"
        assert (await chart.get_attribute("aria-label") or "").strip()
    outcome_rows = page.locator("#chart-outcomes table tbody tr")
    await expect(outcome_rows.first).to_have_text("Beantwoord door medewerker" + "6" + "50%")
    assert await axe_violations(page) == []

    # Both CSV downloads, unfiltered.
    rows = await download(page, "download-contacts", tmp_path)
    assert tuple(rows[0]) == EXPORT_COLUMNS and len(rows) - 1 == ALL["contacts_csv"]
    rows = await download(page, "download-month", tmp_path)
    assert tuple(rows[0]) == AGGREGATE_COLUMNS and len(rows) - 1 == ALL["aggregate_month_rows"]
    assert sum(int(r[AGGREGATE_COLUMNS.index("contacts")]) for r in rows[1:]) == ALL["total"]

    # A filter: only the phone. The URL keeps it, the figures and the downloads follow it.
    await page.get_by_label("Kanaal", exact=True).select_option("phone")
    await page.get_by_role("button", name="Toon").click()
    await expect(page).to_have_url(
        f"{live_server.url}/staff/reports?{PERIOD}&channel=phone&municipality=&role="
    )
    await check_figures(page, PHONE)
    await expect(page.get_by_label("Kanaal", exact=True)).to_have_value("phone")
    rows = await download(page, "download-contacts", tmp_path)
    assert len(rows) - 1 == PHONE["contacts_csv"] and {r[1] for r in rows[1:]} == {"phone"}
    rows = await download(page, "download-month", tmp_path)
    assert len(rows) - 1 == PHONE["aggregate_month_rows"]

    # A shorter period: January only.
    await page.get_by_label("Tot en met", exact=True).fill("2026-01-31")
    await page.get_by_label("Kanaal", exact=True).select_option("")
    await page.get_by_role("button", name="Toon").click()
    await reports_loaded(page)
    await expect(page.locator("#kpi-total")).to_have_text("8")
    await expect(page.locator("#chart-volume-month svg g.stack")).to_have_count(1)

    # A filter that makes no sense gets a Dutch message, not a chart.
    await page.get_by_label("Van", exact=True).fill("2026-03-01")
    await page.get_by_role("button", name="Toon").click()
    await expect(page.locator("#report-alert")).to_have_text("De einddatum ligt vóór de begindatum.")
    await expect(page.locator("#reports")).to_be_hidden()

    # The downloads are in the audit log, which the admin reads in the console.
    await page.get_by_role("link", name="Logboek").click()
    await expect(page.locator("#audit-table")).to_have_attribute("data-loaded", "yes")
    exports = page.locator('#audit-rows tr[data-action="export_contacts"]')
    await expect(exports).to_have_count(2)
    await expect(exports.first).to_contain_text("Contacten gedownload (CSV)")
    await expect(exports.first).to_contain_text("kanaal Telefoon")
    await expect(page.locator('#audit-rows tr[data-action="export_aggregate"]')).to_have_count(2)
    assert await axe_violations(page) == []


async def test_quick_registration_with_the_keyboard_alone_lands_in_the_reports(live_server, page):
    await add_worker(live_server, "mila", "manager")
    await log_in(page, live_server, "mila", "/staff/register")
    summary = page.get_by_label("Korte samenvatting van de vraag")
    await expect(summary).to_be_focused()
    await expect(page.get_by_label("Kanaal", exact=True)).to_have_value("phone")

    # 1: a phone call. Type, see the suggestion, Enter.
    started = time.monotonic()
    await page.keyboard.type("moeder belt: zoon van 6 plast nog in bed")
    await expect(page.locator("#reg-suggested-category")).to_have_text("Zindelijkheid en bedplassen")
    await expect(page.get_by_label("Hoofdcategorie")).to_have_value("toilet")
    await page.keyboard.press("Tab")  # to the category: the suggestion is preselected
    await page.keyboard.press("Tab")  # the outcome
    await page.keyboard.press("Tab")  # the minutes
    await page.keyboard.type("5")
    await page.keyboard.press("Enter")
    notice = page.locator("#register-notice")
    await expect(notice).to_have_text("Geregistreerd: Zindelijkheid en bedplassen (telefoon).")
    assert time.monotonic() - started < 15
    # Ready for the next one: empty, focused, same channel.
    await expect(summary).to_have_value("")
    await expect(summary).to_be_focused()
    await expect(page.get_by_label("Tijd in minuten")).to_have_value("")
    await expect(page.get_by_label("Kanaal", exact=True)).to_have_value("phone")

    # 2: an e-mail, where the worker corrects Wegwijs's category, again with keys only.
    started = time.monotonic()
    await page.keyboard.press("Shift+Tab")
    await page.keyboard.press("ArrowDown")  # Telefoon -> E-mail
    await expect(page.get_by_label("Kanaal", exact=True)).to_have_value("email")
    await page.keyboard.press("Tab")
    await page.keyboard.type("dochter wordt gepest in de klas")
    await expect(page.locator("#reg-suggested-category")).to_have_text("Pesten")
    await page.keyboard.press("Tab")
    await page.keyboard.type("Schoo")  # type-ahead in the category list: "School en leren"
    await expect(page.get_by_label("Hoofdcategorie")).to_have_value("school")
    await page.keyboard.press("Enter")
    await expect(notice).to_have_text("Geregistreerd: School en leren (e-mail).")
    assert time.monotonic() - started < 15
    await expect(page.locator("#recent li")).to_have_count(2)
    await expect(page.locator("#recent li").first).to_contain_text("(Wegwijs stelde Pesten voor)")
    await expect(page.get_by_label("Kanaal", exact=True)).to_have_value("email")
    assert await axe_violations(page) == []

    # A wrong entry gets a Dutch message at the field, and nothing is stored.
    await page.keyboard.type("xyz")
    await page.keyboard.press("Enter")
    await expect(page.locator("#register-alert")).to_have_text("Niet opgeslagen: kies een hoofdcategorie.")
    await expect(page.get_by_label("Hoofdcategorie")).to_be_focused()
    await expect(page.get_by_label("Hoofdcategorie")).to_have_attribute("aria-invalid", "true")
    assert await axe_violations(page) == []

    # The channel is remembered in this browser for the next visit.
    await page.reload()
    await expect(page.get_by_label("Kanaal", exact=True)).to_have_value("email")

    # Both count in the reports, and the corrected one in the agreement between Wegwijs and workers.
    await page.get_by_role("link", name="Rapportages").click()
    await reports_loaded(page)
    await expect(page.locator("#kpi-total")).to_have_text("2")
    await expect(page.locator("#kpi-phone")).to_have_text("1")
    await expect(page.locator("#kpi-staff")).to_have_text("2 (100%)")
    await expect(page.locator("#chart-categories rect.bar")).to_have_count(2)
    await expect(page.locator("#corrections-summary")).to_have_text(
        "Bij 1 van de 2 bekeken vragen (50%) hield de medewerker de categorie van Wegwijs."
    )
    await expect(page.locator("#table-confusions tbody tr")).to_have_text(
        ["Pesten" + "School en leren" + "1"]
    )
