"""Profile round 12 (branch prof12): role and age cues of grandparents, foster and step parents, learner and
English parents, and young people describing themselves.

Own sentences for the families found in youth_tune8, parents_tune6, learner_tune4 and english_tune5
(bench/README.md, "Role and age labels"): a grandparent or would-be foster parent, a foster child named bare,
an in-law; a parent's English shorthand ("4yo", "kid of 8", "my 13 yr olds"), a learner's bare "kind 7",
generic questions about "een peuter"; a young person's age opening the message, "op mn 16e", "15f", a school
year alone, schoolwork for a subject; a teacher's "as mentor of", "I teach groep 8"; pregnancy words.
Twins: the same words from another writer, or not about an age, which must keep their role and band."""

import pytest

from intents.profile import extract_profile


def _profile(text: str, lang: str = "nl") -> tuple[str, str]:
    found = extract_profile(text, lang)
    return found.role, found.age_band


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # Grandparents, foster and step parents, in-laws.
        ("als opa weet ik niet meer hoe ik met zijn woedebuien om moet gaan", "nl", "parent", "unknown"),
        ("wij willen heel graag pleeggezin worden, waar moeten we beginnen?", "nl", "parent", "unknown"),
        ("is er een training voor grootouders die elke week oppassen?", "nl", "parent", "unknown"),
        ("any support for step-parents in a blended family?", "en", "parent", "unknown"),
        ("Stiefkind van 9 wil niet meer bij ons eten op zondag.", "nl", "parent", "4-11"),
        ("my father-in-law keeps giving them sweets before dinner", "en", "parent", "unknown"),
        # A parent's English shorthand and the plural "year olds".
        ("3yo refuses to brush teeth, any tricks?", "en", "parent", "0-3"),
        ("kid of 10 lies about homework all the time", "en", "parent", "4-11"),
        ("twins of 9 months, none of them sleep through", "en", "parent", "0-3"),
        ("my 15 yr olds phone is always on at night", "en", "parent", "12-17"),
        ("my son asks if trampolines are safe for 7 year olds", "en", "parent", "4-11"),
        ("my daughter invited eight four-year-olds, how do I keep it calm", "en", "parent", "4-11"),
        # A learner parent's bare child with a number, a baby as the object, generic questions.
        ("jongetje 5 bijt andere kinderen op school, wat doen", "nl", "parent", "4-11"),
        ("zwemles voor jongen 8, waar goedkoop?", "nl", "parent", "4-11"),
        ("ik denk dat baby drinkt te weinig, hij slaapt veel", "nl", "parent", "0-3"),
        ("hoe leer je een kleuter om zelf zijn jas aan te doen", "nl", "parent", "4-11"),
        ("is een tablet schadelijk voor een peuter?", "nl", "parent", "0-3"),
        ("de mijne is 9 en wil nog steeds bij ons slapen, erg?", "nl", "parent", "4-11"),
        ("we have 3 young kids and no money left for the heating", "en", "parent", "unknown"),
        ("Hij huilt elke avond bij het slapen gaan, 10 maanden.", "nl", "parent", "0-3"),
        # Pregnancy words.
        ("we verwachten een tweeling, wat moet ik regelen", "nl", "parent", "pregnancy"),
        ("willen thuis bevallen, hoe werkt dat met de kraamzorg", "nl", "parent", "pregnancy"),
        ("wat zie je bij de echo van twintig weken?", "nl", "parent", "pregnancy"),
        # Young people describing themselves.
        ("16 hier, en ik slaap slecht door stress", "nl", "youth", "12-17"),
        ("19 and no idea what to study. who can i talk to", "en", "youth", "18-23"),
        ("just turned 17, can i get my own gp?", "en", "youth", "12-17"),
        ("everyone at school ignores me. 14f", "en", "youth", "12-17"),
        ("is het raar dat ik op mn 15e nog nooit verliefd ben geweest", "nl", "youth", "12-17"),
        ("mag ik met 15 al alleen naar de huisarts", "nl", "youth", "12-17"),
        ("ik ben nu in de 2e en heb geen vrienden", "nl", "youth", "12-17"),
        ("zit in de 4e en alles is te veel", "nl", "youth", "12-17"),
        ("nobody picks me for their team. year 8", "en", "youth", "12-17"),
        ("hoe overleef je het als je in de brugklas zit en niemand kent", "nl", "youth", "12-17"),
        ("ik vind de middelbare na de zomer echt eng", "nl", "youth", "12-17"),
        ("moet ik van vwo naar havo als mijn cijfers zo blijven", "nl", "youth", "12-17"),
        ("voor biologie moet ik een werkstuk maken over alcohol", "nl", "youth", "12-17"),
        ("mn gymdocent doet raar tegen mij", "nl", "youth", "unknown"),
        # Professionals.
        ("as teacher of a year 6 class I see a lot of online bullying", "en", "professional", "4-11"),
        ("I teach havo 3 and one boy keeps skipping lessons", "en", "professional", "12-17"),
        ("as a team leader I wonder how to talk to a boy of 12 about hygiene", "en", "professional", "12-17"),
        ("the children at my club talk about vapes all the time", "en", "professional", "unknown"),
    ],
)
def test_round12_cues(text: str, lang: str, role: str, band: str) -> None:
    assert _profile(text, lang) == (role, band)


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # An age alone after a young person's sentence stays the young person's.
        ("i freeze when the teacher asks me something. 12 yo. how do i stop", "en", "youth", "12-17"),
        # A parent's own youth told in the past is not a young person's age.
        ("ik ben op mijn 17e moeder geworden en mijn zoon is nu 10", "nl", "parent", "4-11"),
        # A list of ages at the start is not the writer's own age: three children of one band.
        ("12, 14 en 16: mijn kinderen maken elke dag ruzie", "nl", "parent", "12-17"),
        # "Mine" of something else, a kid in a game, a grandmother in a film.
        ("de mijne is kapot, kan ik een nieuwe fiets lenen", "nl", "unknown", "unknown"),
        # A worker's pupil stays the worker's.
        ("als leerkracht zie ik een meisje 9 dat vaak huilt in mijn klas", "nl", "professional", "4-11"),
        # Youth about their own mother, not an in-law.
        ("my mother won't let me go out after 8", "en", "youth", "unknown"),
    ],
)
def test_round12_harmless_twins_keep_their_role(text: str, lang: str, role: str, band: str) -> None:
    assert _profile(text, lang) == (role, band)
