"""The bot's side of a conversation: given what the parent wrote, decide what the bot says next.

Pure decisions, no I/O: the engine stores and sends what this returns. The conversation's dialogue
state (``step``) and ``context`` are persisted by the engine, so a restart changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.config import Settings
from bot.storage.store import ConversationSnapshot
from bot.texts import SHORT_LANGUAGES, reply_language, text
from intents import Route, route
from intents.route import is_safety, urgency_rank
from knowledge.articles import KnowledgeBase
from knowledge.socialmap import ServiceDirectory
from knowledge.taxonomy import label

Router = Callable[..., Route]


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    kind: str | None = None
    quick_replies: list[str] | None = None
    links: list[dict] | None = None


@dataclass(slots=True)
class Turn:
    replies: list[Reply]
    step: str
    context: dict[str, Any]
    lang: str
    urgency: str
    handoff: bool = False
    close: bool = False


def _normalise_choice(value: str) -> str:
    return re.sub(r"[^\w]+", " ", value.casefold()).strip()


def article_url(article_id: str, lang: str) -> str:
    return f"/kennisbank/{article_id}" + ("?lang=en" if lang == "en" else "")


@dataclass
class Dialogue:
    settings: Settings
    articles: KnowledgeBase
    services: ServiceDirectory
    router: Router = field(default=route)

    def greeting(self, lang: str) -> Reply:
        return Reply(text("greeting", reply_language(lang), cjg=self.settings.cjg_name), kind="greeting")

    def idle_warning(self, conversation: ConversationSnapshot) -> Turn:
        minutes = round(self.settings.idle_close_minutes - self.settings.idle_warn_minutes)
        turn = Turn(
            [], conversation.step, dict(conversation.context), conversation.lang, conversation.urgency
        )
        return self._say(
            turn,
            "idle_warning",
            step=conversation.step,
            quick_replies=[text("still_here_button", reply_language(conversation.lang))],
            minutes=minutes,
        )

    def idle_closed(self, lang: str) -> Reply:
        return Reply(text("idle_closed", reply_language(lang)))

    def closed_by_parent(self, lang: str) -> Reply:
        return Reply(text("closed_by_parent", reply_language(lang)))

    def respond(self, conversation: ConversationSnapshot, message: str) -> Turn:
        """What the bot does with a parent's message while the bot owns the conversation."""
        context = dict(conversation.context)
        context["parent_messages"] = context.get("parent_messages", 0) + 1
        found = self.router(
            message, lang=conversation.lang, context={"previous_category": context.get("category")}
        )
        turn = Turn([], conversation.step, context, conversation.lang, conversation.urgency)
        if found.intent == "question":
            # Staff see why the bot chose a category; it goes with the transcript, not the registry.
            context["route"] = {
                "category": found.category,
                "confidence": found.confidence,
                "urgency": found.urgency,
                "explanation": list(found.explanation),
            }
        self._adopt_language(turn, found, message)
        self._raise_urgency(turn, found)

        if is_safety(found.urgency):
            return self._safety(turn, found)
        if found.lang in SHORT_LANGUAGES and found.intent == "question":
            return self._other_language(turn, found.lang)

        action = context.get("choices", {}).get(_normalise_choice(message))
        if action is None:
            action = self._action_from_intent(turn, found)
        context.pop("choices", None)
        if action is not None:
            return self._do(turn, action, found)
        return self._question(turn, found)

    def respond_while_waiting(self, conversation: ConversationSnapshot, message: str) -> Turn:
        """While the parent waits for a person the bot stays quiet, except for safety, and says once
        that the message is kept for the worker."""
        context = dict(conversation.context)
        context["parent_messages"] = context.get("parent_messages", 0) + 1
        found = self.router(message, lang=conversation.lang)
        turn = Turn([], conversation.step, context, conversation.lang, conversation.urgency)
        self._raise_urgency(turn, found)
        if is_safety(found.urgency) and not context.get("safety_shown"):
            context["safety_shown"] = True
            context["priority"] = True
            turn.replies.append(Reply(text("safety", self._safety_language(turn, found)), kind="safety"))
        elif not context.get("hold_shown"):
            context["hold_shown"] = True
            turn.replies.append(Reply(text("waiting_hold", reply_language(turn.lang)), kind="notice"))
        return turn

    # -- decisions -------------------------------------------------------------------------------

    def _adopt_language(self, turn: Turn, found: Route, message: str) -> None:
        # A few words are too little to switch on; a sentence in English is a clear choice.
        if found.lang in ("nl", "en") and found.lang != turn.lang and len(message.split()) >= 4:
            turn.lang = found.lang

    def _raise_urgency(self, turn: Turn, found: Route) -> None:
        if urgency_rank(found.urgency) > urgency_rank(turn.urgency):
            turn.urgency = found.urgency
        if found.intent == "question" and found.category != "other" and is_safety(found.urgency):
            turn.context["categories"] = _merge(found.categories, turn.context.get("categories", []))
            turn.context["category"] = turn.context["categories"][0]

    def _safety_language(self, turn: Turn, found: Route) -> str:
        return found.lang if found.lang in SHORT_LANGUAGES else turn.lang

    def _safety(self, turn: Turn, found: Route) -> Turn:
        turn.context["safety_shown"] = True
        turn.context["priority"] = True
        turn.replies.append(Reply(text("safety", self._safety_language(turn, found)), kind="safety"))
        return self._handoff(turn, announce=False)

    def _other_language(self, turn: Turn, lang: str) -> Turn:
        turn.context["foreign_lang"] = lang
        yes = text("other_language_yes", lang)
        turn.context["choices"] = {_normalise_choice(yes): "person_yes"}
        turn.replies.append(
            Reply(
                text("other_language", lang, phone=self.settings.cjg_phone),
                quick_replies=[yes],
                kind="notice",
            )
        )
        turn.step = "offered_person"
        return turn

    def _action_from_intent(self, turn: Turn, found: Route) -> str | None:
        step = turn.step
        if found.intent == "affirm":
            return {"await_feedback": "helped_yes", "offered_person": "person_yes"}.get(step)
        if found.intent == "deny":
            return {"await_feedback": "helped_no", "offered_person": "person_no"}.get(step)
        return {
            "greeting": "greet",
            "thanks": "thanks",
            "goodbye": "goodbye",
            "human": "person_yes",
            "out_of_scope": "out_of_scope",
        }.get(found.intent)

    def _do(self, turn: Turn, action: str, found: Route) -> Turn:
        lang = reply_language(turn.lang)
        if action.startswith("category:"):
            return self._answer(turn, action.removeprefix("category:"), found=None)
        if action == "helped_yes":
            turn.context["helped"] = True
            return self._say(turn, "glad", step="open", quick_replies=[text("end_chat", lang)])
        if action == "helped_no":
            turn.context["helped"] = False
            turn.replies.append(Reply(text("not_helped", lang)))
            return self._handoff(turn)
        if action == "person_yes":
            return self._handoff(turn)
        if action == "person_no":
            return self._say(turn, "declined_person", step="open", phone=self.settings.cjg_phone)
        if action in ("end", "goodbye"):
            turn.replies.append(Reply(text("goodbye", lang)))
            turn.close = True
            return turn
        if action in ("another", "something_else"):
            return self._say(turn, "ask_again", step="open")
        if action == "still_here":
            return self._say(turn, "still_here", step="open")
        if action == "greet":
            return self._say(turn, "greeting_reply", step="open")
        if action == "thanks":
            return self._say(turn, "thanks_reply", step="open", quick_replies=[text("end_chat", lang)])
        if action == "out_of_scope":
            return self._say(turn, "out_of_scope", step="open")
        raise ValueError(f"unknown dialogue action {action!r}")

    def _question(self, turn: Turn, found: Route) -> Turn:
        context = turn.context
        if found.category != "other" and found.confidence >= self.settings.answer_confidence:
            context["low_confidence"] = 0
            return self._answer(turn, found.category, found=found)
        options = [c for c in found.categories if c != "other"][:3]
        if found.confidence >= self.settings.clarify_confidence and len(options) >= 2:
            return self._clarify(turn, options)
        context["low_confidence"] = context.get("low_confidence", 0) + 1
        if context["low_confidence"] >= 2:
            return self._offer_person(turn, "not_understood_twice")
        return self._say(turn, "not_understood", step="open")

    def _answer(self, turn: Turn, category: str, *, found: Route | None) -> Turn:
        lang = reply_language(turn.lang)
        context = turn.context
        ranked = found.categories if found is not None else [category]
        context["categories"] = _merge([category, *ranked], context.get("categories", []))
        context["category"] = context["categories"][0]
        context["questions"] = context.get("questions", 0) + 1

        article = self._article_for(category, found)
        if article is None:
            turn.replies.append(Reply(text("no_article", lang)))
            return self._offer_person(turn, None)
        article_text = article.text(lang)
        turn.replies.append(
            Reply(
                article_text.summary,
                kind="answer",
                links=[
                    {
                        "title": text("read_more", lang, title=article_text.title),
                        "url": article_url(article.id, lang),
                    }
                ],
            )
        )
        context["answered"] = True
        context.setdefault("articles_shown", []).append(article.id)

        services = self._services_for(category, found, context)
        if services:
            lines = [text("services_intro", lang)]
            links = []
            for service in services:
                line = f"• {service.name}"
                if service.phone:
                    line += f": {service.phone}"
                if service.example:
                    line += " " + text("example_entry", lang)
                lines.append(line)
                if service.url:
                    links.append({"title": service.name, "url": service.url})
            turn.replies.append(Reply("\n".join(lines), kind="services", links=links or None))
            shown = context.setdefault("services_shown", [])
            shown.extend(s.id for s in services if s.id not in shown)

        turn.context["choices"] = {
            _normalise_choice(text("yes", lang)): "helped_yes",
            _normalise_choice(text("no", lang)): "helped_no",
        }
        turn.replies.append(Reply(text("helped", lang), quick_replies=[text("yes", lang), text("no", lang)]))
        turn.step = "await_feedback"
        return turn

    def _article_for(self, category: str, found: Route | None):
        if found is not None:
            for article_id in found.articles:
                article = self.articles.get(article_id)
                if article is not None and (article.category == category or category in article.related):
                    return article
        candidates = self.articles.for_category(category)
        return candidates[0] if candidates else None

    def _services_for(self, category: str, found: Route | None, context: dict[str, Any]):
        if found is not None and found.category == category and found.services:
            picked = [s for s in (self.services.get(i) for i in found.services) if s is not None]
            return picked[:3]
        return self.services.search(
            [category], municipality=context.get("municipality"), age_band=context.get("age_band"), limit=3
        )

    def _clarify(self, turn: Turn, options: list[str]) -> Turn:
        lang = reply_language(turn.lang)
        labels = [label(code, lang) for code in options]
        something_else = text("something_else", lang)
        turn.context["choices"] = {
            _normalise_choice(lab): f"category:{c}" for lab, c in zip(labels, options, strict=True)
        }
        turn.context["choices"][_normalise_choice(something_else)] = "something_else"
        turn.replies.append(Reply(text("clarify", lang), quick_replies=[*labels, something_else]))
        turn.step = "clarify"
        return turn

    def _offer_person(self, turn: Turn, key: str | None) -> Turn:
        lang = reply_language(turn.lang)
        yes, no = text("yes_please", lang), text("no_thanks", lang)
        turn.context["choices"] = {_normalise_choice(yes): "person_yes", _normalise_choice(no): "person_no"}
        if key:
            turn.replies.append(Reply(text(key, lang)))
        turn.replies.append(Reply(text("offer_person", lang), quick_replies=[yes, no]))
        turn.step = "offered_person"
        return turn

    def _handoff(self, turn: Turn, *, announce: bool = True) -> Turn:
        lang = reply_language(turn.lang)
        if announce:
            turn.replies.append(
                Reply(
                    text(
                        "handoff",
                        lang,
                        phone=self.settings.cjg_phone,
                        hours=self.settings.office_hours_text,
                        hours_en=self.settings.office_hours_text_en,
                    ),
                    kind="notice",
                )
            )
        turn.handoff = True
        turn.step = "handoff"
        return turn

    def _say(
        self, turn: Turn, key: str, *, step: str, quick_replies: list[str] | None = None, **values
    ) -> Turn:
        lang = reply_language(turn.lang)
        if quick_replies:
            turn.context["choices"] = {
                _normalise_choice(q): action
                for q, action in (
                    (text("end_chat", lang), "end"),
                    (text("still_here_button", lang), "still_here"),
                )
                if q in quick_replies
            }
        turn.replies.append(Reply(text(key, lang, **values), quick_replies=quick_replies))
        turn.step = step
        return turn


def _merge(first: list[str], then: list[str]) -> list[str]:
    merged: list[str] = []
    for code in [*first, *then]:
        if code != "other" and code not in merged:
            merged.append(code)
    return merged or ["other"]
