"""Language detection per language, the hint, and a core safety phrase in every language."""

import pytest

from intents import route


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mijn zoon wil niet naar school, wat kan ik het beste doen", "nl"),
        ("my daughter is afraid of the dark, what can I do", "en"),
        ("oglum okula gitmek istemiyor, ne yapabilirim", "tr"),
        ("ابني لا يريد الذهاب إلى المدرسة", "ar"),
        ("mój syn nie chce chodzić do szkoły, co mam zrobić", "pl"),
        ("мій син не хоче ходити до школи, що робити", "uk"),
    ],
)
def test_detects_language(text: str, lang: str) -> None:
    assert route(text).lang == lang


def test_unsure_defaults_to_dutch() -> None:
    assert route("???").lang == "nl"
    assert route("").lang == "nl"


def test_hint_decides_very_short_text() -> None:
    assert route("ok", lang="en").lang == "en"


def test_hint_does_not_override_clear_text() -> None:
    assert route("mijn dochter heeft last van nachtmerries en wil niet slapen", lang="en").lang == "nl"


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("mijn man slaat me elke week", "nl", "safety"),
        ("my partner beats me and I am scared", "en", "safety"),
        ("kocam beni her gün dövüyor", "tr", "safety"),
        ("artık yaşamak istemiyorum", "tr", "low_mood"),
        ("زوجي يضربني كل يوم", "ar", "safety"),
        ("أريد أن أموت", "ar", "low_mood"),
        ("mój mąż mnie bije", "pl", "safety"),
        ("nie chcę już żyć", "pl", "low_mood"),
        ("мій чоловік мене б'є", "uk", "safety"),
        ("я не хочу жити", "uk", "low_mood"),
    ],
)
def test_safety_phrase_in_every_language(text: str, lang: str, code: str) -> None:
    result = route(text)
    assert result.lang == lang
    assert result.urgency in ("urgent", "emergency"), result.explanation
    assert result.category == code


def test_danger_now_in_turkish() -> None:
    assert route("yardım edin, kocam şimdi beni dövüyor").urgency == "emergency"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("kızım geceleri uyumuyor, ne yapabilirim?", "tr"),
        ("Merhaba, oğlum okulda zorbalığa uğruyor", "tr"),
        ("Dzień dobry, moja córka nie chce jeść", "pl"),
        ("syn ma problem ze złością, co robić?", "pl"),
        ("ابني يخاف من الظلام", "ar"),
        ("لدينا ديون كثيرة ولا نستطيع الدفع", "ar"),
        ("мій син погано спить вночі", "uk"),
        ("донька постійно сумна і плаче", "uk"),
        ("help me alsjeblieft, ik weet het niet meer", "nl"),
        ("my son has tantrums every day", "en"),
    ],
)
def test_detects_more_languages(text: str, lang: str) -> None:
    assert route(text).lang == lang


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Oğlum okula gitmek istemiyor", "school"),
        ("mój syn nie chce jeść", "eating"),
        ("طفلي الرضيع يبكي كثيرا في الليل", "baby"),
        ("мій син весь день грає в ігри на телефоні", "media"),
    ],
)
def test_other_languages_get_a_topic(text: str, code: str) -> None:
    result = route(text)
    assert result.category == code, result.explanation
    assert result.intent == "question"


def test_data_files_refuse_a_key_given_twice() -> None:
    import yaml

    from intents.resources import _StrictLoader

    with pytest.raises(ValueError, match="given twice"):
        yaml.load("a:\n  3: [x]\n  3: [y]\n", Loader=_StrictLoader)
