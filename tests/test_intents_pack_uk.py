"""Ukrainian language pack (intents/data/packs/uk.yaml): topic words, safety families, harmless twins.

The sentences are written for these tests (Ukrainian, with the Russian forms refugees also write);
none is taken from a benchmark set.
"""

import pytest

from intents import route
from tests.test_intents_categories import assert_category

URG = {"urgent", "emergency"}

EMERGENCY = [
    # danger now: a weapon, hiding from someone who threatens, a door broken in
    "він п'яний стоїть у коридорі з ножем і кричить",
    "у нього в руках ніж, він ходить по квартирі",
    "ми з сином заперлися в туалеті, він погрожує що вб'є",
    "він ломиться у квартиру, я не знаю що робити",
    # suicide told as a decision or at a height
    "я все вирішила, сьогодні вночі. хочу щоб хтось знав",
    "я на даху будинку і думаю зістрибнути",
    "друг написав що сьогодні покінчить з собою",
    "тримаю в руках таблетки і хочу всі випити",
    # a child missing with the phone off, a small child alone and crying
    "син пішов увечері після сварки і досі не прийшов. телефон вимкнений",
    "у сусідів немовля вже кілька годин само і плаче, батьків немає",
    # medical
    "малюк проковтнув батарейку",
    "донька втратила свідомість у ванній",
]

URGENT_SAFETY = [
    "мій чоловік вчора душив мене при дітях",
    "тато бив мене ременем за двійку",
    "хлопець мами мене штовхає, коли її немає вдома",
    "чоловік підняв на мене руку",
    "вітчим тягав мене за волосся",
    "чоловік дав мені ляпаса при гостях",
    "мене вдома б'ють",
    "свекруха б'є нашу дитину, коли я на роботі",
    "колишній пише, що знає де ми живемо, і що я ще пошкодую",
    "колишній чекає біля садочка кожен ранок",
    "чоловік забрав мій паспорт і банківську картку",
    "муж забрал документы и не даёт денег на еду детям",
    "чоловік контролює кожен мій крок",
    "дорослий чоловік з гри каже нікому не казати про наші розмови, мені 13",
    "отчим меня трогает, когда мамы нет",
    "дядько заходить вночі до мене в кімнату",
    "сусід показував доньці порно на телефоні",
    "він пропонує гроші за фото",
    "дитина в сусідній кімнаті опвангу вже тиждень сама до ночі, голодна",
    "мама поїхала на тиждень і залишила нас з братом самих",
    "батько закриває молодшого на балконі за погану поведінку",
    "мама знову п'яна і не встає, я сама годую молодших",
    "донька зникла, не можемо знайти з обіду",
    "мені 16, мене вигнали з дому, сплю на вокзалі",
    "тато п'яний кричить і кидає речі, я боюсь бути вдома",
    "учениця каже, що вдома її лупцюють",
    "я боюсь що вдарю дитину, вже не витримую",
    "батьки б'ють сина, я чую це через стіну",
    "у нас вдома немає їжі вже третій день",
    "до доньки в опвангу пристає дорослий чоловік",
    "тренер просить доньку надсилати фото в купальнику",
]

URGENT_LOW_MOOD = [
    "іноді думаю, що було б краще якби мене не було",
    "я всім тільки тягар",
    "не хочу больше жить",
    "хочу заснути і не прокинутись",
    "думаю про те, як закінчити все це",
    "в чаті пишуть, щоб я вбилась",
    "я б'ю себе кулаками по ногах, коли погано",
    "я порізала руки лезом",
    "навіщо мені жити",
    "хочу выпрыгнуть из окна",
    "донька ріжеться, я бачила порізи",
    "подруга не хоче більше жити",
]

NOT_URGENT = [
    # figures of speech: a thing or a chatterbox "will kill me", a report card, a cat
    "ця математика мене вб'є",
    "донька мене вб'є своїми питаннями, їй 4",
    "мама мене вб'є коли побачить оцінки",
    "вб'ю цього кота, знову розбудив малого",
    "школа погрожує штрафом за прогули",
    # games and toddlers
    "син грає в шутер і кричить всіх вб'ю",
    "донька (3) кусає і б'є дітей у садочку",
    "син (4) б'є мене коли я забираю планшет",
    # violence long over, said not to happen
    "раніше чоловік мене бив, але ми розлучились 4 роки тому і зараз все добре",
    "коли я була маленька тато мене бив, тепер я сама мама і питаю про виховання",
    "чоловік ніколи не піднімав руку на дітей",
    # a place, not life; everyday words next to the signal words
    "я не хочу жити в цьому місті",
    "не хочу більше жити в гастсім'ї",
    "син (8) боїться спати сам вночі",
    "з якого віку можна залишати дитину саму вдома?",
    "донька ріже овочі ножем, з якого віку можна?",
    "син у страйкболі весь у синцях від кульок",
    "я вже все вирішила з садочком",
    "думаю як закінчити школу з хорошими оцінками",
    "донька пішла з дому до подруги і повернулась о 9",
    "я втекла з дому в 2022 від обстрілів",
    "вдома постійно бійки між братами за приставку",
    "мама не дає мені їсти солодке перед сном",
    "мама забрала мій телефон за погані оцінки",
    "мій хлопець каже що знайде мені роботу",
    "бабуся пішла з життя минулого року, син сумує",
    "мене побили у футболі, це нормально?",
    "я порізалась ножем коли різала хліб",
    "у малого ріжуться зуби, не спить",
    "донька ріже папір ножицями весь день",
    "син не хоче жити з татом після розлучення",
]

