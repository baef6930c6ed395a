"""Parents who write in Turkish, Arabic, Polish or Ukrainian: a short message in their language that
offers a person, the CJG's number and an interpreter on the phone; the safety reply in their language
when it is urgent, first, before anything else; and every step after that in their language too: the
hand-over, the queue, the call-back or e-mail request, "did this help?", with buttons in the language."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.dialogue import Dialogue
from bot.presence import Staffing
from bot.registration import contact_record
from bot.texts import has_text, minutes_text, placeholders, safety_numbers, text, text_keys
from knowledge.articles import load_articles
from knowledge.socialmap import load_directory
from tests.conftest import connect, make_settings, open_chat
from tests.test_conversation import registry_rows, say
from tests.test_dialogue_profile import after, fresh
from tests.test_staff_api import add_staff, log_in

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


# -- every step after the first answer, in the parent's language ------------------------------------------

# Dutch words that must not turn up in a reply to someone who writes Turkish, Arabic, Polish or Ukrainian.
MORE_DUTCH = re.compile(
    r"\b(jij|het|een|bel|wij|jouw|medewerker|wachtrij|vraag|dank|niet|wil|kies|terug)\b",
    re.IGNORECASE,
)
QUESTIONS = {lang: question for lang, question, *_ in (p.values for p in LANGUAGES)}
# Per language: "no" typed, a request for a person, a request to be called back.
TYPED = {
    "tr": ("Hayır", "Bir çalışanla konuşmak istiyorum", "Beni arayın lütfen"),
    "ar": ("لا", "أريد التحدث مع شخص", "اتصلوا بي من فضلك"),
    "pl": ("Nie", "Chcę porozmawiać z człowiekiem", "Proszę do mnie zadzwonić"),
    "uk": ("Ні", "Хочу поговорити з людиною", "Передзвоніть мені, будь ласка"),
}
NOBODY = Staffing(available=False, open=True, online=0)
CLOSED = Staffing(
    available=False,
    open=False,
    online=0,
    now=datetime(2026, 11, 23, 20, 0, tzinfo=UTC),
    next_opening=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
)
SHORT = ("tr", "ar", "pl", "uk")


def in_language(turn, lang: str) -> None:
    """Every reply and every button of the turn is in ``lang``: no Dutch words, and buttons are the
    language's own labels, not the Dutch ones."""
    for reply in turn.replies:
        assert not MORE_DUTCH.search(reply.text), reply.text
        for label in reply.quick_replies or []:
            assert not MORE_DUTCH.search(label), label
    dutch_labels = {
        text(key, "nl") for key in ("call_me", "mail_me", "no_thank_you", "yes", "no", "end_chat")
    }
    for reply in turn.replies:
        assert dutch_labels.isdisjoint(reply.quick_replies or []), reply.quick_replies


def offered(dialogue, lang: str, staffing: Staffing | None = None):
    first = dialogue.respond(fresh(), QUESTIONS[lang], staffing)
    return after(fresh(), first)


@pytest.mark.parametrize("lang", SHORT)
def test_yes_hands_over_and_the_queue_and_call_back_continue_in_that_language(dialogue, lang):
    conversation = offered(dialogue, lang)
    yes = text("other_language_yes", lang)
    handed = dialogue.respond(conversation, yes)
    assert handed.handoff and handed.step == "handoff"
    in_language(handed, lang)
    [notice] = handed.replies
    assert dialogue.settings.cjg_phone in notice.text
    assert notice.quick_replies == [text("call_me", lang), text("mail_me", lang)]

    # Waiting for a person: what the parent types is kept, said in the parent's language.
    waiting = replace(after(conversation, handed), state="waiting")
    held = dialogue.respond_while_waiting(waiting, "...")
    assert [r.text for r in held.replies] == [text("waiting_hold", lang)]

    # Leaving the queue for a call-back: time, number, saved; every button in the language.
    asked = dialogue.respond_while_waiting(waiting, text("call_me", lang))
    in_language(asked, lang)
    assert asked.step == "ask_time" and asked.leave_queue
    assert asked.replies[0].quick_replies == [text(k, lang) for k in ("morning", "afternoon", "any_time")]
    when = dialogue.respond(replace(after(waiting, asked), state="bot"), text("morning", lang))
    in_language(when, lang)
    assert when.step == "ask_phone" and when.context["contact_time"] == "'s ochtends"  # staff read Dutch
    saved = dialogue.respond(after(replace(after(waiting, asked), state="bot"), when), "06 12345678")
    in_language(saved, lang)
    assert saved.contact is not None and saved.contact.value == "+31612345678"
    assert "06 **** **78" in saved.replies[0].text
    assert saved.replies[-1].quick_replies == [text("end_chat", lang)]
    ended = dialogue.respond(
        after(after(replace(after(waiting, asked), state="bot"), when), saved), text("end_chat", lang)
    )
    assert ended.close and [r.text for r in ended.replies] == [text("goodbye", lang)]


