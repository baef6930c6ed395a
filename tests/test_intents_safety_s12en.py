"""Safety triage, round s12en: English danger told sideways (an adult who "does things" to a child, a parent
who would "rather see me dead than gay", children "better off if I just disappeared", skin scratched until
it bleeds when it gets too much, young children left alone whole weekends or their parents not seen for
days, a marriage arranged for a young person, a minor with a boyfriend in his late twenties, an online
contact who lies about his age or wants a video call alone, the fridge locked against a hungry child, a
parent who inspects a child's body, an uncle who gets angry when a child will not sit on his lap, "he's
hitting my brother", thoughts of stepping forward on a platform); the English look-alikes that stay calm
(a parent who will "kill me" over a mishap, "lowkey wanna die" of embarrassment, a death word said
laughing, a childhood of blows worked through, a school project on abuse, how to explain suicide to a
child, a character in a novel, a child who walks to school alone); and the same families in Ukrainian,
Polish, Turkish and Arabic (blows heard next door, a child who does not want to live, told in the third
person). Later in the round the same families in other words: honour used to control, a parent in bed while
the children go hungry, chats kept secret, pictures of private parts, made to touch, pinned against a wall,
marks not explained, cuts shown, a plan with a date, a burden; and in the other languages "rather dead than
gay", young children alone at home for days and the fridge locked against a hungry child."""

import pytest

from intents import route
from tests.test_intents_safety import QUIET, URGENT, check_urgency, gated_matches

ALARM = [
    # Sexual abuse told with a vague verb.
    "my niece says her grandpa does things to her when grandma is out",
    "the babysitter made me do stuff with him",
    "I think my stepdad did stuff to my sister, she won't talk about it",
    # Honour: rather dead than gay.
    "my mum says she would rather bury me dead than have a lesbian daughter",
    "my brothers said they'd sooner see her dead than with a Christian boy",
    # A parent's suicidal thoughts told as "better off if I disappeared".
    "honestly my children would be better off if I simply vanished",
    "she keeps saying the family would be better off if she just died",
    # Self-harm with nails or fists until it bleeds.
    "when I get overwhelmed I pick my skin until it bleeds, I wear long sleeves",
    "he punches his legs until they bruise whenever things get too much",
    # Young children left alone for days, parents not seen.
    "the little ones upstairs are left alone for the whole weekend, I hear them at night",
    "nobody has seen their mum for days and the kids are knocking on our door for bread",
    # A marriage arranged for a young person.
    "they are arranging a marriage for my sister with a man she has never met, she's 17",
    "my parents kept my passport and say I will get married back home this summer",
    # A minor with an adult boyfriend.
    "my 15 year old is seeing a 26-year-old man she met at the gym",
    # An online contact older than he says, or a call alone.
    "a boy on discord says he's 14 but his voice sounds like a grown man",
    "someone I met on instagram keeps asking me to facetime alone in my room",
    # Food locked away from a hungry child.
    "my foster mum padlocks the cupboards and I'm not allowed to eat after school",
    # A parent who inspects a child's body.
    "my stepdad checks my body every morning to see if I'm still a virgin",
    # Sitting on a lap, refusing.
    "my neighbour wants me on his lap and gets mad if I say no, I'm 9",
    # Violence now.
    "she's hitting my little sister right now with a shoe",
    "they're beating my mum in the kitchen, what do I do",
    # Thoughts at a height.
    "every morning at the metro I imagine just leaning forward when the train comes",
    "on the bridge I keep thinking about just letting myself fall over",
]