TOPICS = [
    ("донька 3 роки їсть тільки макарони, від овочів відмовляється", "eating"),
    ("синові 6, знову почав мочитися вночі", "toilet"),
    ("донька (8) прокидається від кожного гучного звуку, у нас були обстріли", "trauma_grief"),
    ("як записатись до психолога українською мовою?", "access_to_care"),
    ("нам зменшили leefgeld, на дітей не вистачає", "money"),
    ("в опвангу одна кімната на п'ятьох, чи можна переїхати?", "housing"),
    ("мені 15, здається я вагітна", "pregnancy"),
    ("у сина епілепсія, школа не бере його на екскурсію", "disability"),
    ("чи є тренінги для батьків підлітків?", "courses"),
    ("мені 14, в класному чаті скидають мої фото з підписами", "bullying"),
    ("донька 11 просить тікток, з якого віку можна?", "media"),
    ("синові 16, прийшов додому з запахом трави", "substances"),
    ("я сама з трьома дітьми, вже не справляюсь", "parent_wellbeing"),
    ("чоловік повернувся з фронту і зовсім інший, кричить уві сні", "parent_mental_health"),
    ("мені 16 і мені подобається дівчина, як сказати батькам", "sexuality"),
    ("синові 9, коли програє, кидає карти і кричить, не вміє програвати", "emotions"),
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_danger_now_is_an_emergency(text: str) -> None:
    assert route(text).urgency == "emergency", route(text).explanation


@pytest.mark.parametrize("text", URGENT_SAFETY)
def test_danger_at_home_is_urgent_safety(text: str) -> None:
    r = assert_category(text, "safety")
    assert r.urgency in URG, r.explanation


@pytest.mark.parametrize("text", URGENT_LOW_MOOD)
def test_suicidal_thoughts_and_self_harm_are_urgent(text: str) -> None:
    r = route(text)
    assert r.urgency in URG, r.explanation
    assert r.category == "low_mood", (r.category, r.explanation)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_harmless_twins_stay_below_urgent(text: str) -> None:
    assert route(text).urgency not in URG, route(text).explanation


@pytest.mark.parametrize(("text", "category"), TOPICS)
def test_ukrainian_topic_words(text: str, category: str) -> None:
    assert category in route(text).categories[:2], route(text).explanation


# Round lang9: soon gone, a wish that it all ends, blows that leave bruises, a child left alone
# all day, not back from school with the phone off; each with harmless twins.
@pytest.mark.parametrize(
    "text",
    [
        "донька написала подрузі: скоро мене не буде",
        "хочу, щоб усе це нарешті закінчилось, сил нема",
        "я б'ю доньку паском, аж лишаються синці",
        "сусідка лишає малюка самого на весь день",
    ],
)
def test_round9_danger_is_urgent(text: str) -> None:
    assert route(text).urgency in URG


def test_round9_not_back_with_phone_off_is_an_emergency() -> None:
    assert route("син 9 років не повернувся з тренування, телефон вимкнений").urgency == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "скоро зникну на тиждень у відпустку, хто підмінить?",
        "хочу щоб це все закінчилось швидше, ремонт у квартирі триває вже місяць",
        "я не б'ю сина, але в нього синці після футболу",
        "в дитинстві мене били, але терапія допомогла",
        "пишу реферат про насильство в сім'ї",
        "донька не повернулась зі школи вчасно, бо була на гуртку",
    ],
)
def test_round9_harmless_twins_stay_below_urgent(text: str) -> None:
    assert route(text).urgency not in URG


# Round lang9: topic words (bedwetting, breastfeeding, "кушає", afraid to speak, rudeness, weed, back from the
# front, shouting at the children, standing up for oneself, left out of games, nude photos); not urgent.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("син 6 років знову писяється в ліжко", "toilet"),
        ("малюк постійно на грудях, здається мало молока", "baby"),
        ("донька кушає тільки макарони", "eating"),
        ("боюся говорити перед класом, серце калатає", "anxiety"),
        ("син грубить і огризається на все", "behaviour"),
        ("мені 18, курю траву щовечора", "substances"),
        ("чоловік повернувся з фронту і не може заснути", "parent_mental_health"),
        ("я постійно кричу на дітей і потім шкодую", "parent_wellbeing"),
        ("як навчити сина постояти за себе в школі", "self_image"),
        ("доньку не беруть в ігри на перерві", "bullying"),
        ("в класі розіслали голі фото однокласниці", "sexuality"),
    ],
)
def test_round9_topic_words(text: str, category: str) -> None:
    r = route(text)
    assert r.category == category, r.explanation
    assert r.urgency not in URG
