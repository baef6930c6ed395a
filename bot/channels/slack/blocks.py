"""Block Kit for the I&A channel: the queue message, the /wegwijs queue, the close modal. Pure functions.

Everything that comes from a parent or a worker is escaped for Slack's mrkdwn, so a message can never
mention @channel, make a link or break the layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.registration import MAX_NOTE, MAX_REFERRED_SERVICES
from knowledge.taxonomy import BY_CODE, CATEGORIES
from registry.records import REFERRING_OUTCOMES
from registry.vocab import LABELS_NL, OUTCOMES, TIMEZONE, UNMET_REASONS

# action ids and the modal's callback id: the contract between these blocks and the handlers.
TAKEOVER = "wegwijs_takeover"
HANDBACK = "wegwijs_handback"
CLOSE = "wegwijs_close"
OPEN_CONSOLE = "wegwijs_open_console"
CLOSE_VIEW = "wegwijs_close_view"
CATEGORY_BLOCK = "category"
OUTCOME_BLOCK = "outcome"
SERVICES_BLOCK = "services"
UNMET_BLOCK = "unmet_need"
REASON_BLOCK = "unmet_reason"
NOTE_BLOCK = "note"
# Where the modal shows the error of each field of the close (bot.registration.parse_review).
CLOSE_FIELD_BLOCKS = {
    "categories": CATEGORY_BLOCK,
    "outcome": OUTCOME_BLOCK,
    "referred_services": SERVICES_BLOCK,
    "unmet_need": UNMET_BLOCK,
    "unmet_reason": REASON_BLOCK,
    "note": NOTE_BLOCK,
}
UNMET_YES = "yes"
# Slack's limits: a select holds at most 100 options.
MAX_OPTIONS = 100

OUTCOME_LABELS = {
    "answered_by_bot": "Beantwoord door de bot",
    "answered_by_staff": "Beantwoord door een medewerker",
    "referred": "Doorverwezen",
    "became_case": "Casus geworden",
    "callback_requested": "Terugbelverzoek",
    "abandoned": "Afgebroken",
    "safety_escalated": "Veiligheid: opgeschaald",
}

LANGUAGES = {"nl": "Nederlands", "en": "Engels"}
STATE_LINES = {
    "waiting": ":hourglass_flowing_sand: Wacht op een medewerker",
    "bot": ":robot_face: Teruggegeven aan de bot",
    "closed": ":white_check_mark: Gesloten",
}


def escape(text: str) -> str:
    """Slack's own escaping for mrkdwn: only &, < and > have to go."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What Slack sends in a message event is escaped the same way; the parent gets plain text."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def category_label(code: str) -> str:
    category = BY_CODE.get(code)
    return category.label_nl if category else code


def urgency_marker(urgency: str) -> str:
    if urgency in ("urgent", "emergency"):
        return ":rotating_light: *SPOED*"
    if urgency == "attention":
        return ":warning: Let op"
    return "Geen spoed"


def _local(moment: datetime) -> str:
    return moment.astimezone(TIMEZONE).strftime("%d-%m %H:%M")


def _button(text: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": text},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def console_url(public_url: str, conversation_id: str) -> str:
    return f"{public_url}/staff/conversations/{conversation_id}"


def conversation_message(
    *,
    conversation_id: str,
    category: str,
    urgency: str,
    lang: str,
    waiting_since: datetime,
    first_question: str,
    state: str,
    owner: str | None,
    public_url: str,
) -> tuple[str, list[dict[str, Any]]]:
    """The one message a conversation gets in the channel, in its current state: (fallback text, blocks)."""
    label = category_label(category)
    marker = urgency_marker(urgency)
    headline = f"{marker} · *{escape(label)}* · {LANGUAGES.get(lang, escape(lang))}"
    if state == "human":
        state_line = f":speech_balloon: Overgenomen door {escape(owner or '?')}"
    else:
        state_line = STATE_LINES.get(state, escape(state))
    details = f"Wacht sinds {_local(waiting_since)} · {state_line}"
    question = escape(first_question) if first_question else "_(nog geen vraag)_"
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": headline}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": details}]},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"> {question}"}},
    ]
    buttons: list[dict[str, Any]] = []
    if state in ("waiting", "bot"):
        buttons.append(_button("Overnemen", TAKEOVER, conversation_id, "primary"))
    if state == "human":
        buttons.append(_button("Teruggeven aan bot", HANDBACK, conversation_id))
    if state in ("human", "bot"):
        buttons.append(_button("Afsluiten", CLOSE, conversation_id, "danger"))
    open_button = _button("Open in console", OPEN_CONSOLE, conversation_id)
    open_button["url"] = console_url(public_url, conversation_id)
    buttons.append(open_button)
    blocks.append({"type": "actions", "block_id": "conversation", "elements": buttons})
    spoed = "SPOED: " if urgency in ("urgent", "emergency") else ""
    fallback = f"{spoed}{label} ({lang}): {state_line}"
    return fallback, blocks


