"""Safety triage: real signals always raise urgency; figures of speech and negations never do."""

import pytest

from intents import route

URGENT_SAFETY = [
    "mijn vriend slaat me als hij gedronken heeft",
    "mn vader heeft mn moeder gisteren weer geslagen",
    "ik denk dat de buurjongen thuis mishandeld wordt",
    "mijn dochter vertelde dat haar oom aan haar heeft gezeten, ze is aangerand",
    "de kinderen van mijn zus worden verwaarloosd, ze krijgen dagen geen eten",
    "mijn ex dreigt de kinderen mee te nemen en mij te vermoorden",
    "my husband hits me when the kids are asleep",
    "my stepfather abused me when I was little",
]
URGENT_LOW_MOOD = [
    "mijn dochter van 14 zegt dat ze niet meer wil leven",
    "mijn zoon heeft het over zelfmoord",
    "ik ontdekte dat mijn dochter zichzelf snijdt",
    "hij wil er een einde aan maken zegt hij",
    "I want to kill myself",
    "my son is cutting himself",
]
EMERGENCY = [
    ("hij staat nu met een mes in de keuken", "safety"),
    ("ik ga nu een einde aan mijn leven maken", "low_mood"),
    ("help hij slaat me nu", "safety"),
    ("he is hurting me now", "safety"),
    ("mijn dochter heeft net een hele strip pillen geslikt", "low_mood"),
]
HARD_NEGATIVES = [
    "ik schrok me dood toen hij van de trap viel",
    "mijn zoon speelt een game waarin je mensen neerschiet, is dat erg?",
    "het verjaardagsfeestje was moordgezellig",
    "hij slaat nooit, maar hij schreeuwt wel veel",
    "ik ben doodmoe van het slechte slapen van de baby",
    "ik ga dood van het lachen om haar grapjes",
    "hij leert op tennis de bal hard slaan",
    "mag mijn zoon van 10 een mes om brood te snijden gebruiken?",
    "mijn man slaat mij niet, maar we hebben veel ruzie",
    "ik maak me geen zorgen, ik wil alleen informatie over zindelijkheid",
]


@pytest.mark.parametrize("text", URGENT_SAFETY)
def test_urgent_safety(text: str) -> None:
    result = route(text)
    assert result.urgency == "urgent", result.explanation
    assert result.category == "safety"
    assert result.intent == "question"
    assert any(note.startswith("urgent:") for note in result.explanation)


@pytest.mark.parametrize("text", URGENT_LOW_MOOD)
def test_urgent_low_mood(text: str) -> None:
    result = route(text)
    assert result.urgency == "urgent", result.explanation
    assert result.category == "low_mood"


@pytest.mark.parametrize(("text", "code"), EMERGENCY)
def test_emergency(text: str, code: str) -> None:
    result = route(text)
    assert result.urgency == "emergency", result.explanation
    assert result.category == code
    assert result.confidence >= 0.9


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_do_not_trigger(text: str) -> None:
    result = route(text)
    assert result.urgency in ("none", "attention"), result.explanation
    assert result.category not in ("safety", "low_mood")


@pytest.mark.parametrize(
    "text",
    [
        "ik maak me grote zorgen om mijn zoon",
        "mijn dochter huilt elke dag na school",
        "we weten het echt niet meer wat we moeten doen met hem",
    ],
)
def test_attention(text: str) -> None:
    assert route(text).urgency == "attention"


def test_toddler_hitting_is_behaviour_not_abuse() -> None:
    result = route("mijn peuter slaat me steeds in mijn gezicht")
    assert result.urgency == "none"
    assert result.category == "behaviour"


def test_safety_wins_over_thanks() -> None:
    result = route("bedankt, maar mijn man slaat me nog steeds")
    assert result.intent == "question"
    assert result.urgency == "urgent"


def test_safety_explanation_names_the_phrase() -> None:
    notes = route("mijn man slaat mij").explanation
    assert any("slaat mij" in note and "(violence)" in note for note in notes)
