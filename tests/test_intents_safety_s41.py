"""Safety triage, round s41: what the rules and a backstop trained without the set missed in learner_tune8 and
topic_tune16 (`bench/safety_model.py misses`), generalised into families and pinned here with own
sentences: a plan "om een eind te maken" without "er ... aan"; a partner who writes that he will hurt her,
boys who will do something to the family if he stops; an adult who films a child in the changing room; a
girl of 17 or under whom an uncle wants to marry his son; a girl who works nights unpaid with her passport
taken; long sleeves in the heat with blood or plasters; people online who have her address and will come
round; a drug debt to "work off"; boys who force a boy to fetch or keep things for them; the signs of
running (two phones, calls after which he must leave, packages for "someone"); a man who gives a child
sweets or money and asks her number, or sends gifts and wants to meet; a girl who will not leave the house
again if seen with a boy; a partner who decides what she wears and whom she meets; a minor who leaves with
a man from the internet; a pupil sleeping in the car with her mother; a parent who took the children abroad
and does not come back; bruises on a young child's back with the child quiet, or a carer asking whether to
report; and inside older rules: a a boy who tells the packages
himself, voices about the baby, waylaid after school, a child shut in a bedroom as punishment, little ones
always home alone. Danger now: a child abandoned with a little
one by a parent who says she will not come back, and a minor meeting the man from the internet tonight.
Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # A plan to make an end (Dutch, English).
    "ik heb een plan om een einde te maken als ik word afgewezen",
    "zij had een plan om een eind te maken, ze had alles uitgedacht",
    "i have a plan to end things after the exams",
    # He will hurt me; they will do something to the family (Dutch, English).
    "mijn ex appte dat hij me pijn gaat doen als ik de kinderen niet breng",
    "hij dreigt dat hij de kinderen pijn zal doen",
    "ze zeggen als ik stop doen ze mijn moeder iets",
    "if i stop running for them they will do something to my family",
    # Filmed in the changing room (Dutch, English).
    "mijn dochter zegt dat de trainer haar filmt in de douche",
    "de gymleraar maakte fotos van de jongens in de kleedkamer",
    "the coach took pictures of the girls in the changing room",
    # To marry his son (Dutch, English).
    "mijn schoonvader wil dat mijn dochter van 14 trouwt met zijn zoon",
    "my uncle wants my sister of 16 to marry his son next summer",
    # Unpaid nights, passport taken (Dutch, English).
    "ze is 17, werkt elke nacht in een restaurant en krijgt geen geld, haar paspoort is afgepakt",
    "she is 16, works every night and is not paid, they took her passport",
    # Long sleeves in the heat with blood (Dutch, English).
    "ik zie bloed op haar handdoek en ze draagt lange mouwen terwijl het 30 graden is",
    "my son wears long sleeves even in the summer heat and i found plasters and blood on his sheets",
    # They have her address (Dutch, English).
    "op die nepaccount staat dat ze zijn adres hebben en langskomen",
    "they posted that they have her address and are coming for her",
    # A debt to work off (Dutch, English).
    "hij heeft een schuld bij de jongens en ze zeggen dat hij het moet afwerken",
    "the dealers say my son has to work it off because he owes them",
    # Forced to fetch or keep things (Dutch, English).
    "de jongens dwingen hem om tasjes voor ze te bewaren",
    "older guys forced my brother to carry packages for them",
    # The signs of running (Dutch, English).
    "hij heeft twee telefoons en nieuwe dure schoenen, hij zegt dat een vriend ze gaf",
    "mijn zoon krijgt telefoontjes waarna hij meteen weg moet, hij heeft een nieuwe dure jas",
    "zij zegt dat ze voor iemand pakketjes rondbrengt en heeft veel geld",
    "she has two phones now and new expensive trainers",
    # A man who gives a child sweets or money (Dutch, English).
    "een man op het plein geeft mijn zoon van 9 geld en vraagt zijn nummer",
    "a man at the park gives my daughter of 8 sweets and asked her phone number",
    "mijn dochter van 12 chat met een man, hij stuurt haar cadeautjes en wil afspreken",
    # Seen with a boy (Dutch, English).
    "mijn vader zegt als ik met een jongen gezien word, kom ik het huis niet meer uit, ik ben 15",
    "my brothers said if i am seen with that boy again i will never leave the house",
    # He decides everything (Dutch, English).
    "mijn man bepaalt wat ik aantrek en met wie ik afspreek",
    "my husband decides what i wear and who i see",
    # A man from the internet (Dutch, English).
    "mijn dochter van 15 gaat weg met een man van internet",
    "my daughter of 14 is meeting a man she met online",
    # Bruises and a quiet child (Dutch, English).
    "de kleuter in mijn klas heeft blauwe plekken op buik en is erg stil, moet ik melden",
    "the toddler i babysit has bruises on her back and is very quiet, should i report it",
    # Inside older rules: voices, the article, the packages, waylaid, locked in, home alone, the car.
    "mijn moeder hoort stemmen die zeggen dat ze de baby pijn moet doen",
    "mijn ex heeft kinderen meegenomen naar Marokko en hij komt niet meer terug",
    "my husband took the kids to pakistan and is not coming back",
    "oudere jongens laten mij pakketjes naar adressen brengen",
    "ze zeggen dat ze me na school opwachten en in elkaar slaan",
    "her boyfriend shuts the little one in the bathroom for hours as a punishment",
    "de kindjes van de overkant zijn altijd alleen thuis, ze zijn 4 en 6, de ouders zijn weg tot laat",
    "mijn leerling van 15 slaapt met haar vader in de auto sinds september",
]

EMERGENCY = [
    # Abandoned with a little one (Dutch, English).
    "mama is net weggegaan en heeft mij en mijn zusje alleen gelaten, ze zei dat ze niet terugkomt, ik ben 8",
    "my mum left me and my little brother alone and said she is not coming back, im 10",
    # Meeting the man from the internet tonight (Dutch, English).
    "mijn zus van 15 spreekt vannacht af met een man van internet",
    "my daughter of 14 is meeting a man she met online tonight",
]

QUIET_TWINS = [
    # An end to a quarrel or to bullying; ending it with a boyfriend.
    "ik heb een plan om een eind te maken aan de ruzie met mijn zus",
    "ik heb een plan om een einde te maken aan het pesten in de klas",
    "the teacher has a plan to end the fights in the playground",
    # A dentist or a jab that will hurt; a trainer who is kind.
    "de tandarts zei dat hij me pijn gaat doen bij het trekken van de kies",
    "mijn zoon zegt dat de prik hem pijn gaat doen",
    # Filming a musical or a swimming diploma.
    "de juf filmt de kinderen in de kleedkamer voor de musical",
    "de badmeester filmt de kinderen bij het afzwemmen van hun diploma",
    # A crush; a joke about later.
    "mijn dochter van 16 wil later trouwen met zijn zoon, ze is verliefd",
    "my niece of 15 says she wants to marry his son when she is grown up, a joke",
    # An unpaid internship; a passport expired.
    "mijn dochter van 16 werkt in de supermarkt en krijgt geen geld want het is een stage",
    "haar paspoort is verlopen, ze moet een nieuw paspoort aanvragen",
    # Long sleeves for eczema; a hoodie in summer without blood.
    "ze draagt lange mouwen terwijl het 30 graden is vanwege haar eczeem",
    "hij draagt altijd een hoodie in de zomer, ook als het heet is",
    # A delivery; grandma for a birthday; a school open day.
    "de bezorger heeft ons adres en komt morgen langs met het pakket",
    "oma heeft zijn adres en komt langs voor zijn verjaardag",
    "ze hebben het adres van de school gevonden en komen langs op de open dag",
    # Homework to finish; cake to work off.
    "hij moet zijn huiswerk afwerken voor school",
    "i have to work it off at the gym after all that cake",
    # Tidying his things.
    "de trainer dwingt hem om zijn spullen op te ruimen",
    # A work phone; an old phone; calls from the boss of a delivery job.
    "hij heeft twee telefoons, een van zijn werk en een eigen",
    "mijn dochter heeft 2 telefoons omdat ze haar oude nog heeft",
    "hij krijgt telefoontjes van zijn baas waarna hij meteen weg moet voor een bezorging bij thuisbezorgd",
    # Santa, grandpa, the father.
    "de kerstman geeft de kinderen snoep en vraagt hun naam",
    "opa geeft mijn dochter van 8 geld voor haar verjaardag en vraagt haar nummer",
    "mijn man geeft mijn zoon van 9 geld voor zijn verjaardag en ik vraag zijn nummer",
    # Gossip at a party; a happy friend.
    "als ik met die jongen gezien word op het feest gaan ze vast roddelen",
    "als ik met een vriend gezien word ben ik blij",
    # A mother with a teenager; a dress code.
    "mijn ouders bepalen wat ik aantrek en met wie ik omga, ik ben 10",
    "op het werk is er een dresscode die bepaalt wat ik aantrek en met wie ik afspreek",
    # A friend from school; a film.
    "mijn zus van 15 spreekt vanmiddag af met een vriendin van school",
    "mijn dochter van 14 heeft een film gezien over een meisje dat weg gaat met een man van internet",
    # Back at five.
    "mijn moeder is naar de winkel en heeft ons alleen gelaten, ze komt om 5 uur terug",
    # Bruises from judo; a birthmark.
    "mijn zoon heeft blauwe plekken op zijn rug van judo en is heel stil na de wedstrijd",
    "mijn kleuter heeft een mongoolse vlek op zijn rug, moet ik dat melden bij het consultatiebureau",
    # Football with older boys; a cuddly toy in the car; home alone one afternoon; a dog in a bedroom.
    "oudere jongens laten mij meedoen met voetbal",
    "mijn zoon van 4 slaapt altijd met zijn knuffel in de auto",
    "ik zit de hele dag alleen thuis met mijn dochtertje van 1 en voel me eenzaam",
    "mijn zoon van 17 slaapt al weken met zijn vader in de auto, bij zijn moeder wil hij niet wonen",
    "oma heeft kinderen meegenomen naar de camping en komt pas zondag terug",
    "we zijn altijd alleen thuis op woensdagmiddag want mama werkt, ik ben 12",
    "the kids lock the dog in the bedroom when friends visit",
    "mijn moeder hoort stemmen in haar hoofd, ze heeft een afspraak bij de psychiater",
]


(
    test_s41_rules_raise_an_alarm,
    test_s41_danger_now_is_an_emergency,
    test_s41_harmless_twins_stay_below_urgent,
    test_s41_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
