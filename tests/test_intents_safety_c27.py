"""Safety triage, the twenty-seventh session: an accident or an illness in danger now (a button battery or a
cleaning product swallowed, a seizure that does not stop, a fall with vomiting, choking, a reaction to a
sting) is an emergency under `other`, or the baby's topic for a child under eighteen months, not under
safety at home: the taxonomy files abuse, violence and neglect there, and the tuning sets' authors file these
accidents under `other` or `baby` two times in three. Where another danger is told with the accident (a blow
before the child stopped breathing, pills after dark thoughts) that danger names the category."""

import pytest

from intents import route
from intents.safety import ACCIDENT, triage

ACCIDENTS = [
    "mijn zoon van 2 heeft net een knoopbatterij ingeslikt, wat moet ik doen",
    "mijn dochter van 3 heeft een slok ontstopper gedronken en huilt heel erg",
    "onze peuter heeft een vaatwastablet opengebeten en kwijlt",
    "my 4 year old just swallowed some bleach and is coughing",
    "mijn zoon van 5 is uit het raam gevallen en reageert raar",
    "mijn zoon van 4 heeft een koortsstuip en het houdt niet op, al 6 minuten",
    "my son of 7 was stung by a wasp and his face is swelling up, he can hardly breathe",
]
# Under eighteen months the accident is the baby's topic.
BABY_ACCIDENTS = [
    "mijn dochter van 8 maanden heeft een knoopbatterij ingeslikt",
    "my son (10 months) swallowed a button battery from the remote",
]
# Another danger told with the accident names the category; the level stays an emergency.
TOLD_WITH_ANOTHER_DANGER = [
    ("mijn man sloeg de baby en nu wordt hij blauw", "safety"),
    ("hij heeft haar tegen de muur gegooid en nu heeft ze een stuip die niet stopt", "safety"),
    ("ik wil dood en heb net alle pillen ingeslikt", "low_mood"),
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_an_accident_now_is_an_emergency_under_other(text: str) -> None:
    result = route(text)
    assert result.urgency == "emergency", result.explanation
    assert result.category == ACCIDENT, (result.categories, result.explanation)
    assert triage(text).category == ACCIDENT


@pytest.mark.parametrize("text", BABY_ACCIDENTS)
def test_an_accident_of_a_baby_is_the_babys_topic(text: str) -> None:
    result = route(text)
    assert result.urgency == "emergency", result.explanation
    assert result.category == "baby", (result.categories, result.explanation)


@pytest.mark.parametrize(("text", "code"), TOLD_WITH_ANOTHER_DANGER)
def test_another_danger_told_with_an_accident_names_the_category(text: str, code: str) -> None:
    result = route(text)
    assert result.urgency == "emergency", result.explanation
    assert result.category == code, (result.categories, result.explanation)
