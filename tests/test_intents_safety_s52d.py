"""Safety round s52 part D: danger happening now, told by professionals and in short phone messages, that the
router called urgent instead of emergency in three blind tuning sets (safety_tune37, professional_tune18,
everyday_tune13), generalised into families and pinned here with own sentences: a drunk carer who wants to
drive off with a child; a parent without custody taking a child from school or childcare; someone in the
building with a knife; a threat to harm a mother and her baby, the one who made it downstairs or due within
minutes; a parent who tells her child she will not be there any more; pills taken minutes ago or by a young
person (Turkish, Polish, Ukrainian); a goodbye to everyone from a roof (Ukrainian) and a wish to die at the
tracks (Polish); young children alone at home for days (Polish, Ukrainian, Turkish) or with the stove on; a
young child crying alone on a balcony for hours; neighbours screaming with a baby crying and banging now; a
baby drowsy and vomiting after a bump on the head; a plan for tonight told without "ik". Each with harmless
twins that must stay calm, and the dangers told as past, as a habit or without a now, which stay urgent."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A parent without custody who wants the child, no now (Dutch, English).
    "mijn ex heeft geen gezag maar wil onze dochter morgen van de opvang ophalen",
    "my ex has no custody and is trying to pick up our son from school on friday",
    # A threat to harm a mother and her baby, no now (Dutch, English).
    "mijn vriend dreigde gisteren mij en het kindje van 4 maanden iets aan te doen",
    "her husband threatened to hurt her and the baby last weekend",
    # A parent's farewell to the child, no answer not told (Dutch).
    "mijn moeder zei dat ik niet meer naar huis hoef te komen omdat ze er straks niet meer is",
    # Pills taken by a young person (Turkish, Polish, Ukrainian).
    "oglum babasinin uyku haplarini icmis, cok korkuyorum",
    "moja corka wziela tabletki mamy i mowi ze nie chce juz zyc",
    "син випив мамині таблетки, я не знаю що робити",
    # A goodbye to everyone with no wish to live (Ukrainian).
    "мій друг прощається з усіма в чаті і пише що не хоче жити",
    # Young children alone at home for days (Polish, Ukrainian, Turkish).
    "sasiedzi mowia ze dzieci 4 i 6 lat sa same w domu od trzech dni",
    "діти 5 і 8 років вже три дні самі вдома, мама поїхала",
    "komsunun cocuklari 3 ve 5 yasinda, iki gundur evde yalniz",
    # Neighbours screaming with a baby crying, no now (Dutch, English).
    "de buren schreeuwen elke avond tegen elkaar en hun baby huilt dan heel hard",
    "the neighbours are screaming at each other again and their baby keeps crying",
]

EMERGENCY = [
    # A drunk carer who wants to drive off with a child (Dutch, English).
    "de moeder komt haar zoontje halen, ze is stomdronken en wil met hem in de auto wegrijden",
    "opa is onder invloed en wil nu met de kinderen wegrijden, ik sta bij de opvang",
    "a dad came to collect his daughter and he is clearly drunk, he wants to drive her home",
    # A parent without custody taking a child now (Dutch, English).
    "de vader heeft een contactverbod en staat nu bij het hek, hij wil zijn dochter meenemen",
    "juf hier: de moeder heeft geen gezag en staat nu in de hal, ze wil haar zoon meenemen",
    # Someone in the building with a knife (Dutch, English).
    "er loopt een jongen met een mes over de gang van onze school",
    "there is a man in the corridor of the nursery with a knife",
    # A threat to harm a mother and her baby, the one who made it downstairs or due (Dutch).
    "hij heeft gedreigd mij en de baby iets aan te doen, mijn partner is beneden",
    "mijn vriend dreigde mij en de kinderen iets aan te doen en komt zo thuis. het is kwart voor",
    # A parent's farewell to the child, no answer now (Dutch, English).
    "mijn leerling zegt dat zijn vader appte dat hij niet meer naar huis hoeft "
    "want papa is er dan niet meer. "
    "hij neemt niet op",
    "a pupil says her mum told her not to come home because she won't be there anymore. she is not answering",
    # Pills taken minutes ago or by a young person with no answer (English, Dutch, Turkish).
    "my son took his dad's painkillers maybe 15 min ago, what do I do",
    "mijn dochter van 15 heeft 10 minuten geleden heel veel paracetamol geslikt",
    "ogrencim annesinin ilaclarini icmis. telefonu acmiyor",
    # At the tracks or on a roof, saying goodbye or with no wish to live (Polish, Ukrainian).
    "moja kolezanka stoi przy torach i pisze ze nie chce juz zyc",
    "мій учень на даху школи і прощається з усіма",
    # Young children alone with the writer there now (Polish), a stove on (Dutch).
    "dzieci 3 i 6 lat sa same w domu od dwoch dni. jestem teraz u nich",
    "ik ben bij de buren, de kleuter van 4 is alleen thuis en de kookplaat staat aan",
    # A young child crying alone on a balcony for hours (Dutch, English).
    "het buurmeisje van 3 zit al uren alleen op het balkon te huilen",
    "a little boy has been standing alone on the balcony across the street for hours",
    # Neighbours screaming with a baby crying, banging now (Dutch).
    "de buren gillen tegen elkaar, de baby krijst en nu hoor ik klappen",
    # A baby drowsy and vomiting after a bump on the head (Dutch, English).
    "mijn dochtertje is van de trap gevallen, ze is heel slaperig en spuugt",
    "the baby hit his head on the table and he is drowsy and throwing up",
    # A plan for tonight told without "ik" (Dutch).
    "heb een afscheidsbrief geschreven en ga het vannacht doen",
]

QUIET_TWINS = [
    # A sober driver, a taxi; a question about a drunk driver in a film.
    "de moeder is nuchter en wil met haar dochter in de auto wegrijden naar zwemles",
    "we hebben wat gedronken op het feest dus we nemen een taxi met de kinderen naar huis",
    "in de film wil een dronken vader met zijn zoon in de auto wegrijden, is dat geschikt voor 12 jaar",
    # A pickup agreed with joint custody, a question.
    "we hebben allebei het gezag, mag mijn ex onze zoon van school ophalen",
    "mijn ex wil onze dochter vrijdag ophalen, hoe regel ik de omgang",
    # A knife and fork at a table, a costume.
    "er staat een man met mes en vork aan tafel in de kantine",
    "er loopt een jongen verkleed als piraat met een plastic zwaard en een nep mes",
    # A parent away on a trip or at work; a parent who passed away long ago.
    "mama zegt dat ik niet naar huis hoef te komen want ze is er dan niet meer, ze werkt tot laat",
    "mijn moeder is er niet meer, ze is vorig jaar overleden, hoe praat ik met mijn zoon",
    # Daily medicine taken; a question about pills.
    "oglum her sabah ilacini icti, doktor memnun",
    "syn codziennie wzial leki od lekarza na astme",
    # A goodbye at a move (Ukrainian).
    "мій син прощається з усіма в класі, бо ми переїжджаємо",
    # A stove used while cooking together.
    "de kookplaat staat aan en ik kook met mijn dochter pasta",
    # A dog on the balcony, children playing on the balcony, a bump without drowsiness.
    "de hond van de buren zit al uren alleen op het balkon te janken",
    "de kinderen spelen al uren op het balkon met de waterpistolen",
    "mijn zoon heeft een bult op zijn hoofd van de glijbaan, hij speelt alweer vrolijk",
    # A stomach bug, carsick, sleepy after swimming.
    "mijn dochter heeft buikgriep, ze is suf en spuugt de hele dag",
    "my toddler is sleepy and throwing up after the car ride, he gets carsick",
    # A party next door, a film; football on tv.
    "de buren hebben een feestje, ze schreeuwen en hun baby huilt",
    "the neighbours are shouting at the football match and their kids are crying because they lost",
    # Half an hour ago a harmless thing.
    "half an hour ago my son took his vitamins, can he have a snack",
    # A grandparent's or a father's drive with a child, a pickup as agreed, a custody schedule.
    "de opa komt zijn kleindochter ophalen en wil met haar naar de speeltuin rijden",
    "my dad wants to drive my son to football practice on saturday",
    "the mum had a glass of wine at dinner last month and her husband drove the kids home",
    "mijn ex wil onze zoon zaterdag ophalen voor het weekend, zoals afgesproken",
    "the custody schedule says my ex picks up our daughter from school on wednesdays",
    # A man with a dog or a ladder in the building.
    "er loopt een man met een hond over het schoolplein",
    "there is a man in the hall with a ladder fixing the lights",
    # A parent away at work, at the shops, a grandmother at choir.
    "mijn vader zei dat hij er morgen niet is omdat hij moet werken",
    "my mum said she won't be home when I get back because she is at the shops",
    "mijn oma is er vanavond niet want ze gaat naar koor",
    # One pill for a headache (Ukrainian); goodbye to the teachers at graduation (Ukrainian).
    "син прийняв таблетку від головного болю після школи",
    "ми прощаємося з усіма вчителями на випускному",
    # Children playing on a balcony for hours; a bump after football, cheerful; a baby sleepy after a bottle.
    "the kids next door have been playing on the balcony for hours with water balloons",
    "mijn zoon viel met voetbal op zijn hoofd, hij heeft een bult maar is vrolijk",
    "the baby is sleepy after his bottle and spits up a little, is that normal",
    # Neighbours shouting about a hedge; a neighbours' new baby heard at night.
    "de buren schreeuwen naar elkaar over de schutting over de heg en lachen erom",
    "my neighbours shout at each other across the garden about the hedge, no kids involved",
    "onze buren hebben een nieuwe baby die s nachts huilt, we horen het door de muur",
]

URGENT_NOT_NOW = [
    # The same dangers told as past, a habit or a worry: a person soon, not 112.
    "de vader heeft een contactverbod maar wil zijn dochter van school ophalen, wat moeten we doen",
    "mijn vriend is agressief en dreigde gisteren mij en de baby iets aan te doen",
    "de vader van mijn leerling heeft geen gezag en wil zijn zoon meenemen, hij dreigde dat vorige week",
    "my mum's boyfriend threatened to hurt her and the baby, I worry about them",
    "dzieci sa same w domu od trzech dni, mama wyjechala",
]

(
    test_s52d_rules_raise_an_alarm,
    test_s52d_danger_now_is_an_emergency,
    test_s52d_harmless_twins_stay_below_urgent,
    test_s52d_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s52d_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
