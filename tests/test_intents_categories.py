"""Every taxonomy category is reachable from realistic messages, including typos and SMS spelling."""

import pytest

from intents import Route, route
from knowledge.taxonomy import CODES

MESSAGES: dict[str, list[str]] = {
    "parenting": [
        "mn kind luistert nie, wat moet ik doen",
        "Mijn dochter doet nooit wat ik vraag, moet ik haar straffen of juist belonen?",
    ],
    "baby": [
        "onze baby van 3 weken huilt heel veel en heeft krampjes",
        "hoe lang moet ik borstvoeding gefen",
    ],
    "sleep": [
        "mijn dochter van 2 slaapt niet door",
        "hij wil savonds nooit naar bed en is om 5 uur al wakker",
    ],
    "eating": [
        "ze is erg kieskeurig met eten, wat kan ik doen",
        "mijn zoontje wil nooit groentes eten",
    ],
    "toilet": [
        "m dochter v 4 plast nog steeds in bed snachts, is dat normaal??",
        "hoe krijg ik m'n peuter zindelijk",
        "bedplasen bij een kind van 7",
    ],
    "development": [
        "mijn zoon van 2 praat nog bijna niet",
        "onze dochter van 18 maanden loopt nog niet",
    ],
    "behaviour": [
        "mijn zoon heeft vreselijke driftbuien",
        "hij is zo druk, kan het adhd zijn?",
        "mijn zoontje van 3 slaat mij als hij boos is",
    ],
    "anxiety": [
        "hij is bang in het donker",
        "ze wil niet dat ik wegga, huilt bij het afscheid op de opvang",
    ],
    "low_mood": [
        "mijn dochter van 15 is zo somber de laatste tijd",
        "ik denk dat mijn zoon depressief is",
    ],
    "self_image": [
        "mijn zoon is erg onzeker over zichzelf",
        "hij zegt steeds dat hij niks kan",
    ],
    "emotions": [
        "mijn zoon kan echt niet tegen zijn verlies bij spelletjes",
        "hoe leer ik mijn kind zijn emoties te uiten",
    ],
    "trauma_grief": [
        "opa is overleden, hoe vertel ik dat aan mijn kinderen",
        "hoe help ik mijn dochter met rouw om haar vader",
    ],
    "bullying": [
        "zn zoon wordt gepest op schl wat kan ik doen",
        "ze wordt online uitgescholden in een groepsapp",
    ],
    "school": [
        "hij wil niet naar school en zit nu al weken thuis",
        "schoolweigering bij mijn dochter van 13",
        "Geachte heer/mevrouw, ik maak mij zorgen over een leerling uit mijn klas die al drie weken "
        "niet op school is geweest. Wat kan ik doen?",
    ],
    "divorce": [
        "wij gaan scheiden, hoe vertellen we het de kinderen",
        "ex wil de kids nie meer zien na de scheidng",
    ],
    "puberty": [
        "mijn puber van 14 heeft de hele dag een grote mond",
        "we hebben alleen nog maar ruzie met onze tiener",
    ],
    "sexuality": [
        "hoe geef ik seksuele voorlichting aan mijn zoon van 10",
        "mijn kind zegt dat hij transgender is",
    ],
    "media": [
        "mijn kind zit te veel op zn telefoon",
        "mijn zoon gamet de hele dag fortnite",
        "how much screen time for a 10 year old",
    ],
    "substances": [
        "k denk dat m'n zoon wiet rookt",
        "mijn dochter van 15 drinkt alcohol op feestjes",
    ],
    "parent_mental_health": [
        "mijn partner is depressief, hoe leg ik dat uit aan de kinderen",
        "mijn man drinkt te veel en de kinderen merken het",
    ],
    "parent_wellbeing": [
        "ik ben alleenstaande moeder en helemaal uitgeput",
        "ik voel me zo overbelast als ouder",
    ],
    "money": [
        "ik heb schulden en kan de sportclub van mijn zoon niet betalen",
        "kan ik naar de voedselbank",
    ],
    "housing": [
        "we worden uit huis gezet, waar kunnen we heen",
        "mijn zoon van 18 wil zelfstandig wonen",
    ],
    "pregnancy": [
        "ik ben 16 en zwanger wat moet ik doen",
        "hoe bereid ik me voor op de bevalling",
    ],
    "disability": [
        "mijn zoon heeft autisme en raakt snel overprikkeld",
        "hoe ga je om met een chronisch ziek kind",
    ],
    "safety": [
        "ik vermoed kindermishandeling bij de buren",
        "hoe meld ik iets bij veilig thuis",
    ],
    "access_to_care": [
        "hoe lang is de wachtlijst voor jeugdhulp",
        "kan ik een pgb aanvragen voor mijn zoon",
    ],
    "courses": [
        "is er een opvoedcursus in haarlem",
        "waar kan ik me aanmelden voor een weerbaarheidstraining",
    ],
}
CASES = [(code, text) for code, texts in MESSAGES.items() for text in texts]


def test_every_category_but_other_has_messages() -> None:
    assert set(MESSAGES) == set(CODES) - {"other"}
    assert all(len(texts) >= 2 for texts in MESSAGES.values())


@pytest.mark.parametrize(("code", "text"), CASES)
def test_category(code: str, text: str) -> None:
    result = route(text)
    assert isinstance(result, Route)
    assert result.category == code, result.explanation
    assert result.categories[0] == code
    assert result.intent == "question"
    assert 0.0 < result.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "mijn dochter van 4 plast nog in bed",
        "mijn zoon wordt gepest en ik weet niet wat ik moet doen",
        "ze heeft elke nacht nachtmerries",
    ],
)
def test_route_shape(text: str) -> None:
    result = route(text)
    assert len(result.categories) >= 3
    assert len(set(result.categories)) == len(result.categories)
    assert all(code in CODES for code in result.categories)
    assert result.confidence >= 0.6
    assert result.explanation and all(isinstance(note, str) for note in result.explanation)


def test_explanation_names_the_deciding_word() -> None:
    assert "bedplassen -> toilet" in route("bedplassen, hoe pak ik dat aan").explanation


def test_typo_is_explained_as_correction() -> None:
    notes = route("bedplasssen bij mijn zoon").explanation
    assert any("~ bedplassen" in note and note.endswith("toilet") for note in notes)


def test_compound_part_counts() -> None:
    result = route("heeft iemand tips tegen slaapproblemenellende")
    assert result.category == "sleep"


def test_long_story_with_question_at_the_end() -> None:
    story = (
        "We zijn vorig jaar verhuisd en mijn man werkt veel, ik doe bijna alles alleen met de kinderen. "
        "De oudste gaat goed. Maar de jongste van 3 wil sinds een paar weken elke avond niet gaan slapen "
        "en huilt dan. Hoe krijg ik haar rustig naar bed?"
    )
    assert route(story).category == "sleep"


def test_clear_message_is_confident_and_vague_message_is_not() -> None:
    assert route("mijn zoon van 6 plast elke nacht in bed").confidence >= 0.6
    assert route("mijn zoon doet raar").confidence < 0.35


def test_short_follow_up_uses_previous_category() -> None:
    result = route("en wat als het snachts gebeurt?", context={"previous_category": "toilet"})
    assert result.category == "toilet"
    assert "follow-up -> toilet" in result.explanation


def test_articles_come_from_the_best_category_first() -> None:
    result = route("mijn dochter van 4 plast nog in bed")
    assert result.articles
    assert result.articles[0].startswith("toilet-")


def test_same_message_same_route() -> None:
    text = "mijn zoon van 9 gamet te veel"
    assert route(text) == route(text)