QUIET_TWINS = [
    # Vague verbs, harmless.
    "my uncle does things to annoy me like hiding my phone",
    "my dad does things to the car every weekend",
    # Rather dead than, a joke about clothes.
    "my mum would rather see me dead than in those jeans lol",
    # Better off if I disappeared, for a weekend.
    "the kids would be better off if I disappeared for a weekend to sleep, I'm so tired",
    # Scratching until it bleeds, a skin condition.
    "my son scratches his arms until they bleed because of his eczema when he gets stressed",
    # Alone for days, grown or with family.
    "the kids are with their grandma for the whole weekend, we are alone for days!",
    "the children haven't seen their dad for days because he is on a business trip",
    # Marriages, happy.
    "my cousin is planning her wedding and we are organising a marriage party for her",
    # Boyfriends of adult age, an adult child.
    "my 24 year old daughter has a 28-year-old boyfriend, how do we welcome him",
    # Online, a friend from school.
    "my friend from school wants me to video call so we can do our homework together",
    # Locks on the fridge for a toddler or a diet.
    "we lock the fridge because our toddler keeps climbing in",
    "we padlock the kitchen at night because of his prader willi, he is always hungry",
    # Body checks by a doctor, ticks.
    "my mum checks my body for ticks every night after camping",
    # Lap, harmless.
    "my grandpa reads to me on his lap and gets sad if I say no, he's sweet",
    # Hitting at play.
    "she's hitting my brother with a pillow right now, they're having a pillow fight and laughing",
    # Platform, harmless.
    "on the platform I always think about stepping forward to get a seat first",
    # A parent who will "kill me" over a mishap.
    "my dad is gonna kill me, I crashed his bike into the fence, how do I tell him",
    "mum will murder me lol I lost my new coat",
    # Dying of embarrassment.
    "omg I wanna die, my dad posted my baby photos on instagram, so embarrassing",
    # A death word said laughing.
    "my brother says kms whenever he loses at fifa, laughing when he says it",
    # A childhood of blows worked through.
    "My mother hit me when I was little, but that was decades ago and I worked through it. "
    "How do I stay calm with my kids?",
    # Projects and explanations.
    "my daughter has a school project on domestic violence, any good books?",
    "How do we explain suicide to children after a neighbour passed away?",
    # A character in a book.
    "in the book we read the main character cuts herself, how do I discuss that with my class?",
    # Walking to school alone, is it neglect.
    "is it neglect to let my 12 year old cycle to school on his own? "
    "my mother in law thinks so, but that's normal here, right?",
]


@pytest.mark.parametrize("text", ALARM)
def test_s12en_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s12en_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize(
    "text",
    [
        "she's hitting my little sister right now with a shoe",
        "they're beating my mum in the kitchen right now, what do I do",
    ],
)
def test_s12en_violence_now_is_an_emergency(text: str) -> None:
    assert route(text).urgency == "emergency"


def test_s12en_children_left_alone_is_urgent_not_112() -> None:
    assert route("the two kids downstairs were left alone for the whole weekend again").urgency == "urgent"


OTHER_LANGUAGES_ALARM = [
    # Ukrainian and Russian: blows heard by the writer.
    "За стіною кожного вечора чую удари і плач дитини",
    "Слышу удары у соседей, ребенок кричит",
    # Polish: blows heard without crying first.
    "Znowu słyszę uderzenia u sąsiadów, co mam robić?",
    "Słychać jak sąsiad bije syna za ścianą",
    # Turkish: a child who does not want to live, told in reported speech.
    "Oğlum bana artık yaşamak istemediğini yazdı",
    "Kızım ölmek istediğini söyledi, çok korkuyorum",
    # Arabic: a son or daughter who does not want to live, told in the third person.
    "ابني يقول انه لا يريد ان يعيش بعد الآن",
    "بنتي ما بدها تعيش، بتحكي هيك كل يوم",
]

OTHER_LANGUAGES_QUIET = [
    # Ukrainian: a hammer next door; not wanting to live in a dorm.
    "Сусід робить ремонт, цілий день чую удари молотка",
    "Донька не хоче жити в гуртожитку, шукаємо квартиру",
    # Polish: a hammer or a ball.
    "Słyszę uderzenia młotka, bo sąsiad robi remont",
    # Turkish: not wanting to live here.
    "Oğlum burada yaşamak istemediğini söylüyor, İstanbul'a taşınmak istiyor",
    # Arabic: not wanting to live in a place or with someone.
    "بنتي لا تريد ان تعيش في السكن الطلابي",
    "ابني ما بدو يعيش مع ابوه بعد الطلاق",
]


@pytest.mark.parametrize("text", OTHER_LANGUAGES_ALARM)
def test_s12en_other_languages_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", OTHER_LANGUAGES_QUIET)
def test_s12en_other_languages_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


def test_s12en_patterns_pass_their_gates() -> None:
    assert gated_matches(ALARM + QUIET_TWINS + OTHER_LANGUAGES_ALARM + OTHER_LANGUAGES_QUIET) > 0


WIDENED_ALARM = [
    # A young person forced into a marriage, a child left alone by a parent: the narrowed rules keep these.
    "I'm 16 and my family is forcing me into an arranged marriage",
    "my mum leaves me alone for days, I'm 11",
    # A mishap with a blow told stays urgent.
    "my dad will kill me if I tell anyone, he pushed me down the stairs and I broke my arm",
]

WIDENED_QUIET = [
    # The parents' own arranged marriage.
    "my parents had an arranged marriage and they are happy, how do I explain that to my daughter?",
    "my husband leaves me alone for whole weekends with the kids, I'm exhausted",
    "my boyfriend does things to me that make me feel loved",
    # A mishap: skipping school, money spent.
    "my mom will kill me if she finds out I skipped school",
    "my mum will literally kill me, I spent all my money on skins",
]


