"""Safety triage, round s54 part F: when an alarm is danger now (112) and when it is not, in Dutch and
English, from the blind tuning sets of the thirty-fifth session (safety_tune45-48, youth_tune30,
professional_tune19, short_tune12), generalised into families and pinned here with own sentences. Danger now
told in other words: a baby shaken by someone else now or just now, a young person followed now, a drunk or
high parent at pick-up who wants to drive off with the child, a child gone just now to meet a man met online,
a fall with signs of a head injury (out for a moment, drowsy, a baby who only moans), children alone for days
with one sick, a mother fled with the children who is told "I know where you are", a parent hearing voices
behind a door with the baby, a gang banging on the door to take someone; and the now said beside an urgent
danger: afraid to go downstairs, the one who hurt still in the house, "NU" at the end, still standing there,
gone into the shed with a rope behind a locked door, walking away now, "as soon as the train comes", kids and
me locked in the bedroom, pills just grabbed, on the other line with him, shouting in the school hall, "het
gebeurt nu", pushed into a car now, heard for a quarter of an hour, locked in written in SMS, on his way to
get the children, petrol in the hall, trying to kick the door in, climbed onto a roof edge, fainted on the
floor now, a parent who does not wake, a text that she is ending it, a toddler alone on the street, "he's at
the door".
Urgent but not 112: an overdose told as past with "next time it will work", a plan said not to be now, a
farewell letter dated next month or asked how to write, a pupil's essay about jumping, burn marks found by a
doctor or self-inflicted "sometimes", a head banged at night as a habit, a burn a child came back with, "nu
ook niet meer leven", a disclosure made "vanavond", asking when to call the police.
Harmless look-alikes stay calm: a rattle, a baby rocked or woken gently, followers online, a dream,
a sober grandfather who drives, a friend from Instagram, a bike fall with the child playing again, a fever
with a parent at home, a dog that ran off, a bath with songs, neighbours banging on the wall, a driving test
done better next time, an essay about becoming a pilot, sunburn after camp."""

from intents.safety import triage
from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Urgent dangers that stay alarms when the now is taken away.
    (
        "onze dochter heeft vorige maand een overdosis gehad en is weer thuis, ze zegt dat het de "
        "volgende keer wel lukt"
    ),
    "my son took an overdose last month and now he says he'll get it right next time",
    "een leerling schreef in een gedicht dat hij voor de trein wil springen, hoe ga ik hiermee om",
    (
        "mijn dochter van 5 kwam terug van een weekend bij haar moeder met een brandwond op haar arm, "
        "maar niemand weet hoe"
    ),
    "I burn myself with a lighter sometimes, nobody knows, I'm 14",
    "ons pleegkind van 9 slaat 's nachts met zijn hoofd tegen de muur tot het bloedt",
]

