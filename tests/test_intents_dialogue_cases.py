"""Cases found while building the dialogue: a greeting in another language, a job title with
"medewerker", who is asking ("ik ben zijn moeder"), an introduction alone, an age that should not lower
the confidence, and a professional's procedure question."""

import pytest

from intents import route
from intents.profile import self_description
from intents.text import tokenize


@pytest.mark.parametrize(
    ("text", "hint", "lang"),
    [
        ("Merhaba", "nl", "tr"),
        ("merhaba!", "en", "tr"),
        ("Dzień dobry", "nl", "pl"),
        ("dzien dobry", "nl", "pl"),
        ("Cześć", "nl", "pl"),
        ("Teşekkürler", "nl", "tr"),
        ("Привіт", "nl", "uk"),
        ("مرحبا", "nl", "ar"),
        # Dutch or English words keep the hint.
        ("hallo", "nl", "nl"),
        ("ok", "en", "en"),
        ("dag", "pl", "pl"),
    ],
)
def test_greeting_word_decides_a_short_text_against_the_hint(text: str, hint: str, lang: str) -> None:
    result = route(text, lang=hint)
    assert result.lang == lang
    assert result.intent in ("greeting", "thanks", "goodbye", "affirm")


@pytest.mark.parametrize(
    "text",
    [
        "ik ben pedagogisch medewerker, hoe ga ik om met een kind dat bijt?",
        "wij zijn pedagogisch medewerkers op een kdv en een peuter bijt steeds",
        "als pedagogisch medewerker zie ik een kind dat niet praat",
        "de medewerker van de opvang zei dat hij andere kinderen bijt",
        "ik werk als beleidsmedewerker bij de gemeente, waar vind ik cijfers over armoede?",
        "I work as a support agent and a child in my group hits others",
    ],
)
def test_job_title_is_not_a_request_for_a_person(text: str) -> None:
    assert route(text).intent != "human"


@pytest.mark.parametrize(
    "text",
    [
        "kan ik een medewerker krijgen?",
        "ik wil graag een medewerker",
        "mag ik een medewerker spreken",
        "ik wil een medewerker spreken over de schulden van ons gezin",
        "medewerker",
        "medewerker aub",
        "ik wil een mens spreken",
        "can I talk to a real person",
    ],
)
def test_request_for_a_staff_member_is_human(text: str) -> None:
    assert route(text).intent == "human"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I am the mother", "parent"),
        ("ik ben zijn moeder", "parent"),
        ("ik ben haar vader", "parent"),
        ("ik ben de moeder", "parent"),
        ("I'm their dad", "parent"),
        ("ik ben haar juf", "professional"),
    ],
)
def test_role_with_the_or_a_possessive(text: str, role: str) -> None:
    assert route(text).role == role


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben ouder of verzorger",
        "ik ben juf op school",
        "ik ben pedagogisch medewerker",
        "I am a teacher at a primary school",
        "wij zijn pleegouders",
    ],
)
def test_an_introduction_alone_has_low_confidence(text: str) -> None:
    # Below the bot's answer threshold (0.6) with room to spare: it asks what the question is.
    assert route(text).confidence < 0.45


def test_introduction_words_do_not_outvote_the_question() -> None:
    result = route("ik ben pedagogisch medewerker, hoe ga ik om met een kind dat bijt?")
    assert result.category == "behaviour"
    assert result.role == "professional"


def test_self_description_keeps_a_condition_and_a_topic() -> None:
    # "als de school belt" is a condition, "ik ben zwanger" a topic: nothing to discount.
    assert not self_description(tokenize("als de school belt, wat zeg ik dan", sms=True).words)
    assert not self_description(tokenize("ik ben zwanger", sms=True).words)
    assert self_description(tokenize("ik ben juf op school", sms=True).words) == {
        2: "person",
        3: "person",
        4: "place",
    }
    assert route("ik ben zwanger en misselijk").category == "pregnancy"


@pytest.mark.parametrize(
    ("with_age", "without_age"),
    [
        ("hoe ga je om met driftbuien bij peuters?", "hoe ga je om met driftbuien?"),
        ("mijn kleuter heeft elke avond een woedeaanval", "mijn kind heeft elke avond een woedeaanval"),
    ],
)
def test_an_age_group_does_not_halve_the_confidence(with_age: str, without_age: str) -> None:
    aged, plain = route(with_age), route(without_age)
    assert aged.category == plain.category
    assert aged.confidence >= 0.6
    assert aged.confidence >= plain.confidence - 0.15


def test_own_age_does_not_compete_with_the_topic() -> None:
    result = route("ik ben 16 en voel me al weken somber, wat kan ik doen?")
    assert result.category == "low_mood"
    assert result.confidence >= 0.6
    assert result.role == "youth"


@pytest.mark.parametrize(
    "text",
    [
        "wat moet ik doen bij een vermoeden van kindermishandeling",
        "hoe meld ik een vermoeden van seksueel misbruik?",
        "wat moet je doen bij signalen van verwaarlozing",
        "waar kan ik een vermoeden van huiselijk geweld melden?",
    ],
)
def test_procedure_question_is_attention(text: str) -> None:
    result = route(text)
    assert result.urgency == "attention", result.explanation
    assert result.category == "safety"


@pytest.mark.parametrize(
    "text",
    [
        "ik heb een vermoeden van kindermishandeling bij een leerling, ze heeft blauwe plekken",
        "hoe meld ik dat mijn stiefvader me slaat",
        "hoe meld ik dat ik geslagen word",
        "ik vermoed dat mijn buurjongen mishandeld wordt, hoe meld ik dat",
    ],
)
def test_procedure_question_with_a_concrete_child_stays_urgent(text: str) -> None:
    assert route(text).urgency in ("urgent", "emergency"), route(text).explanation
