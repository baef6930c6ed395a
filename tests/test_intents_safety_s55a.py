"""Safety triage, round s55 part A: a young person's own suicide risk, self-harm and life-threatening eating
problems, in Dutch and English, from the blind tuning sets safety_tune49-52 and long_tune18, generalised into
families and pinned here with own sentences: "krassen" said on its own ("ik kras al maanden", "ik wil
krassen"); self-harm done again told by what it left (an arm that "ziet er niet uit", deeper than before, long
sleeves in the heat); burns or cuts a child says it did itself, arms full of fresh cuts; wishing not to be in
other words ("wil ik ook dood", "wou dat ik niet bestond", "she wishes she was never born", not knowing
whether one is still alive then, the own funeral thought of, "if I vanish would anyone notice"); farewells in
other words ("ik ben er volgende week niet meer", "tell mum it is not her fault", "thanks for everything mum",
things given away beside not eating); saying he will jump, and sitting up high while saying it (an emergency);
a single voice that says to jump; the way looked up ("hoe je het het beste kan doen"); starving to punish
oneself; afraid of admission when saying one wants to die; pills taken with the amount unknown (an emergency);
up high with a last word, the rope got with nobody home, notes for the family and everything ready tonight
(emergencies); insulin left out on purpose; a handful of ibuprofen swallowed. Harmless look-alikes stay calm:
a scratch card, a broken arm at football, gaming all night again, a burn at the snack bar, a cut while
shaving, a grandmother's funeral, a holiday, a broken vase, a trampoline, a coach's voice, a recipe looked up,
a dog punished, a clinic after an operation, a headache tablet, a roof terrace, a rope for the swing,
Christmas cards, insulin lowered for sport."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Krassen said on its own.
    "ik kras al maanden en mijn ouders merken niks",
    "ik heb vandaag weer zon drang om te krassen, ik ben 13",
    "mijn vriendin krast weer, wat moet ik doen",
    # Self-harm done again, told by what it left.
    "ik heb het weer gedaan en mijn benen zien er echt slecht uit",
    "mijn zoon van 15 zegt dat hij het weer heeft gedaan, hij draagt altijd een vest, ook in de zomer",
    # Burns or cuts the child did itself; arms full of fresh cuts.
    "een meisje uit mijn klas zei dat ze zichzelf heeft gekrast met een passer",
    "zij zegt ze doet zelf met mesje als ze boos is",
    "mijn dochter haar bovenbenen zitten vol met verse snijwonden",
    # Wishing not to be, in other words.
    "sinds mijn moeder weg is wil ik gewoon dood, ik ben 12",
    "mijn dochter van 9 zei dat ze wou dat ze niet meer bestond",
    "my son wrote that he wishes he was never born, he is 13",
    "ik weet niet of ik er volgend jaar nog leef, het maakt ook niet uit",
    "ik denk steeds aan hoe mijn eigen begrafenis zou zijn",
    "als ik er niet meer ben, zou iemand het merken?",
    # Farewells in other words.
    "mijn leerling schreef 'ik ben er na de kerstvakantie niet meer' en is vertrokken",
    "mijn vriend appte: zeg tegen papa dat het niet zijn schuld is",
    "my daughter texted me thanks for everything mum and went to her room",
    "my brother gave away his xbox and his games and has stopped eating",
    # Says he will jump.
    "mijn vriendin zei dat ze van de brug wil springen en dat niemand haar zal missen",
    # A single voice that says to jump.
    "I hear a voice that keeps telling me to jump off the bridge",
    # The way looked up.
    "ik heb opgezocht hoe je het het snelst kan doen",
    # Starving to punish oneself.
    "ik eet al een week bijna niks omdat ik mezelf moet straffen",
    # Afraid of admission when saying one wants to die.
    "als ik zeg dat ik dood wil word ik dan opgenomen? daar ben ik bang voor",
    # The rope got.
    "I bought a rope. I cant do this anymore",
    # Notes for the family.
    "I have written letters to my parents and my sister. sorry for everything",
    # Insulin left out on purpose.
    "ik spuit stiekem geen insuline meer zodat ik afval, ik ben 16",
    "I skip my insulin on purpose to lose weight",
]

EMERGENCY = [
    "mijn zus zit op het balkon van de 10e verdieping en zegt dat ze springt",
    "ze heeft paracetamol geslikt en weet niet hoeveel, ze is heel suf",
    "at the top of the car park now. this is it. bye everyone",
    "got a noose. nobody is home tonight. sorry",
    "tonight i have everything ready. i wrote notes for my kids. sorry",
    "I took a handful of aspirin an hour ago and feel sick",
    "i hear a voice that says i must die and tonight its so loud",
    "een leerling van 13 appte 'zeg tegen mijn moeder dat het niet haar schuld is' en neemt niet op",
]

QUIET_TWINS = [
    # A scratch card, a car, a table.
    "ik kras een kraslot en win tien euro",
    "mijn zoon wil krassen op de auto van de buren, hoe stop ik dat",
    # Again, but something else.
    "hij heeft het weer gedaan: zijn arm gebroken bij voetbal",
    "k heb weer gedaan wat ik beloofde nie te doen: de hele nacht gegamed",
    "ze draagt altijd een vest, ook in de zomer, vanwege haar eczeem",
    # Burns with an everyday cause, old scars.
    "hij zegt dat hij zichzelf heeft gebrand aan de oven",
    "mijn dochter heeft zich gebrand aan de frituur op haar werk",
    "zij zei dat ze zichzelf heeft gesneden bij het benen scheren",
    "haar benen zitten vol verse krassen van de bramen",
    # Someone else's wish, funerals, a rule.
    "ik wou dat dat regeltje niet bestond",
    "ik denk vaak aan de begrafenis van oma",
    "ik denk na over mijn uitvaartverzekering",
    "als ik verdwijn achter de bank, zou iemand het merken? verstoppertje",
    # Farewells with a reason.
    "ik ben er volgende week niet meer, we gaan op vakantie",
    "zeg tegen mama dat het niet haar schuld is dat de vaas brak",
    "the teacher said thanks for everything at the end of year party",
    "she gave away her old clothes to a charity shop",
    # Jumping for fun.
    "mijn zoon zegt dat hij van de duikplank springt in het zwembad",
    "de coach zegt dat ik een stem hoor die zegt dat ik moet springen, bij gym",
    # A recipe, a dog, a clinic, pills left.
    "ik heb opgezocht hoe je het het beste kan doen, een taart bakken",
    "we eten niks om onze hond te straffen",
    "hoelang blijf je in een kliniek na een operatie",
    "mijn moeder heeft haar pillen tegen de hoofdpijn genomen en weet niet meer hoeveel",
    # A roof terrace, a swing rope, cards, sport.
    "on the roof of the building for a party, im done with work, sorry for the late reply",
    "I bought a rope for the swing, we cant do this anymore without one",
    "I've written thank you notes for my family after the wedding, sorry for the delay",
    "ik spuit bewust minder insuline als ik ga sporten, op advies van de diabetesverpleegkundige",
]

URGENT_NOT_NOW = [
    # Dangers told without a now: a person soon, not 112.
    "ik heb het weer gedaan, nu dieper dan anders, moet ik hechten?",
    "ik eet al dagen niks omdat ik mezelf wil straffen",
]

(
    test_s55a_rules_raise_an_alarm,
    test_s55a_danger_now_is_an_emergency,
    test_s55a_harmless_twins_stay_below_urgent,
    test_s55a_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s55a_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
