"""The personal-data test: 200 messages full of realistic Dutch personal data go through real
conversations (widget protocol, a worker's notes through the staff API) and through the registry's
free-text fields, and none of it reaches the registry tables or the logs.

Every person, number and address here is fictional and generated; BSNs pass the 11-proef and IBANs
their checksum, so the rules cannot pass by only recognising invalid numbers.
"""

from __future__ import annotations

import logging
import random
import re
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.engine import utcnow
from registry import ContactRecord
from registry.store import add_contact
from tests.conftest import connect, open_chat
from tests.test_staff_api import add_staff, log_in

FIRST_NAMES = (
    "Jan", "Fatima", "Sanne", "Mohammed", "Daan", "Emma", "Noah", "Lieke", "Youssef", "Anouk",
    "Ahmed", "Sophie", "Kevin", "Aylin", "Thijs", "Priya", "Bram", "Nadia", "Joost", "Mila",
)  # fmt: skip
SURNAMES = (
    "de Vries", "el Amrani", "van den Berg", "Jansen", "Yilmaz", "de Boer", "van der Linden",
    "Bakker", "Visser", "ten Brink", "Benali", "de Jong", "van Dijk", "Kaya", "Smit", "Mulder",
)  # fmt: skip
CHILD_NAMES = (
    "Pieter",
    "Zoë",
    "Sem",
    "Lina",
    "Milan",
    "Yara",
    "Finn",
    "Amira",
    "Luuk",
    "Noor",
    "Adam",
    "Tess",
)
STREETS = (
    "Kleine Houtweg", "Grote Markt", "Rijksstraatweg", "Schoterweg", "Zijlweg", "Kennemerstraat",
    "Van Eedenstraat", "Burgemeester Van Alphenstraat", "Dorpsstraat", "Kruisweg", "Spaarndamseweg",
)  # fmt: skip
SCHOOLS = (
    "basisschool De Regenboog", "OBS Het Kompas", "het Mendelcollege", "het Stedelijk Gymnasium",
    "het Coornhert Lyceum", "cbs De Wegwijzer", "Sancta Maria Mavo", "basisschool 't Palet",
)  # fmt: skip
TOWNS = ("Haarlem", "Zandvoort", "Heemstede", "Bloemendaal")
QUESTIONS = (
    "mijn zoon plast nog in bed, wat kan ik doen?",
    "mijn dochter slaapt heel slecht en wordt elke nacht wakker.",
    "hij wordt gepest op school en wil niet meer gaan.",
    "ze eet bijna niets meer, ik maak me zorgen.",
    "hoe ga ik om met driftbuien van mijn kind?",
    "mijn puber gamet de hele nacht, hoe stel ik grenzen?",
    "we gaan scheiden, hoe vertellen we het de kinderen?",
    "we hebben geldzorgen en kunnen de sportclub niet betalen.",
)  # fmt: skip


@dataclass
class Message:
    text: str
    secrets: list[str] = field(default_factory=list)


def valid_bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def valid_iban(rng: random.Random) -> str:
    bank = rng.choice(("ABNA", "INGB", "RABO", "TRIO", "SNSB"))
    account = "".join(str(rng.randrange(10)) for _ in range(10))
    number = int("".join(str(int(ch, 36)) for ch in bank + account + "NL00"))
    return f"NL{98 - number % 97:02d}{bank}{account}"


def phone(rng: random.Random) -> str:
    digits = "".join(str(rng.randrange(10)) for _ in range(8))
    return rng.choice(
        (
            f"06-{digits}",
            f"06 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"+31 6 {digits[:4]} {digits[4:]}",
            f"+316{digits}",
            f"0031 6 {digits}",
            f"023-5{digits[:6]}",
            f"(023) 5{digits[:2]} {digits[2:4]} {digits[4:6]}",
        )
    )


