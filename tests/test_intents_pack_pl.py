"""Polish language pack (intents/data/packs/pl.yaml): danger told in everyday Polish reaches urgent or
emergency, its harmless twins (negation, figure of speech, game, past and over, information question) stay
below urgent, and everyday questions reach their topic. Own sentences, with and without Polish letters."""

from __future__ import annotations

import pytest

import intents

URGENT = {"urgent", "emergency"}


def _route(text: str) -> intents.Route:
    return intents.route(text)


@pytest.mark.parametrize(
    "text",
    [
        # blows, choking, shaking by an adult
        "ojczym mnie bije kiedy mama nie patrzy, mam 11 lat",
        "moj chlopak mnie wczoraj dusil, teraz mnie przeprasza",
        "partnerka mnie popycha i szarpie przy dzieciach",
        "mąż dał mi w twarz przy synku",
        "złapał mnie za gardło i rzucił mną o ścianę",
        "w szkole uczennica powiedziała, że jest bita w domu",
        "stary znowu mnie leje pasem",
        "babcia szarpie moją małą córkę za włosy",
        "tata przywiązuje brata do krzesła za karę",
        "dostaje klapsy od taty prawie codziennie",
        # threats
        "mówi że nas pozabija jak odejdę",
        "jak wróci to mnie zabije, boję się",
        "były grozi że zabierze córkę do Polski i już jej nie zobaczę",
        "zabiją mnie jak się dowiedzą że mam chłopaka",
        # control and exploitation
        "partner zabiera mi całą wypłatę i sprawdza mój telefon",
        "szef zabrał nam paszporty, mówi że odda jak odpracujemy dług",
        "macocha zamyka mnie w piwnicy i nie daje jeść",
        "starsi chłopcy każą mu przewozić paczki z narkotykami",
        # sexual abuse and grooming
        "sąsiad mówi że to nasza tajemnica i każe mi się rozebrać",
        "kuzyn pokazywał synowi filmy porno",
        "jakiś typ z discorda prosi córkę o zdjęcia w bieliźnie",
        "dorosły z internetu chce się spotkać z moim synem, on ma 12 lat",
        "mój chłopak ma 23 lata a ja 14",
        "grozi że roześle moje nagie zdjęcia",
        # neglect and a drunk parent
        "chłopiec z mojej klasy przychodzi w tych samych brudnych ubraniach i jest ciągle głodny",
        "rodzice wyjechali i zostawili nas samych na tydzień bez pieniędzy",
        "mama jest znowu pijana i krzyczy na nas",
        "tata prowadzi samochód po pijaku z nami w aucie",
        # self-harm and suicidal thoughts
        "widziałam świeże rany na nadgarstkach córki",
        "tnę się żyletką od miesiąca",
        "zycie nie ma sensu, chce zniknac",
        "rozdaję swoje rzeczy, i tak nie będą mi już potrzebne",
        "od porodu mam myśli żeby go wyrzucić przez okno",
        # thrown out, nowhere to go
        "rodzice wywalili mnie z domu i śpię na dworcu",
    ],
)
def test_polish_danger_is_urgent(text: str) -> None:
    assert _route(text).urgency in URGENT, text


