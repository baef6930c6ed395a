"""Category choice on phrasings the lexicon was not written for: one section per family of misses found on
the category tuning set (bench/data/topic_tune.jsonl). Every sentence here is written for this file."""

import pytest

from intents import route
from intents.lexicon import word_keys


def _notes(text: str) -> list[str]:
    return [note for note in route(text).explanation if "->" in note]


# Ordinary Dutch and English words are taken as written: no typo correction into a lexicon word one letter
# away, no split into parts that are not words, no foreign prefix entry.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("ze heeft een rood gezicht na het buitenspelen", "~ gewicht"),
        ("hij moet voorzichtig zijn op zijn nieuwe step", "~ voorlichting"),
        ("ze kan niet meer genieten van tekenen", "[eten]"),
        ("we hebben een bijeenkomst met de buurt gehad", "-> behaviour"),
    ],
)
def test_ordinary_words_are_not_corrected_split_or_read_as_foreign(text: str, wrong: str) -> None:
    assert not any(wrong in note for note in _notes(text))


def test_unknown_compound_of_two_words_is_split() -> None:
    assert route("er gaat een pestfilmpje rond over mijn dochter").category == "bullying"
    notes = _notes("mijn zoon heeft huiswerkstress")
    assert any("[huiswerk]" in note for note in notes)


def test_compound_parts_must_both_be_words() -> None:
    # "stimuleren" is no compound of "stimu" and "leren".
    assert all(note == "" for _, _, note in word_keys("stimulerende"))


def test_dutch_typo_rules_stay_out_of_other_languages() -> None:
    keys = word_keys("czerwone", native=False)
    assert all(note == "" for _, _, note in keys)


# A teenager's age leans towards puberty, but a topic word wins, and an age alone is no clear question.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mijn zoon van 15 heeft een vriendin en ik wil het over condooms hebben", "sexuality"),
        ("onze dochter van 13 zit uren per dag op tiktok", "media"),
        ("mijn zoon van 16 vapet stiekem op school", "substances"),
        ("mijn dochter is 14 en vindt zichzelf lelijk en dik", "self_image"),
        ("hoe laat moet een jongen van 15 thuis zijn na een feest", "puberty"),
        ("ze is 13 en heeft steeds ruzie met ons over alles", "puberty"),
    ],
)
def test_teenager_age_is_a_hint_not_the_topic(text: str, code: str) -> None:
    assert route(text).category == code, route(text).explanation


def test_an_age_alone_is_not_a_clear_question() -> None:
    result = route("ik ben 15")
    assert result.categories[0] == "puberty"
    assert result.confidence < 0.35