def generate(count: int = 200, seed: int = 4) -> list[Message]:
    rng = random.Random(seed)
    messages = []
    for i in range(count):
        first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        child = rng.choice(CHILD_NAMES)
        number = phone(rng)
        letters = "ABCDEGHJKLMNPRTVWXZ"
        postcode = f"{rng.randrange(1000, 9999)} {rng.choice(letters)}{rng.choice(letters)}"
        street = f"{rng.choice(STREETS)} {rng.randrange(1, 250)}{rng.choice(('', '', 'a', 'b'))}"
        domain = rng.choice(("gmail.com", "hotmail.nl", "ziggo.nl"))
        email = f"{first.lower()}.{surname.replace(' ', '').lower()}@{domain}"
        bsn, iban, school = valid_bsn(rng), valid_iban(rng), rng.choice(SCHOOLS)
        town = rng.choice(TOWNS)
        question = rng.choice(QUESTIONS)
        templates = [
            (f"Hoi, ik ben {first} {surname}. {question} Bel me op {number}.", [first, surname, number]),
            (f"Goedemiddag, {first} {surname} hier, moeder van {child}. {question} Mijn mail is {email}",
             [first, surname, child, email]),
            (f"{question} We wonen op de {street}, {postcode} {town}. Mijn nummer: {number}",
             [street, postcode, number]),
            (f"Mijn zoon {child} zit op {school}. {question} Zijn BSN is {bsn}.", [child, school, bsn]),
            (f"ik ben {first.lower()} {surname.lower()}, {question} mail {email} of bel {number}",
             [first.lower(), surname.lower(), email, number]),
            (f"Namens {first} {surname}: {question} Adres {street} {postcode}. IBAN {iban}",
             [first, surname, street, postcode, iban]),
            (f"Ik ben leerkracht op {school}. Mijn leerling {child} {surname} is vaak boos. "
             f"U kunt mij bereiken via {email} of {number}.", [school, child, surname, email, number]),
            (f"{question} mijn dochter {child} is geboren op {rng.randrange(1, 28)}-{rng.randrange(1, 12)}-20"
             f"{rng.randrange(10, 24)} en haar bsn is {bsn}", [child, bsn]),
        ]  # fmt: skip
        text, secrets = templates[i % len(templates)]
        messages.append(Message(text, secrets))
    return messages


def secret_patterns(secret: str) -> list[re.Pattern[str]]:
    """How a secret could still show up: as typed, as bare digits, and each name word on its own."""
    patterns = [re.compile(rf"(?<!\w){re.escape(secret)}(?!\w)", re.IGNORECASE)]
    digits = re.sub(r"\D", "", secret)
    if len(digits) >= 8:
        # Eight digits: long enough that a random id or time never matches by chance.
        patterns.append(re.compile(re.escape(digits[-8:])))
    if "@" not in secret and not any(ch.isdigit() for ch in secret):
        for word in secret.split():
            if len(word) > 3 and word.lower() not in _COMMON:
                patterns.append(re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE))
    return patterns


# Words inside school and street names that are ordinary Dutch on their own.
_COMMON = {"basisschool", "het", "de", "van", "der", "den", "ten", "grote", "kleine", "mavo", "lyceum"}


# What the registry keeps per table, without ids and times (random digits there are not data).
REGISTRY_COLUMNS = {
    "contacts": (
        "channel role age_band municipality lang category urgency outcome handled_by referred_services "
        "unmet_reason repeat_contact found_via satisfaction first_question note bot_category"
    ),
    "contact_categories": "code",
    "audit_log": "actor role action details",
}


async def table_text(engine, table: str, columns: str) -> str:
    select_list = ", ".join(columns.split())
    async with engine.connect() as connection:
        rows = (await connection.execute(text(f"SELECT {select_list} FROM {table}"))).all()
    return "\n".join(" | ".join("" if v is None else str(v) for v in row) for row in rows)