def _contact_requests_block(open_requests: int, public_url: str) -> list[dict[str, Any]]:
    if not open_requests:
        return []
    # Only the number: phone numbers and e-mail addresses stay in the console, out of Slack.
    what = (
        "1 open terugbel- of mailverzoek"
        if open_requests == 1
        else f"{open_requests} open terugbel- of mailverzoeken"
    )
    text = f":telephone_receiver: {what} · <{public_url}/staff|open de console>"
    return [{"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}]


def queue_blocks(
    entries: list[Any], public_url: str, open_requests: int = 0
) -> tuple[str, list[dict[str, Any]]]:
    """The answer to /wegwijs: who waits and who is with whom, safety first (engine.queue order)."""
    if not entries:
        return "Er wacht niemand.", [
            {"type": "section", "text": {"type": "mrkdwn", "text": "Er wacht niemand. :tada:"}},
            *_contact_requests_block(open_requests, public_url),
        ]
    lines = []
    for entry in entries:
        minutes = entry.waiting_seconds // 60
        who = f"bij {escape(entry.owner)}" if entry.owner else "wacht"
        url = console_url(public_url, entry.id)
        lines.append(
            f"{urgency_marker(entry.urgency)} · {escape(category_label(entry.category))} · "
            f"{escape(entry.lang)} · {who} · {minutes} min · <{url}|open>"
        )
    waiting = sum(1 for e in entries if e.state == "waiting")
    header = f"*Wachtrij:* {waiting} wachtend, {len(entries) - waiting} in gesprek"
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": header}}]
    # A section holds at most 3000 characters: a few lines per block.
    for start in range(0, len(lines), 10):
        chunk = "\n".join(lines[start : start + 10])
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
    blocks.extend(_contact_requests_block(open_requests, public_url))
    return header.replace("*", ""), blocks


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": text[:75]}, "value": value}


def _input(
    block_id: str, label: str, element: dict[str, Any], *, optional: bool = False, hint: str | None = None
) -> dict[str, Any]:
    block: dict[str, Any] = {
        "type": "input",
        "block_id": block_id,
        "label": {"type": "plain_text", "text": label},
        "element": {**element, "action_id": block_id},
    }
    if optional:
        block["optional"] = True
    if hint:
        block["hint"] = {"type": "plain_text", "text": hint}
    return block


def close_modal(
    conversation_id: str,
    categories: list[str],
    services: Sequence[tuple[str, str]] = (),
    shown: Sequence[str] = (),
) -> dict[str, Any]:
    """Confirm or correct the category (one or more taxonomy codes), choose the outcome, and optionally
    the services referred to (``services``: (id, name) of the sociale kaart; those the bot ``shown``
    first and already chosen), an unmet need with its reason and a short note."""
    category_options = [option(c.label_nl, c.code) for c in CATEGORIES]
    initial = [o for o in category_options if o["value"] in categories]
    category_select: dict[str, Any] = {
        "type": "multi_static_select",
        "placeholder": {"type": "plain_text", "text": "Kies een of meer onderwerpen"},
        "options": category_options,
    }
    if initial:
        category_select["initial_options"] = initial
    outcome_options = [option(OUTCOME_LABELS.get(o, o), o) for o in OUTCOMES]
    names = dict(services)
    ordered = [i for i in shown if i in names] + sorted(
        (i for i in names if i not in shown), key=lambda i: names[i].casefold()
    )
    service_options = [option(names[i], i) for i in ordered[:MAX_OPTIONS]]
    service_select: dict[str, Any] = {
        "type": "multi_static_select",
        "placeholder": {"type": "plain_text", "text": "Kies diensten uit de sociale kaart"},
        "options": service_options,
        "max_selected_items": MAX_REFERRED_SERVICES,
    }
    preselected = [o for o in service_options if o["value"] in shown][:MAX_REFERRED_SERVICES]
    if preselected:
        service_select["initial_options"] = preselected
    reason_options = [option(LABELS_NL["unmet_reason"][r], r) for r in UNMET_REASONS]
    blocks = [
        _input(CATEGORY_BLOCK, "Onderwerp (klopt het?)", category_select),
        _input(
            OUTCOME_BLOCK,
            "Uitkomst",
            {
                "type": "static_select",
                "options": outcome_options,
                "initial_option": option(OUTCOME_LABELS["answered_by_staff"], "answered_by_staff"),
            },
        ),
    ]
    if service_options:
        hint = "Alleen bij de uitkomst Doorverwezen of Veiligheid."
        if preselected:
            hint = "Wegwijs liet deze diensten zien. " + hint
        blocks.append(_input(SERVICES_BLOCK, "Doorverwezen naar", service_select, optional=True, hint=hint))
    blocks += [
        _input(
            UNMET_BLOCK,
            "Niet aan de vraag voldaan?",
            {"type": "checkboxes", "options": [option("Niet aan de vraag voldaan", UNMET_YES)]},
            optional=True,
        ),
        _input(
            REASON_BLOCK,
            "Reden",
            {
                "type": "static_select",
                "placeholder": {"type": "plain_text", "text": "Kies een reden"},
                "options": reason_options,
            },
            optional=True,
            hint="Alleen als er niet aan de vraag voldaan kon worden.",
        ),
        _input(
            NOTE_BLOCK,
            "Notitie voor de registratie",
            {"type": "plain_text_input", "multiline": True, "max_length": MAX_NOTE},
            optional=True,
            hint=f"Kort, hoogstens {MAX_NOTE} tekens. Namen, telefoonnummers en adressen haalt "
            "Wegwijs eruit.",
        ),
    ]
    return {
        "type": "modal",
        "callback_id": CLOSE_VIEW,
        "private_metadata": conversation_id,
        "title": {"type": "plain_text", "text": "Gesprek afsluiten"},
        "submit": {"type": "plain_text", "text": "Afsluiten"},
        "close": {"type": "plain_text", "text": "Annuleren"},
        "blocks": blocks,
    }


def _values(view: dict[str, Any], block_id: str) -> dict[str, Any] | None:
    return view.get("state", {}).get("values", {}).get(block_id, {}).get(block_id)


def _preselected_services(view: dict[str, Any]) -> list[str]:
    for block in view.get("blocks") or []:
        if block.get("block_id") == SERVICES_BLOCK:
            return [str(o.get("value", "")) for o in block.get("element", {}).get("initial_options", [])]
    return []


def close_choices(view: dict[str, Any]) -> dict[str, Any]:
    """The choices of a submitted close modal, in the shape of the close API's body (missing ones come
    back empty; the engine checks them).

    The services the bot showed are chosen in advance. Left as they were with an outcome that is no
    referral, they are not a referral at all, so they are not sent (a worker's own change is, and is
    refused next to the field)."""
    category = _values(view, CATEGORY_BLOCK) or {}
    selected = category.get("selected_options") or []
    if not selected and category.get("selected_option"):
        selected = [category["selected_option"]]
    outcome = ((_values(view, OUTCOME_BLOCK) or {}).get("selected_option") or {}).get("value")
    unmet = (_values(view, UNMET_BLOCK) or {}).get("selected_options") or []
    reason = (_values(view, REASON_BLOCK) or {}).get("selected_option") or {}
    choices: dict[str, Any] = {
        "categories": [str(o.get("value", "")) for o in selected],
        "outcome": outcome,
        "unmet_need": any(o.get("value") == UNMET_YES for o in unmet),
        "unmet_reason": reason.get("value"),
        "note": (_values(view, NOTE_BLOCK) or {}).get("value"),
    }
    services = _values(view, SERVICES_BLOCK)
    if services is not None:
        chosen = [str(o.get("value", "")) for o in services.get("selected_options") or []]
        untouched = sorted(chosen) == sorted(_preselected_services(view))
        if outcome in REFERRING_OUTCOMES or not untouched:
            choices["referred_services"] = chosen
    return choices