@pytest.mark.parametrize("lang", SHORT)
def test_with_nobody_online_the_call_back_or_e_mail_is_offered_in_that_language(dialogue, lang):
    conversation = offered(dialogue, lang, CLOSED)
    turn = dialogue.respond(conversation, text("other_language_yes", lang), CLOSED)
    assert not turn.handoff and turn.step == "offered_contact"
    in_language(turn, lang)
    situation, offer = turn.replies
    # When the chat opens again and the safety numbers, in the language (24.11. 9:00 in Amsterdam).
    assert "9:00" in situation.text and "112" in situation.text and "0800-0113" in situation.text
    assert offer.quick_replies == [text(k, lang) for k in ("call_me", "mail_me", "no_thank_you")]

    # "Yes" alone: which of the two?
    which = dialogue.respond(after(conversation, turn), text("yes", lang), CLOSED)
    in_language(which, lang)
    assert which.step == "offered_contact" and which.replies[0].text == text("call_or_mail", lang)

    email = dialogue.respond(after(conversation, turn), text("mail_me", lang), CLOSED)
    in_language(email, lang)
    wrong = dialogue.respond(after(after(conversation, turn), email), "geen idee", CLOSED)
    assert [r.text for r in wrong.replies] == [text("bad_email", lang)]
    saved = dialogue.respond(after(after(conversation, turn), email), "ouder@example.nl", CLOSED)
    in_language(saved, lang)
    assert saved.contact is not None and saved.contact.kind == "email"


@pytest.mark.parametrize("lang", SHORT)
def test_no_to_the_offer_is_answered_in_that_language(dialogue, lang):
    no, _, _ = TYPED[lang]
    turn = dialogue.respond(offered(dialogue, lang), no)
    in_language(turn, lang)
    assert not turn.handoff and turn.step == "open"
    assert dialogue.settings.cjg_phone in turn.replies[0].text
    assert turn.replies[0].text == text("declined_person", lang, phone=dialogue.settings.cjg_phone)


@pytest.mark.parametrize("lang", SHORT)
@pytest.mark.parametrize("which", [1, 2], ids=["person", "call_back"])
def test_a_request_for_a_person_or_a_call_back_in_that_language_hands_over(dialogue, lang, which):
    request = TYPED[lang][which]
    for conversation in (fresh(), offered(dialogue, lang)):
        turn = dialogue.respond(conversation, request)
        assert turn.handoff
        in_language(turn, lang)
        assert turn.context["reply_lang"] == lang and turn.context["foreign_lang"] == lang


@pytest.mark.parametrize(("lang", "no"), [("tr", "Hayır"), ("ar", "لا"), ("uk", "Ні")])
def test_did_this_help_follows_the_language_the_parent_answers_in(dialogue, lang, no):
    answered = dialogue.respond(fresh(), "mijn dochter van 6 plast elke nacht in bed, wat kan ik doen?")
    assert answered.step == "await_feedback"
    turn = dialogue.respond(after(fresh(), answered), no)
    assert turn.context["helped"] is False and turn.handoff
    in_language(turn, lang)
    assert turn.replies[0].text == text("not_helped", lang)


def test_an_answer_after_a_reply_in_another_language_asks_did_this_help_in_it(dialogue):
    # Asked who is asking, the parent answers in Turkish: the article stays Dutch (there is no Turkish
    # one), the question whether it helped and its buttons are Turkish.
    asked = dialogue.respond(fresh(), "wat kun je doen tegen somberheid?")
    assert asked.step == "ask_role"
    turn = dialogue.respond(after(fresh(), asked), "Hayır")
    answer, helped = (r for r in turn.replies if r.kind != "services")
    assert answer.kind == "answer" and "/kennisbank/low_mood-" in answer.links[0]["url"]
    assert helped.text == text("helped", "tr") and helped.quick_replies == ["Evet", "Hayır"]
    glad = dialogue.respond(after(after(fresh(), asked), turn), "Evet")
    assert glad.context["helped"] is True and glad.replies[0].text == text("glad", "tr")


@pytest.mark.parametrize(("lang", "question", "urgent", "yes", "interpreter"), LANGUAGES)
def test_with_nobody_online_only_the_notice_after_the_safety_reply_changes_language(
    dialogue, lang, question, urgent, yes, interpreter
):
    turn = dialogue.respond(fresh(), urgent, NOBODY)
    safety, notice = turn.replies
    # The safety reply is first and as it was: the crisis numbers in the language, no promise of a person.
    assert safety.kind == "safety" and safety.text == safety_numbers(lang)
    assert notice.kind == "notice" and not MORE_DUTCH.search(notice.text)
    assert notice.quick_replies == [text("call_me", lang), text("mail_me", lang)]
    assert turn.handoff and turn.context["foreign_lang"] == lang


def test_a_clear_dutch_question_brings_the_conversation_back_to_dutch(dialogue):
    conversation = offered(dialogue, "tr")
    turn = dialogue.respond(conversation, "mijn dochter van 6 plast elke nacht in bed, wat kan ik doen?")
    assert any(r.kind == "answer" for r in turn.replies)
    assert turn.replies[-1].text == "Heeft dit je geholpen?"
    assert "reply_lang" not in turn.context
    assert turn.context["foreign_lang"] == "tr"  # the registry still counts a Turkish-speaking contact