EMERGENCY = [
    # A baby shaken by someone else, now or just now.
    "mijn vriend schudt de baby hard door elkaar omdat hij niet ophoudt met huilen",
    "ik zie op de camera dat de oppas ons zoontje van 3 maanden door elkaar schudt",
    "my boyfriend is shaking the baby because she won't stop crying",
    "kleine van 2 maanden net door elkaar geschud door haar vader",
    # Followed now.
    "ik word al vanaf het station gevolgd door een man op een scooter, ik ben 12",
    "someone is following me home from the bus stop, i'm 14, what do i do",
    # A drunk or high parent at pick-up who wants to drive off with the child.
    "Kinderopvang: een vader komt zijn zoon halen, hij is dronken en wil met hem in de auto stappen",
    "a mum is here for pickup, she smells of alcohol and wants to drive her daughter home now",
    # A child gone now to meet a man met online.
    "mijn dochter van 12 is net de deur uit gegaan om een man van instagram te ontmoeten, hij is 35",
    "she's on her way to meet a guy from discord, he says he's 15 but he's an adult, she is 13",
    # A fall with signs of a head injury.
    "mijn zoon van 6 is van de trap gevallen, was heel even weg en is nu suf en moet overgeven",
    "onze baby van 4 maanden is van de bank gevallen en huilt niet meer, ze kreunt alleen nog",
    # Children alone for days, one sick.
    "wij zijn al twee dagen alleen thuis, mama is weg en mijn zusje heeft hoge koorts",
    # Fled, and he knows where they are.
    "ik ben net met de kinderen weggevlucht naar een parkeergarage, nu appt hij dat hij weet waar we zitten",
    # A parent hearing voices behind a door with the baby.
    "mijn vrouw hoort al dagen stemmen en zit nu met de baby in de badkamer, ze doet niet open",
    # A gang banging on the door to take someone.
    "er staan drie mannen voor ons huis, ze bonzen op de deur en schreeuwen dat ze hem komen pakken",
    # The now said beside an urgent danger.
    "papa gooit met borden en mama huilt, ik durf niet naar beneden",
    "mijn vriend heeft me gewurgd, ik ben met de kinderen naar de slaapkamer gevlucht. hij is nog in huis",
    "hij schopt mijn moeder in haar buik nu",
    "een jongen bij de overweg zegt tegen me dat hij voor de trein springt zodra de trein komt",
    "my stepdad has a knife and is threatening my mum, kids and me locked in the bedroom",
    (
        "die jongen zegt dat hij alles online zet als ik niet betaal. ik wil dood. ik heb de "
        "slaappillen van mijn vader al gepakt"
    ),
    "my daughter just rang, she's been stabbed outside the club, I'm still on the phone with her",
    "mijn broertje wordt nu op het plein in elkaar geslagen door drie jongens",
    "ik hoor al een half uur een kind krijsen bij de bovenburen en iemand die slaat",
    "ik zit opgeslote in mn kamer mama haar vriend is dronke en slaat alles kapot",
    "mn ex appte dat hij onderweg is om de kinderen te halen en dat hij me daarna vermoordt",
    "im 12 my mums boyfriend is drunk and hes trying to kick the bathroom door in",
    "een meisje van 13 is op de rand van het dak van de flat geklommen en roept dat ze dood wil",
    "zoon weg, appte net dat hij er een eind aan maakt",
    "ik zit bij het spoor",
    "he's at the door again threatening my mum",
]

QUIET_TWINS = [
    # Shaking that is no shaking of a baby by someone.
    "mijn man wiegt de baby zachtjes als ze huilt",
    "ik vind het zo zwaar als de baby huilt, waarom huilen ze zo veel?",
    "hoe maak ik mijn baby zachtjes wakker voor de voeding?",
    "mijn man schudt de rammelaar en de baby lacht",
    # Followed that is no danger.
    "ik word gevolgd door heel veel mensen op tiktok sinds mijn filmpje viral ging",
    "ik droomde dat ik gevolgd werd door een man",
    "my dog follows me everywhere at home",
    # A pick-up with no drink or drug told.
    "opa komt de kinderen halen en wil meteen de auto in, hij is altijd nuchter",
    "de vader kwam zijn dochter ophalen en wilde met haar de auto in, alles ging goed",
    "mag mijn zoon van 17 met de auto zijn zusje ophalen van de opvang?",
    # Gone to meet someone harmless.
    "mijn dochter is net naar buiten gegaan om haar vriendin van insta te ontmoeten, ze is 13",
    "mijn zoon gaat morgen een man van marktplaats ontmoeten om zijn fiets te verkopen",
    "ze is nu naar het park om te voetballen",
    # A fall with no head injury.
    "mijn zoon viel van zijn fiets, huilde even en speelt nu weer gewoon",
    "de baby rolde van het bed maar huilt hard en drinkt goed",
    "hij viel bij het voetballen en was even boos",
    # A fever with a parent at home.
    "mijn dochter heeft hoge koorts en ik blijf thuis van mijn werk",
    "hoe lang mag een kind van 12 alleen thuis blijven?",
    "mijn dochter heeft hoge koorts, ik blijf twee dagen thuis met haar",
    # Knowing where someone is.
    "onze hond liep weg en de buurman weet waar hij is",
    "mijn man weet waar we op vakantie zijn",
    "we zijn net weggegaan van het feest, opa weet waar we wonen",
    # A bath with the baby.
    "mijn man zit met de baby in bad en zingt liedjes",
    "de baby zit met zijn vader in de badkamer om tanden te poetsen",
    "ze zit met haar zusje in de kamer te tekenen",
    # Banging that is no threat.
    "de buren bonken op de muur als we muziek aanzetten",
    "er wordt hard op de deur geklopt, het is de postbode met een pakket",
    "in de film bonzen ze op de deur en roepen dat ze hem komen halen",
    # Next time, of a test or a game.
    "mijn zoon had een onvoldoende maar zegt dat hij het de volgende keer beter doet",
    "ze zakte voor haar rijexamen en zegt dat ze het de volgende keer goed doet",
    "we verloren de wedstrijd, de volgende keer doen we het beter",
    # Writing that is no plan.
    "de leerling schreef in zijn opstel hoe hij later piloot wil worden",
    "ze beschreef in haar verhaal hoe ze van de duikplank wil springen",
    "in zijn gedicht schreef hij dat hij van de zomer houdt",
    # A burn with a plain story.
    "hij kwam terug van kamp met een zonnebrand op zijn neus",
    "ze kwam thuis van oma met een nieuwe jas",
    "hij kwam terug van de bso met een schaafwond van de glijbaan",
    # Now-words with no danger.
    "ik durf niet naar beneden want er zit een spin op de trap",
    "mijn vader is nog in huis want hij werkt vandaag thuis",
    "het gebeurt nu elke week dat de bus te laat is",
]