@pytest.mark.parametrize("text", WIDENED_ALARM)
def test_s12en_narrowed_rules_keep_the_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", WIDENED_QUIET)
def test_s12en_narrowed_look_alikes_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


MORE_ALARM = [
    # Honour used to watch or threaten; what the family will do about being gay.
    "my uncles watch where I go and say it is for the family honour",
    "my father will throw me out and worse when he finds out that I like girls",
    # A parent in bed for weeks, children hungry at the door.
    "my mum has barely got out of bed for weeks, I feed my little sisters myself",
    "two small kids keep knocking on our door asking for food at night",
    # Chats kept secret by an older person; pictures of private parts.
    "my coach told me to delete our messages so my parents don't see them, I'm 13",
    "a 30 year old guy showed her photos of his genitals",
    # Made to touch, pinned, a hole beside the head.
    "my cousin's husband made her touch his privates at the party",
    "my stepfather slammed my mum against the fridge last night",
    "he put his fist through the door right by my face",
    # Marks not explained, cuts shown.
    "my pupil has bruises on her neck and will not tell me who did it",
    "a girl in my class posted a story of fresh cuts on her arm",
    # A plan with a date, a burden, no point.
    "she told me she made a plan and chose the day",
    "my husband says he is nothing but a burden to the family",
    "what is the point of living anymore",
]

MORE_QUIET = [
    "my parents will be so proud when they find out I'm gay, I think",
    "my brother pinned me against the wall in a wrestling match",
    "my son came home with a black eye from football and won't say who won",
    "we have a plan for the party and picked a date",
    "I feel like a burden to my family financially since I lost my job",
    "what's the point of homework anyway",
    "my toddler makes me touch his belly to fall asleep",
    "my friend sent me a photo of her cuts from the cat, lol",
    "my friend asked me to keep our chats about her crush a secret",
    "my mum hasn't got out of bed for days with the flu, I'm cooking for my brothers",
    "the neighbours' kids come to our door for sweets on halloween",
    "dad checks my phone because he's worried about my grades",
]


@pytest.mark.parametrize("text", MORE_ALARM)
def test_s12en_other_words_raise_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", MORE_QUIET)
def test_s12en_other_words_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


def test_s12en_more_patterns_pass_their_gates() -> None:
    assert gated_matches(WIDENED_ALARM + WIDENED_QUIET + MORE_ALARM + MORE_QUIET) > 0


PACK_ALARM = [
    # Turkish: reported wish to die, blows heard, children alone, the fridge locked.
    "Kızım artık yaşamak istemiyormuş, günlüğüne yazmış.",
    "Üst kattan her akşam dövme sesleri geliyor, çocuk ağlıyor.",
    "Karşı dairedeki çocuklar koca hafta sonu evde yalnız kaldılar.",
    "Babam buzdolabını kilitledi, kardeşlerim ve ben aç kalıyoruz.",
    # Polish: rather dead than gay, children alone, the fridge locked.
    "Mama mówi, że wolałaby mnie martwego niż z chłopakiem.",
    "Małe dzieci z naprzeciwka są same w domu przez całe dnie.",
    "Ojczym zamknął na klucz spiżarnię, jesteśmy głodni.",
    # Ukrainian and Russian: children alone, the fridge locked.
    "Малі діти сусідки одні вдома цілими днями.",
    "Мачуха запирает холодильник, я всё время голодная.",
    # Arabic: the fridge locked, rather dead than.
    "امي تسكر البراد بالمفتاح وانا جوعانه",
    "اخوي الكبير بيفضل يشوفني ميت على انه يكون عندي صاحب",
]

PACK_QUIET = [
    "Dövme yaptırmak istiyorum, sesleri nasıl?",
    "Çocuklar bütün hafta sonu anneannede, biz yalnız kalıyoruz.",
    "Kedi yüzünden mutfağı kilitliyoruz.",
    "Wolę mieć psa niż kota.",
    "Dzieci są same w domu przez godzinę po szkole, czy to ok?",
    "Zamykam lodówkę na noc, bo syn je słodycze.",
    "Діти цілі вихідні в бабусі, а ми самі вдома.",
    "Ми закриваємо кухню на ключ через кота.",
    "نقفل المطبخ بسبب القطه",
    "ابني يفضل الاكل على اللعب",
    "Oğlum bütün gün odasında yalnız kalıyor, hep oyun oynuyor.",
    "Syn gra w piłkę sam całymi dniami.",
]


@pytest.mark.parametrize("text", PACK_ALARM)
def test_s12en_pack_families_raise_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", PACK_QUIET)
def test_s12en_pack_families_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


def test_s12en_pack_patterns_pass_their_gates() -> None:
    assert gated_matches(PACK_ALARM + PACK_QUIET) > 0
