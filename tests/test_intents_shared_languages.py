"""Shared safety rules (intents/data/safety.yaml) for Turkish, Arabic, Polish and Ukrainian.

Clause barriers for negation, immediacy words, information questions, a teenager's "mum will kill me" over a
mark, and the narrowed Turkish threat. The sentences are written for these tests; none is taken from a
benchmark set.
"""

import pytest

from intents import route

URG = {"urgent", "emergency"}


# A negation in another clause (after "when", "because", "but", "if") does not cancel the blow.
BARRIER_URGENT = [
    "ojczym mnie bije kiedy nikogo nie ma w domu",
    "tata mnie bije bo nie posprzątałam pokoju",
    "вітчим мене б'є коли мами немає вдома",
    "тато мене б'є але просить не казати нікому",
    "брат мене б'є якщо я не віддаю гроші",
    "بابا يضربني لما ماما مش بالبيت",
    "ابوي يضربني كل ما ارجع متاخر",
    "زوجي يضربني بس ما حدا بيعرف",
]

# The negation in the same clause still cancels it.
BARRIER_CALM = [
    "tata mnie nie bije, tylko krzyczy",
    "ojczym nigdy mnie nie uderzył",
    "тато мене не б'є, тільки кричить",
    "بابا ما بيضربني بس بيصرخ كتير",
]


@pytest.mark.parametrize("text", BARRIER_URGENT)
def test_negation_in_other_clause_keeps_alarm(text: str) -> None:
    assert route(text).urgency in URG, text


@pytest.mark.parametrize("text", BARRIER_CALM)
def test_negation_in_same_clause_cancels(text: str) -> None:
    assert route(text).urgency not in URG, text


# Tonight, for hours, a phone switched off: an urgent threat becomes an emergency.
EMERGENCY = [
    "він сказав що вб'є мене сьогодні вночі",
    "син не прийшов додому, телефон вимкнений. вітчим погрожував що вб'є його",
    "kocam bu gece beni öldüreceğini söyledi",
    "ojciec powiedział że dziś w nocy nas zabije",
    "زوجي قال رح يقتلني الليلة",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_tonight_makes_emergency(text: str) -> None:
    assert route(text).urgency == "emergency", text


def test_threat_without_tonight_stays_urgent() -> None:
    assert route("він сказав що вб'є мене").urgency == "urgent"


# A definition or an age asked, with no case of the writer's own: below urgent.
INFORMATION = [
    "şiddet nedir, hangi davranışlar şiddet sayılır",
    "що таке насильство в сім'ї",
    "ما هو العنف الأسري",
    "czy to jest już przemoc psychiczna, jeśli ktoś ciągle krzyczy",
]

# The same words with a case told stay urgent.
INFORMATION_CASE = [
    "babam bana şiddet uyguluyor, şiddet nedir bilmiyordum",
    "вітчим б'є маму, що таке насильство я знаю",
    "ابوي يضربني كل يوم، ما هو الحل",
]


@pytest.mark.parametrize("text", INFORMATION)
def test_definition_question_not_urgent(text: str) -> None:
    assert route(text).urgency not in URG, text


@pytest.mark.parametrize("text", INFORMATION_CASE)
def test_case_with_question_stays_urgent(text: str) -> None:
    assert route(text).urgency in URG, text


# A teenager's "mum will kill me" over a bad mark, a phone or a pregnancy test: for a worker to read.
PARENT_ANGER = [
    "я отримала двійку з математики, мама мене вб'є",
    "мені 16 і тест показав дві смужки. мама мене вб'є",
    "dostałam jedynkę ze sprawdzianu, mama mnie zabije",
    "annem beni öldürecek çünkü telefonu kırdım",
]

# With a blow, a threat told or a weapon the alarm stays.
PARENT_DANGER = [
    "я отримала двійку, тато мене вб'є, він мене б'є ременем",
    "rozbiłam telefon, tata mnie zabije, on mnie bije pasem",
    "вітчим сказав що вб'є мене",
    "kocam öldürecek diye korkuyorum",
    "babam hepimizi öldüreceğini söylüyor",
]


@pytest.mark.parametrize("text", PARENT_ANGER)
def test_parent_anger_over_mark_not_urgent(text: str) -> None:
    assert route(text).urgency not in URG, text


@pytest.mark.parametrize("text", PARENT_DANGER)
def test_parent_threat_with_danger_urgent(text: str) -> None:
    assert route(text).urgency in URG, text


def test_third_person_wish_to_die_urgent() -> None:
    assert route("мій брат каже що більше не хоче жити").urgency in URG
    assert route("моєму сину 15 років, він не хоче жити").urgency in URG


def test_turkish_thing_that_kills_not_urgent() -> None:
    assert route("bu sıcak beni öldürecek").urgency not in URG
    assert route("matematik öğretmenim öldürecek, ödevi unuttum").urgency not in URG
