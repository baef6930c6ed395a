"""Intents other than a question: greeting, thanks, goodbye, human, affirm, deny, out of scope."""

import pytest

from intents import route


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Hoi!", "greeting"),
        ("hallo daar", "greeting"),
        ("Goedemorgen", "greeting"),
        ("hi", "greeting"),
        ("Bedankt!!", "thanks"),
        ("dankjewel, heel fijn", "thanks"),
        ("thx", "thanks"),
        ("doei", "goodbye"),
        ("dag!", "goodbye"),
        ("ik wil graag een mens spreken", "human"),
        ("kan ik een medewerker krijgen?", "human"),
        ("is er een echt persoon?", "human"),
        ("kan ik iemand bellen", "human"),
        ("ja", "affirm"),
        ("jazeker", "affirm"),
        ("klopt", "affirm"),
        ("yes", "affirm"),
        ("nee", "deny"),
        ("nope", "deny"),
        ("no", "deny"),
        ("nee hoor", "deny"),
        ("wat is de hoofdstad van Frankrijk", "out_of_scope"),
        ("bestel een pizza voor me", "out_of_scope"),
    ],
)
def test_intent(text: str, intent: str) -> None:
    result = route(text)
    assert result.intent == intent, result.explanation
    assert result.urgency == "none"
    assert len(result.categories) >= 3


def test_non_question_has_category_other() -> None:
    assert route("hallo").category == "other"
    assert route("hallo").articles == []


def test_greeting_with_a_question_is_a_question() -> None:
    result = route("hoi, mijn dochter van 3 wil niet op het potje")
    assert result.intent == "question"
    assert result.category == "toilet"


def test_human_request_keeps_topic() -> None:
    result = route("ik wil een medewerker spreken over de schulden van ons gezin")
    assert result.intent == "human"
    assert result.categories[0] == "money"


def test_greeting_announcing_a_question_is_a_greeting() -> None:
    assert route("hoi, ik heb een vraag").intent == "greeting"


def test_bare_call_for_help_is_a_question_for_a_person() -> None:
    result = route("help")
    assert result.intent == "question"
    assert result.confidence < 0.35


# Answers to the bot's Turkish, Arabic, Polish or Ukrainian offer of a person: yes and no, a request for a
# person and for a call-back, with the language of the conversation as the hint (bot/dialogue.py).
@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("Evet", "tr", "affirm"),
        ("Hayır", "tr", "deny"),
        ("Bir çalışanla konuşmak istiyorum", "tr", "human"),
        ("Beni arayın lütfen", "tr", "human"),
        ("Tak", "pl", "affirm"),
        ("Nie", "pl", "deny"),
        ("Chcę porozmawiać z człowiekiem", "pl", "human"),
        ("Proszę do mnie zadzwonić", "pl", "human"),
        ("Так", "uk", "affirm"),
        ("Ні", "uk", "deny"),
        ("Хочу поговорити з людиною", "uk", "human"),
        ("Передзвоніть мені, будь ласка", "uk", "human"),
        ("نعم", "ar", "affirm"),
        ("لا", "ar", "deny"),
        ("أريد التحدث مع شخص", "ar", "human"),
        ("اتصلوا بي من فضلك", "ar", "human"),
    ],
)
def test_answers_in_the_other_languages(text: str, lang: str, intent: str) -> None:
    result = route(text, lang=lang)
    assert result.intent == intent, result.explanation
    assert result.lang == lang
    assert result.urgency == "none"


@pytest.mark.parametrize(
    ("text", "lang"), [("ابني لا يتصل بي", "ar"), ("Mój syn nie chce rozmawiać z nikim", "pl")]
)
def test_a_child_who_does_not_call_or_talk_is_no_request_for_a_person(text: str, lang: str) -> None:
    assert route(text, lang=lang).intent != "human"
