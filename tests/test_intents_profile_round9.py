"""Profile round 9 (branch prof9): who asks and the child's age band, with twins that must not change.

Own sentences for the families found in youth_tune6 and mixed_tune7 (bench/README.md, "Role and age
labels"): a young person's own schoolwork, a parent who punishes or controls the writer, school life in the
first person, parents who must not know, friends; secondary-school words (not "mentor") as a band; "ik ben
zelf 12"; a professional who refers parents. A role or band only where the message states or clearly
implies it."""

import pytest

from tests.test_intents_profile_round8 import role_and_band


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # One's own schoolwork.
        ("ik heb mn geschiedenistoets echt verpest, hoe vertel ik dat thuis", "nl", "youth", "unknown"),
        ("mijn spreekbeurt is vrijdag en ik slaap er nu al slecht van", "nl", "youth", "unknown"),
        ("my grades dropped this term and i can't focus anymore", "en", "youth", "unknown"),
        # A parent who punishes or controls the writer, now.
        ("mn vader pakt elke avond mn laptop af, is dat wel eerlijk", "nl", "youth", "unknown"),
        ("mijn ouders laten me nooit ergens heen, hoe praat ik met ze", "nl", "youth", "unknown"),
        ("ik heb al twee weken huisarrest en ik word gek", "nl", "youth", "unknown"),
        ("my dad checks my messages every night, is that allowed", "en", "youth", "unknown"),
        # School life in the first person.
        ("ik ben vandaag geschorst en weet niet wat ik thuis moet zeggen", "nl", "youth", "unknown"),
        ("ik blijf misschien zitten, wat gebeurt er dan", "nl", "youth", "unknown"),
        ("ik moet morgen presenteren voor de klas en ik ben doodsbang", "nl", "youth", "unknown"),
        ("ik ben nieuw in de klas en ken nog niemand", "nl", "youth", "unknown"),
        # Parents who must not know; the writer a minor.
        ("kan ik met iemand praten zonder dat mn ouders het horen?", "nl", "youth", "unknown"),
        ("mag je als minderjarige zelf naar de huisarts", "nl", "youth", "unknown"),
        ("hoe verstop ik de blauwe plekken op mijn benen voor mijn ouders", "nl", "youth", "unknown"),
        # Siblings: looking after younger ones, becoming a stepsister.
        ("ik moet elke middag op mn zusjes passen en heb geen tijd voor huiswerk", "nl", "youth", "unknown"),
        ("ik word binnenkort stiefbroer en ik vind het maar raar", "nl", "youth", "unknown"),
        # Friends.
        ("mn vriendengroep sluit me de laatste tijd buiten", "nl", "youth", "unknown"),
        ("mn vriendin appt dat ze niet meer wil leven, wat moet ik doen", "nl", "youth", "unknown"),
        # Secondary-school words give the band.
        ("mn mentor wil dat ik een gesprek heb met de zorgcoordinator", "nl", "youth", "unknown"),
        ("volgende week is de toetsweek en ik heb nog niks gedaan", "nl", "youth", "12-17"),
        ("hoe help ik mijn dochter met natuurkunde, ze huilt bij elk proefwerk", "nl", "parent", "12-17"),
        # The writer's own age next to someone else's.
        ("hoe help ik mijn neefje met zijn angst? ik ben zelf 13", "nl", "youth", "12-17"),
        # A professional who refers or advises parents; a service introduced after a verb.
        ("hoe verwijs ik ouders naar een cursus over slapen?", "nl", "professional", "unknown"),
        (
            "we zien als jongerencentrum steeds meer tieners met schulden, wat kunnen we doen",
            "nl",
            "professional",
            "12-17",
        ),
    ],
)
def test_round9_families(text: str, lang: str, role: str, band: str) -> None:
    assert role_and_band(text, lang) == (role, band)


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # Twins: a parent about the child's schoolwork, an adult's own parents, a teacher's class, an adult's
        # partner, a parent who was referred, "me" before a sentence word.
        ("zijn rapport is slecht en mijn zoon wil er niet over praten", "nl", "parent", "unknown"),
        ("mijn vader sloeg me vroeger en nu schreeuw ik zelf tegen mijn zoon", "nl", "parent", "unknown"),
        ("mijn moeder vindt dat ik mijn dochter te veel verwen", "nl", "parent", "unknown"),
        (
            "ik sta al twintig jaar voor de klas als docent en zie steeds meer angst",
            "nl",
            "professional",
            "unknown",
        ),
        ("mijn vriend en ik maken steeds ruzie over de opvoeding van onze zoon", "nl", "parent", "unknown"),
        ("my girlfriend and i disagree about screen time for our daughter", "en", "parent", "unknown"),
        ("de huisarts heeft ons doorverwezen naar jullie voor onze dochter", "nl", "parent", "unknown"),
        ("soms voel ik me geen jongen en soms wel", "nl", "unknown", "unknown"),
        ("mijn lieve zoon wil nooit naar bed", "nl", "parent", "unknown"),
        ("mijn zoon wordt grote broer in mei, hoe bereid ik hem voor", "nl", "parent", "unknown"),
        # "Zelf" with an adult's age is no young person's age.
        ("mijn zoon is 8 en ik ben zelf 34, hoe leg ik de scheiding uit", "nl", "parent", "4-11"),
        # A stated age decides; a friend of an adult's age is no young person's friend.
        ("ik ben mentor van een jongen van 19 die op kamers woont", "nl", "professional", "18-23"),
        ("mn beste vriend is 38 en drinkt te veel, hoe spreek ik hem aan", "nl", "unknown", "unknown"),
    ],
)
def test_round9_twins(text: str, lang: str, role: str, band: str) -> None:
    assert role_and_band(text, lang) == (role, band)