def test_a_short_word_in_a_turkish_conversation_is_read_as_turkish(dialogue):
    # "Tamam" (okay) is no question the bot can answer; in Turkish it offers a person again.
    turn = dialogue.respond(offered(dialogue, "tr"), "tamam")
    assert turn.step == "offered_person"
    assert turn.replies[0].text.startswith("Merhaba!")


def test_dutch_yes_to_leaving_a_question_asks_which_of_the_two(dialogue):
    asked = dialogue.respond(fresh(), "kan ik iemand spreken", NOBODY)
    assert asked.step == "offered_contact"
    turn = dialogue.respond(after(fresh(), asked), "ja", NOBODY)
    assert [r.text for r in turn.replies] == ["Wil je dat we je bellen of mailen?"]
    assert turn.replies[0].quick_replies == ["Bel mij terug", "Mail mij", "Nee, dank je"]


# -- the texts themselves -----------------------------------------------------------------------------------

# Texts of answering a question (the knowledge articles, the topic and who-is-asking questions) stay Dutch
# and English: in another language the bot offers a person instead of answering. The restart notice goes to
# every socket at shutdown, in Dutch, like the protocol's errors.
ANSWER_ONLY = {
    "greeting",
    "another_question",
    "talk_to_person",
    "something_else",
    "read_more",
    "example_entry",
    "services_intro",
    "not_understood",
    "not_understood_twice",
    "ask_age",
    "ask_age_youth",
    "ask_age_professional",
    "ask_role",
    "role_parent",
    "role_youth",
    "role_professional",
    "rather_not",
    "clarify",
    "status_reconnect",
}


def test_every_step_after_the_first_answer_has_all_four_languages_with_the_same_placeholders():
    for key in text_keys():
        if key in ANSWER_ONLY or key in ("minutes_one", "minutes_two", "minutes_few"):
            continue
        for lang in SHORT:
            assert has_text(key, lang), f"{key} has no {lang} text"
            source = "nl" if has_text(key, "nl") else "tr"
            assert placeholders(key, lang) == placeholders(key, source), (key, lang)
    for key in ANSWER_ONLY:
        assert not any(has_text(key, lang) for lang in SHORT), key


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("tr", ["1 dakika", "2 dakika", "5 dakika", "20 dakika"]),
        ("pl", ["1 minuta", "2 minuty", "5 minut", "20 minut"]),
        ("uk", ["1 хвилина", "2 хвилини", "5 хвилин", "20 хвилин"]),
        ("ar", ["دقيقة واحدة", "دقيقتان", "5 دقائق", "20 دقيقة"]),
        ("nl", ["1 minuut", "2 minuten", "5 minuten", "20 minuten"]),
    ],
)
def test_minutes_take_the_plural_of_the_language(lang, expected):
    assert [minutes_text(n, lang) for n in (1, 2, 5, 20)] == expected
    assert minutes_text(22, "uk") == "22 хвилини" and minutes_text(21, "uk") == "21 хвилина"


# -- through the real service: the queue, the worker and the widget's language switch ----------------------


async def test_the_queue_the_worker_and_the_close_speak_turkish(database_url, server_factory, http):
    server = await server_factory(make_settings(database_url))
    await add_staff(server, "anna", name="Anna")
    anna = await log_in(server, "anna")
    try:
        conversation_id, token = await open_chat(http, server)
        frames = await connect(http, server, token)
        await frames.next()  # the greeting
        await say(frames, QUESTIONS["tr"])
        handed = await say(frames, "Evet")
        assert handed[-1]["text"].startswith("Sizi CJG'den bir çalışana yönlendiriyorum.")
        waiting = await frames.until(lambda f: f["type"] == "status" and f["state"] == "waiting")
        assert waiting["text"].startswith(text("queue_front", "tr"))
        assert "5 dakika" in waiting["text"] and not MORE_DUTCH.search(waiting["text"])

        path = f"/api/staff/conversations/{conversation_id}"
        assert (await anna.post(path + "/claim"))[0] == 200
        joined = await frames.until(lambda f: f["type"] == "status" and f["state"] == "human")
        assert joined["text"] == "Şimdi CJG'den Anna ile yazışıyorsunuz."
        closing = {"categories": ["bullying"], "outcome": "answered_by_staff"}
        assert (await anna.post(path + "/close", closing))[0] == 200
        closed = await frames.until(lambda f: f["type"] == "closed")
        assert closed["text"] == text("closed_by_staff", "tr", name="Anna")
        [row] = await registry_rows(database_url)
        assert row["lang"] == "tr"
    finally:
        await anna.session.close()


async def test_choosing_english_in_the_widget_ends_the_other_language(server, http):
    _, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()
    offered = await say(frames, QUESTIONS["pl"])
    assert offered[-1]["quick_replies"] == ["Tak"]
    await frames.ws.send_json({"type": "lang", "lang": "en"})
    handed = await say(frames, "yes")
    assert handed[-1]["text"].startswith("I am passing you on to someone from the CJG.")
    assert handed[-1]["quick_replies"] == ["Call me back", "Email me"]
