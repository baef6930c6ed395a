"""Closed vocabularies of the contact record. Reports group by these codes, so they never change meaning.

Codes may be added; a code is never renamed or reused. Dutch labels are what managers see.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

CHANNELS = ("chat", "phone", "email", "walk_in", "school", "other")
ROLES = ("parent", "youth", "professional", "other", "unknown")
AGE_BANDS = ("pregnancy", "0-3", "4-11", "12-17", "18-23", "unknown")
URGENCIES = ("none", "attention", "urgent", "emergency")
OUTCOMES = (
    "answered_by_bot",
    "answered_by_staff",
    "referred",
    "became_case",
    "callback_requested",
    "abandoned",
    "safety_escalated",
)
UNMET_REASONS = ("no_service", "waiting_list", "not_eligible", "cost", "other")
REPEAT_CONTACT = ("yes", "no", "unknown")
SATISFACTION = ("up", "down")
# How they found the CJG (optional): asked by staff on the phone or at the desk.
FOUND_VIA = (
    "website",
    "search_engine",
    "social_media",
    "school",
    "consultatiebureau",
    "huisarts",
    "professional",
    "family_friends",
    "earlier_contact",
    "flyer",
    "other",
)
UNKNOWN = "unknown"
BOT = "bot"

# Days, weeks and hours in reports are those of the CJG's office, not UTC.
TIMEZONE = ZoneInfo("Europe/Amsterdam")

LABELS_NL: dict[str, dict[str, str]] = {
    "channel": {
        "chat": "Chat",
        "phone": "Telefoon",
        "email": "E-mail",
        "walk_in": "Inloop",
        "school": "Op school",
        "other": "Anders",
    },
    "role": {
        "parent": "Ouder",
        "youth": "Jongere",
        "professional": "Professional",
        "other": "Anders",
        "unknown": "Onbekend",
    },
    "age_band": {
        "pregnancy": "Zwangerschap",
        "0-3": "0-3 jaar",
        "4-11": "4-11 jaar",
        "12-17": "12-17 jaar",
        "18-23": "18-23 jaar",
        "unknown": "Onbekend",
    },
    "outcome": {
        "answered_by_bot": "Beantwoord door Wegwijs",
        "answered_by_staff": "Beantwoord door medewerker",
        "referred": "Doorverwezen",
        "became_case": "Aanmelding",
        "callback_requested": "Terugbelverzoek",
        "abandoned": "Afgebroken",
        "safety_escalated": "Veiligheid: opgeschaald",
    },
    "unmet_reason": {
        "no_service": "Geen passend aanbod",
        "waiting_list": "Wachtlijst",
        "not_eligible": "Komt niet in aanmerking",
        "cost": "Kosten",
        "other": "Anders",
    },
    "repeat_contact": {"yes": "Ja", "no": "Nee", "unknown": "Onbekend"},
    "satisfaction": {"up": "Tevreden", "down": "Niet tevreden"},
}


def municipalities() -> tuple[str, ...]:
    """The configured municipalities: those of the sociale kaart's service areas."""
    from knowledge.socialmap import DISTRICTS

    return tuple(DISTRICTS)


def municipality_code(place: str | None) -> str:
    """A configured municipality for a place or district name ("Schalkwijk" -> "Haarlem"), else unknown."""
    if not place or not isinstance(place, str):
        return UNKNOWN
    from knowledge.socialmap import municipality_of

    town = municipality_of(place)
    return town if town in municipalities() else UNKNOWN
