"""Safety triage, round s56 (forty-first session), from the blind sets safety_tune57, youth_tune35,
professional_tune22 and mixed_tune29, generalised into families and pinned here with own sentences:
farewells and plans in other words (letters for everyone or "voor later", everything arranged and things
given away, a treasured toy handed to a friend to look after, standing on the bridge every evening, pills
looked at "allemaal tegelijk", not holding out a waiting list, "ik word toch geen 13", a post captioned
"laatste video"); self-harm hidden (long sleeves at gym, hoodies so the mentor will not see, the sharpener
"mijn beste vriend"); a child shut out, in or without food as punishment; sexual abuse and exploitation told
by signs (a father in the daughter's bed during the night shift, made to sleep beside mother's boyfriend,
"zo doet oom ook", a shopkeeper's stockroom, a yes given for fear of anger, drink and then "dingen doen", a
bag carried for money unseen); neglect seen (a polluted house, yesterday's clothes and a smell, the eldest
caring without lunch, nappy rash bleeding, a parent asleep all day on pills, no parents for weeks, a toddler
alone in the bath); violence told by signs (sunglasses indoors, insults before the children every day, a
push at the door, concealer so nobody sees, a child who hides at the sound of the key); a young person put
out for who they are; bruises of different ages and the meldcode's steps 3 and 4; a mother who says she
might throw the baby out of the window. Harmless look-alikes stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Farewells and plans in other words.
    "ik heb briefjes geschreven voor iedereen in mijn familie, ze liggen in mijn la",
    "mijn zus schrijft brieven aan iedereen voor later, ze is 15",
    "alles geregeld, mijn games weggegeven aan mijn neefje. het is goed zo",
    "mijn beste vriendin gaf mij haar ketting en zei zorg er goed voor, ik weet niet wat ik moet denken",
    "elke nacht fiets ik naar de spoorbrug en dan sta ik daar heel lang",
    "ik kijk elke avond naar mijn strips met pillen en denk allemaal tegelijk",
    "de wachtlijst is een half jaar en ik weet echt niet of ik het zo lang volhoud",
    "mijn zoon van 11 zei aan tafel: ik word toch geen twaalf",
    "een leerling zette een filmpje op instagram met de tekst laatste post",
    # Self-harm hidden.
    "mijn dochter draagt altijd lange mouwen bij de gymles, ook als het warm is",
    "im wearing hoodies every day so my parents wont see my arms",
    "het scheermesje is mijn beste vriend geworden",
    # Shut out, in or without food as punishment.
    "als hij te laat thuis is moet hij van zijn stiefvader een uur buiten in de kou wachten",
    "zijn moeder zet hem bij straf buiten op het balkon, ook s avonds in de kou",
    "mijn buurjongen mag niet naar binnen van zijn stiefmoeder als hij te laat is",
    "als ik boos ben doet mama de deur op slot en mag ik er niet meer uit",
    "bij een slecht cijfer moet ze de hele dag op haar kamer blijven zonder eten",
    # Sexual abuse and exploitation told by signs.
    "mijn zwager ligt in het bed van mijn nichtje als mijn zus avonddienst heeft",
    "mijn kleinzoon moest naast de nieuwe vriend van zijn moeder slapen",
    "de vriend van mama wil altijd zelf haar plasser wassen met de deur op slot",
    "mijn dochter van 4 deed iets raars en zei: zo doet opa ook",
    "de eigenaar van de snackbar vraagt of ik mee kom naar zijn busje, dan krijg ik geld. ik ben 12",
    "mijn dochter wil niet meer naar de wc als een bepaalde invaller werkt",
    "ik heb ja gezegd omdat hij anders kwaad werd",
    "ze gaven ons drank en dan moesten we dingen doen, ik ben 14",
    # Neglect seen.
    "in de vervuilde woning van de buren wonen drie kleine kinderen",
    "de leerling komt in kleren van de dag ervoor, met een sterke lucht",
    "ze komen elke dag zonder ontbijt en de oudste zorgt voor de kleine broertjes",
    "de baby heeft luieruitslag tot bloedens toe",
    "mijn vader ligt de hele dag op de bank door zijn pillen",
    "al weken geen ouders gezien bij de overburen, de kinderen doen alles zelf",
    "vond ik mijn zoon van 2 in koud water, mijn vriendin sliep",
    # Violence told by signs.
    "mijn schoonzus hield binnen de hele avond haar zonnebril op",
    "mijn man scheldt mij elke dag uit waar de kinderen bij zijn",
    "ik deed de deur open en toen kreeg ik een stomp",
    "mijn zoon moet s nachts opletten dat papa mama niet weer pijn doet",
    "ik doe elke dag concealer op mijn arm zodat niemand het ziet",
    "mijn neefje vroeg of ik hem ook ga slaan als hij knoeit",
    "ze verstopt zich onder tafel als ze papa de sleutel hoort",
    # A young person with no home.
    "mijn ouders zeggen dat ik hun dochter niet meer ben sinds ik over mijn vriendin vertelde",
    "thuis is echt geen optie meer, waar kan ik heen",
    # Professionals' signs; a baby at risk.
    "bij onderzoek zagen we blauwe plekken van verschillende kleuren op de rug",
    "wij zitten bij stap 3 en 4 van de meldcode, wie neemt contact op met de ouders?",
    "mijn vriendin zegt dat ze de baby soms van de trap zou gooien als hij niet stopt met huilen",
]

EMERGENCY: list[str] = []

QUIET_TWINS = [
    # Letters, moves, lending, a bridge to fish from, vitamins, a holiday vlog.
    "ik schrijf brieven aan iedereen in mijn klas voor de kerstkaarten",
    "alles geregeld voor de verhuizing, oude spullen weggegeven. het is goed zo",
    "mijn vriendin gaf me haar hamster voor de vakantie en zei zorg er goed voor",
    "elke avond fiets ik naar de brug om te vissen en dan sta ik daar heel lang",
    "ik kijk naar mijn vitamines en denk, allemaal tegelijk innemen?",
    "hij zette een vlog online met de tekst laatste video van de vakantie",
    # Sleeves, a hoodie, a sharpener.
    "ze draagt lange mouwen bij gym vanwege haar eczeem",
    "de puntenslijper is mijn beste vriend bij tekenen",
    # Outside for fun, a balcony in summer, a door against burglars.
    "de kinderen moeten een uur buiten spelen voor het eten, verstoppertje",
    "in de zomer zet ze hem buiten op het balkon met zijn speelgoed",
    "ik doe de deur op slot tegen inbrekers",
    # A child ill in bed, a film night, a bag as a present.
    "papa slaapt in haar bed als ze ziek is en mama nachtdienst heeft",
    "we keken rare filmpjes op youtube, heel grappig",
    "ik mag niet kijken wat erin zit, het is een cadeau voor mijn verjaardag, kost 50 euro",
    # A messy room, a smell of paint, a rash with cream.
    "de woning van mijn puber is zo vervuild, zijn kamer is een zwijnenstal",
    "luieruitslag, welke creme helpt?",
    # Sunglasses for migraine, a push in the playground, a pimple.
    "mijn zus hield binnen haar zonnebril op vanwege migraine",
    "op het schoolplein kreeg ik een duw van een jongen",
    "ik doe concealer op mijn wang zodat niemand het ziet, dat puistje",
    # A grandparent's worry told once.
    "mijn schoonzoon scheldt mijn dochter uit waar de kinderen bij zijn, wat kan ik doen",
]

(
    test_s56_rules_raise_an_alarm,
    test_s56_danger_now_is_an_emergency,
    test_s56_harmless_twins_stay_below_urgent,
    test_s56_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