@pytest.mark.parametrize(
    "text",
    [
        "on jest pijany i wali w drzwi, zamknęłam się z dziećmi w łazience",
        "ojciec się awanturuje, słyszę jak coś się tłucze, teraz",
        "stoję na moście i chcę skoczyć",
        "syn napisał że się zabije i teraz nie odbiera",
        "synek połknął baterię",
        "jest nieprzytomny i nie mogę go obudzić",
    ],
)
def test_polish_danger_now_is_an_emergency(text: str) -> None:
    assert _route(text).urgency == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        # negation and denial
        "nikt go u nas nie bije, ale jest bardzo niegrzeczny",
        "tata nigdy nie podniósł ręki, ale dużo krzyczy o oceny",
        "mąż pije piwo po pracy, nie jest pijany ani agresywny",
        # figures of speech and jokes
        "umieram ze śmiechu z tego filmiku",
        "matma mnie zabija, potrzebuję korepetycji",
        "zabiję go, jak jeszcze raz zostawi skarpetki na podłodze",
        "te sprawdziany mnie wykończą",
        "teść zabija karpia na święta, córka płacze",
        "czy grozi nam kara za wakacje w czasie szkoły?",
        "szef grozi że mnie zwolni jak się spóźnię",
        "chcę zniknąć ze wstydu po tej prezentacji",
        # games and play
        "syn krzyczy 'zabij go' kiedy gra w fortnite",
        "bracia okładają się na żarty po treningu boksu",
        "trzylatek ma napady złości i bije mnie po nogach",
        # past and over
        "kiedyś była u nas przemoc, ale teraz mamy spokój i jest dobrze",
        # information question and everyday
        "czy klaps to przemoc w Holandii?",
        "wzięłam tabletkę na ból głowy",
        "córka boi się że potwór ją porwie w nocy",
        "rodzice nie pozwalają mi wychodzić na imprezy, mam 15 lat",
        "syn zamyka się w pokoju i trzaska drzwiami",
        "tata zabrał mi telefon za karę",
        "nie mam dokąd iść na wakacje z dziećmi, jakieś pomysły?",
        "moja dziewczyna ma 19 lat a ja 18",
    ],
)
def test_polish_harmless_twins_stay_below_urgent(text: str) -> None:
    assert _route(text).urgency not in URGENT, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("synek ma 6 tygodni i ma kolki, płacze godzinami", "baby"),
        ("jak odpieluchować dwulatka?", "toilet"),
        ("córka nie może zasnąć przed północą", "sleep"),
        ("syn ma 5 lat i je tylko makaron, warzyw nie tknie", "eating"),
        ("córka zaczęła się jąkać, ma 3 lata", "development"),
        ("syn ma ataki paniki przed sprawdzianem", "anxiety"),
        ("córka porównuje się z koleżankami i mówi że jest brzydka", "self_image"),
        ("syn bardzo tęskni za babcią w Polsce", "emotions"),
        ("ktoś założył fejkowe konto córki i się z niej śmieją", "bullying"),
        ("rozwodzimy się, jak ustalić kontakt z tatą co drugi weekend", "divorce"),
        ("córka chce wracać z imprezy o drugiej w nocy, ma 15 lat", "puberty"),
        ("mam 16 lat i chyba jestem gejem, jak powiedzieć rodzicom", "sexuality"),
        ("syn gra do rana na komputerze", "media"),
        ("znalazłam u córki marihuanę", "substances"),
        ("mama ma chorobę dwubiegunową, mam 13 lat", "parent_mental_health"),
        ("sama wychowuję dwójkę dzieci i nie mam już siły", "parent_wellbeing"),
        ("nie stać nas na buty zimowe dla dzieci", "money"),
        ("umowa najmu się kończy, szukamy mieszkania z dziećmi", "housing"),
        ("jestem w ciąży i nie wiem co dalej", "pregnancy"),
        ("syn ma cukrzycę i szkoła nie chce pomagać z insuliną", "disability"),
        ("od pół roku jesteśmy na liście oczekujących do psychologa", "access_to_care"),
        ("czy macie trening asertywności dla nastolatków?", "courses"),
    ],
)
def test_polish_topics(text: str, category: str) -> None:
    assert _route(text).category == category, text


def test_dutch_messages_keep_their_route() -> None:
    assert _route("mijn zoon plast nog in bed").category == "toilet"
    assert _route("mijn man slaat me").urgency in URGENT
    assert _route("ik lach me dood om dat filmpje").urgency not in URGENT


# Round lang9: cutting with the reflexive first, drawing oneself dead, a wish to die, a goodbye,
# an adult man with gifts, blows heard next door, a child thrown in anger; each with harmless twins.
@pytest.mark.parametrize(
    "text",
    [
        "wczoraj znowu się pocięła, mówi że to pomaga",
        "syn narysował siebie martwego na kartce",
        "córka mówi, że chciałaby umrzeć, bo wszyscy się z niej śmieją",
        "brat napisał mi, że się żegna",
        "obcy facet obiecuje mojej córce prezenty na snapie, ona ma 13 lat",
        "za ścianą słychać płacz dziecka i uderzenia",
        "mąż ze złości rzucił synka na podłogę",
    ],
)
def test_polish_round9_danger_is_urgent(text: str) -> None:
    assert _route(text).urgency in URGENT


@pytest.mark.parametrize(
    "text",
    [
        "słyszę krzyk dziecka i bicie od godziny, co robić",
        "kuzynka wysłała wiadomość że się żegna i nie odpowiada",
    ],
)
def test_polish_round9_danger_now_is_an_emergency(text: str) -> None:
    assert _route(text).urgency == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "pocięłam papier na kawałki do pracy plastycznej",
        "Trzy lata temu się cięłam, od dawna już nie, jak rozmawiać o tym z młodszą siostrą?",
        "dziadek mówi, że chciałby umrzeć w domu, a nie w szpitalu",
        "napisał, że się żegna, bo wyjeżdża na Erasmusa",
        "zabiję cię, jak zepsujesz moje klocki! krzyczy córka do brata",
        "mąż mnie zabije, jak się dowie, że zgubiłam klucze",
        "robię prezentację o molestowaniu dla szkoły",
        "Synek (3) często dotyka się pod majtkami przed snem, czy to etap rozwoju?",
        "Na lekcji chłopiec rzuca krzesłami, gdy przegra w grę",
    ],
)
def test_polish_round9_harmless_twins_stay_below_urgent(text: str) -> None:
    assert _route(text).urgency not in URGENT


# Round lang9: topic words (cocaine, Roblox, a "bad mother", losing a game, a boyfriend); not urgent.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("syn przyznał się, że bierze kokainę na imprezach", "substances"),
        ("córka 9 lat siedzi w Robloxie całe dnie", "media"),
        ("czuję się złą matką, bo nie mam cierpliwości", "parent_wellbeing"),
        ("syn złości się po każdej przegranej w piłkę", "emotions"),
        ("córka ma 16 lat i ma chłopaka, jak rozmawiać o antykoncepcji", "sexuality"),
    ],
)
def test_polish_round9_topics(text: str, category: str) -> None:
    route = _route(text)
    assert route.category == category
    assert route.urgency not in URGENT
