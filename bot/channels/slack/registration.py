"""Quick registration from Slack: ``/vraag <korte samenvatting>`` opens a modal, pre-filled by the router
the same way as the console's registration form, and stores one anonymous contact record.

The modal's fields carry the same names as the console form's JSON, so one validation
(``parse_registration``) serves both, and its Dutch errors land next to the field that caused them.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.channels.slack.blocks import category_label, escape, option
from bot.channels.slack.bridge import SlackBridge, say
from bot.quick_registration import (
    MAX_HANDLING_MINUTES,
    MAX_SUMMARY,
    NOT_STORED,
    REGISTER_CHANNELS,
    REGISTER_OUTCOMES,
    Suggestion,
    parse_registration,
    register,
    suggest,
)
from knowledge.taxonomy import CATEGORIES
from registry import ContactRecord
from registry.vocab import AGE_BANDS, LABELS_NL, REPEAT_CONTACT, ROLES, UNKNOWN, UNMET_REASONS, municipalities

log = logging.getLogger(__name__)

COMMAND = "/vraag"
VIEW = "wegwijs_register_view"
# Block ids, named after the registration's fields.
CHANNEL, SUMMARY, CATEGORY, EXTRA, OUTCOME = "channel", "summary", "category", "extra", "outcome"
ROLE, AGE_BAND, MUNICIPALITY, UNMET, MINUTES, REPEAT = (
    "role",
    "age_band",
    "municipality",
    "unmet_reason",
    "handling_minutes",
    "repeat_contact",
)
# Where a field error of the shared validation is shown.
ERROR_BLOCKS = {"categories": CATEGORY, "unmet_need": UNMET}


def _select(
    block_id: str,
    label: str,
    choices: list[tuple[str, str]],
    initial: str | None = None,
    *,
    optional: bool = False,
) -> dict[str, Any]:
    options = [option(text, value) for value, text in choices]
    element: dict[str, Any] = {"type": "static_select", "action_id": block_id, "options": options}
    chosen = next((o for o in options if o["value"] == initial), None)
    if chosen is not None:
        element["initial_option"] = chosen
    return {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": {"type": "plain_text", "text": label},
        "element": element,
    }


def _labelled(kind: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(code, LABELS_NL[kind][code]) for code in codes]


def modal(summary: str, suggestion: Suggestion | None) -> dict[str, Any]:
    """The registration form as a Slack modal, with the router's suggestion chosen where it has one."""
    categories = [(c.code, c.label_nl) for c in CATEGORIES]
    main = suggestion.category if suggestion else None
    extra_element: dict[str, Any] = {
        "type": "multi_static_select",
        "action_id": EXTRA,
        "placeholder": {"type": "plain_text", "text": "Kies als de vraag ook hierover ging"},
        "options": [option(text, value) for value, text in categories],
    }
    summary_element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": SUMMARY,
        "multiline": True,
        "max_length": MAX_SUMMARY,
    }
    if summary:
        summary_element["initial_value"] = summary[:MAX_SUMMARY]
    hint = (
        f"Wegwijs stelt voor: *{escape(category_label(main))}*. Klopt het niet? Kies een andere categorie."
        if main
        else "Wegwijs herkent geen categorie in de samenvatting. Kies er zelf een."
    )
    blocks: list[dict[str, Any]] = [
        _select(CHANNEL, "Kanaal", _labelled("channel", REGISTER_CHANNELS), "phone"),
        {
            "type": "input",
            "block_id": SUMMARY,
            "optional": True,
            "label": {"type": "plain_text", "text": "Korte samenvatting (zonder namen)"},
            "element": summary_element,
        },
        {"type": "context", "elements": [{"type": "mrkdwn", "text": hint}]},
    ]
    if suggestion and suggestion.urgency in ("urgent", "emergency"):
        warning = (
            ":rotating_light: Mogelijk een veiligheidssignaal. Volg de meldcode en overleg met een collega."
        )
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": warning}})
    blocks += [
        _select(CATEGORY, "Categorie", categories, main),
        {
            "type": "input",
            "block_id": EXTRA,
            "optional": True,
            "label": {"type": "plain_text", "text": "Ook over"},
            "element": extra_element,
        },
        _select(OUTCOME, "Uitkomst", _labelled("outcome", REGISTER_OUTCOMES), "answered_by_staff"),
        _select(ROLE, "Wie vraagt", _labelled("role", ROLES), (suggestion and suggestion.role) or UNKNOWN),
        _select(
            AGE_BAND,
            "Leeftijd kind",
            _labelled("age_band", AGE_BANDS),
            (suggestion and suggestion.age_band) or UNKNOWN,
        ),
        _select(
            MUNICIPALITY,
            "Gemeente",
            [(m, m) for m in municipalities()] + [(UNKNOWN, "Onbekend")],
            (suggestion and suggestion.municipality) or UNKNOWN,
        ),
        _select(
            UNMET,
            "Niet aan de vraag kunnen voldoen? Waarom",
            _labelled("unmet_reason", UNMET_REASONS),
            optional=True,
        ),
        {
            "type": "input",
            "block_id": MINUTES,
            "optional": True,
            "label": {"type": "plain_text", "text": "Tijd (minuten)"},
            "element": {
                "type": "number_input",
                "action_id": MINUTES,
                "is_decimal_allowed": False,
                "min_value": "0",
                "max_value": str(MAX_HANDLING_MINUTES),
            },
        },
        _select(REPEAT, "Eerder contact", _labelled("repeat_contact", REPEAT_CONTACT), UNKNOWN),
    ]
    return {
        "type": "modal",
        "callback_id": VIEW,
        "title": {"type": "plain_text", "text": "Vraag registreren"},
        "submit": {"type": "plain_text", "text": "Registreren"},
        "close": {"type": "plain_text", "text": "Annuleren"},
        "blocks": blocks,
    }


