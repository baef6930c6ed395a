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
from bot.contact_details import mask_contact_details, mask_email, mask_phone, parse_email, parse_phone
from bot.office_hours import OfficeHours, describe_opening
from bot.presence import Staffing
from bot.storage.store import ConversationSnapshot
from bot.texts import (
    FULL_LANGUAGES,
    SHORT_LANGUAGES,
    chat_language,
    minutes_text,
    reply_language,
    safety_numbers,
    text,
)
from intents import Route, rank_articles, route, service_question
from intents.route import is_safety, urgency_rank
from knowledge.articles import KnowledgeBase
from knowledge.socialmap import ServiceDirectory
from knowledge.taxonomy import label

Router = Callable[..., Route]

# Steps of leaving a question for a call-back or an e-mail, and the choices that start or end it.
CONTACT_STEPS = ("offered_contact", "ask_time", "ask_phone", "ask_email")
CONTACT_ACTIONS = ("contact_phone", "contact_email", "contact_no")
# What a worker sees as the preferred time of a call-back (staff read Dutch).
PREFERRED_TIMES = {"time:morning": "'s ochtends", "time:afternoon": "'s middags", "time:any": None}
MAX_PREFERRED_TIME = 100
MAX_FIRST_QUESTION = 500
# What the conversation remembers of who is asking, across turns (the registry records it too).
PROFILE_KEYS = ("role", "child_age_years", "age_band", "municipality")
# The age bands a parent can pick when the bot asks; the registry's other bands come from the text.
ASKED_AGE_BANDS = ("0-3", "4-11", "12-17", "18-23")
# The roles a person can pick when the bot asks who is asking: the knowledge base's audiences.
ASKED_ROLES = ("parent", "youth", "professional")
ROLE_BUTTONS = {"parent": "role_parent", "youth": "role_youth", "professional": "role_professional"}
# The steps of asking who is asking; while one is open, the reply answers the question that waits.
PROFILE_STEPS = ("ask_age", "ask_role")
PROFILE_ACTIONS = ("age:", "role:", "profile:")
# A typed reply this short that says the age or role answers the bot's question ("ik ben 15"), even
# when the router also reads a topic in it; a longer one is a new question.
SHORT_PROFILE_REPLY = 5
# A message in Dutch or English this long is a clear choice of that language ("Evet" or "ok" is not).
CLEAR_SWITCH_WORDS = 4


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
    # For this turn only, not persisted: whether a person can take over now (the engine knows).
    staffing: Staffing = field(default_factory=Staffing)
    # A call-back or e-mail request for the engine to store; then the parent's message is replaced
    # by ``mask`` in the transcript. ``leave_queue``: the parent left the queue for a call-back.
    contact: ContactDetails | None = None
    mask: str | None = None
    leave_queue: bool = False


