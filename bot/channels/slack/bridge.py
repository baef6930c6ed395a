"""The Slack side of a take-over: one message per conversation that needs a person, living in its thread.

The bridge listens on the staff topic of the bus (queue changes and copies of every message) and turns
Slack's buttons, thread replies, modal and slash command into engine calls. It holds no conversation
state of its own except which Slack thread belongs to which conversation (in memory for now: after a
restart, conversations already posted are not followed in Slack any more; the console still has them).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot import privacy
from bot.bus import Event
from bot.channels.slack import blocks
from bot.channels.slack.calls import SlackCalls
from bot.engine import STAFF_TOPIC, ConversationEngine, InvalidClose, NotOwner
from bot.registration import services_shown
from bot.storage.staff import StaffAccount, StaffStore
from bot.storage.store import ConversationGone, ConversationSnapshot

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4000  # as the widget: a worker's reply is a chat message, not a document
FIRST_QUESTION_CHARS = 600
NOTE_PREFIX = "note:"

TEXTS = {
    "not_linked": "Je Slack-account is niet gekoppeld aan een Wegwijs-account. Vraag een beheerder om je "
    "te koppelen (SLACK_USER_MAP). Er is niets opgeslagen of verstuurd.",
    "owned_by": "{owner} heeft dit gesprek al.",
    "closed": "Dit gesprek is al gesloten. Er is niets verstuurd.",
    "not_yours_note": "{owner} heeft dit gesprek. Je bericht is als interne notitie bewaard en niet naar de "
    "ouder gestuurd.",
    "too_long": "Je bericht is te lang (maximaal 4000 tekens). Er is niets verstuurd.",
    "handback_not_owner": "Alleen {owner} kan dit gesprek teruggeven.",
    "close_not_owner": "{owner} heeft dit gesprek; alleen die kan het afsluiten.",
    "available": "Je staat op beschikbaar: ouders kunnen in de wachtrij voor jou komen.",
    "away": "Je staat op afwezig.",
}


def say(key: str, **values: str) -> str:
    return TEXTS[key].format(**values)


@dataclass(frozen=True, slots=True)
class Thread:
    """A conversation's message in the channel, with what is needed to redraw it on a state change."""

    channel: str
    ts: str
    category: str
    urgency: str
    lang: str
    waiting_since: datetime
    first_question: str


