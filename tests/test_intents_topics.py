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
