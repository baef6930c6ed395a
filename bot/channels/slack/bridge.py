"""The Slack side of a take-over: one message per conversation that needs a person, living in its thread.

The bridge listens on the staff topic of the bus (queue changes and copies of every message) and turns
Slack's buttons, thread replies, modal and slash command into engine calls. Its own state is in the
database (bot/storage/slack.py): which Slack thread belongs to which conversation, which Slack user is
which staff account, and the outbox of Slack copies, which the sender (outbox.py) delivers. So a restart
or a Slack outage loses nothing, and on start the bridge draws every conversation that needs a person
again (its state may have changed while the service was down).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot import privacy
from bot.bus import Event, Subscription
from bot.channels.slack import blocks
from bot.channels.slack.calls import Outcome, SlackCalls
from bot.channels.slack.outbox import OutboxSender
from bot.engine import STAFF_TOPIC, ConversationEngine, InvalidClose, NotOwner
from bot.registration import services_shown
from bot.storage.slack import OutboxItem, SlackStore, ThreadView
from bot.storage.staff import StaffAccount, StaffStore
from bot.storage.store import ConversationGone, ConversationSnapshot

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4000  # as the widget: a worker's reply is a chat message, not a document
FIRST_QUESTION_CHARS = 600
NOTE_PREFIX = "note:"

TEXTS = {
    "not_linked": "Je Slack-account is niet gekoppeld aan een Wegwijs-account. Vraag een beheerder om je "
    "te koppelen. Er is niets opgeslagen of verstuurd.",
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


class SlackBridge:
    def __init__(
        self,
        *,
        engine: ConversationEngine,
        staff: StaffStore,
        store: SlackStore,
        bolt: AsyncApp,
        calls: SlackCalls,
        channel_id: str,
        user_map: dict[str, str],
        public_url: str,
    ) -> None:
        self.engine = engine
        self.staff = staff
        self.store = store
        self.bolt = bolt
        self.calls = calls
        self.channel_id = channel_id
        # SLACK_USER_MAP: seeded into the links at start.
        self.user_map = user_map
        # Its Slack users whose staff account did not exist at the start: linked on first use.
        self._unseeded: set[str] = set()
        self.public_url = public_url
        self.outbox = OutboxSender(store, calls, self.deliver, engine.clock)
        self.ready = asyncio.Event()
        # Staff events taken off the bus, waiting to be written to the outbox.
        self._events: asyncio.Queue[Event] = asyncio.Queue()
        # Set while no bus event waits to be written to the outbox (a stop waits for it).
        self._idle = asyncio.Event()
        # Conversations known to have a thread (the database is the truth; this saves a read per message).
        self._threaded: set[str] = set()
        # (conversation id, seq) of replies sent from a Slack thread, so they are not copied back into it.
        self._sent_from_slack: set[tuple[str, int]] = set()
        self._register()

    # -- the bus -> Slack ----------------------------------------------------------------------------

    async def run(self) -> None:
        """Follow the staff topic for good, in order, so the outbox gets each conversation's copies in
        the order they happened. Catching up starts after subscribing, so no change made meanwhile is
        missed. The bus's queue is bounded (it drops events for a slow listener); a pump moves the
        events into the bridge's own queue at once, so a burst (many parents entering the queue at
        once, each needing a de-identified first question) is worked off instead of dropped."""
        async with self.engine.bus.subscribe(STAFF_TOPIC) as subscription:
            pump = asyncio.create_task(self._pump(subscription))
            try:
                self.ready.set()
                try:
                    await self.catch_up()
                except Exception:
                    log.exception("slack: could not catch up after the start")
                while True:
                    if self._events.empty():
                        self._idle.set()
                    batch = [await self._events.get()]
                    self._idle.clear()
                    while not self._events.empty():
                        batch.append(self._events.get_nowait())
                    if subscription.overflowed:
                        subscription.overflowed = False
                        log.warning("slack fell behind the staff events; some thread copies are missing")
                        await self._safely(self.catch_up())  # the channel messages show the current state
                    await self._handle_batch(batch)
            finally:
                pump.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await pump

    async def _pump(self, subscription: Subscription) -> None:
        while True:
            self._events.put_nowait(await subscription.get())

    async def _safely(self, work: Awaitable[None]) -> None:
        try:
            await work
        except Exception:
            log.exception("slack: could not handle a staff event")

    async def _handle_batch(self, batch: list[Event]) -> None:
        """Thread copies of consecutive messages are written to the outbox in one transaction (fewer
        turns of SQLite's single writer, which the parents' messages wait for too); other events in
        between are handled in their place, so the order holds."""
        copies: list[tuple[str, str]] = []
        for event in batch:
            if event.get("type") == "message":
                try:
                    copy = await self._thread_copy(event)
                except Exception:
                    log.exception("slack: could not copy a message")
                    continue
                if copy is not None:
                    copies.append(copy)
                continue
            if copies:
                await self._safely(self._enqueue_copies(copies))
                copies = []
            await self._safely(self.handle_event(event))
        if copies:
            await self._safely(self._enqueue_copies(copies))

    async def _enqueue_copies(self, copies: list[tuple[str, str]]) -> None:
        await self.store.enqueue_replies(copies, self.engine.clock())
        self.outbox.wake()

    async def start(self) -> None:
        """Link the Slack users of SLACK_USER_MAP that have no link yet (``link-slack`` wins)."""
        missing = await self.store.seed_links(tuple(self.user_map.items()), self.engine.clock())
        self._unseeded = set(missing)
        if missing:
            log.warning("SLACK_USER_MAP names %d staff usernames without an account (yet)", len(missing))

    async def catch_up(self) -> None:
        """After a start, every conversation that needs a person gets its channel message drawn again
        (the state may have changed meanwhile), or posted when it has none; a thread of a conversation
        that has closed meanwhile is drawn closed and then forgotten."""
        threads = await self.store.threads()
        for thread in threads:
            if thread.ts:  # without one, its channel message still waits in the outbox, drawn when sent
                await self.redraw(thread.conversation_id)
        known = {thread.conversation_id for thread in threads}
        for entry in await self.engine.queue():  # safety first, as in the console
            if entry.id not in known:
                await self.post_conversation(entry.id)

    async def handle_event(self, event: Event) -> None:
        """A queue change (message copies go through ``_handle_batch``)."""
        conversation_id = event.get("conversation_id")
        if event.get("type") != "queue" or not isinstance(conversation_id, str):
            return
        if await self._has_thread(conversation_id):
            await self.redraw(conversation_id)
            if event.get("state") == "closed":
                self._threaded.discard(conversation_id)
        elif event.get("state") == "waiting":
            await self.post_conversation(conversation_id)

    async def _has_thread(self, conversation_id: str) -> bool:
        # Remembered, because every message of every conversation asks: only a miss reads the database.
        if conversation_id in self._threaded:
            return True
        if await self.store.thread(conversation_id) is None:
            return False
        self._threaded.add(conversation_id)
        return True

    async def _thread_copy(self, event: Event) -> tuple[str, str] | None:
        """(conversation id, text) for a parent's or worker's message in a conversation with a thread."""
        conversation_id = event.get("conversation_id")
        if event.get("type") != "message" or event.get("from") not in ("parent", "staff"):
            return None
        if not isinstance(conversation_id, str) or not await self._has_thread(conversation_id):
            return None
        if event.get("from") == "staff":
            # A reply written in this thread is there already; one from the console is copied.
            key = (conversation_id, event.get("seq"))
            if key in self._sent_from_slack:
                self._sent_from_slack.discard(key)
                return None
            who = blocks.escape(str(event.get("name") or "Medewerker"))
        else:
            who = "Ouder"
        return conversation_id, f"*{who}:* {blocks.escape(str(event.get('text', '')))}"

    async def post_conversation(self, conversation_id: str) -> None:
        conversation = await self.engine.get(conversation_id)
        if conversation is None or conversation.closed:
            return
        history = await self.engine.history(conversation_id)
        first = next((m.text for m in history if m.sender == "parent"), "")
        question = await privacy.deidentify_text(first[:FIRST_QUESTION_CHARS])
        thread = ThreadView(
            conversation_id=conversation_id,
            channel=self.channel_id,
            ts=None,
            category=conversation.context.get("category", "other"),
            urgency=conversation.urgency,
            lang=conversation.context.get("foreign_lang") or conversation.lang,
            waiting_since=conversation.queued_at or conversation.created_at,
            first_question=question,
        )
        started = await self.store.start_thread(thread, self.engine.clock())
        self._threaded.add(conversation_id)
        if started:
            self.outbox.wake()
        else:
            await self.redraw(conversation_id)

    async def redraw(self, conversation_id: str) -> None:
        # Drawn from the state at delivery, so a redraw queued behind others is never out of date.
        await self.store.enqueue(conversation_id, "redraw", self.engine.clock())
        self.outbox.wake()

    async def deliver(self, item: OutboxItem) -> Outcome | None:
        """Send one outbox item (OutboxSender calls this); removes it when Slack has it."""
        conversation_id = item.conversation_id
        thread = await self.store.thread(conversation_id)
        if thread is None or (item.kind != "post" and not thread.ts):
            # Forgotten (closed, purged) or its channel message could never be posted: nothing to do.
            await self.store.drop(item.id)
            return None
        if item.kind == "reply":  # once delivered, the sender removes it (with the others of its round)
            return await self.calls.once(
                "chat.postMessage", channel=thread.channel, thread_ts=thread.ts, text=item.text or ""
            )
        conversation = await self.engine.get(conversation_id)
        if conversation is None:
            await self.store.drop(item.id)
            return None
        fallback, layout = await self._layout(thread, conversation)
        if item.kind == "post":
            outcome = await self.calls.once(
                "chat.postMessage", channel=thread.channel, text=fallback, blocks=layout
            )
            posted = outcome.data or {}
            if outcome.ok and not posted.get("ts"):
                return Outcome(None, "no_ts")
            if outcome.ok:
                where = (conversation_id, str(posted.get("channel") or thread.channel), str(posted["ts"]))
                closed = conversation_id if conversation.closed else None
                await self.store.delivered(item.id, posted=where, forget_thread=closed)
            return outcome
        outcome = await self.calls.once(
            "chat.update", channel=thread.channel, ts=thread.ts, text=fallback, blocks=layout
        )
        if outcome.ok:
            # Nothing more will happen in a closed conversation's thread: forget it.
            closed = conversation_id if conversation.closed else None
            await self.store.delivered(
                item.id, urgency=(conversation_id, conversation.urgency), forget_thread=closed
            )
            if closed:
                for key in [k for k in self._sent_from_slack if k[0] == conversation_id]:
                    self._sent_from_slack.discard(key)
        return outcome

    async def _layout(
        self, thread: ThreadView, conversation: ConversationSnapshot
    ) -> tuple[str, list[dict[str, Any]]]:
        return blocks.conversation_message(
            conversation_id=conversation.id,
            category=thread.category,
            urgency=conversation.urgency,
            lang=thread.lang,
            waiting_since=thread.waiting_since,
            first_question=thread.first_question,
            state=conversation.state,
            owner=await self.engine.owner_name(conversation),
            public_url=self.public_url,
        )

    # -- Slack -> the engine -------------------------------------------------------------------------

    async def account(self, slack_user: str) -> StaffAccount | None:
        """The staff account linked to a Slack user. A SLACK_USER_MAP user whose account was created
        after the start is linked on first use (one unlinked with ``link-slack`` stays unlinked)."""
        if not slack_user:
            return None
        account = await self.store.linked_account(slack_user)
        if account is not None or slack_user not in self._unseeded:
            return account
        pair = ((slack_user, self.user_map[slack_user]),)
        if not await self.store.seed_links(pair, self.engine.clock()):
            self._unseeded.discard(slack_user)
        return await self.store.linked_account(slack_user)

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
        thread = await self.store.thread_by_ts(str(thread_ts))
        if thread is None:
            return
        conversation_id = thread.conversation_id
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

    async def stop(self, *tasks: asyncio.Task, grace_seconds: float = 5) -> None:
        """Bus events already received go to the outbox first; undelivered copies stay there for the
        next start."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), grace_seconds)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task


def _action_context(body: dict[str, Any]) -> tuple[str, str | None, str]:
    """Who pressed which conversation's button, and in which channel."""
    user = str(body.get("user", {}).get("id", ""))
    channel = (body.get("channel") or {}).get("id")
    actions = body.get("actions") or [{}]
    return user, channel, str(actions[0].get("value", ""))
