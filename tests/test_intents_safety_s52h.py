"""Safety triage, round s52 part H: calm messages of professionals and young people that the rules raised to
urgent or emergency in three blind tuning sets (safety_tune37, safety_tune38, professional_tune18),
generalised into families and pinned here with own sentences: a danger of last month or last year told as over
and going well now; a worker's how-to question about asking after suicidal thoughts or self-harm, or about
telling healthy contact from grooming; a suspicion that turned out to have an innocent cause (eczema, face
paint, hickeys, a side job); bruises explained (a bleeding disorder in a doctor's letter, a toddler learning
to walk, karate, a goalkeeper); a song line, a rap for class or a book's main character; a joke threat over a
small thing, children playing tag, words called an expression; a fall or a faint checked and fine; a one-off
case of last year with material asked; a sibling who broke a phone; nudes shared willingly between two peers;
a photo posted that is nothing nude; nobody hit at the club, a thrashing at tennis; put out of a group chat;
biological parents to be found; blood seen on a bitten child; a student who answers no mail for weeks. Each
with the dangers the tightened signals must still catch, and those told without a now, which stay urgent."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Over, but back again or still going on (Dutch, English).
    "vorig jaar sneed mijn dochter zich, het ging een tijdje goed maar sinds kort doet ze het weer",
    "last year my son self-harmed and he was doing well, but he is cutting again",
    "mijn stiefvader sloeg me vorig jaar en hij slaat me nog steeds",
    # Bruises with fear of a parent (Dutch, Polish).
    "een peuter in mijn groep heeft steeds blauwe plekken op haar rug en ze is bang voor haar vader",
    "mój syn ma siniaki na plecach i boi się taty",
    # A sibling who broke the phone and hit; a threat with a knife.
    "mijn broer heeft mijn telefoon kapot gegooid en me geslagen, wie moet dat betalen",
    "mijn vader gaat me vermoorden als ik thuiskom, hij heeft een mes",
    # A told wish to die with a how-to question.
    "een leerling zei vandaag dat hij dood wil, hoe bespreek ik suicidaliteit met hem",
    # Nudes spread after all, or sent to an adult; a photo used to blackmail.
    "twee leerlingen hebben vrijwillig naaktfotos met elkaar gedeeld en die zijn in de hele klas verspreid",
    "mijn dochter van 14 heeft naaktfotos gestuurd naar een man van 25",
    "iemand heeft een foto van mij op insta gezet, niks naakts maar hij chanteert me ermee",
    # Scars with a told cause of cutting; blows at home in the passive and from a father.
    "mijn vriendin heeft littekens op haar armen en ik weet dat ze zich snijdt",
    "bij ons thuis wordt mijn moeder geslagen door mijn stiefvader",
    "ik kreeg een pak slaag van mijn vader",
    # A father who shouts he will kill, in Turkish.
    "babam bana 'seni öldürürüm' diye bağırıyor, çok korkuyorum",
]

EMERGENCY = [
    # Bleeding or unresponsive now (Dutch).
    "ik bloed heel erg, ik heb in mijn arm gesneden",
    "mijn vriendin ligt op de grond en reageert nergens op",
]

QUIET_TWINS = [
    # Over and going well now (Dutch, English).
    (
        "Twee jaar geleden heeft mijn zoon zichzelf gesneden, hij is in "
        "therapie geweest en het gaat nu echt goed met hem."
    ),
    "Last year a pupil of mine was groomed online, the police stepped in and she is doing really well now.",
    (
        "Vorig jaar was er huiselijk geweld in het gezin van een leerling, de zaak is "
        "afgesloten en het gaat goed met de kinderen. Wat geef ik door?"
    ),
    # A worker's how-to question.
    "Hoe vraag je als schoolarts naar zelfbeschadiging tijdens een gewoon gesprek?",
    "How do I ask a teenager about suicidal thoughts during a routine check-up as a school nurse?",
    "Hoe maak ik als jongerenwerker onderscheid tussen een gewone verkering en een loverboy?",
    # A suspicion with an innocent cause.
    "Ik zag krassen op de arm van een leerling en dacht aan zelfbeschadiging, maar het bleek eczeem.",
    "Mijn dochter van 15 had blauwe plekken in haar nek, het bleken zuigzoenen. Hoe praat ik met haar?",
    # Bruises explained (Dutch, Polish).
    (
        "De peuter in onze groep heeft veel blauwe plekken, de "
        "kinderarts gaf een brief: ITP. Hoe leggen we dat vast?"
    ),
    "Onze dreumes die net loopt heeft steeds blauwe plekken op zijn voorhoofd, is dat normaal?",
    "Mój syn ma siniaki na nogach po meczu, jest bramkarzem.",
    # A poem, a film's main character, a song line.
    "voor muziekles heb ik een rap geschreven over een jongen die niet meer wil leven, voor school dus",
    "in de film die we in de les keken pleegt de hoofdpersoon zelfmoord, ik moet er een verslag over maken",
    "mijn status was 'ik kan niet meer' maar dat is gewoon een songtekst",
    # Joke threats, play, an expression (Dutch, English, Turkish).
    "ik ga mijn zusje vermoorden, ze heeft mijn laatste chips opgegeten",
    (
        "My student said 'my mum is going to kill me' because she lost "
        "her new phone. Her mum is the kindest woman."
    ),
    "Çocuklar bahçede 'seni öldürürüm' diye saklambaç oynuyor, hepsi gülüyor.",
    "zijn moeder gaat hem afmaken als hij weer een onvoldoende haalt, ik weet dat het een uitdrukking is",
    (
        "een jongen van 8 riep bij memory dat hij zichzelf van kant "
        "ging maken, twee minuten later lachte hij weer"
    ),
    (
        "Een leerling van 12 zei lachend 'ik wil dood' toen hij zijn cijfer zag. "
        "Hoe voorkom ik dat zulke uitdrukkingen normaal worden?"
    ),
    # Sport, a club with nobody hit, a group chat, biological parents.
    "ik kreeg een pak slaag met schaken van mijn opa haha",
    "Bij onze club wordt niemand geslagen of gepest, hoe houden we dat zo?",
    "mijn moeder heeft me eruit gegooid uit de appgroep van de familie",
    "ik wil mijn biologische vader opzoeken, ik ben 19 en geadopteerd",
    # A photo not nude, a phone broken by a brother.
    "iemand heeft een domme foto van mij op insta gezet, niks naakts, hoe krijg ik die weg",
    "mijn broer en ik hadden ruzie en hij heeft mijn laptop kapot gegooid, wie moet dat betalen?",
    # A past case with material asked, a faint that passed, a fall checked.
    (
        "Vorige maand zag ik als huisarts een meisje na een eenmalige "
        "alcoholvergiftiging, hebben jullie voorlichting voor ouders?"
    ),
    "Een jongen van 11 viel flauw bij de schoolreis, na een koekje ging het snel beter. Hoe voorkom ik dat?",
    (
        "Een baby van 8 maanden is van de bank gevallen, de huisarts "
        "heeft hem nagekeken en er is niks aan de hand."
    ),
    # Blood seen on a bitten child; no answer to mail for weeks.
    "Ik schrok toen ik bloed zag op de arm van een kleuter, een ander kind had hem gebeten.",
    "Student is al drie weken niet op school geweest en reageert nergens op, wie moet ik inschakelen?",
    # Nudes shared willingly; clothes and a broken washing machine.
    "Twee leerlingen van 15 hebben vrijwillig naaktfotos met elkaar gedeeld, nog niet verder verspreid.",
    "Een kind kwam een week in dezelfde kleren, de wasmachine van het gezin is kapot. Weet u een fonds?",
    # A meaning heard about, a school talk, no concrete concern.
    "Ik hoorde dat een vlinder-tattoo iets met zelfbeschadiging te maken heeft, klopt dat?",
    "our school had an assembly about grooming, nothing has happened to me, just curious",
    "Welke informatie is er over eergerelateerd geweld voor leerkrachten? We hebben geen concrete zorgen.",
]

URGENT_NOT_NOW = [
    # The same dangers told without a now: a person soon, not 112.
    "vorig jaar sneed mijn dochter zich en sinds kort doet ze het weer",
    "mijn stiefvader slaat me nog steeds, vorig jaar was het even beter",
    "er wordt bij ons thuis elke avond iemand geslagen",
]

(
    test_s52h_rules_raise_an_alarm,
    test_s52h_danger_now_is_an_emergency,
    test_s52h_harmless_twins_stay_below_urgent,
    test_s52h_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s52h_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