def leaks(messages: list[Message], haystack: str) -> list[tuple[str, str]]:
    return [
        (secret, message.text)
        for message in messages
        for secret in message.secrets
        for pattern in secret_patterns(secret)
        if pattern.search(haystack)
    ]


async def chat(server, http, texts: list[str], worker=None, note: str | None = None) -> str:
    """One conversation: the parent's messages (each stored and echoed; whatever the bot makes of
    them, a hand-off included), then either the parent closes, or a worker takes over, writes an
    internal note and closes."""
    conversation_id, token = await open_chat(http, server)
    frames = await connect(http, server, token)
    await frames.next()  # the greeting
    for number, message in enumerate(texts):
        client_id = f"m{number}"
        await frames.ws.send_json({"type": "message", "text": message, "client_id": client_id})
        await frames.until(lambda f, c=client_id: f["type"] == "message" and f.get("client_id") == c)
    if worker is None:
        await frames.ws.send_json({"type": "close"})
    else:
        assert (await worker.post(f"/api/staff/conversations/{conversation_id}/claim"))[0] == 200
        status, _ = await worker.post(
            f"/api/staff/conversations/{conversation_id}/messages", {"text": note, "internal": True}
        )
        assert status == 201
        status, _ = await worker.post(
            f"/api/staff/conversations/{conversation_id}/close",
            {"categories": ["parenting"], "outcome": "answered_by_staff"},
        )
        assert status == 200
    await frames.until(lambda f: f["type"] == "closed")
    await frames.ws.close()
    return conversation_id


async def test_personal_data_never_reaches_the_registry_or_the_logs(server, http, caplog):
    caplog.set_level(logging.DEBUG)
    messages = generate(200)
    notes = generate(200, seed=5)
    await add_staff(server, "anna", name="Anna")
    worker = await log_in(server, "anna")
    try:
        # 50 real conversations of four messages; a worker takes every fifth over and writes a note.
        for number in range(50):
            texts = [m.text for m in messages[number * 4 : number * 4 + 4]]
            if number % 5 == 0:
                conversation_id = await chat(server, http, texts, worker=worker, note=notes[number].text)
                # Reading the transcript back is logged in the audit log, by id only.
                status, body = await worker.get(f"/api/staff/conversations/{conversation_id}")
                assert status == 200 and body["notes"][0]["text"] == notes[number].text
            else:
                await chat(server, http, texts)
    finally:
        await worker.session.close()

    # The free-text fields of the registry: a first question and a staff note for every message.
    database = server.engine.store.engine
    started = utcnow() - timedelta(minutes=5)
    async with async_sessionmaker(database)() as session, session.begin():
        for message, note in zip(messages, notes, strict=True):
            record = ContactRecord(
                channel="phone",
                started_at=started,
                ended_at=started + timedelta(minutes=4),
                lang="nl",
                categories=["parenting"],
                urgency="none",
                outcome="answered_by_staff",
                handled_by="staff-1",
                first_question=message.text,
                note=note.text,
            )
            add_contact(session, record)

    registry = "\n".join([await table_text(database, t, c) for t, c in REGISTRY_COLUMNS.items()])
    async with database.connect() as connection:
        contacts = (await connection.execute(text("SELECT count(*) FROM contacts"))).scalar_one()
        kept = (
            await connection.execute(text("SELECT first_question FROM contacts WHERE note IS NOT NULL"))
        ).all()
    assert contacts == 250  # 50 conversations and 200 registrations
    assert len(kept) == 200 and all("[" in row[0] for row in kept)  # de-identified, not dropped
    assert leaks(messages + notes, registry) == []
    assert leaks(messages + notes, caplog.text) == []

    # The check itself can see personal data: the transcripts (purged after RETENTION_DAYS) hold it.
    transcripts = await table_text(database, "messages", "text") + await table_text(
        database, "staff_notes", "text"
    )
    assert len(leaks(messages, transcripts)) > 100 and leaks(notes[:50:5], transcripts)
