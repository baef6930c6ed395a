"""Profile round 11 (branch prof11): role cues of professionals, young people and learner parents.

Own sentences for the families found in youth_tune7, professional_tune6, learner_tune2 and learner_tune3
(bench/README.md, "Role and age labels"): a case under a subject line, what a worker sees "op de groep", a
teacher between lessons, a pupil named bare, parents told of by a worker, the school as the one who asks; a
pupil's own school start and age; a learner parent's bare "kind", "ik moeder van", a mother with children.
Twins: the same words from another writer, which must keep their role."""

import pytest

from intents.profile import extract_profile
from intents.router import route


def _role(text: str, lang: str = "nl") -> str:
    return extract_profile(text, lang).role


@pytest.mark.parametrize(
    ("text", "role", "band"),
    [
        # Professionals.
        (
            "Betreft: leerling groep 6 (9 jaar), komt vaak te laat en is moe. Waar kunnen ouders terecht?",
            "professional",
            "4-11",
        ),
        (
            "Onderwerp: jongere (16) met schulden bij een webwinkel. Welke hulp is er?",
            "professional",
            "12-17",
        ),
        ("Op de groep merken we dat een dreumes van 1 veel bijt. Tips voor ouders?", "professional", "0-3"),
        ("op het kdv zie ik een peuter van 3 die niet praat, waar verwijzen", "professional", "0-3"),
        (
            "bij ons op de voetbalclub zegt een jongen van 11 dat hij thuis geen eten krijgt",
            "professional",
            "4-11",
        ),
        (
            "vraagje tussen twee lessen door: kent iemand een goede faalangsttraining",
            "professional",
            "unknown",
        ),
        ("leerling 14 zegt dat ze thuis niet meer durft te slapen, wat nu", "professional", "12-17"),
        (
            "ik heb drie leerlingen die graag een cursus sociale vaardigheden willen",
            "professional",
            "unknown",
        ),
        (
            "Een jongen van 15 uit mijn mentorgroep slaapt in de les. Ouders weten niet wat ze moeten doen.",
            "professional",
            "12-17",
        ),
        ("Een meisje van 7 uit mijn klas huilt elke ochtend bij het afscheid.", "professional", "4-11"),
        ("jongen van 8, thuis veel ruzie. ouders vragen om een gesprek. via wie?", "professional", "4-11"),
        ("Wij zijn als school op zoek naar een training over rouw.", "professional", "unknown"),
        (
            "Voor ons teamoverleg: hoe praat je met ouders over een vermoeden van verwaarlozing?",
            "professional",
            "unknown",
        ),
        ("Mag ik deze ouders naar jullie doorverwijzen voor opvoedtips?", "professional", "unknown"),
        (
            "Ik begeleid als SMW'er een gezin met een puber die niet naar school gaat.",
            "professional",
            "12-17",
        ),
        ("cb: vader vraagt om hulp bij een huilbaby van 6 weken", "professional", "0-3"),
        ("mentor 4 havo, zijn er groepen voor leerlingen met een zieke ouder?", "professional", "12-17"),
        ("Een vader van een leerling belde boos op. Hoe ga ik het gesprek aan?", "professional", "unknown"),
        # Young people.
        ("brugklasser hier, hoe maak ik vrienden op mijn nieuwe school", "youth", "unknown"),
        ("i'm in 3rd year of havo and i hate math so much", "youth", "unknown"),
        ("volgende week mn eerste dag op de middelbare, hoe kom ik niet te laat", "youth", "unknown"),
        ("15 en nog nooit gezoend, is dat raar?", "youth", "unknown"),
        ("is het erg als je als 16-jarige nog bij je ouders slaapt als je bang bent", "youth", "unknown"),
        (
            "ik ben een meisje van 14 en ik durf niet te zeggen dat ik verliefd ben op een meisje",
            "youth",
            "12-17",
        ),
        ("mn moeder drinkt elke avond en ik weet niet hoe ik haar kan helpen", "youth", "unknown"),
        # Learner parents.
        ("ik moeder van twee kinderen, man werkt veel. hoe doe ik alles alleen", "parent", "unknown"),
        ("kind 3 jaar wil niet eten groente. wat doen", "parent", "0-3"),
        ("hoe help ik kind met huiswerk? hij wil niet", "parent", "unknown"),
        ("ik ben alleen met 2 kinderen in huis en geen geld voor eten", "parent", "unknown"),
        ("hoe kies ik school voor dochter 4? ik ken systeem niet", "parent", "4-11"),
        (
            "mijn nichtje 9 woont bij mij sinds haar moeder ziek is. mag zij hier naar school",
            "parent",
            "4-11",
        ),
        ("wij gescheiden. papa wil kinderen houden in vakantie. wat kan ik doen", "parent", "unknown"),
    ],
)
def test_round11_role_and_band(text: str, role: str, band: str) -> None:
    profile = extract_profile(text, "en" if text.startswith("i'm") else "nl")
    assert profile.role == role
    if band != "unknown":
        assert profile.age_band == band


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A parent quoting the daycare or school: "op de groep" and "betreft" need the worker's own words.
        ("op de bso zegt de leidster dat mijn zoon van 7 steeds slaat", "parent"),
        ("Betreft: mijn dochter van 5 die niet wil slapen", "parent"),
        ("mijn zoon zit tussen twee vuren, zijn vader en ik maken steeds ruzie", "parent"),
        # A pupil about a classmate (no age) and their own parents.
        ("een jongen uit mijn klas zit steeds aan me, ik ben 13", "youth"),
        ("mijn ouders vragen steeds naar mijn cijfers en ik word er gek van, ik ben 15", "youth"),
        # A worker who works with children is not a parent (and without a job named, nobody known).
        ("ik werk met kinderen en zoek een cursus over driftbuien", "unknown"),
        ("ik ben leerkracht en zoek een boek voor kinderen over scheiding", "professional"),
        # A parent of a 16-year-old, not a young person.
        ("mag mijn zoon als 16-jarige zelf een bijbaan zoeken", "parent"),
        ("wij zijn als ouders erg bezorgd over onze dochter van 12", "parent"),
    ],
)
def test_round11_twins(text: str, role: str) -> None:
    assert _role(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "op de groep merken we dat een peuter van 2 veel huilt bij het wegbrengen",
        "Betreft: leerling groep 3, moeite met lezen. Ouders vragen om tips.",
        "brugklasser hier, hoe overleef ik de toetsweek haha",
        "kind 4 jaar wil niet slapen zonder licht",
        "16 en nog nooit verliefd geweest, normaal?",
    ],
)
def test_prof11_harmless_twins_stay_below_urgent(text: str) -> None:
    assert route(text).urgency in ("none", "attention")
