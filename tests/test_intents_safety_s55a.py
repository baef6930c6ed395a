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
    "mijn zoon van 15 zegt dat hij het weer heeft gedaan, hij draagt altijd lange mouwen, ook in de zomer",
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
    # Lines of other families in this part's file: food withheld, shut in the dark, soap in the mouth.
    "als ik een onvoldoende haal krijg ik geen avondeten van mijn stiefvader",
    "mijn vrouw geeft hem nu al drie dagen niks omdat hij niet luistert",
    "bij mijn vader moet ik in het donker zitten als straf",
    "de oppas zegt dat hij zijn mond met zeep moet wassen als hij vloekt",
    # A man in her room when mother sleeps, porn shown, a gun used to frighten.
    "mijn nichtje vertelde dat haar oom in haar kamer komt als iedereen slaapt",
    "mijn zoon heeft bij een vriendje porno te zien gekregen van de vader",
    "mijn buurmeisje zegt dat haar vader een mes heeft en haar moeder ermee bedreigt",
    # Threats: the house set on fire, knows where we live, nearly beaten to death.
    "hij riep dat hij de flat in de fik steekt met ons erin",
    "mijn ex is vrij en hij weet waar we wonen, ik ben bang",
    "mijn vriend heeft me bijna doodgeslagen en komt morgen terug",
    # Extortion, luring, exploitation.
    "ze zeggen dat ze anders mijn fotos gaan verspreiden",
    "ik moet 200 euro betalen anders slaan ze mijn broer in elkaar",
    "een man bij school gaf me snoepjes en vroeg of ik mee wilde naar zijn huis",
    "ze laten hem op de uitkijk staan voor de politie, hij is 11",
    "my daughters coach told her she is so mature for 13",
    # A weapon brought for someone, a parent on purpose, called a whore.
    "een leerling zei dat hij morgen een mes meeneemt voor die jongen uit 2b",
    "ze heeft een brandwond en zegt dat papa het expres deed",
    "als mijn vader dronken is scheldt hij me uit voor hoer",
    # Signs of sexual abuse, a carer, a parent at the end of her rope.
    "ik kan niet vergeten wat de buurman met me deed toen ik alleen was",
    "de leidster legt een doek over hun hoofd als ze huilen",
    "ik ben zo moe dat ik bang ben dat ik de baby pijn ga doen",
    # Neglect signs, bruises on a baby not yet mobile, children not picked up.
    "de peuter draagt al weken dezelfde kleren aan en eet heel gulzig van andermans brood",
    "een baby van 5 maanden heeft blauwe plekken op zijn wang, hij rolt nog niet om",
    "vader heeft zijn zoon van 6 weer niet opgehaald en neemt niet op",
    # Girls brought by older men, a threat to vanish abroad, a secret with an adult.
    "er worden steeds meisjes door oudere mannen afgezet bij het huis hiernaast",
    "hij dreigt met de kinderen naar Marokko te vertrekken als ik scheid",
    "de meester zegt dat niemand het mag weten van ons. ik ben 12",
    # A parent out of it with no food, a minor with a much older man, left in wet pants.
    "vader lag onder invloed op de bank en de baby huilde in een vieze luier",
    "onze dochter van 16 logeert elk weekend bij een man van 40",
    "de oppas laat hem in zijn natte broek zitten als straf",
]

EMERGENCY = [
    "mijn zus zit op het balkon van de 10e verdieping en zegt dat ze springt",
    "ze heeft paracetamol geslikt en weet niet hoeveel, ze is heel suf",
    "at the top of the car park now. this is it. bye everyone",
    "got a noose. nobody is home tonight. sorry",
    "tonight i have everything ready. i wrote notes for my kids. sorry",
    "I took a handful of aspirin an hour ago and feel sick",
    "i hear a voice that says i must die and tonight its so loud",
    "we zitten in een busje met mannen die we niet kennen en ze laten ons niet uitstappen",
    "onze baby ademt heel raar en is grauw, reageert niet",
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
    # Other families' look-alikes: a sweet refused, a power cut, soap for hands, bedtime.
    "als hij zijn bord niet leeg eet krijgt hij geen toetje",
    "we zaten gisteravond in het donker omdat de stroom was uitgevallen",
    "hij moet zijn handen met zeep wassen na de wc",
    "papa komt in haar kamer als mama slaapt om voor te lezen",
    # A delivery, a toy gun, a mosquito, a school film.
    "de pakketbezorger weet waar we wonen, hij komt elke dag",
    "hij heeft een waterpistool en maakt zijn zus ermee bang",
    "ik heb die mug bijna doodgeslagen",
    "anders gaan ze het filmpje van de musical rondsturen",
    # A neighbour who visits, a game, a surprise, a cooking lesson, a sibling at play.
    "mijn oom belde aan en zei dat hij mijn oom was, haha",
    "we spelen politie en boefje en hij moet opletten voor de politie",
    "we meet without telling anyone, it is a surprise party for mum",
    "hij zei dat hij morgen een mes meeneemt voor de taart van juf",
    # A favourite sweater, a birthmark, a parcel, a sports club, a holiday, a surprise, a sleepover.
    "hij wil al weken dezelfde trui aan, zijn lievelingstrui, en eet gulzig van zijn ijsje",
    "de baby heeft een ooievaarsbeet in zijn nek, hij kruipt nog niet",
    "de bezorger heeft het pakket niet opgehaald en neemt niet op",
    "de meisjes worden door hun vaders naar de training gebracht",
    "we gaan met de kinderen op vakantie naar Turkije",
    "niemand mag het weten van ons, het is een verrassing voor de trainer. ik ben 12",
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
