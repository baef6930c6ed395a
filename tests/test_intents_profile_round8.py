"""Profile round 8 (branch prof8): who asks and the child's age band, with twins that must not change.

Own sentences for the families found in parents_tune4 and youth_tune5 (bench/README.md, "Role and age
labels"): a role or band only where the message states or clearly implies it."""

import pytest

from intents.profile import extract_profile


def role_and_band(text: str, lang: str = "nl") -> tuple[str, str]:
    found = extract_profile(text, lang)
    return found.role, found.age_band


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # "De kinderen" of a writer at home, with no other cue.
        (
            "deze maand kan ik geen cadeautjes betalen voor de kinderen, is er een regeling",
            "nl",
            "parent",
            "unknown",
        ),
        ("ik brul soms tegen de kids en dan schaam ik me", "nl", "parent", "unknown"),
        ("i keep losing my temper with the kids lately", "en", "parent", "unknown"),
        # The household: children and single, living with them, little ones, "de mijne".
        ("twee kinderen, alleenstaand en een baan erbij. hoe hou ik het vol", "nl", "parent", "unknown"),
        (
            "we wonen met vier kinderen in een krappe flat, wie helpt met een groter huis",
            "nl",
            "parent",
            "unknown",
        ),
        ("how do you keep going with 2 little ones and a night shift", "en", "parent", "unknown"),
        ("bij de mijne ging het gelukkig goed, maar hoe zie je angst bij pubers", "nl", "parent", "12-17"),
        # Grandparents raising a grandchild; a parent introduced by kind at the start.
        ("kleindochter (7) woont sinds de zomer bij ons, ze slaapt slecht", "nl", "parent", "4-11"),
        ("my grandson lives with me now and he will not go to school", "en", "parent", "unknown"),
        ("Expat dad, no family nearby. Where can I meet other parents?", "en", "parent", "unknown"),
        ("Thuisblijf moeder: ik verveel me en voel me alleen", "nl", "parent", "unknown"),
        # Found in a child's room or bag.
        ("vapes gevonden in zijn rugzak. wat moet ik hiermee", "nl", "parent", "unknown"),
        ("found some pills in her bedroom, should I be worried", "en", "parent", "unknown"),
        # A little one on the arm or hip.
        ("ik kook met de kleine op mijn heup en ben uitgeput", "nl", "parent", "0-3"),
        # A parent's afterthought: the child's age alone between punctuation.
        (
            "hij wil zijn rijbewijs halen maar zakt steeds voor school, 17. hoe pak ik dat aan",
            "nl",
            "parent",
            "12-17",
        ),
        ("ze wil niet meer naar zwemles en huilt elke keer. 6", "nl", "parent", "4-11"),
        # Pregnancy by weeks and a baby still to come.
        ("ik ben 28 wk en slaap slecht, is dat normaal", "nl", "parent", "pregnancy"),
        ("zodra ons kindje geboren is, waar schrijf ik het in?", "nl", "parent", "pregnancy"),
        # English "me" before a cue: "told me my son".
        ("the coach told me my son is picking fights, how do i handle it", "en", "parent", "unknown"),
        # A partner who is expecting (chat spelling "mn").
        ("mn vrouw is zwanger van ons eerste, wat kunnen we nu al regelen", "nl", "parent", "pregnancy"),
    ],
)
def test_parent_families(text: str, lang: str, role: str, band: str) -> None:
    assert role_and_band(text, lang) == (role, band)


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # Twins: children elsewhere, children minded, a bare number that is a list or a score, no pregnancy.
        (
            "ik pas morgen op de kinderen van mijn zus, tips voor een rustige avond",
            "nl",
            "unknown",
            "unknown",
        ),
        ("de kinderen in mijn groep zijn erg druk als ik werk als leidster", "nl", "professional", "unknown"),
        ("1. hij slaapt slecht. 2. hij eet slecht", "nl", "parent", "unknown"),
        ("ik ben 3 weken ziek geweest en voel me nog slap", "nl", "unknown", "unknown"),
        ("i found my keys in my bag after all, are you open today", "en", "unknown", "unknown"),
        ("tell me my options for a parenting course please", "en", "parent", "unknown"),
        ("ik had de tas op mn arm en ben gevallen, zijn jullie open", "nl", "unknown", "unknown"),
        ("hoeveel zakgeld geven jullie? wij geven 10 euro per maand", "nl", "parent", "unknown"),
    ],
)
def test_parent_twins(text: str, lang: str, role: str, band: str) -> None:
    assert role_and_band(text, lang) == (role, band)


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # Chat spelling of one's school year, going to secondary school, teacher-training college.
        ("kzit in 2 vwo en ik kan niet plannen", "nl", "youth", "12-17"),
        ("k zit in de brugklas en niemand praat met me", "nl", "youth", "12-17"),
        ("ik ga na de zomer naar de middelbare en ik ben zenuwachtig", "nl", "youth", "12-17"),
        ("sinds september zit ik op de pabo en de stages vallen zwaar", "nl", "youth", "18-23"),
        # One's own class, school, break and gym.
        ("bij gym word ik altijd als laatste gekozen", "nl", "youth", "unknown"),
        ("niemand in mn klas wil met me samenwerken", "nl", "youth", "unknown"),
        ("people at school keep copying my homework and I hate it", "en", "youth", "unknown"),
        # The young person's own youth worker; pocket money asked by the one who gets it.
        ("mijn jeugdconsulent wil dat ik naar een groep ga, moet dat", "nl", "youth", "unknown"),
        ("hoeveel zakgeld is eerlijk vergeleken met vrienden, krijg ik te weinig?", "nl", "youth", "unknown"),
        # Turning 18 soon, "ik" left out.
        (
            "word volgende maand 18 en mijn begeleider stopt ermee, hoe moet het verder",
            "nl",
            "youth",
            "12-17",
        ),
    ],
)
def test_youth_families(text: str, lang: str, role: str, band: str) -> None:
    assert role_and_band(text, lang) == (role, band)


@pytest.mark.parametrize(
    ("text", "lang", "role", "band"),
    [
        # Twins: a parent about a child's class or school, a teacher's class, a son who turns 18 (his band).
        ("mijn zoon heeft geen vrienden in zijn klas, hoe help ik hem", "nl", "parent", "unknown"),
        (
            "in mijn klas als leerkracht zitten 28 kinderen, hoe houd ik overzicht",
            "nl",
            "professional",
            "unknown",
        ),
        ("hij wordt binnenkort 18 en zijn begeleiding loopt af, hoe verder", "nl", "parent", "12-17"),
        (
            "onze dochter gaat na de zomer naar de brugklas, hoe bereiden we haar voor",
            "nl",
            "parent",
            "12-17",
        ),
    ],
)
def test_youth_twins(text: str, lang: str, role: str, band: str) -> None:
    assert role_and_band(text, lang) == (role, band)
