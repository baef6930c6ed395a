"""Block Kit for the I&A channel: the queue message, the /wegwijs queue, the close modal. Pure functions.

Everything that comes from a parent or a worker is escaped for Slack's mrkdwn, so a message can never
mention @channel, make a link or break the layout.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from knowledge.taxonomy import BY_CODE, CATEGORIES
from registry.vocab import OUTCOMES, TIMEZONE

# action ids and the modal's callback id: the contract between these blocks and the handlers.
TAKEOVER = "wegwijs_takeover"
HANDBACK = "wegwijs_handback"
CLOSE = "wegwijs_close"
OPEN_CONSOLE = "wegwijs_open_console"
CLOSE_VIEW = "wegwijs_close_view"
CATEGORY_BLOCK = "category"
OUTCOME_BLOCK = "outcome"

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


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": text[:75]}, "value": value}


def close_modal(conversation_id: str, categories: list[str]) -> dict[str, Any]:
    """Confirm or correct the category (one or more taxonomy codes) and choose the outcome."""
    category_options = [_option(c.label_nl, c.code) for c in CATEGORIES]
    initial = [o for o in category_options if o["value"] in categories]
    category_select: dict[str, Any] = {
        "type": "multi_static_select",
        "action_id": CATEGORY_BLOCK,
        "placeholder": {"type": "plain_text", "text": "Kies een of meer onderwerpen"},
        "options": category_options,
    }
    if initial:
        category_select["initial_options"] = initial
    outcome_options = [_option(OUTCOME_LABELS.get(o, o), o) for o in OUTCOMES]
    return {
        "type": "modal",
        "callback_id": CLOSE_VIEW,
        "private_metadata": conversation_id,
        "title": {"type": "plain_text", "text": "Gesprek afsluiten"},
        "submit": {"type": "plain_text", "text": "Afsluiten"},
        "close": {"type": "plain_text", "text": "Annuleren"},
        "blocks": [
            {
                "type": "input",
                "block_id": CATEGORY_BLOCK,
                "label": {"type": "plain_text", "text": "Onderwerp (klopt het?)"},
                "element": category_select,
            },
            {
                "type": "input",
                "block_id": OUTCOME_BLOCK,
                "label": {"type": "plain_text", "text": "Uitkomst"},
                "element": {
                    "type": "static_select",
                    "action_id": OUTCOME_BLOCK,
                    "options": outcome_options,
                    "initial_option": _option(OUTCOME_LABELS["answered_by_staff"], "answered_by_staff"),
                },
            },
        ],
    }


def close_choices(view: dict[str, Any]) -> tuple[list[str], str | None]:
    """The categories and outcome chosen in a submitted close modal (missing ones come back empty)."""
    values = view.get("state", {}).get("values", {})
    category = values.get(CATEGORY_BLOCK, {}).get(CATEGORY_BLOCK, {})
    selected = category.get("selected_options") or []
    if not selected and category.get("selected_option"):
        selected = [category["selected_option"]]
    categories = [str(o.get("value", "")) for o in selected]
    outcome = values.get(OUTCOME_BLOCK, {}).get(OUTCOME_BLOCK, {}).get("selected_option") or {}
    return categories, outcome.get("value")