@dataclass(frozen=True, slots=True)
class ContactDetails:
    kind: str  # "phone" (E.164) or "email"
    value: str
    preferred_time: str | None = None


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
    hours: OfficeHours = field(init=False)

    def __post_init__(self) -> None:
        self.hours = self.settings.opening_hours()

    def greeting(self, lang: str) -> Reply:
        return Reply(text("greeting", reply_language(lang), cjg=self.settings.cjg_name), kind="greeting")

    def idle_warning(self, conversation: ConversationSnapshot) -> Turn:
        minutes = round(self.settings.idle_close_minutes - self.settings.idle_warn_minutes)
        turn = Turn(
            [], conversation.step, dict(conversation.context), conversation.lang, conversation.urgency
        )
        lang = self._lang(turn)
        return self._say(
            turn,
            "idle_warning",
            step=conversation.step,
            quick_replies=[text("still_here_button", lang)],
            minutes=minutes_text(minutes, lang),
        )

    def respond(
        self, conversation: ConversationSnapshot, message: str, staffing: Staffing | None = None
    ) -> Turn:
        """What the bot does with a parent's message while the bot owns the conversation."""
        context = dict(conversation.context)
        context["parent_messages"] = context.get("parent_messages", 0) + 1
        asking = conversation.step in PROFILE_STEPS
        # The question that waits for the reply to "how old?" or "who is asking?"; only that reply
        # can answer it, so it is not kept past this message.
        waiting = context.pop("pending_category", None)
        pending = waiting if asking else None
        # How the question that waits for "which topic?" or "who is asking?" ranked the articles.
        ranked = context.pop("article_order", None)
        known = {key: context[key] for key in PROFILE_KEYS if context.get(key) is not None}
        previous = pending or context.get("category")
        # The language the parent last wrote in is the hint: a short "Evet" or "Tak" in a Turkish or
        # Polish conversation is read as Turkish or Polish, not as Dutch.
        found = self.router(
            message, lang=self._hint(conversation), context={"previous_category": previous, **known}
        )
        turn = Turn(
            [],
            conversation.step,
            context,
            conversation.lang,
            conversation.urgency,
            staffing=staffing or Staffing(),
        )
        collecting = conversation.step in CONTACT_STEPS
        asked_route = context.get("route")
        if (found.intent == "question" or asking) and not collecting:
            self._remember_profile(context, found)
        if found.intent == "question" and not collecting:
            # Kept for reviewing categories (issue 5): de-identified before the registry stores it
            # (bot/privacy.py), deleted with the transcript at the end of the retention period.
            context.setdefault("first_question", message[:MAX_FIRST_QUESTION])
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
        if collecting and (contact_turn := self._contact(turn, message, found, waiting=False)):
            return contact_turn
        chosen = _normalise_choice(message) in context.get("choices", {})
        if found.lang in SHORT_LANGUAGES and found.intent in ("question", "greeting") and not chosen:
            # "Merhaba" alone deserves the same: a Dutch "Hoi! Wat is je vraag?" would not be understood.
            # A button in the language ("Sohbeti bitir") is no question: it does what it says.
            return self._other_language(turn, found.lang)
        if collecting and found.intent == "affirm" and conversation.step == "offered_contact":
            # "Ja" (or "Evet") to "Wil je je vraag achterlaten?": which of the two?
            return self._call_or_mail(turn)

        action = context.get("choices", {}).get(_normalise_choice(message))
        if action is None and pending is not None and self._answers_pending(turn, found, message, pending):
            # The reply to "how old?" or "who is asking?" was typed ("ze is 4", "ik ben leerkracht",
            # "weet ik niet"): what it told is remembered above; answer the waiting question now.
            action = "profile:typed"
        if action is None:
            action = self._action_from_intent(turn, found)
        if action == "out_of_scope" and (about := service_question(message, lang=found.lang)):
            action = f"about_{about}"
        context.pop("choices", None)
        if pending is not None and action is not None and action.startswith(PROFILE_ACTIONS):
            # Staff see why the bot chose the category it answers, not what "Ik ben een jongere" scored.
            context["route"] = asked_route
        if action is not None:
            return self._do(turn, action, found, pending=pending, ranked=ranked)
        if self._lang(turn) in SHORT_LANGUAGES:
            # Questions are answered in Dutch and English only: in the parent's language the bot can
            # offer a person again, not guess at a topic.
            return self._other_language(turn, self._lang(turn))
        return self._question(turn, found, message)

    def respond_while_waiting(
        self, conversation: ConversationSnapshot, message: str, staffing: Staffing | None = None
    ) -> Turn:
        """While the parent waits for a person the bot stays quiet, except for safety and for leaving
        the question for a call-back, and says once that the message is kept for the worker."""
        context = dict(conversation.context)
        context["parent_messages"] = context.get("parent_messages", 0) + 1
        found = self.router(message, lang=self._hint(conversation))
        turn = Turn(
            [],
            conversation.step,
            context,
            conversation.lang,
            conversation.urgency,
            staffing=staffing or Staffing(),
        )
        self._follow_language(turn, found, message)
        self._raise_urgency(turn, found)
        choice = context.get("choices", {}).get(_normalise_choice(message))
        if is_safety(found.urgency) and not context.get("safety_shown"):
            context["safety_shown"] = True
            context["priority"] = True
            self._safety_replies(turn, found)
        elif choice in CONTACT_ACTIONS or turn.step in CONTACT_STEPS:
            # Safety cases keep their place in the queue (someone may come online); others leave it.
            stays = bool(context.get("priority"))
            contact_turn = self._contact(turn, message, found, waiting=stays)
            if contact_turn is not None:
                contact_turn.leave_queue = not stays
                return contact_turn
        elif not context.get("hold_shown"):
            context["hold_shown"] = True
            turn.replies.append(Reply(text("waiting_hold", self._lang(turn)), kind="notice"))
        return turn

    # -- decisions -------------------------------------------------------------------------------

    @staticmethod
    def _remember_profile(context: dict[str, Any], found: Route) -> None:
        """Keep what the parent told about who is asking; a later message may correct it."""
        for key in PROFILE_KEYS:
            value = getattr(found, key, None)
            if value is not None and value != "unknown":
                context[key] = value

    @staticmethod
    def _lang(turn: Turn) -> str:
        """The language of the bot's own texts this turn (the articles stay Dutch or English)."""
        return chat_language(turn.lang, turn.context)

    @staticmethod
    def _hint(conversation: ConversationSnapshot) -> str:
        return conversation.context.get("reply_lang") or conversation.lang

    def _adopt_language(self, turn: Turn, found: Route, message: str) -> None:
        # A few words are too little to switch on; a sentence in English is a clear choice.
        if (
            found.lang in FULL_LANGUAGES
            and found.lang != turn.lang
            and len(message.split()) >= CLEAR_SWITCH_WORDS
        ):
            turn.lang = found.lang
        self._follow_language(turn, found, message)

    @staticmethod
    def _follow_language(turn: Turn, found: Route, message: str) -> None:
        """Write in Turkish, Arabic, Polish or Ukrainian from the moment the parent does ("Hayır", "Так"),
        until they clearly write Dutch or English again (a question, or a sentence)."""
        if found.lang in SHORT_LANGUAGES:
            turn.context["reply_lang"] = found.lang
            # The registry records the other language the parent wrote in.
            turn.context["foreign_lang"] = found.lang
        elif found.intent == "question" or len(message.split()) >= CLEAR_SWITCH_WORDS:
            turn.context.pop("reply_lang", None)

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
        self._safety_replies(turn, found)
        return self._handoff(turn, announce=False)

    def _safety_replies(self, turn: Turn, found: Route) -> None:
        """The crisis numbers at once. With nobody to take over now, the bot does not promise a person:
        it says so, keeps the parent at the front of the queue, and offers a call-back."""
        language = self._safety_language(turn, found)
        if turn.staffing.available:
            turn.replies.append(Reply(text("safety", language), kind="safety"))
            return
        turn.replies.append(Reply(safety_numbers(language), kind="safety"))
        lang = self._lang(turn)
        turn.context["choices"] = self._contact_choices(lang)
        turn.replies.append(
            Reply(
                self._unavailable(turn.staffing, lang) + " " + text("unstaffed_safety", lang),
                kind="notice",
                quick_replies=[text("call_me", lang), text("mail_me", lang)],
            )
        )

    def _other_language(self, turn: Turn, lang: str) -> Turn:
        turn.context["foreign_lang"] = lang
        turn.context["reply_lang"] = lang
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

    def _do(
        self,
        turn: Turn,
        action: str,
        found: Route,
        *,
        pending: str | None = None,
        ranked: dict[str, list[str]] | None = None,
    ) -> Turn:
        lang = self._lang(turn)
        ranked = ranked or {}
        if action.startswith("category:"):
            category = action.removeprefix("category:")
            return self._answer(turn, category, found=None, article_order=ranked.get(category))
        if action.startswith(PROFILE_ACTIONS):
            kind, value = action.split(":", 1)
            if kind == "age" and value in ASKED_AGE_BANDS:
                turn.context["age_band"] = value
            if kind == "role" and value in ASKED_ROLES:
                turn.context["role"] = value
            if pending is None:
                return self._say(turn, "ask_again", step="open")
            return self._answer(turn, pending, found=None, article_order=ranked.get(pending))
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
        if action in ("out_of_scope", "about_privacy", "about_organisation"):
            values = {"days": self.settings.retention_days, "phone": self.settings.cjg_phone}
            return self._say(turn, action, step="open", **values)
        raise ValueError(f"unknown dialogue action {action!r}")

    def _confident(self, found: Route) -> bool:
        return found.category != "other" and found.confidence >= self.settings.answer_confidence

    def _question(self, turn: Turn, found: Route, message: str) -> Turn:
        context = turn.context
        if self._confident(found):
            context["low_confidence"] = 0
            asked = self._profile_question(turn, found)
            if asked is not None:
                # The answer comes after the reply: keep how this question ranked the articles.
                context["article_order"] = {found.category: list(found.articles)}
            if asked == "role":
                return self._ask_role(turn, found.category)
            if asked == "age":
                return self._ask_age(turn, found.category)
            return self._answer(turn, found.category, found=found)
        options = [c for c in found.categories if c != "other"][:3]
        if found.confidence >= self.settings.clarify_confidence and len(options) >= 2:
            # The route lists articles of its best categories only; rank each option's own for later.
            context["article_order"] = rank_articles(message, options, lang=found.lang)
            return self._clarify(turn, options)
        context["low_confidence"] = context.get("low_confidence", 0) + 1
        if context["low_confidence"] >= 2:
            # Twice not understood: the bot cannot help, a person takes over (or is asked to call back).
            context["low_confidence"] = 0
            turn.replies.append(Reply(text("not_understood_twice", self._lang(turn))))
            return self._handoff(turn)
        return self._say(
            turn,
            "not_understood",
            step="open",
            quick_replies=[text("talk_to_person", self._lang(turn))],
        )

    def _answer(
        self, turn: Turn, category: str, *, found: Route | None, article_order: list[str] | None = None
    ) -> Turn:
        # The article and its links are in Dutch or English; "did this help?" in the parent's language.
        lang = reply_language(turn.lang)
        chat = self._lang(turn)
        context = turn.context
        ranked = found.categories if found is not None else [category]
        context["categories"] = _merge([category, *ranked], context.get("categories", []))
        context["category"] = context["categories"][0]
        context["questions"] = context.get("questions", 0) + 1

        article = self._article_for(
            category, found, context.get("age_band"), context.get("role"), article_order
        )
        if article is None:
            turn.replies.append(Reply(text("no_article", chat)))
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
            _normalise_choice(text("yes", chat)): "helped_yes",
            _normalise_choice(text("no", chat)): "helped_no",
        }
        turn.replies.append(Reply(text("helped", chat), quick_replies=[text("yes", chat), text("no", chat)]))
        turn.step = "await_feedback"
        return turn

    def _answers_pending(self, turn: Turn, found: Route, message: str, pending: str) -> bool:
        """Whether a typed message is the reply to the bot's "how old?" or "who is asking?" rather
        than a new question on another topic. Anything that is not clearly a new question counts, so
        "weet ik niet" is respected like "Liever niet": the bot just answers."""
        if found.category in ("other", pending) or found.confidence < self.settings.clarify_confidence:
            return True
        told = found.role in ASKED_ROLES if turn.step == "ask_role" else found.age_band != "unknown"
        return told and len(message.split()) <= SHORT_PROFILE_REPLY

    def _profile_question(self, turn: Turn, found: Route) -> str | None:
        """ "role", "age" or None: at most one question about who is asking, and only when its answer
        changes the article. Each is asked once per conversation, never straight after the other (the
        person just answered or skipped one) and never in a conversation that had a safety reply."""
        context = turn.context
        if turn.step in PROFILE_STEPS or context.get("safety_shown"):
            return None
        category, band, role = found.category, context.get("age_band"), context.get("role")
        spread: dict[str, int] = {}
        if not context.get("role_asked") and role in (None, "unknown"):
            spread["role"] = self._spread(category, found, [(band, r) for r in ASKED_ROLES])
        if self._age_would_help(context, category):
            spread["age"] = self._spread(category, found, [(b, role) for b in ASKED_AGE_BANDS])
        kind = max(spread, key=spread.__getitem__, default=None)
        if kind is None or spread[kind] < 2:
            return None
        # On a tie the role goes first: the age question itself depends on it ("your child" or "you").
        return "role" if spread.get("role") == spread[kind] else kind

    def _spread(self, category: str, found: Route, profiles: list[tuple[str | None, str | None]]) -> int:
        """How many of the category's own articles the answers could be, over these (band, role)."""
        picks = (self._article_for(category, found, band, role) for band, role in profiles)
        return len({a.id for a in picks if a is not None and a.category == category})

    def _age_would_help(self, context: dict[str, Any], category: str) -> bool:
        """Ask the age at most once per conversation, and only when the answer depends on it: the
        category's articles are written for different ages."""
        if context.get("age_asked") or context.get("age_band") not in (None, "unknown"):
            return False
        own = [a for a in self.articles.for_category(category) if a.category == category]
        return len({frozenset(a.age_bands) for a in own}) > 1

    def _ask_age(self, turn: Turn, category: str) -> Turn:
        lang = reply_language(turn.lang)
        context = turn.context
        context["age_asked"] = True
        context["pending_category"] = category
        rather_not = text("rather_not", lang)
        context["choices"] = {_normalise_choice(band): f"age:{band}" for band in ASKED_AGE_BANDS}
        context["choices"][_normalise_choice(rather_not)] = "age:declined"
        key = {"youth": "ask_age_youth", "professional": "ask_age_professional"}.get(
            context.get("role") or "", "ask_age"
        )
        turn.replies.append(Reply(text(key, lang), quick_replies=[*ASKED_AGE_BANDS, rather_not]))
        turn.step = "ask_age"
        return turn

    def _ask_role(self, turn: Turn, category: str) -> Turn:
        lang = reply_language(turn.lang)
        context = turn.context
        context["role_asked"] = True
        context["pending_category"] = category
        buttons = {role: text(key, lang) for role, key in ROLE_BUTTONS.items()}
        rather_not = text("rather_not", lang)
        context["choices"] = {_normalise_choice(label): f"role:{role}" for role, label in buttons.items()}
        context["choices"][_normalise_choice(rather_not)] = "role:declined"
        turn.replies.append(Reply(text("ask_role", lang), quick_replies=[*buttons.values(), rather_not]))
        turn.step = "ask_role"
        return turn

    def _article_for(
        self,
        category: str,
        found: Route | None,
        band: str | None = None,
        role: str | None = None,
        ranked: list[str] | None = None,
    ):
        """The router's articles in its order (the one whose words fit the question best first; else
        the order kept from the question that waited for a reply, else the category's), those for the
        child's age first. For a known role, an article of the category itself written for that
        audience goes first; a related article on another topic never replaces one on the topic just
        for its audience."""
        candidates = []
        order = list(found.articles) if found is not None else ranked or []
        if order:
            picked = (self.articles.get(article_id) for article_id in order)
            candidates = [
                a for a in picked if a is not None and (a.category == category or category in a.related)
            ]
        if not candidates:
            candidates = self.articles.for_category(category)
        if not candidates:
            return None
        if band and band != "unknown":
            candidates = sorted(candidates, key=lambda a: bool(a.age_bands) and band not in a.age_bands)
        best = candidates[0]
        if role in ASKED_ROLES and role not in best.audience:
            for_role = [a for a in candidates if a.category == category and role in a.audience]
            if for_role:
                return for_role[0]
        return best

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
        lang = self._lang(turn)
        yes, no = text("yes_please", lang), text("no_thanks", lang)
        turn.context["choices"] = {_normalise_choice(yes): "person_yes", _normalise_choice(no): "person_no"}
        if key:
            turn.replies.append(Reply(text(key, lang)))
        turn.replies.append(Reply(text("offer_person", lang), quick_replies=[yes, no]))
        turn.step = "offered_person"
        return turn

    def _handoff(self, turn: Turn, *, announce: bool = True) -> Turn:
        lang = self._lang(turn)
        if not turn.staffing.available and not turn.context.get("priority"):
            return self._offer_contact(turn)
        if announce:
            # The way out of a long wait is there from the start: a call-back or an e-mail.
            turn.context["choices"] = self._contact_choices(lang)
            turn.replies.append(
                Reply(
                    text(
                        "handoff",
                        lang,
                        phone=self.settings.cjg_phone,
                        hours=self._hours_phrase(lang),
                    )
                    + " "
                    + text("handoff_alternative", lang),
                    kind="notice",
                    quick_replies=[text("call_me", lang), text("mail_me", lang)],
                )
            )
        turn.handoff = True
        turn.step = "handoff"
        return turn

    def _hours_phrase(self, lang: str) -> str:
        """The opening hours in a sentence of the hand-over: OFFICE_HOURS_TEXT(_EN) when set."""
        if lang == "nl":
            return self.settings.office_hours_text
        if lang == "en":
            return self.settings.office_hours_text_en
        return self.hours.phrase(lang)

    def _say(
        self, turn: Turn, key: str, *, step: str, quick_replies: list[str] | None = None, **values
    ) -> Turn:
        lang = self._lang(turn)
        if quick_replies:
            turn.context["choices"] = {
                _normalise_choice(q): action
                for q, action in (
                    (text("end_chat", lang), "end"),
                    (text("still_here_button", lang), "still_here"),
                    (text("talk_to_person", lang), "person_yes"),
                )
                if q in quick_replies
            }
        turn.replies.append(Reply(text(key, lang, **values), quick_replies=quick_replies))
        turn.step = step
        return turn

    # -- leaving the question for a call-back or an e-mail -------------------------------------------

    def _unavailable(self, staffing: Staffing, lang: str) -> str:
        if not staffing.open and staffing.next_opening is not None and staffing.now is not None:
            return text(
                "unstaffed_closed", lang, when=describe_opening(staffing.next_opening, staffing.now, lang)
            )
        return text("unstaffed_nobody", lang)

    def _contact_choices(self, lang: str, *, decline: bool = False) -> dict[str, str]:
        choices = {
            _normalise_choice(text("call_me", lang)): "contact_phone",
            _normalise_choice(text("mail_me", lang)): "contact_email",
        }
        if decline:
            choices[_normalise_choice(text("no_thank_you", lang))] = "contact_no"
        return choices

    def _offer_contact(self, turn: Turn) -> Turn:
        """Nobody can take over now (outside office hours, or no worker online): the opening hours, the
        safety numbers, and the choice to leave the question for a call-back or an e-mail."""
        lang = self._lang(turn)
        turn.context["choices"] = self._contact_choices(lang, decline=True)
        situation = self._unavailable(turn.staffing, lang) + " " + self.hours.describe(lang)
        turn.replies.append(Reply(situation + "\n" + text("safety_short", lang), kind="notice"))
        turn.replies.append(
            Reply(
                text("offer_contact", lang),
                quick_replies=[text("call_me", lang), text("mail_me", lang), text("no_thank_you", lang)],
            )
        )
        turn.step = "offered_contact"
        return turn

    def _contact(self, turn: Turn, message: str, found: Route, *, waiting: bool) -> Turn | None:
        """One step of collecting a phone number or e-mail address; None when the message is not part
        of it (a new question after the offer), so the ordinary dialogue answers it."""
        lang = self._lang(turn)
        context = turn.context
        action = context.get("choices", {}).get(_normalise_choice(message))
        if action is None and found.intent == "deny":
            action = "contact_no"
        if action == "contact_no":
            context.pop("contact_time", None)
            reply = text(
                "contact_declined", lang, phone=self.settings.cjg_phone, hours=self.hours.describe(lang)
            )
            return self._contact_finished(turn, reply, waiting=waiting)
        if action == "contact_phone":
            return self._ask_time(turn, lang)
        if action == "contact_email":
            return self._ask(
                turn, "ask_email", lang, "ask_email", [text("call_me", lang), text("no_thank_you", lang)]
            )
        step = turn.step
        if action == "still_here" and step in CONTACT_STEPS:
            return self._repeat_question(turn, lang)

        # From here the message may hold a phone number or an address: it is masked in the transcript.
        masked = mask_contact_details(message)
        if masked != message:
            turn.mask = masked
        # Whichever the parent gives, at whichever step, is taken: asked for a number, an address is fine.
        phone = parse_phone(message)
        if phone is not None:
            return self._contact_saved(turn, "phone", phone, waiting=waiting)
        email = parse_email(message)
        if email is not None:
            return self._contact_saved(turn, "email", email, waiting=waiting)
        if step == "ask_time":
            preferred = PREFERRED_TIMES.get(action or "", masked.strip()[:MAX_PREFERRED_TIME] or None)
            context["contact_time"] = preferred
            return self._ask(
                turn, "ask_phone", lang, "ask_phone", [text("mail_me", lang), text("no_thank_you", lang)]
            )
        if step == "ask_phone":
            return self._ask(
                turn, "bad_phone", lang, "ask_phone", [text("mail_me", lang), text("no_thank_you", lang)]
            )
        if step == "ask_email":
            return self._ask(
                turn, "bad_email", lang, "ask_email", [text("call_me", lang), text("no_thank_you", lang)]
            )
        turn.mask = None
        return None

    def _ask_time(self, turn: Turn, lang: str) -> Turn:
        options = {"time:morning": "morning", "time:afternoon": "afternoon", "time:any": "any_time"}
        turn.context["choices"] = {
            _normalise_choice(text(key, lang)): action for action, key in options.items()
        }
        turn.context["choices"].update(self._contact_choices(lang, decline=True))
        turn.replies.append(
            Reply(text("ask_time", lang), quick_replies=[text(k, lang) for k in options.values()])
        )
        turn.step = "ask_time"
        return turn

    def _call_or_mail(self, turn: Turn) -> Turn:
        lang = self._lang(turn)
        return self._ask(
            turn,
            "call_or_mail",
            lang,
            "offered_contact",
            [text("call_me", lang), text("mail_me", lang), text("no_thank_you", lang)],
        )

    def _ask(self, turn: Turn, key: str, lang: str, step: str, quick_replies: list[str]) -> Turn:
        turn.context["choices"] = self._contact_choices(lang, decline=True)
        turn.replies.append(Reply(text(key, lang), quick_replies=quick_replies))
        turn.step = step
        return turn

    def _repeat_question(self, turn: Turn, lang: str) -> Turn:
        if turn.step == "ask_time":
            return self._ask_time(turn, lang)
        if turn.step == "offered_contact":
            return self._offer_contact(turn)
        key = turn.step
        other = "mail_me" if key == "ask_phone" else "call_me"
        return self._ask(turn, key, lang, key, [text(other, lang), text("no_thank_you", lang)])

    def _contact_saved(self, turn: Turn, kind: str, value: str, *, waiting: bool) -> Turn:
        lang = self._lang(turn)
        turn.contact = ContactDetails(kind, value, turn.context.pop("contact_time", None))
        turn.context["contact_requested"] = True
        hours = self.hours.describe(lang)
        if kind == "phone":
            reply = text("contact_saved_phone", lang, number=mask_phone(value), hours=hours)
        else:
            reply = text("contact_saved_email", lang, address=mask_email(value), hours=hours)
        if waiting:
            reply += " " + text("contact_still_queued", lang)
        return self._contact_finished(turn, reply, waiting=waiting)

    def _contact_finished(self, turn: Turn, reply: str, *, waiting: bool) -> Turn:
        turn.context.pop("choices", None)
        turn.replies.append(Reply(reply, kind="notice"))
        if waiting:
            # Still in the queue for a person: the bot stays quiet, the widget's own end button ends it.
            turn.step = "handoff"
            return turn
        return self._say(
            turn, "anything_else", step="open", quick_replies=[text("end_chat", self._lang(turn))]
        )


def _merge(first: list[str], then: list[str]) -> list[str]:
    merged: list[str] = []
    for code in [*first, *then]:
        if code != "other" and code not in merged:
            merged.append(code)
    return merged or ["other"]
