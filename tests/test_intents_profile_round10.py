"""Profile round 10 (branch prof10): a professional's role cues, with twins that must not change.

Own sentences for the families found in professional_tune5 (bench/README.md, "Role and age labels"): the
teacher's own class and pupils, the care structure's abbreviations, referral and advice to parents in the
first person, the school newsletter and parents' evening, the children of a daycare group, a coach's player
given with an age. Twins: a parent about the child's class or teacher, a pupil about their own class."""

import pytest

from intents.profile import extract_profile


def _role(text: str, lang: str = "nl") -> str:
    return extract_profile(text, lang).role


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The teacher's own class and pupils.
        ("meisje in mijn klas (10) eet nooit iets in de pauze, wat kan ik doen", "nl"),
        ("een moeder in mijn klas vertelde over geldzorgen, waar kan ze heen", "nl"),
        ("is er een les over pesten voor onze hele groep 6?", "nl"),
        ("mijn tweedeklassers zijn na de vakantie erg onrustig, tips?", "nl"),
        ("ik heb twee kinderen met faalangst in mijn mentorklas", "nl"),
        ("een leerling van onze school is ernstig ziek, hoe vertellen we het de klas", "nl"),
        ("de leerling (8) komt steeds zonder lunch, wat nu", "nl"),
        ("is er een training weerbaarheid voor leerlingen uit 2 vmbo?", "nl"),
        ("hoe bespreek ik scheiding met een klas 1?", "nl"),
        ("a 7-year-old in my class hides under the table when it gets loud", "en"),
        # The care structure and its abbreviations.
        ("IB: lln gr 6 leest erg traag, onderzoek aanvragen via jullie?", "nl"),
        ("wie van jullie kan bij het zorgoverleg over een thuiszitter aanschuiven", "nl"),
        ("moet de aandachtsfunctionaris hierbij zijn of kan ik dit zelf doen", "nl"),
        # Referral and advice to parents in the first person.
        ("bij wie verwijs ik ouders met schulden het beste", "nl"),
        ("kind van 5 met een spraakprobleem, waarheen verwijzen?", "nl"),
        ("wat kan ik ouders aanraden bij driftbuien", "nl"),
        ("ouders op de groep vragen mij steeds naar slaaptips", "nl"),
        ("parents keep asking me about screen time, any leaflet?", "en"),
        # The newsletter, the parents' evening.
        ("heb je een stukje over gezond trakteren voor de nieuwsbrief?", "nl"),
        ("wie kan er een ouderavond over pubers bij ons verzorgen", "nl"),
        # The children of a daycare group, a coach's player with an age.
        ("onze peuters op de opvang willen niet meer buiten spelen", "nl"),
        ("een kleuter van 4 zit op de bso steeds alleen, hoe helpen we haar", "nl"),
        ("a 6-year-old at our daycare bites other children", "en"),
        ("een speelster van 13 uit mijn team eet bijna niks meer", "nl"),
    ],
)
def test_round10_professional(text: str, lang: str) -> None:
    assert _role(text, lang) == "professional"


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        # A parent about the child's class, mentor or teacher.
        ("de klas van mijn zoon heeft een nieuwe juf, hij is er erg onrustig van", "nl", "parent"),
        ("zijn mentor zegt dat mijn zoon zich niet concentreert", "nl", "parent"),
        ("de juf zegt dat mijn dochter weinig praat in de klas", "nl", "parent"),
        ("mijn zoon is een thuiszitter en de school doet niks", "nl", "parent"),
        ("de huisarts heeft ons met onze zoon doorverwezen, waar nu heen", "nl", "parent"),
        ("mijn zoon op de bso wordt steeds geslagen door een ander kind", "nl", "parent"),
        ("my son's teacher says he is falling behind", "en", "parent"),
        # A pupil about their own class or team.
        ("onze klas gaat op kamp en ik ben 12, ik durf niet mee", "nl", "youth"),
        ("een jongen uit mijn klas pest mij elke dag", "nl", "youth"),
        ("mijn ouders vragen me steeds naar school en ik word er gek van", "nl", "youth"),
        ("een meisje uit mijn team doet heel gemeen tegen me, ik ben 13", "nl", "youth"),
        # No cue at all.
        ("wat is het verschil tussen het cjg en het wijkteam", "nl", "unknown"),
    ],
)
def test_round10_twins(text: str, lang: str, role: str) -> None:
    assert _role(text, lang) == role
