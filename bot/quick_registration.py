"""Quick registration of a single question by a worker (phone, walk-in, e-mail, school): the checks, the
router's suggestion and the registry record, shared by the console form (``/staff/register``) and
Slack's ``/vraag`` modal, so both refuse the same things with the same Dutch messages.

The worker's summary is stored, de-identified, as the record's ``first_question``: it is what a manager
reads when reviewing categories, the same as the first question of a chat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot import privacy
from bot.engine import ConversationEngine, utcnow
from bot.registration import REVIEW_ERRORS, unmet_need_errors
from bot.storage.staff import StaffAccount
from intents import route
from intents.route import urgency_rank
from knowledge.taxonomy import BY_CODE
from registry.records import ContactRecord, InvalidRecord
from registry.vocab import (
    AGE_BANDS,
    CHANNELS,
    FOUND_VIA,
    OUTCOMES,
    REPEAT_CONTACT,
    ROLES,
    UNKNOWN,
    municipalities,
    municipality_code,
)

# Chats are registered when they close; everything else a worker registers here.
REGISTER_CHANNELS = tuple(c for c in CHANNELS if c != "chat")
# Only Wegwijs itself answers as the bot.
REGISTER_OUTCOMES = tuple(o for o in OUTCOMES if o != "answered_by_bot")
MAX_SUMMARY = 500
MAX_HANDLING_MINUTES = 600
FIELD_ERRORS = {
    "channel": "Kies een kanaal: telefoon, e-mail, inloop, op school of anders.",
    "chat": "Chats worden vanzelf geregistreerd. Kies een ander kanaal.",
    "summary": f"De samenvatting mag hoogstens {MAX_SUMMARY} tekens lang zijn.",
    "role": "Kies wie de vraag stelt.",
    "age_band": "Kies de leeftijd van het kind.",
    "municipality": "Kies een gemeente uit de lijst.",
    "categories": "Kies minstens één categorie uit de lijst.",
    "outcome": "Kies een uitkomst.",
    "unmet_reason": REVIEW_ERRORS["unmet_reason"],
    "handling_minutes": f"Vul de tijd in hele minuten in (0 tot {MAX_HANDLING_MINUTES}), of laat het leeg.",
    "repeat_contact": "Kies ja, nee of onbekend bij 'Eerder contact'.",
    "found_via": "Kies uit de lijst hoe ze het CJG vonden.",
}
NOT_STORED = "Niet opgeslagen: de registratie klopt niet. Controleer het formulier en probeer het opnieuw."


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the router makes of a worker's summary; ``category`` is None when it recognised nothing."""

    category: str | None
    categories: list[str]
    urgency: str
    role: str | None = None
    age_band: str | None = None
    municipality: str | None = None


def _known(value: object, allowed: tuple[str, ...]) -> str | None:
    return value if isinstance(value, str) and value in allowed and value != UNKNOWN else None


def suggest(text: str) -> Suggestion:
    """The router on a summary. "Overig" is no suggestion: the worker then chooses without a hint.
    Role, age band and municipality come along once the Route carries them (the profile work)."""
    found = route(text, lang="nl")
    useful = [c for c in found.categories if c in BY_CODE and c != "other"]
    main = found.category if found.category in BY_CODE and found.category != "other" else None
    if main is not None:
        useful = [main, *(c for c in useful if c != main)]
    municipality = municipality_code(getattr(found, "municipality", None))
    return Suggestion(
        category=main,
        categories=useful[:3] if main else [],
        urgency=found.urgency,
        role=_known(getattr(found, "role", None), ROLES),
        age_band=_known(getattr(found, "age_band", None), AGE_BANDS),
        municipality=None if municipality == UNKNOWN else municipality,
    )


# -- registering a contact ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Registration:
    channel: str
    summary: str
    role: str
    age_band: str
    municipality: str
    categories: list[str]
    outcome: str
    unmet_need: bool
    unmet_reason: str | None
    handling_minutes: int | None
    repeat_contact: str
    found_via: str | None