def form_values(view: dict[str, Any]) -> dict[str, Any]:
    """A submitted modal as the registration form's JSON (what ``parse_registration`` reads)."""
    values = view.get("state", {}).get("values", {})

    def field(block_id: str) -> dict[str, Any]:
        return values.get(block_id, {}).get(block_id, {}) or {}

    def chosen(block_id: str) -> str | None:
        return (field(block_id).get("selected_option") or {}).get("value")

    main = chosen(CATEGORY)
    extra = [str(o.get("value", "")) for o in field(EXTRA).get("selected_options") or []]
    unmet_reason = chosen(UNMET)
    return {
        "channel": chosen(CHANNEL),
        "summary": field(SUMMARY).get("value") or "",
        "categories": [main, *extra] if main else extra,
        "outcome": chosen(OUTCOME),
        "role": chosen(ROLE),
        "age_band": chosen(AGE_BAND),
        "municipality": chosen(MUNICIPALITY),
        "unmet_need": unmet_reason is not None,
        "unmet_reason": unmet_reason,
        "handling_minutes": field(MINUTES).get("value"),
        "repeat_contact": chosen(REPEAT),
    }


def slack_errors(errors: dict[str, str]) -> dict[str, str]:
    """The shared validation's field errors, keyed by the modal's block ids."""
    return {ERROR_BLOCKS.get(name, name): message for name, message in errors.items()}


def registered_view(record: ContactRecord) -> dict[str, Any]:
    """What the modal turns into once the contact is stored."""
    labels = ", ".join(category_label(c) for c in record.categories)
    channel = LABELS_NL["channel"][record.channel]
    corrected = record.bot_category is not None and record.bot_category != record.categories[0]
    lines = [f":white_check_mark: Geregistreerd: *{escape(labels)}* ({escape(channel)})."]
    if corrected:
        lines.append(
            f"Wegwijs dacht aan {escape(category_label(record.bot_category or ''))}; "
            "jouw keuze telt en helpt Wegwijs beter te worden."
        )
    return {
        "type": "modal",
        "callback_id": f"{VIEW}_done",
        "title": {"type": "plain_text", "text": "Vraag registreren"},
        "close": {"type": "plain_text", "text": "Sluiten"},
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}}],
    }


class QuickRegistration:
    """The /vraag command and its modal, on the bridge's bolt app and linked staff accounts."""

    def __init__(self, bridge: SlackBridge) -> None:
        self.bridge = bridge
        bridge.bolt.command(COMMAND)(self._on_command)
        bridge.bolt.view(VIEW)(self._on_submit)

    async def _on_command(self, ack: Any, command: dict[str, Any]) -> None:
        account = await self.bridge.account(str(command.get("user_id", "")))
        if account is None:
            await ack(text=say("not_linked"))
            return
        await ack()
        # Routed in memory only: the summary is not logged, and stored only de-identified.
        summary = str(command.get("text", "")).strip()[:MAX_SUMMARY]
        view = modal(summary, suggest(summary) if summary else None)
        await self.bridge.calls.call("views.open", trigger_id=command.get("trigger_id", ""), view=view)

    async def _on_submit(self, ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
        account = await self.bridge.account(str(body.get("user", {}).get("id", "")))
        if account is None:
            await ack(response_action="errors", errors={CHANNEL: say("not_linked")})
            return
        registration, errors = parse_registration(form_values(view))
        if registration is None:
            await ack(response_action="errors", errors=slack_errors(errors))
            return
        record = await register(self.bridge.engine, registration, account)
        if record is None:
            log.warning("slack: a quick registration was refused by the registry")
            await ack(response_action="errors", errors={CATEGORY: NOT_STORED})
            return
        await ack(response_action="update", view=registered_view(record))
