"""Safety triage, round s51 part J: professionals, volunteers and bystanders who saw or heard signs and ask
what to do, which the rules read as calm or as a general question (safety_tune35, short_tune11), generalised
into families and pinned here with own sentences: a parent who gives a child "een pak slaag", the verb
last; an adult seen kicking or hitting his or her own child or partner; a childcare worker seen slapping a
toddler; a pupil who never wants to go home or asks to stay at school in the holidays; no food at home; a
parent away from home for days (also Turkish); a pupil caring for siblings while the parent "is still lying
down", a parent who smells of alcohol at school; a pupil with scratches or a fat lip after weekends; a partner
who controls a mother at a home visit; a parent who seems psychotic at pick-up; the Veilig Thuis number asked.
Each with twins where one detail makes it harmless: a ball, a game, a camp, a night shift, a sport, an
interpreter, a psychosis long treated, a professional's procedure question."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A parent's beating told with the verb last, or "gives her a beating" (Dutch, English).
    "de trainer hoorde dat zijn vader hem na elk slecht rapport een flink pak slaag geeft",
    "een leerling vertelde dat haar moeder haar thuis klappen geeft als ze te laat is",
    "one of my players told me her dad gives her a proper beating when she plays badly",
    # An adult seen kicking or hitting his own child or partner (Dutch, English).
    "bij ons op het schoolplein zag ik een moeder haar dochtertje hard in haar gezicht slaan",
    "ik zie de buurman vaak zijn vrouw in de tuin stompen en schoppen, wat kan ik doen?",
    "this morning I saw a dad kicking his little boy outside the school gate",
    "I keep seeing the man next door slapping his girlfriend in their garden, should I report it?",
    # A childcare worker or teacher seen slapping or shaking a child (Dutch, English).
    "een ouder zag dat de leidster een peuter een harde tik gaf omdat hij niet wilde slapen",
    "mijn stagiaire zag hoe een collega een kindje door elkaar schudde tijdens het verschonen",
    "a parent told us she saw a nursery worker smack a toddler on the leg",
    # A pupil who never wants to go home, or asks to stay at school in the holidays (Dutch, English).
    "een meisje uit mijn klas wil na school nooit naar huis en blijft hangen bij het hek",
    "een leerling vroeg of hij in de kerstvakantie bij de juf mocht logeren",
    "a pupil in my class never wants to go home at the end of the day",
    "a girl in my class asked me whether she could stay at school over the summer holidays",
    # No food at home, home told first (English, Dutch).
    "a student told me that at home there is never any food in the fridge",
    "hij vertelde dat er thuis vaak geen eten is en dat hij honger heeft",
    # A parent away for days (Dutch, English, Turkish).
    "mijn dochter zegt dat de moeder van haar vriendinnetje vaak dagen weg is",
    "a boy in my group says his mum is often away for days and he is alone with his sister",
    "kızımın arkadaşının annesi günlerce eve gelmiyor, çocuk hep aç",
    # A pupil caring for siblings beside a drinking parent; alcohol smelt at school (Dutch, English).
    "een leerling van 9 maakt ontbijt voor haar zusjes omdat haar vader nog in bed ligt, hij drinkt",
    "de vader van een kleuter ruikt bij het brengen steeds naar drank",
    "a pupil of mine takes her little brother to school because her mum is still in bed, she drinks a lot",
    "the mother of one of my pupils often smells of alcohol at pick-up",
    # A pupil with recurring injuries after weekends (Dutch, English).
    "een leerling in mijn klas komt na het weekend weer met blauwe plekken op zijn armen",
    "a pupil in my class keeps turning up with bruises after the weekend, his parents say he is clumsy",
    # A partner who controls at a home visit, with an injury or fear (Dutch, English).
    "bij het huisbezoek kon ik moeder niet alleen spreken, haar man bleef erbij en ze had een blauw oog",
    "at the home visit I could not speak to her alone, her husband answered for her and she seemed scared",
    # A parent who seems psychotic while fetching the child (Dutch, English).
    "de vader van een peuter leek bij het brengen psychotisch en praatte over stemmen",
    "a mum at pick-up seemed psychotic and wanted to take her son home",
    # The Veilig Thuis number asked (Dutch, English).
    "wat is het telefoonnummer van veilig thuis?",
    "veilig thuis number please",
]

EMERGENCY = [
    # An adult seen hitting his partner or child, now (Dutch, English).
    "ik zie nu op straat een man zijn vriendin slaan en schoppen, help",
    "I can see a man kicking his girlfriend right now outside my window",
]

QUIET_TWINS = [
    # The number wanted for a leaflet, said in the next sentence (review).
    "wat is het telefoonnummer van veilig thuis? ik wil een folder maken voor school",
    "what's the number for Veilig Thuis? just want to save it for my work as a childminder",
    # A team thrashing its opponent; a game.
    "de coach zei dat ons team de tegenstander een flink pak slaag gaf zondag",
    "my dad gives me a proper beating at chess every sunday",
    # A ball kicked, a bike pedalled, a game.
    "ik zag een vader zijn zoontje een bal hard tegen de goal schoppen",
    "I saw a dad kicking a ball with his son in the park",
    # A clapping game; a high five.
    "our nursery worker taught the toddlers a clapping song",
    "a colleague gave a toddler a high five after he tidied up",
    # Once, a stranger in a supermarket (the sets file it as attention).
    "ik zag in de winkel een vader zijn zoon een flinke klap geven, kan ik daar nog iets mee?",
    # A pupil who hits classmates; a babysitter hit by the child.
    "leerkracht groep 3: een kleuter schopt en slaat andere kinderen in de kring, tips?",
    "ik ben oppas en het kind slaat mij steeds als hij moet stoppen met spelen",
    # Fun at camp, wanting to keep playing.
    "de leerlingen wilden na het schoolkamp niet naar huis, zo leuk was het",
    "een leerling van mij wil nooit naar huis na school omdat hij nog wil spelen op het plein",
    # A general question, no pupil described.
    "what should you do if a pupil never wants to go home after school?",
    # Food not ready, food one does not like.
    "at home there is no food he likes, says my pupil, he is a fussy eater",
    # A parent away for work, the other parent caring.
    "her mum is often away for days for work, her dad takes care of her then",
    "annesi iş için günlerce evde olmuyor, babası ona bakıyor",
    # A parent on night shifts; once after a party.
    "mijn leerling brengt zijn zusje naar school omdat zijn moeder nog slaapt na haar nachtdienst",
    "mijn man rook na het feest naar bier, de kinderen lagen al in bed",
    # A parent who stays in bed, no drink told.
    "meisje van 13 brengt haar broertjes naar school omdat moeder niet uit bed komt, is ze depressief?",
    # Scratches from classmates, at home.
    "our son of 7 comes home with scratches, he says two boys in his class pinch him",
    # Bruises from sport.
    "een leerling van mij komt na het weekend vaak met schrammen van de judowedstrijd",
    # An interpreter; a partner who is just enthusiastic.
    "ik kon moeder niet alleen spreken, haar man was de tolk want ze spreekt geen nederlands, ze was nerveus",
    "de vader onderbrak haar steeds, hij was zo enthousiast over de baby",
    # A psychosis now treated in a clinic.
    "de moeder van mijn leerling is psychotisch en nu opgenomen, de kinderen wonen bij oma",
    # A psychosis long ago and treated; a question how to recognise one.
    "de moeder van een leerling was vorig jaar psychotisch, ze is behandeld en haalt haar zoon weer op",
    # A professional's procedure question about Veilig Thuis.
    "als leerkracht wil ik advies vragen, wat is het nummer van veilig thuis voor professionals?",
    "hoe werkt de meldcode en wanneer moet je veilig thuis bellen?",
    "whats the number for veilig thuis? asking for a friend, she is safe right now",
    "dankjewel, ik ga zo het nummer van veilig thuis bellen",
    "is het nummer van veilig thuis gratis?",
]

URGENT_NOT_NOW = [
    # The same dangers told as seen before, without a now: a person soon, not 112.
    "ik zag vorige week op straat een man zijn vriendin slaan en schoppen",
    "I saw a man kicking his girlfriend in the street last month",
]

(
    test_s51j_rules_raise_an_alarm,
    test_s51j_danger_now_is_an_emergency,
    test_s51j_harmless_twins_stay_below_urgent,
    test_s51j_patterns_pass_their_gates,
) = round_tests(ALARM + URGENT_NOT_NOW, EMERGENCY, QUIET_TWINS)


test_s51j_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
