"""Profile round 13 (branch prof13): young people writing about themselves, and young parents.

Own sentences for the families found in youth_tune9 (bench/README.md, "Role and age labels"): bullied with the
"ik" left out, a Dutch school year after an English sentence, one's own missed or skipped school, sleeping or
crying in class, living on one's own or away from home, one's crush, teammates or coach, what to study, one's
own age in a generic question; and a young person who already has a child, who writes as a parent whatever
age they give. Twins: the same words from another writer, which must keep their role."""

import pytest

from intents.profile import extract_profile


def _profile(text: str, lang: str = "nl") -> tuple[str, str]:
    found = extract_profile(text, lang)
    return found.role, found.age_band


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # Bullied, without the "ik".
        ("werd weer gepest in de bus vandaag, wat kan ik doen", "nl", "youth", "unknown"),
        ("sinds de zomer noemen ze me een loser in de app", "nl", "youth", "unknown"),
        # The Dutch school year after an English sentence.
        ("nobody in my class talks to me anymore. klas 2 vwo", "en", "youth", "12-17"),
        # One's own missed or skipped school, sleeping or crying in class.
        ("ik mis zoveel lessen door migraine, hoe haal ik dat in", "nl", "youth", "unknown"),
        ("i've been skipping class because of panic attacks", "en", "youth", "unknown"),
        ("ik huil soms gewoon tijdens de les en weet niet waarom", "nl", "youth", "unknown"),
        # Living on one's own or away from home.
        ("ik ga in september op kamers en ben bang dat ik me eenzaam voel", "nl", "youth", "18-23"),
        ("ik woon nu bij mn oma omdat het thuis niet ging", "nl", "youth", "unknown"),
        ("ik woon in een leefgroep en mag nooit laat weg", "nl", "youth", "unknown"),
        # One's crush, teammates or coach; what to study; one's own age in a generic question.
        ("mn crush reageert niet meer op mn snaps", "nl", "youth", "unknown"),
        ("my teammates laugh at me when i miss a shot", "en", "youth", "unknown"),
        ("my coach shouts at me after every match", "en", "youth", "unknown"),
        ("ik weet echt niet wat ik moet studeren na de zomer", "nl", "youth", "unknown"),
        ("wat kun je doen als je zelf 15 bent en niemand je gelooft", "nl", "youth", "unknown"),
        # Schoolwork given to the writer, a lesson one had, what one's parents forbid; a boy one kissed.
        ("ik moet een spreekbeurt houden voor nederlands over mijn hobby", "nl", "youth", "unknown"),
        ("we kregen vandaag voorlichting over drugs, hoe gevaarlijk is een pil", "nl", "youth", "unknown"),
        ("ik mag van mn vader nooit naar feestjes, ook niet in het weekend", "nl", "youth", "unknown"),
        ("ik heb een meisje ontmoet via insta en nu wil ze afspreken", "nl", "unknown", "unknown"),
        # A learner's own child named bare, next to the writer.
        ("ik weet niet hoe ik moet praten met dochter over school", "nl", "parent", "unknown"),
        ("geen plek in opvang voor baby, ik moet werken. wat nu?", "nl", "parent", "0-3"),
        # A young person who already has a child writes as a parent.
        ("ik ben 17 en mijn zoontje van 4 maanden slaapt nooit", "nl", "parent", "0-3"),
        ("ik ben 19 en heb een dochtertje van 2, waar vind ik opvang", "nl", "parent", "0-3"),
        ("i'm 18 and became a dad last month, is there any help", "en", "parent", "18-23"),
        ("ik ben 16 en ik geef borstvoeding maar het doet pijn", "nl", "parent", "0-3"),
        ("ik ben 20 en een jonge moeder, ik voel me zo alleen", "nl", "parent", "18-23"),
        ("net vader geworden en ik slaap nog maar 3 uur per nacht", "nl", "parent", "unknown"),
        # Several young children told by number, "mum of three", "de kinderen van me".
        ("4 kinderen onder de zes en mijn man is nooit thuis", "nl", "parent", "unknown"),
        ("two kids under five and no family nearby, I am exhausted", "en", "parent", "unknown"),
        ("tired mum of three, how do I get some time for myself", "en", "parent", "unknown"),
        ("ik word gek van die drie kleuters van me, ze zijn nooit stil", "nl", "parent", "4-11"),
    ],
)
def test_round13_cues(text: str, lang: str, role: str, band: str) -> None:
    assert _profile(text, lang) == (role, band)


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # A young person's mother who was a teen mother, a baby brother, baby photos: still the young person.
        ("ik ben 15 en mijn moeder is tienermoeder geweest", "nl", "youth", "12-17"),
        ("ik ben 14 en mijn babybroertje huilt de hele nacht", "nl", "youth", "12-17"),
        ("i'm 16 and my dad keeps sharing my baby photos online", "en", "youth", "12-17"),
        # A parent's child who misses school, a parent's own coach, a parent who lives with family.
        ("mijn zoon mist veel lessen door zijn darmziekte", "nl", "parent", "unknown"),
        ("mijn coach bij het wijkteam zegt dat ik mijn dochter meer moet prijzen", "nl", "parent", "unknown"),
        # A daycare's group of many, another's mother of pupils: not the writer's own children.
        ("op de groep hebben we 12 kinderen onder de 4", "nl", "professional", "unknown"),
        ("de moeder van twee leerlingen belde vandaag de school", "nl", "unknown", "unknown"),
        # A teacher gives the lesson (not a pupil); a parent had a son, and lets him go nowhere.
        ("we geven in groep 8 les over social media, hebben jullie materiaal", "nl", "unknown", "4-11"),
        ("ik heb een zoon gekregen in maart en hij slaapt slecht", "nl", "parent", "unknown"),
        ("mijn zoon mag van mij nooit alleen naar de stad", "nl", "parent", "unknown"),
        # General questions about children, and a worker who talks with a child.
        ("wat is een goede crème voor baby huid?", "nl", "unknown", "0-3"),
        ("als leerkracht praat ik met kind en ouders samen", "nl", "professional", "unknown"),
        # Nobody named: a question about bullying in general, a film about a crush.
        ("wat kan een school doen tegen pesten", "nl", "unknown", "unknown"),
        ("is de film over de crush van die zanger leuk", "nl", "unknown", "unknown"),
    ],
)
def test_round13_harmless_twins_keep_their_role(text: str, lang: str, role: str, band: str) -> None:
    assert _profile(text, lang) == (role, band)
