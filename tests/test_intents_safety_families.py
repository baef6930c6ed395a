"""Safety triage, round 2: phrasing families found with the topic and profile tuning sets.

Every sentence here was written for these tests (never taken from a bench/data file): for each family the
phrasings that must raise an alarm, in Dutch and English, and the everyday uses of the same words that must
not.
"""

import pytest

from intents import route

URGENT = ("urgent", "emergency")
QUIET = ("none", "attention")


def _urgency(text: str) -> str:
    return route(text).urgency


def _check(text: str, expected: tuple[str, ...]) -> None:
    result = route(text)
    assert result.urgency in expected, (text, result.urgency, result.explanation)


# --- Words meant otherwise: a thing that "kills" someone, "reageert niet" about listening or mail, suicide
# ruled out in a professional's summary.
FIGURES_QUIET = [
    "dat proefwerk van vrijdag gaat me echt afmaken, hoe plan ik mijn leerwerk?",
    "die verhuizing gaat ons nog slopen, hoe houden we het leuk voor de kinderen?",
    "this exam is going to kill me, any tips for revising with adhd?",
    "mijn zoon van 3 reageert niet als ik hem roep, kan hij slecht horen?",
    "de school reageert niet op mijn mails over het pesten",
    "hij reageert niet meer op mijn appjes sinds hij verkering heeft, normaal?",
    "Gesprek met moeder: dochter somber, geen actuele suïcidale gedachten, wel slaapproblemen.",
    "Verwijzing: jongen van 16, angstklachten, suïcidaliteit uitgesloten, graag advies over begeleiding.",
    "school says no suicidal thoughts, she is just very tired and stressed",
]
FIGURES_STILL_URGENT = [
    ("mijn opa ligt in de gang en reageert niet meer", ("emergency",)),
    ("mijn baby reageert nergens meer op", ("emergency",)),
    ("die jongens uit de klas gaan me afmaken na school", URGENT),
    ("de huisarts zegt dat hij wel suïcidale gedachten heeft", URGENT),
]


@pytest.mark.parametrize("text", FIGURES_QUIET)
def test_figures_and_ruled_out_stay_quiet(text: str) -> None:
    _check(text, QUIET)


@pytest.mark.parametrize(("text", "expected"), FIGURES_STILL_URGENT)
def test_figures_guard_keeps_real_signals(text: str, expected: tuple[str, ...]) -> None:
    _check(text, expected)
