"""Quick registration from Slack (issue 4.3): ``/vraag <samenvatting>`` opens a modal pre-filled by the
router; submitting it stores one de-identified contact that counts in the same reports as chats. Through
the real slack-bolt code against the fake Slack Web API, with signed requests."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.channels.slack import registration as form
from registry.database import create_engine
from registry.store import iter_export_rows
from tests.slack.conftest import ANNA, STRANGER

SUMMARY = "Moeder van Sanne de Vries (06-12345678) belt: dochter van 4 plast nog elke nacht in bed"


async def contacts(server) -> list[dict[str, Any]]:
    database = create_engine(server.settings.database_url)
    try:
        async with async_sessionmaker(database)() as session:
            return [row async for row in iter_export_rows(session)]
    finally:
        await database.dispose()


def chosen(view: dict[str, Any]) -> dict[str, Any]:
    """The state Slack submits for a modal nobody changed: every initial value as chosen."""
    values: dict[str, Any] = {}
    for block in view["blocks"]:
        element = block.get("element")
        if block.get("type") != "input" or element is None:
            continue
        state: dict[str, Any] = {}
        if "initial_option" in element:
            state["selected_option"] = element["initial_option"]
        if element["type"] == "multi_static_select":
            state["selected_options"] = element.get("initial_options", [])
        if element["type"] in ("plain_text_input", "number_input"):
            state["value"] = element.get("initial_value")
        values[block["block_id"]] = {block["block_id"]: state}
    return values


def pick(values: dict[str, Any], block_id: str, value: str | None) -> dict[str, Any]:
    option = None if value is None else {"value": value}
    return {**values, block_id: {block_id: {"selected_option": option}}}


async def open_modal(slack, fake_slack, summary: str) -> dict[str, Any]:
    status, body = await slack.command(ANNA, summary, name="/vraag")
    assert status == 200 and not body  # acknowledged without a message of its own
    opened = await fake_slack.wait_for("views.open", lambda p: p["view"]["callback_id"] == form.VIEW)
    assert opened["trigger_id"] == f"trigger-{ANNA}"
    return opened["view"]


def initial(view: dict[str, Any], block_id: str) -> str | None:
    block = next(b for b in view["blocks"] if b.get("block_id") == block_id)
    return (block["element"].get("initial_option") or {}).get("value")


async def test_vraag_opens_a_prefilled_modal_and_registers_a_deidentified_contact(
    slack, slack_server, fake_slack
):
    view = await open_modal(slack, fake_slack, SUMMARY)
    # The router's suggestion is chosen; the worker only confirms.
    assert initial(view, form.CATEGORY) == "toilet"
    assert initial(view, form.AGE_BAND) == "4-11"
    assert initial(view, form.CHANNEL) == "phone"
    assert initial(view, form.OUTCOME) == "answered_by_staff"
    summary_block = next(b for b in view["blocks"] if b.get("block_id") == form.SUMMARY)
    assert summary_block["element"]["initial_value"] == SUMMARY

    values = pick(chosen(view), form.UNMET, "waiting_list")
    status, body = await slack.submit(ANNA, view, values)
    answer = json.loads(body)
    assert status == 200 and answer["response_action"] == "update"
    assert "Geregistreerd" in json.dumps(answer["view"]) and "Zindelijkheid" in json.dumps(answer["view"])

    rows = await contacts(slack_server)
    assert len(rows) == 1
    row = rows[0]
    assert (row["channel"], row["categories"], row["outcome"]) == ("phone", ["toilet"], "answered_by_staff")
    assert (row["age_band"], row["unmet_reason"], row["bot_category"]) == ("4-11", "waiting_list", "toilet")
    assert row["handled_by"] != "bot"
    stored = json.dumps(row, default=str)
    for personal in ("Sanne", "Vries", "12345678"):
        assert personal not in stored
    assert "plast nog elke nacht in bed" in row["first_question"]


async def test_a_corrected_category_counts_as_a_correction_and_bad_input_keeps_the_modal_open(
    slack, slack_server, fake_slack
):
    view = await open_modal(slack, fake_slack, "vader vraagt hoeveel schermtijd goed is voor zijn zoon van 9")
    assert initial(view, form.CATEGORY) == "media"

    # Bad input (no category, minutes out of range): each error next to its field, nothing stored.
    values = pick(chosen(view), form.CATEGORY, None)
    values[form.MINUTES] = {form.MINUTES: {"value": "9999"}}
    status, body = await slack.submit(ANNA, view, values)
    answer = json.loads(body)
    assert status == 200 and answer["response_action"] == "errors"
    assert set(answer["errors"]) == {form.CATEGORY, form.MINUTES}
    assert await contacts(slack_server) == []

    values = pick(chosen(view), form.CATEGORY, "parenting")
    values[form.EXTRA] = {form.EXTRA: {"selected_options": [{"value": "media"}, {"value": "parenting"}]}}
    values[form.MINUTES] = {form.MINUTES: {"value": "7"}}
    status, body = await slack.submit(ANNA, view, values)
    assert json.loads(body)["response_action"] == "update"
    assert "Wegwijs dacht aan" in body
    [row] = await contacts(slack_server)
    # The main category first, a category chosen twice counted once; the router's kept for the report.
    assert row["categories"] == ["parenting", "media"] and row["bot_category"] == "media"
    assert row["handling_seconds"] == 420


async def test_only_linked_workers_register(slack, slack_server, fake_slack):
    status, body = await slack.command(STRANGER, "een vraag over slapen", name="/vraag")
    assert status == 200 and "niet gekoppeld" in body
    assert not [p for p in fake_slack.of("views.open") if p["view"]["callback_id"] == form.VIEW]
    view = form.modal("een vraag over slapen", None)
    status, body = await slack.submit(STRANGER, view, chosen(view))
    assert json.loads(body)["response_action"] == "errors"
    assert await contacts(slack_server) == []


def test_a_safety_summary_warns_in_the_modal():
    from bot.quick_registration import suggest

    summary = "leerkracht ziet blauwe plekken en kind zegt dat papa hem slaat"
    view = form.modal(summary, suggest(summary))
    assert "veiligheidssignaal" in json.dumps(view)
    calm = "vraag over slapen"
    assert "veiligheidssignaal" not in json.dumps(form.modal(calm, suggest(calm)))