def parse_registration(body: dict[str, Any]) -> tuple[Registration | None, dict[str, str]]:
    """The form's JSON, checked field by field; the errors are Dutch and name the field."""
    errors: dict[str, str] = {}

    def choice(name: str, allowed: tuple[str, ...], default: str | None = None) -> str | None:
        value = body.get(name, default)
        if value in (None, "") and default is not None:
            value = default
        if not isinstance(value, str) or value not in allowed:
            errors[name] = FIELD_ERRORS[name]
            return None
        return value

    channel = body.get("channel")
    if channel == "chat":
        errors["channel"] = FIELD_ERRORS["chat"]
    else:
        channel = choice("channel", REGISTER_CHANNELS)
    summary = body.get("summary") or ""
    if not isinstance(summary, str) or len(summary) > MAX_SUMMARY:
        errors["summary"] = FIELD_ERRORS["summary"]
        summary = ""
    role = choice("role", ROLES, UNKNOWN)
    age_band = choice("age_band", AGE_BANDS, UNKNOWN)
    municipality = choice("municipality", (*municipalities(), UNKNOWN), UNKNOWN)
    outcome = choice("outcome", REGISTER_OUTCOMES)
    repeat_contact = choice("repeat_contact", REPEAT_CONTACT, UNKNOWN)
    found_via = body.get("found_via") or None
    if found_via is not None and found_via not in FOUND_VIA:
        errors["found_via"] = FIELD_ERRORS["found_via"]

    categories = body.get("categories")
    if (
        not isinstance(categories, list)
        or not categories
        or not all(isinstance(c, str) and c in BY_CODE for c in categories)
    ):
        errors["categories"] = FIELD_ERRORS["categories"]
        categories = []
    # The main category first; a category ticked twice (main and extra) counts once.
    categories = list(dict.fromkeys(categories))

    unmet_need = body.get("unmet_need", False)
    unmet_reason = body.get("unmet_reason") or None
    errors.update(unmet_need_errors(unmet_need, unmet_reason))

    minutes = body.get("handling_minutes")
    if minutes in (None, ""):
        minutes = None
    elif isinstance(minutes, str) and minutes.strip().isdigit():
        minutes = int(minutes.strip())
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_HANDLING_MINUTES
    ):
        errors["handling_minutes"] = FIELD_ERRORS["handling_minutes"]

    if errors:
        return None, errors
    return (
        Registration(
            channel=str(channel),
            summary=summary.strip(),
            role=str(role),
            age_band=str(age_band),
            municipality=str(municipality),
            categories=categories,
            outcome=str(outcome),
            unmet_need=bool(unmet_need),
            unmet_reason=unmet_reason if unmet_need else None,
            handling_minutes=minutes,
            repeat_contact=str(repeat_contact),
            found_via=found_via,
        ),
        {},
    )


def registration_record(registration: Registration, account: StaffAccount, now: datetime) -> ContactRecord:
    """The registry record of a registration. The router's category for the summary is kept as
    ``bot_category``: a worker who chose another one has corrected Wegwijs (the corrections report).

    The urgency is the router's for the summary, raised to "urgent" when the worker escalated for
    safety, so the safety report counts the contact with a safety urgency."""
    suggestion = suggest(registration.summary) if registration.summary else None
    urgency = suggestion.urgency if suggestion else "none"
    if registration.outcome == "safety_escalated" and urgency_rank(urgency) < urgency_rank("urgent"):
        urgency = "urgent"
    seconds = None if registration.handling_minutes is None else registration.handling_minutes * 60
    return ContactRecord(
        channel=registration.channel,
        started_at=now - timedelta(seconds=seconds or 0),
        ended_at=now,
        lang="nl",
        categories=registration.categories,
        urgency=urgency,
        outcome=registration.outcome,
        role=registration.role,
        age_band=registration.age_band,
        municipality=registration.municipality,
        handling_seconds=seconds,
        handled_by=account.pseudonym,
        unmet_need=registration.unmet_need,
        unmet_reason=registration.unmet_reason,
        repeat_contact=registration.repeat_contact,
        found_via=registration.found_via,
        first_question=registration.summary or None,
        bot_category=suggestion.category if suggestion else None,
    )


async def register(
    engine: ConversationEngine, registration: Registration, account: StaffAccount
) -> ContactRecord | None:
    """De-identify (in the service's worker process: deduce never stalls the event loop), check and
    store the registration's record; None when the registry refuses it."""
    record = await privacy.deidentified(registration_record(registration, account, utcnow()))
    try:
        await engine.register_contact(record)
    except InvalidRecord:
        return None
    return record