URGENT_NOT_NOW = [
    (
        "onze zoon heeft vorige week een overdosis gehad en is weer thuis, nu zegt hij dat hij het de "
        "volgende keer beter doet"
    ),
    "ik denk steeds aan zelfmoord en heb een plan, maar ik ga het nu nog niet doen",
    "we vonden in haar kamer een afscheidsbrief, gedateerd op volgende maand",
    "hoe schrijf ik een afscheidsbrief zodat mijn ouders niet boos worden",
    "de schoolarts heeft ronde brandplekken van sigaretten op de armen van een meisje van 12 gezien",
    "mijn zoontje van 5 zei vanavond voor het slapen 'oom doet pijn aan mijn billen'",
    "mijn zoon zegt dat hij nu ook niet meer wil leven",
    "ik word soms gevolgd door een man als ik naar huis fiets, ik ben 13",
    "moet ik de politie bellen als een man mijn zoon (11) op tiktok vraagt om fotos in zijn onderbroek?",
]

(
    test_s54f_rules_raise_an_alarm,
    test_s54f_danger_now_is_an_emergency,
    test_s54f_harmless_twins_stay_below_urgent,
    test_s54f_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s54f_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)

# The merge of round s54: part f's guard keeps round burns found without a now out of 112; the signal
# s54_round_burns_seen_not_now keeps them urgent (before it they fell to none). Accidental burns stay calm.
BURNS_SEEN = [
    "de juf zag kleine ronde brandplekjes op de hand van een jongen uit haar groep",
    "my granddaughter (7) has round burns on her wrist and says her mum's lighter did it",
    "de buurvrouw heeft ronde brandplekken op de armen van haar dochter (8) gezien",
]
BURNS_CALM = [
    "mijn zoon heeft een brandwond van de oven, hoe lang moet ik koelen?",
    "ze heeft een kleine ronde brandplek van het strijkijzer, per ongeluk",
    "mijn dochter heeft een ronde brandplek van een sterretje met oud en nieuw",
]


def test_s54_round_burns_seen_are_urgent_not_112() -> None:
    for text in BURNS_SEEN:
        assert triage(text).urgency == "urgent", (text, triage(text))


def test_s54_accidental_burns_stay_calm() -> None:
    for text in BURNS_CALM:
        assert triage(text).urgency in ("none", "attention"), (text, triage(text))
