"""Parents who write in Turkish, Arabic, Polish or Ukrainian: a short message in their language that
offers a person, the CJG's number and an interpreter on the phone; the safety reply in their language
when it is urgent, first, before anything else."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.dialogue import Dialogue
from bot.presence import Staffing
from bot.registration import contact_record
from knowledge.articles import load_articles
from knowledge.socialmap import load_directory
from tests.conftest import make_settings
from tests.test_dialogue_profile import after, fresh

# Per language: a question, an urgent message, the "yes" button and the word for interpreter.
LANGUAGES = [
    pytest.param(
        "tr",
        "Merhaba, oğlum okulda zorbalığa uğruyor",
        "Kocam beni ve çocukları dövüyor, çok korkuyorum",
        "Evet",
        "tercüman",
        id="turkish",
    ),
    pytest.param(
        "ar",
        "ابني يتعرض للتنمر في المدرسة",
        "زوجي يضربني ويضرب الأطفال",
        "نعم",
        "مترجم",
        id="arabic",
    ),
    pytest.param(
        "pl",
        "Mój syn jest prześladowany w szkole",
        "Mąż mnie bije i dzieci też, boję się",
        "Tak",
        "tłumacza",
        id="polish",
    ),
    pytest.param(
        "uk",
        "Мого сина цькують у школі",
        "Чоловік б'є мене і дітей, мені страшно",
        "Так",
        "перекладача",
        id="ukrainian",
    ),
]
DUTCH = re.compile(r"\b(je|het|een|bel|wij|jouw|medewerker)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def dialogue() -> Dialogue:
    return Dialogue(make_settings("sqlite+aiosqlite://"), load_articles(), load_directory())


@pytest.mark.parametrize(("lang", "question", "urgent", "yes", "interpreter"), LANGUAGES)
def test_a_question_gets_a_person_the_number_and_an_interpreter_in_that_language(
    dialogue, lang, question, urgent, yes, interpreter
):
    turn = dialogue.respond(fresh(), question)
    [reply] = turn.replies
    assert dialogue.settings.cjg_phone in reply.text
    assert interpreter in reply.text
    assert not DUTCH.search(reply.text)
    assert reply.quick_replies == [yes]
    assert turn.step == "offered_person"

    handed = dialogue.respond(after(fresh(), turn), yes)
    assert handed.handoff
    record = contact_record(after(after(fresh(), turn), handed), fresh().created_at)
    assert record is not None and record.lang == lang


# A one-word greeting in Latin script ("Merhaba", "Dzień dobry") is read as Dutch by the router in a
# Dutch conversation (intents/language.py: the hint wins on short text); in its own script it is clear.
@pytest.mark.parametrize(
    ("lang", "greeting", "interpreter"), [("ar", "مرحبا", "مترجم"), ("uk", "Привіт", "перекладача")]
)
def test_a_greeting_alone_gets_the_same_message(dialogue, lang, greeting, interpreter):
    turn = dialogue.respond(fresh(), greeting)
    [reply] = turn.replies
    assert interpreter in reply.text and dialogue.settings.cjg_phone in reply.text
    assert turn.context["foreign_lang"] == lang


@pytest.mark.parametrize(("lang", "question", "urgent", "yes", "interpreter"), LANGUAGES)
def test_an_urgent_message_gets_the_safety_reply_in_that_language_first(
    dialogue, lang, question, urgent, yes, interpreter
):
    turn = dialogue.respond(fresh(), urgent)
    safety = turn.replies[0]
    assert safety.kind == "safety"
    for number in ("112", "0800-2000", "0800-0113", "0800-0432"):
        assert number in safety.text
    assert interpreter in safety.text
    assert not DUTCH.search(safety.text)
    assert turn.handoff


@pytest.mark.parametrize(("lang", "question", "urgent", "yes", "interpreter"), LANGUAGES)
def test_with_nobody_online_the_safety_reply_keeps_the_interpreter_but_promises_no_person(
    dialogue, lang, question, urgent, yes, interpreter
):
    staffed = dialogue.respond(fresh(), urgent).replies[0].text
    turn = dialogue.respond(fresh(), urgent, Staffing(available=False, online=0))
    safety = turn.replies[0]
    assert safety.kind == "safety"
    assert interpreter in safety.text and "0800-2000" in safety.text
    # The last line of the staffed reply promises a person right now; nobody is there to keep it.
    promise = staffed.rsplit("\n", 1)[1]
    assert promise not in safety.text


def test_dutch_and_english_greetings_are_still_answered_in_dutch_and_english(dialogue):
    assert dialogue.respond(fresh(), "hoi").replies[0].text == "Hoi! Wat is je vraag?"
    english = dialogue.respond(replace(fresh(), lang="en"), "hi")
    assert english.replies[0].text == "Hi! What is your question?"
