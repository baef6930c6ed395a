"""Safety triage, round s51 part K: basic safety and threats outside the classic abuse words that the rules
missed in five blind tuning sets (safety_tune33, safety_tune34, safety_tune36, short_tune11,
youth_tune28), generalised into families and pinned here with own sentences: children hungry with the food
and money gone (English, Dutch, Turkish, Arabic); the gas or power cut off with cold and hungry children;
a birth parent who threatens to come and take a foster child "with friends" or "you will regret it"; a
young child shut out of the home for hours; a young carer beside a parent who drinks, with a sign of
neglect (English, Dutch, learner Dutch, Ukrainian); a son who says he will stab a bully, a knife found in
a bag; a veiled honour threat from family; a minor who may not come home any more; a family on the street
tonight with young children; a young adult whose parents control everything and who may not leave the
house alone; a child beaten at school every day (Turkish). Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Children hungry, food and money gone (English, Dutch, Turkish, Arabic).
    "the benefits stopped last month and there is no food in the house, my three kids went to bed hungry",
    "we ran out of food on monday and the children only had plain toast today, payday is next week",
    "ik heb geen geld meer voor eten en de kinderen hebben gisteren alleen droog brood gekregen",
    "buzdolabinda yemek kalmadi, maas kesildi, iki cocugum ac yatti",
    "param kalmadi, cocuklara ekmek bile alamadim bu sabah",
    "ما في اكل بالبيت والمصاري خلصت، ولادي جوعانين من امبارح",
    # Energy cut off, cold and hungry children (Dutch, English).
    "de stroom is al vijf dagen afgesloten, de kinderen zitten in hun jassen en we eten alleen nog brood",
    "our gas was cut off on friday, the kids sleep in their coats and there is nothing left to eat",
    # A birth parent threatens to take a foster child (Dutch, English).
    "onze pleegdochter van 9 kreeg een bericht van haar vader dat hij haar komt ophalen met zijn broers",
    "de moeder van ons pleegkind mag geen contact hebben maar appte dat we er spijt van gaan krijgen",
    "the birth mum of our foster son texted that she is coming to take him back with her mates",
    # A young child shut out for hours (Dutch, English).
    "mijn stiefvader sluit me buiten als hij bezoek heeft, dan sta ik urenlang op de galerij. ik ben 11",
    "mijn neefje van 10 mag niet binnen als zijn moeder slaapt, hij zit dan de hele middag op de trap",
    "im 11 and my mum locks me out for hours when her boyfriend comes over",
    # A young carer beside a drinking parent, with neglect (Dutch, learner Dutch, English, Ukrainian).
    "papa is elke avond dronken en komt soms niet thuis. ik zorg voor mijn zusjes. ik ben 14",
    "ik ben 13. mama drink elke dag, ik moet zorg voor mijn broertje, geen eten thuis",
    "my dad drinks every day until he passes out and i look after my little sister. im 14",
    "мені 14, тато пє кожен день, їжі немає, я доглядаю сестричку",
    # A son says he will stab someone, a knife found (Dutch, English).
    "mijn zoon van 14 zei gisteren dat hij die gast gaat neersteken die hem altijd uitlacht",
    "ik heb een vlindermes gevonden in de rugzak van mijn dochter van 15",
    "my son is 14 and says he's going to stab the kid who keeps picking on him",
    "i found a knife in my sons school bag and he wont say why",
    # A veiled honour threat from family (Dutch, English).
    "haar oom zei tegen mijn nichtje: we weten wel wat we doen met meisjes zoals jij, ze is een schande",
    "her brother told her they know how to deal with girls like her because she shames the family",
    # A minor who may not come home any more (Dutch, English).
    "mijn dochter is 16 en mag van haar vader niet meer thuis komen, ze slaapt nu bij een vriendin",
    "my friend is 15 and her parents wont let her come home",
    # A family on the street tonight with children (Dutch, English).
    "vannacht slapen we op straat met onze baby, het opvanghuis zit vol",
    "we will be on the street tonight with our two kids, where can we go",
    # A young adult controlled by parents (Dutch, English).
    "ik ben 20 en mijn ouders bepalen alles, ze hebben mijn bankpas. ik mag niet alleen de deur uit",
    "i am 24 and my parents control everything, even my bank account. i cant leave the house alone",
    # Beaten at school every day (Turkish).
    "kizimi okulda her gun dovuyorlar, ne yapmaliyim",
    "oglum okulda surekli dayak yiyor, ogretmen bir sey yapmiyor",
]

EMERGENCY: list[str] = []

QUIET_TWINS = [
    # A picky eater, a fast, a question about food-bank rules.
    "mijn zoon van 3 eet alleen brood, hij lust geen groente",
    "my kids are always hungry after school, what healthy snacks do you recommend",
    "cocuklar ac kalmasin diye her sabah kahvalti hazirliyorum",
    "ابني يقول انه سيموت من الجوع قبل العشاء، هو عمره 6",
    # An energy cut announced, a holiday.
    "de energie wordt volgende maand mogelijk afgesloten, welke regelingen zijn er",
    "the power was cut off at the campsite and the kids were cold, but it was fun",
    # A visit agreed with the foster care worker, a day out, a film's line.
    "de moeder van ons pleegkind komt hem zaterdag halen met haar broers, zoals afgesproken",
    "de moeder van ons pleegkind komt hem zaterdag halen met haar familie",
    "mijn zus komt de kinderen zaterdag halen met haar vriendinnen voor een dagje dierentuin",
    "je krijgt er spijt van als je die film niet gaat zien",
    # Muddy shoes, a forgotten key.
    "mijn zoon van 8 mag niet binnen met zijn modderige schoenen",
    "i forgot my key and sat on the stairs for an hour until mum came home, im 12",
    # Babysitting, a glass of wine.
    "mijn moeder drinkt nooit alcohol en ik pas soms op mijn broertje als ze werkt, ik ben 14",
    "my mum has a glass of wine with dinner and i pick up my little brother from school, im 15",
    # A hand put up, a butter knife, fireworks.
    "mijn zoon van 9 durft zijn vinger niet op te steken in de klas",
    "i found a butter knife in his lunch bag, he took it to spread his bread",
    "hij wil met oud en nieuw vuurwerk af gaan steken met zijn vrienden",
    # A teacher's word, a coach.
    "de juf zei: we weten wel wat we doen met kinderen zoals jij, en hij moest nablijven",
    # A curfew.
    "mijn dochter van 15 mag niet meer thuis komen na 11 uur 's avonds",
    # Children playing in the street, a landlord's date.
    "vanavond spelen we op straat met de kinderen van de buren",
    "we staan per 1 maart op straat met de kinderen, de huisbaas verkoopt het huis",
    # Walking home in the dark, waiting at the dentist's, selling lemonade, a cooking question.
    "ze mag niet meer alleen naar huis lopen in het donker, ik haal haar op. ze is 14",
    "de kinderen zitten uren in de gang te wachten bij de tandarts, ze zijn 6 en 8",
    "we will be on the street tonight with the kids selling lemonade for charity",
    "the kids are hungry, what can i cook quickly with no food in the house except pasta",
    # A young child, a doctor's advice.
    "mijn dochter van 8 mag niet alleen de deur uit, is dat te streng",
    "i am 23 and after my surgery the doctor says i cant leave the house alone for a week",
    # A fight sport, nobody hits.
    "oglum okulda her gun dovus sporu yapiyor",
]

(
    test_s51k_rules_raise_an_alarm,
    test_s51k_danger_now_is_an_emergency,
    test_s51k_harmless_twins_stay_below_urgent,
    test_s51k_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
