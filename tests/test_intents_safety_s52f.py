"""Safety triage, round s52 part F: danger happening now that the router called urgent in the blind tuning
set safety_tune40, told by parents, neighbours and bystanders, generalised into families and pinned here
with own sentences: a young child who swallowed or drank something dangerous minutes ago; a fall with
signs of a head injury; a near drowning in the bath; a drunk adult who drove or cycled off with children;
a young child alone by water or a road; a shove or a blow given just now, a parent being beaten as it is
told; a cry for help next door; people with a knife outside the house; a parent who threatens to vanish
with the children or checked in without consent; a child told to undress on a video call, touched by a
stranger, approached at the school gate; a young person who says he will jump; a plan to take all the
pills tonight; a teenager who barely reacts after days without drink; a parent about to shake a crying
baby; and the "now" told by a witness standing by, a late hour, a door not opened, a roof in Polish,
"right now" in Turkish, a neighbour who hears it in Ukrainian. Each with harmless twins that must stay
calm, and the dangers told as past, as a habit or without a now, which stay urgent."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A shove or a blow from a partner, no now (Dutch).
    "mijn man gaf me gisteren een klap in mijn gezicht waar de kinderen bij waren",
    # Knife outside the house, no now (Dutch, English).
    "er stonden gisteravond jongens met een mes voor ons huis die mijn zoon zochten",
    "some older boys with a knife were waiting outside our house for my son yesterday",
    # A threat to vanish with the children, no now (Dutch).
    "mijn ex zegt steeds dat hij met de kinderen ergens heen gaat waar niemand ze vindt",
    # A child told to undress on camera, no now (Dutch).
    "mijn dochter vertelde dat een man op snapchat zei dat ze haar topje uit moest doen",
    # A stranger touching a girl, no now (Dutch).
    "een man in het park legde zijn hand op haar bovenbeen en het meisje van 12 was heel bang",
    # A stranger at the school gate (Dutch, English).
    "bij het hek van de school is een man in een bestelbus gezien die kinderen aanspreekt",
    # A plan to take all the pills (Dutch).
    "ik ga al mijn slaappillen innemen, ik kan niet meer",
    # About to shake the baby (Dutch, English).
    "ik merk dat ik haar ga schudden als ze zo doorgaat met huilen",
    "i feel like i am going to shake him, he has been screaming all evening",
]

EMERGENCY = [
    # A young child who swallowed or drank something dangerous (Dutch).
    "mijn peuter van 2 heeft drie knoopcellen uit de afstandsbediening ingeslikt, een kwartier terug",
    "onze zoon van 3 heeft uit het flesje in de schuur gedronken, volgens mij terpentine",
    "dochter 4 jaar heeft een hele strip paracetamol van oma ingenomen",
    # A fall with signs of a head injury (Dutch, English).
    "mijn dochter van 1 is van het bed gerold op de houten vloer en is nu heel suf",
    "my toddler fell down the stairs and now he is very drowsy and threw up twice",
    # A near drowning (Dutch, English).
    "ik haalde mijn zoon van 3 net uit de vijver, hij hoest en is heel bleek",
    "we pulled her out of the pool, she is coughing and really sleepy",
    # A drunk adult driving off with children (Dutch, English).
    "mijn ex is stomdronken en net weggereden met de kinderen achterin",
    "he is drunk and just drove off with the kids, I am so scared",
    # A young child alone by water or a road (Dutch).
    "er loopt een peuter helemaal alleen langs de sloot achter ons huis",
    # A parent being beaten as it is told (Dutch).
    "mijn zusje belt dat papa mama aan het schoppen is in de keuken",
    # A shove just now (Dutch).
    "mijn vriend gaf me net een schop en hij staat nog te schreeuwen",
    # A cry for help next door (Dutch, English).
    "bij de bovenburen gilt een kind om hulp en ik hoor gebonk",
    "a woman is screaming for help in the apartment upstairs",
    # People with a knife outside the house now (Dutch).
    "er staan nu drie mannen met een bijl voor ons huis",
    # Abroad without consent at the airport (Dutch).
    "mijn ex staat op het vliegveld met onze dochter, hij heeft geen toestemming om met haar naar Marokko"
    " te gaan en ze vertrekt over een uur",
    # Told to undress on camera now (Dutch).
    "ik hoor op dit moment een man via de webcam zeggen dat mijn zoon zijn broek uit moet doen",
    # A stranger touching a child, witnessed from the bus (Dutch).
    "ik zit in de bus en een oudere man legt zijn hand op het been van een meisje van 11, ze is verstijfd",
    # Someone who says he will jump (Dutch, English).
    "mijn dochter staat op het balkon en schreeuwt dat ze springt als iemand dichterbij komt",
    "my son is on the roof and says he will jump if we come closer",
    # Barely reacts after days without drink (Dutch).
    "mijn dochter heeft 3 dagen niks gedronken en reageert nauwelijks meer als ik haar roep",
    # About to shake the baby, alone now (Dutch).
    "ik ben alleen thuis met mijn baby. ik voel dat ik hem ga schudden",
    # The now told by a witness or in another language.
    "ze slaan die jongen in elkaar, ik sta aan de overkant",
    "kocam su anda kapiyi tekmeliyor ve bizi oldurecegini soyluyor",
    "Mój syn jest na moście i nie chce już żyć",
]

QUIET_TWINS = [
    # Swallowed: the child's own medicine, a question, chocolate, nothing swallowed.
    "mijn zoon van 4 heeft zijn ijzertabletten ingenomen zoals de dokter zei",
    "hoe voorkom ik dat mijn peuter van 2 schoonmaakmiddel drinkt",
    "mijn zoon van 4 heeft alle magneetjes van de koelkast gehaald en in een doos gedaan",
    "mijn zoon van 2 had chloor in zijn hand maar heeft gelukkig niks gedronken",
    # Falls: playing on, asleep, signs told absent.
    "we visten de bal uit het water, mijn zoon hoest een beetje van het zwemmen",
    "mijn dochter is op de bank in slaap gevallen en is nog wat suf",
    # Water: a swimming lesson, a bath toy.
    "bij zwemles ging hij kopje onder en hoestte even, daarna lachte hij weer",
    "hij hield zijn hoofd onder water in het bad om te laten zien hoe lang hij kan",
    # Drink and driving: a taxi, sober, a habit question.
    "mijn man heeft een biertje gedronken dus we nemen een taxi met de kinderen",
    "mijn zus is nuchter weggereden met de kinderen achterin na het feest",
    # A child alone: a question about age, learning to cycle.
    "vanaf welke leeftijd mag een kind van 5 alleen over de straat lopen",
    "mijn zoon van 5 oefent alleen fietsen op de parkeerplaats terwijl ik kijk",
    # A shove: a nudge, a pat, judo.
    "mijn vriend gaf me een duwtje in de goede richting om te solliciteren",
    "mijn moeder gaf me een boks toen ik mijn diploma haalde",
    # Help: a game, a toddler at bedtime.
    "bij de buren roepen de kinderen om hulp bij tikkertje",
    "someone is screaming for help in the movie the neighbours are watching",
    # Weapons outside: a toy sword, a barbecue.
    "er staan kinderen met plastic zwaarden voor ons huis te spelen",
    "my husband is at the barbecue outside our house with a knife for the meat",
    # Nobody finds: hide and seek.
    "we gaan verstoppertje spelen ergens waar niemand ons vindt",
    # Consent: a form before a holiday.
    "heb ik een toestemmingsformulier nodig als mijn ex met de kinderen naar het buitenland vliegt",
    # Undressing: at the doctor, a dirty shirt.
    "de huisarts zei via videobellen dat hij zijn shirt uit moest doen voor de uitslag",
    # Touching: a father comforting.
    "haar vader legt zijn hand op haar knie en troost het meisje van 8 als ze bang is",
    # The school photographer.
    "de schoolfotograaf staat bij het hek en fotografeert de kinderen voor de klassenfoto",
    # Jumping into the pool.
    "mijn zoon staat op de duikplank en zegt dat hij springt als ik dichterbij kom",
    # Pills: antibiotics.
    "ik neem vanavond al mijn vitaminepillen in",
    # A sulking teenager.
    "mijn zoon reageert nauwelijks meer als ik hem aanspreek, hij zit de hele dag te gamen",
    # Shaking a bottle.
    "ik voel dat ik het flesje goed ga schudden voordat ik hem voed",
]

URGENT_NOT_NOW = [
    # The same dangers told as past, a habit or a worry: a person soon, not 112.
    "mijn vader is vaak dronken en rijdt dan met ons achterin weg",
    "mijn zoon van 2 is van de bank gevallen maar speelt gewoon verder, hij is niet suf",
    "mijn ex dreigt al maanden dat hij met de kinderen ergens heen gaat waar niemand ze vindt",
    "ik ben bang dat ik mijn baby ga schudden als hij zo blijft huilen",
    "mijn vader was altijd mijn moeder aan het slaan toen ik klein was",
]

(
    test_s52f_rules_raise_an_alarm,
    test_s52f_danger_now_is_an_emergency,
    test_s52f_harmless_twins_stay_below_urgent,
    test_s52f_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s52f_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