class SlackBridge:
    def __init__(
        self,
        *,
        engine: ConversationEngine,
        staff: StaffStore,
        bolt: AsyncApp,
        calls: SlackCalls,
        channel_id: str,
        user_map: dict[str, str],
        public_url: str,
    ) -> None:
        self.engine = engine
        self.staff = staff
        self.bolt = bolt
        self.calls = calls
        self.channel_id = channel_id
        self.user_map = user_map
        self.public_url = public_url
        self.threads: dict[str, Thread] = {}
        self.by_ts: dict[str, str] = {}
        self.ready = asyncio.Event()
        # (conversation id, seq) of replies sent from a Slack thread, so they are not copied back into it.
        self._sent_from_slack: set[tuple[str, int]] = set()
        self._register()

    # -- the bus -> Slack ----------------------------------------------------------------------------

    async def run(self) -> None:
        """Follow the staff topic for good; one event at a time, so a thread never gets ahead of its
        message (and Slack's back-off holds the events behind it instead of reordering them)."""
        async with self.engine.bus.subscribe(STAFF_TOPIC) as subscription:
            self.ready.set()
            while True:
                event = await subscription.get()
                if subscription.overflowed:
                    subscription.overflowed = False
                    log.warning("slack fell behind the staff events; some Slack copies are missing")
                try:
                    await self.handle_event(event)
                except Exception:
                    log.exception("slack: could not handle a %s event", event.get("type"))

    async def handle_event(self, event: Event) -> None:
        conversation_id = event.get("conversation_id")
        if not isinstance(conversation_id, str):
            return
        if event.get("type") == "queue":
            if conversation_id in self.threads:
                await self.redraw(conversation_id)
            elif event.get("state") == "waiting":
                await self.post_conversation(conversation_id)
        elif event.get("type") == "message" and event.get("from") in ("parent", "staff"):
            thread = self.threads.get(conversation_id)
            if thread is None:
                return
            if event.get("from") == "staff":
                # A reply written in this thread is there already; one from the console is copied.
                key = (conversation_id, event.get("seq"))
                if key in self._sent_from_slack:
                    self._sent_from_slack.discard(key)
                    return
                who = blocks.escape(str(event.get("name") or "Medewerker"))
            else:
                who = "Ouder"
            text = f"*{who}:* {blocks.escape(str(event.get('text', '')))}"
            await self.calls.call("chat.postMessage", channel=thread.channel, thread_ts=thread.ts, text=text)

    async def post_conversation(self, conversation_id: str) -> None:
        conversation = await self.engine.get(conversation_id)
        if conversation is None or conversation.closed:
            return
        history = await self.engine.history(conversation_id)
        first = next((m.text for m in history if m.sender == "parent"), "")
        question = await privacy.deidentify_text(first[:FIRST_QUESTION_CHARS])
        thread = Thread(
            channel=self.channel_id,
            ts="",
            category=conversation.context.get("category", "other"),
            urgency=conversation.urgency,
            lang=conversation.context.get("foreign_lang") or conversation.lang,
            waiting_since=conversation.queued_at or conversation.created_at,
            first_question=question,
        )
        fallback, layout = await self._layout(conversation_id, thread, conversation)
        posted = await self.calls.call(
            "chat.postMessage", channel=self.channel_id, text=fallback, blocks=layout
        )
        if posted is None or not posted.get("ts"):
            return
        thread = replace(thread, channel=posted.get("channel") or self.channel_id, ts=str(posted["ts"]))
        self.threads[conversation_id] = thread
        self.by_ts[thread.ts] = conversation_id
        # The state may have moved on while Slack answered (claimed from the console): draw it again.
        latest = await self.engine.get(conversation_id)
        if latest is not None and latest.state != conversation.state:
            await self.redraw(conversation_id)

    async def redraw(self, conversation_id: str) -> None:
        thread = self.threads.get(conversation_id)
        conversation = await self.engine.get(conversation_id)
        if thread is None or conversation is None:
            return
        thread = replace(thread, urgency=conversation.urgency)
        self.threads[conversation_id] = thread
        fallback, layout = await self._layout(conversation_id, thread, conversation)
        await self.calls.call(
            "chat.update", channel=thread.channel, ts=thread.ts, text=fallback, blocks=layout
        )
        if conversation.closed:
            # Nothing more will happen in this thread; forget it so memory stays bounded.
            self.threads.pop(conversation_id, None)
            self.by_ts.pop(thread.ts, None)
            for key in [k for k in self._sent_from_slack if k[0] == conversation_id]:
                self._sent_from_slack.discard(key)

    async def _layout(
        self, conversation_id: str, thread: Thread, conversation: ConversationSnapshot
    ) -> tuple[str, list[dict[str, Any]]]:
        return blocks.conversation_message(
            conversation_id=conversation_id,
            category=thread.category,
            urgency=thread.urgency,
            lang=thread.lang,
            waiting_since=thread.waiting_since,
            first_question=thread.first_question,
            state=conversation.state,
            owner=await self.engine.owner_name(conversation),
            public_url=self.public_url,
        )

    # -- Slack -> the engine -------------------------------------------------------------------------

    async def account(self, slack_user: str) -> StaffAccount | None:
        username = self.user_map.get(slack_user)
        return await self.staff.by_username(username) if username else None

    async def ephemeral(
        self, channel: str | None, user: str, text: str, thread_ts: str | None = None
    ) -> None:
        params: dict[str, Any] = {"channel": channel or self.channel_id, "user": user, "text": text}
        if thread_ts:
            params["thread_ts"] = thread_ts
        await self.calls.call("chat.postEphemeral", **params)

    def _register(self) -> None:
        app = self.bolt
        app.action(blocks.TAKEOVER)(self._on_takeover)
        app.action(blocks.HANDBACK)(self._on_handback)
        app.action(blocks.CLOSE)(self._on_close)
        app.action(blocks.OPEN_CONSOLE)(self._on_open_console)
        app.view(blocks.CLOSE_VIEW)(self._on_close_submitted)
        app.event("message")(self._on_message)
        app.command("/wegwijs")(self._on_command)

    async def _on_open_console(self, ack: Any) -> None:
        await ack()  # a link button: Slack opens the URL itself, but still expects an answer

    async def _linked_worker(self, body: dict[str, Any]) -> tuple[str, str, str, StaffAccount] | None:
        """Who pressed a button, where, on which conversation, as which staff account; None (and a
        private refusal) for a Slack user who is not linked to an account."""
        user, channel, conversation_id = _action_context(body)
        account = await self.account(user)
        if account is None:
            await self.ephemeral(channel, user, say("not_linked"))
            return None
        return user, channel, conversation_id, account

    async def _on_takeover(self, ack: Any, body: dict[str, Any]) -> None:
        await ack()
        await self._ownership_action(body, self.engine.claim, "owned_by", "Iemand anders")

    async def _on_handback(self, ack: Any, body: dict[str, Any]) -> None:
        await ack()
        await self._ownership_action(body, self.engine.hand_back, "handback_not_owner", "een collega")

    async def _ownership_action(
        self,
        body: dict[str, Any],
        act: Callable[[str, StaffAccount], Awaitable[None]],
        not_owner_key: str,
        someone: str,
    ) -> None:
        """Claim or hand back for the worker who pressed the button; who lost gets a private answer."""
        acting = await self._linked_worker(body)
        if acting is None:
            return
        user, channel, conversation_id, account = acting
        try:
            await act(conversation_id, account)
        except NotOwner as exc:
            await self.ephemeral(channel, user, say(not_owner_key, owner=exc.owner or someone))
        except ConversationGone:
            await self.ephemeral(channel, user, say("closed"))

    async def _on_close(self, ack: Any, body: dict[str, Any]) -> None:
        await ack()
        acting = await self._linked_worker(body)
        if acting is None:
            return
        user, channel, conversation_id, account = acting
        conversation = await self.engine.get(conversation_id)
        if conversation is None or conversation.closed:
            await self.ephemeral(channel, user, say("closed"))
            return
        if conversation.owner_id not in (None, account.id):
            owner = await self.engine.owner_name(conversation) or "Een collega"
            await self.ephemeral(channel, user, say("close_not_owner", owner=owner))
            return
        categories = list(conversation.context.get("categories") or [conversation.context.get("category")])
        directory = self.engine.dialogue.services
        view = blocks.close_modal(
            conversation_id,
            [c for c in categories if c],
            [(s.id, s.name) for s in directory.all()],
            services_shown(conversation, directory),
        )
        await self.calls.call("views.open", trigger_id=body.get("trigger_id", ""), view=view)

    async def _on_close_submitted(self, ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
        # The modal stays open with the error next to the field when closing is refused.
        account = await self.account(body.get("user", {}).get("id", ""))
        if account is None:
            await ack(response_action="errors", errors={blocks.CATEGORY_BLOCK: say("not_linked")})
            return
        choices = blocks.close_choices(view)
        try:
            await self.engine.close_by_staff(str(view.get("private_metadata", "")), account, **choices)
        except InvalidClose as exc:
            errors = {blocks.CLOSE_FIELD_BLOCKS[name]: error for name, error in exc.fields.items()}
            await ack(response_action="errors", errors=errors)
            return
        except NotOwner as exc:
            error = say("close_not_owner", owner=exc.owner or "Een collega")
            await ack(response_action="errors", errors={blocks.CATEGORY_BLOCK: error})
            return
        except ConversationGone:
            await ack(response_action="errors", errors={blocks.CATEGORY_BLOCK: say("closed")})
            return
        await ack()

    async def _on_message(self, event: dict[str, Any]) -> None:
        thread_ts = event.get("thread_ts")
        # Edits, joins and other bots' posts have a subtype or a bot_id: only a person's reply counts.
        if event.get("subtype") or event.get("bot_id") or not thread_ts or thread_ts == event.get("ts"):
            return
        conversation_id = self.by_ts.get(str(thread_ts))
        if conversation_id is None:
            return
        user, channel = str(event.get("user", "")), event.get("channel")
        account = await self.account(user)
        if account is None:
            await self.ephemeral(channel, user, say("not_linked"), thread_ts)
            return
        text = blocks.unescape(str(event.get("text", ""))).strip()
        if not text:
            return
        if len(text) > MAX_TEXT_CHARS:
            await self.ephemeral(channel, user, say("too_long"), thread_ts)
            return
        conversation = await self.engine.get(conversation_id)
        if conversation is None or conversation.closed:
            await self.ephemeral(channel, user, say("closed"), thread_ts)
            return
        is_note = text[: len(NOTE_PREFIX)].lower() == NOTE_PREFIX
        note = text[len(NOTE_PREFIX) :].strip() if is_note else text
        try:
            if conversation.state != "human":
                # Before anyone has claimed it, the thread is the team's own: talk, not to the parent.
                await self.engine.add_note(conversation_id, account, note)
            elif conversation.owner_id == account.id and not is_note:
                # The bus delivers the copy to run() only after this task yields, so the mark is in time.
                stored = await self.engine.reply_as_staff(conversation_id, account, text)
                self._sent_from_slack.add((conversation_id, stored.seq))
            elif conversation.owner_id == account.id:
                await self.engine.add_note(conversation_id, account, note)
            else:
                await self.engine.add_note(conversation_id, account, note)
                owner = await self.engine.owner_name(conversation) or "Een collega"
                await self.ephemeral(channel, user, say("not_yours_note", owner=owner), thread_ts)
        except NotOwner as exc:
            # Taken from the owner between the check and the reply: keep the words as a note.
            await self.engine.add_note(conversation_id, account, note)
            owner = exc.owner or "Een collega"
            await self.ephemeral(channel, user, say("not_yours_note", owner=owner), thread_ts)
        except ConversationGone:
            await self.ephemeral(channel, user, say("closed"), thread_ts)

    async def _on_command(self, ack: Any, command: dict[str, Any]) -> None:
        word = str(command.get("text", "")).strip().lower()
        if word in ("beschikbaar", "afwezig"):
            account = await self.account(str(command.get("user_id", "")))
            if account is None:
                await ack(text=say("not_linked"))
                return
            available = word == "beschikbaar"
            self.engine.presence.set_available(account.id, "slack", available, self.engine.clock())
            await ack(text=say("available" if available else "away"))
            return
        open_requests = len(await self.engine.contact_requests(open_only=True))
        fallback, layout = blocks.queue_blocks(await self.engine.queue(), self.public_url, open_requests)
        await ack(text=fallback, blocks=layout)  # a slash command's direct answer is only for the asker

    async def stop(self, task: asyncio.Task) -> None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def _action_context(body: dict[str, Any]) -> tuple[str, str | None, str]:
    """Who pressed which conversation's button, and in which channel."""
    user = str(body.get("user", {}).get("id", ""))
    channel = (body.get("channel") or {}).get("id")
    actions = body.get("actions") or [{}]
    return user, channel, str(actions[0].get("value", ""))
