"""Who is asking, across turns: the bot remembers role, age and municipality, and asks the child's age
at most once, only when the answer depends on it, never before a safety reply."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.dialogue import Dialogue, Turn
from bot.storage.store import ConversationSnapshot
from knowledge.articles import load_articles
from knowledge.socialmap import load_directory
from tests.conftest import make_settings

BEHAVIOUR = "mijn kind is heel druk en kan niet stilzitten, wat kan ik doen?"
ASK_AGE = "Dan kan ik je beter helpen. Hoe oud is je kind ongeveer?"


@pytest.fixture(scope="module")
def dialogue() -> Dialogue:
    return Dialogue(make_settings("sqlite+aiosqlite://"), load_articles(), load_directory())


def fresh() -> ConversationSnapshot:
    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    return ConversationSnapshot(
        id="c_test",
        channel="chat",
        state="bot",
        step="start",
        lang="nl",
        urgency="none",
        last_seq=1,
        created_at=now,
        last_activity_at=now,
        idle_warned=False,
    )


def after(conversation: ConversationSnapshot, turn: Turn) -> ConversationSnapshot:
    return replace(conversation, step=turn.step, context=turn.context, lang=turn.lang, urgency=turn.urgency)


def texts(turn: Turn) -> list[str]:
    return [reply.text for reply in turn.replies]


def answered_article(dialogue: Dialogue, turn: Turn):
    answer = next(reply for reply in turn.replies if reply.kind == "answer")
    article_id = answer.links[0]["url"].removeprefix("/kennisbank/")
    return dialogue.articles.get(article_id)


def test_unknown_age_is_asked_once_with_the_bands_and_rather_not(dialogue):
    turn = dialogue.respond(fresh(), BEHAVIOUR)
    assert texts(turn) == [ASK_AGE]
    assert turn.replies[0].quick_replies == ["0-3", "4-11", "12-17", "18-23", "Liever niet"]
    assert turn.step == "ask_age"


def test_the_chosen_band_picks_the_article_for_that_age_and_is_remembered(dialogue):
    asked = after(fresh(), dialogue.respond(fresh(), BEHAVIOUR))
    turn = dialogue.respond(asked, "12-17")
    article = answered_article(dialogue, turn)
    assert article.category == "behaviour" and "12-17" in article.age_bands
    assert turn.context["age_band"] == "12-17"
    assert turn.step == "await_feedback"


def test_rather_not_is_respected_and_never_asked_again(dialogue):
    asked = after(fresh(), dialogue.respond(fresh(), BEHAVIOUR))
    declined = dialogue.respond(asked, "Liever niet")
    assert answered_article(dialogue, declined).category == "behaviour"
    assert "age_band" not in declined.context
    later = dialogue.respond(after(asked, declined), "ik heb nog een vraag: " + BEHAVIOUR)
    assert ASK_AGE not in texts(later)
    assert any(reply.kind == "answer" for reply in later.replies)


def test_a_typed_reply_instead_of_a_button_still_gets_the_answer(dialogue):
    asked = after(fresh(), dialogue.respond(fresh(), BEHAVIOUR))
    turn = dialogue.respond(asked, "ze is 4")
    assert answered_article(dialogue, turn).category == "behaviour"
    assert turn.context["age_band"] == "4-11"


def test_an_age_in_the_question_means_no_age_question(dialogue):
    turn = dialogue.respond(fresh(), "mijn zoon van 8 is heel druk en kan niet stilzitten")
    assert ASK_AGE not in texts(turn)
    assert turn.context["age_band"] == "4-11" and turn.context["role"] == "parent"
    assert "4-11" in answered_article(dialogue, turn).age_bands


def test_no_question_when_the_answer_does_not_depend_on_age(dialogue):
    # Every sleep article is written for the same ages: asking would only slow the parent down.
    turn = dialogue.respond(fresh(), "mijn kind slaapt heel slecht, hoe krijg ik haar aan het doorslapen?")
    assert ASK_AGE not in texts(turn)
    assert answered_article(dialogue, turn).category == "sleep"


def test_safety_comes_first_and_is_never_delayed_by_an_age_question(dialogue):
    turn = dialogue.respond(fresh(), "ik ben bang dat mijn vriend mijn kind slaat")
    assert turn.replies[0].kind == "safety"
    assert ASK_AGE not in texts(turn)
    assert turn.handoff


def test_what_was_learned_stays_across_turns(dialogue):
    first = dialogue.respond(fresh(), "Wij wonen in Schalkwijk. Mijn dochter van 6 wil niet slapen.")
    assert first.context["municipality"] == "Haarlem"
    assert first.context["age_band"] == "4-11"
    second = dialogue.respond(after(fresh(), first), "En ze is ook heel druk, wat kan ik doen?")
    assert second.context["municipality"] == "Haarlem"
    assert second.context["age_band"] == "4-11"
    assert ASK_AGE not in texts(second)
