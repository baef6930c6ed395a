"""Role and child's age in Turkish, Arabic, Polish and Ukrainian messages (profile-lang), and Dutch and
English messages that must read as before. Own sentences, not from any set."""

import pytest

import intents


def _read(text: str) -> tuple[str, str]:
    route = intents.route(text)
    return route.role, route.age_band


# Young people writing about themselves: their age in words or digits, school in the first person.
@pytest.mark.parametrize(
    "text, band",
    [
        ("Annemle babam her akşam kavga ediyor, ben odama kaçıyorum. 14 yaşındayım", "12-17"),
        ("okulda herkes bana gülüyor, teneffüste yalnız kalıyorum", None),
        ("ablam beni hiç dinlemiyor ve ailem bilmiyor ne yaşadığımı", None),
        ("mam 15 lat i nie wiem jak powiedzieć rodzicom że oblałam matmę", "12-17"),
        ("ojciec znowu krzyczy na mamę, boję się wyjść z pokoju", None),
        ("jestem nowa w klasie i nikt ze mną nie rozmawia", None),
        ("matma mnie wykańcza, jestem w 3 klasie vwo i nic nie łapię", "12-17"),
        ("мені 15, тато кричить на маму кожного вечора", "12-17"),
        ("в школі мене постійно ображають однокласники", None),
        ("عندي ١٦ عام وما عندي حدا احكي معه", "12-17"),
        ("أنا ١٥ سنة وبابا بيصرخ على ماما كل يوم", "12-17"),
        ("ana 15 3am w mama dima kat ghwet 3liya", "12-17"),
    ],
)
def test_youth_in_other_languages(text: str, band: str | None) -> None:
    role, age_band = _read(text)
    assert role == "youth", text
    if band is not None:
        assert age_band == band, text


# Parents and grandparents: the child named in any case, with or without "my", ages in every script.
@pytest.mark.parametrize(
    "text, band",
    [
        ("oğlum (9) okula gitmek istemiyor, her sabah karın ağrısı", "4-11"),
        ("kızım 16, son zamanlarda hiç yemek yemiyor", "12-17"),
        ("oğlum 11 aylık, gece sürekli uyanıyor", "0-3"),
        ("torunum 6 yaşında, bizimle yaşıyor, okulda sorun var", "4-11"),
        ("syn 12 lat nie chce chodzić do szkoły", "12-17"),
        ("córka (4) budzi się w nocy z krzykiem", "4-11"),
        ("mała ma 7 tygodni i płacze po każdym karmieniu", "0-3"),
        ("Mój trzylatek rzuca się na podłogę w sklepie", "0-3"),
        ("сину 13, весь час грає в телефон", "12-17"),
        ("доньці 5 років, боїться спати сама", "4-11"),
        ("малюку 4 тижні, погано набирає вагу", "0-3"),
        ("Я бабуся, онук (8) живе зі мною", "4-11"),
        ("ابني ١٠ سنين ما بدو يروح على المدرسة", "4-11"),
        ("بنتي عمرها شهرين وبتبكي كل ليلة", "0-3"),
        ("ولدي عندو 4 سنين وما كيهضرش مزيان", "4-11"),
        ("ابنتي (١٤ سنة) صارت حزينة كتير", "12-17"),
        ("wldi 3ndo 8 snin w ma bghach yakol", "4-11"),
    ],
)
def test_parents_in_other_languages(text: str, band: str) -> None:
    role, age_band = _read(text)
    assert role == "parent", text
    assert age_band == band, text


# Professionals in these languages, also when the message is full of children.
@pytest.mark.parametrize(
    "text",
    [
        "Pracuję w BSO. Jeden chłopiec często bije inne dzieci, rodzice nic nie widzą.",
        "pracuję jako asystentka w szkole, dziewczynka z mojej grupy jest głodna",
        "Працюю у wijkteam, мама з трьома дітьми не справляється",
        "я jeugdverpleegkundige, веду кілька сімей з України",
        "jestem mentorem w 2 klasie havo i mam ucznia, który nie mówi",
    ],
)
def test_professionals_in_other_languages(text: str) -> None:
    assert _read(text)[0] == "professional", text


def test_school_year_of_a_dutch_secondary_school_in_polish() -> None:
    route = intents.route("jestem w 2 klasie havo i nie daję rady")
    assert route.age_band == "12-17"


def test_two_and_a_half_is_not_two_children() -> None:
    route = intents.route("дитина (2,5) не хоче на горщик")
    assert route.age_band == "0-3"
    assert route.child_age_years == pytest.approx(2.5)


def test_duration_is_not_an_age() -> None:
    # "we have been here two years" must not give a second child age.
    route = intents.route("донька (6) погано спить, ми тут вже 2 роки")
    assert route.age_band == "4-11"


def test_weeks_of_pregnancy_are_not_a_baby() -> None:
    assert intents.route("20 haftalık hamileyim, ebe nasıl bulunur").age_band == "pregnancy"


def test_an_eight_year_old_girl_is_not_the_writer() -> None:
    route = intents.route("bso'da çalışıyorum, 8 yaşında bir kız çocuğu bugün ağladı")
    assert route.role == "professional"
    assert route.age_band == "4-11"


def test_feared_pregnancy_stays_a_young_person() -> None:
    assert intents.route("мені 16 і здається я вагітна, мама не знає").role == "youth"
    assert intents.route("16 yaşındayım, hamile olabilir miyim bilmiyorum").role == "youth"


# Dutch and English read as before.
@pytest.mark.parametrize(
    "text, role, band",
    [
        ("Mijn zoon van 7 wil niet naar school", "parent", "4-11"),
        ("ik ben 15 en mijn ouders maken de hele tijd ruzie", "youth", "12-17"),
        ("Als leerkracht van groep 6 maak ik me zorgen om een leerling", "professional", "4-11"),
        ("My daughter is 3 months old and cries all night", "parent", "0-3"),
        ("I'm 16 and my mum drinks every night", "youth", "12-17"),
        ("mam zegt dat ik niet mag gamen, ik ben 13", "youth", "12-17"),
        ("Ik ben 17 weken zwanger van ons eerste kindje", "parent", "pregnancy"),
    ],
)
def test_dutch_and_english_unchanged(text: str, role: str, band: str) -> None:
    assert _read(text) == (role, band), text
