"""Staff notes (nineteenth session): what CJG staff type when they register a phone call, a walk-in or an
e-mail, in their own shorthand ("Mdr belt, zn 7 ...", "Tel. vdr: dr 9 mnd ...", "baby 6 wkn", "HA belt:").

Own sentences for the families found in staff_tune2 (bench/README.md): the caller's role from "mdr"/"vdr" and
from a header that says how the question came in; the child's age after "zn"/"dr" and in "wkn". Twins: the
same letters where they are chat spelling ("zn moeder" is "zijn moeder", "dr" is "daar"), which must not turn
into a son, a daughter or a parent.

The twenty-second session's families, found in staff_tune3: an adult noted by title ("Mw. belt", "Dhr. aan
balie", "Mail van mw:") with the child in brackets or by school year ("dr (6)", "zn gr 8"); a young person
noted as the caller ("Jongen (16) belt zelf"); a professional's note that goes on with "ivm" or a comma, "pt"
for a patient and "Leerkr." for a teacher; the same in English notes ("Caller (English, mum): ..."). Twins:
grams and a neighbour."""

import pytest

from intents import route
from intents.profile import extract_profile


def _profile(text: str) -> tuple[str, str, float | None]:
    found = extract_profile(text, "nl")
    return found.role, found.age_band, found.child_age_years


@pytest.mark.parametrize(
    ("text", "role", "band", "age"),
    [
        # "Mdr"/"vdr" as the caller, with the child after "zn"/"dr" and a number.
        ("Mdr belt, zn 4 wil alleen nog maar chips eten", "parent", "4-11", 4.0),
        ("vdr belt ivm dr 13, wil niet meer naar de training", "parent", "12-17", 13.0),
        ("Vdr (gescheiden) aan de telefoon: dr 7 wil niet naar haar moeder", "parent", "4-11", 7.0),
        ("mdr aan balie, zn 1,5 jr slaapt slecht", "parent", "0-3", 1.5),
        # A header that says how the question came in.
        ("Tel. mdr: zn 11 heeft geen vriendjes op school", "parent", "4-11", 11.0),
        ("Tel. gesprek met vdr, dr 3 mnd spuugt na elke voeding", "parent", "0-3", 0.25),
        ("Mail van moeder: dochter 15 blowt elk weekend", "parent", "12-17", 15.0),
        ("Telefoonnotitie 14:30. Vader belt over zoon van 6 die bijt", "parent", "4-11", 6.0),
        # Weeks written "wkn".
        ("mdr belt, baby 8 wkn huilt de hele avond", "parent", "0-3", round(8 * 7 / 365.25, 2)),
        # A professional's shorthand header.
        ("HA belt: meisje 16 met eetproblemen, zoekt laagdrempelig aanbod", "professional", "12-17", 16.0),
        ("JGZ-vpk meldt tel.: baby 5 wkn drinkt slecht, moeder oogt uitgeput", "professional", "0-3", None),
        # Twenty-second session (staff_tune3): an adult noted by title, with the child in brackets.
        ("Mevr. belt, dr (5) wil niet slapen zonder licht", "parent", "4-11", 5.0),
        ("Dhr. aan de balie ivm zn (13) die spijbelt", "parent", "12-17", 13.0),
        ("Mail van dhr: pleegzn 9 bijt op school", "parent", "4-11", 9.0),
        # "gr 3" is a school year.
        ("Mw. belt, zn gr 3 kan niet stilzitten in de klas", "parent", "4-11", None),
        # A young person noted as the caller, above the parents the note tells of.
        ("Meisje (15) aan de telefoon, ouders maken elke avond ruzie", "youth", "12-17", 15.0),
        ("Jongere (19) belt, huur is te hoog en schulden lopen op", "youth", "18-23", 19.0),
        # A professional's note that goes on with "ivm" or a comma; "pt" is a patient, "Leerkr." a teacher.
        ("Logopedist belt ivm peuter van 2 die nauwelijks praat", "professional", "0-3", 2.0),
        ("Huisarts belt ivm pt van 12 met steeds buikpijn", "professional", "12-17", 12.0),
        ("Leerkr. gr 5 belt, leerling slaat klasgenoten", "professional", "4-11", None),
    ],
)
def test_staff_shorthand_gives_the_caller_and_the_child(
    text: str, role: str, band: str, age: float | None
) -> None:
    found_role, found_band, found_age = _profile(text)
    assert (found_role, found_band) == (role, band), (text, extract_profile(text, "nl").explanation)
    if age is not None:
        assert found_age == pytest.approx(age, abs=0.01)


@pytest.mark.parametrize(
    ("text", "role", "band"),
    [
        # "zn" and "dr" as chat spelling, with no number after them.
        ("zn moeder is ziek en dr is niks aan te doen", "unknown", "unknown"),
        ("ik ben 15 en mn vriend zn ouders gaan scheiden", "youth", "12-17"),
        # A doctor's title is no daughter: "dr Jansen" has no number after it.
        ("dr Jansen zegt dat het een fase is, mijn zoon is 4", "parent", "4-11"),
    ],
)
def test_chat_spelling_stays_what_it_was(text: str, role: str, band: str) -> None:
    assert _profile(text)[:2] == (role, band), (text, extract_profile(text, "nl").explanation)


def test_evidence_quotes_the_note_as_typed() -> None:
    """Staff see why: the evidence shows "zn 7", not the written-out "zoon 7"."""
    explanation = route("Mdr belt, zn 7 plast weer in bed").explanation
    assert "rol: 'Mdr belt' -> parent" in explanation
    assert "leeftijd: 'zn 7' -> 7 jaar (4-11)" in explanation


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Caller (mum, English): son 4 bites other kids at daycare", "parent"),
        ("Walk-in, father (English): daughter 6 is scared of the dark", "parent"),
        ("Caller (English, girl of 15): has no friends at her new school", "youth"),
    ],
)
def test_an_english_note_names_the_caller(text: str, role: str) -> None:
    assert extract_profile(text, "en").role == role, extract_profile(text, "en").explanation


@pytest.mark.parametrize(
    ("text", "role", "band"),
    [
        # Grams stay grams; a neighbour noted as "mw." is no parent.
        ("ik doe 250 gr bloem erbij en 2 eieren", "unknown", "unknown"),
        ("Mw. belt, buurvrouw, hoort vaak een kind huilen", "unknown", "unknown"),
    ],
)
def test_shorthand_look_alikes_stay_what_they_were(text: str, role: str, band: str) -> None:
    assert _profile(text)[:2] == (role, band), (text, extract_profile(text, "nl").explanation)
