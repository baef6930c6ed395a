"""Safety triage, round s55 part C: child abuse and neglect told in other words, by the child, a parent, a
bystander or a worker, from the blind tuning sets safety_tune49-52 (Dutch, English), generalised into families
and pinned here with own sentences: a child shut in the shed or the cellar, made to sleep in the garden shed
or kneel on rice, left in wet sheets as punishment; a young child alone at night or a baby left at home alone,
parents gone for weeks; a parent too drunk to hear the babies, a carer passed out among empty bottles,
children who look after themselves beside a mother's drinking; secrecy told by an adult ("ons geheimpje", "mag
het niet aan mama vertellen", "als ik het vertel gaat mama weg"); an adult's touching or looking described (a
neighbour at "je plassertje", a mother's boyfriend who comes to "cuddle" in bed at night, grabbed where she
does not want it, a coach who makes the girls undress, a keyhole, followed to the shower, remarks on her body
and a present inside, money for visits); a girl made to be with a boyfriend's friends or sleeping at older
men's places for a bed; an injury whose explanation does not fit the development, a partner who never leaves a
bruised woman's side; harm by a carer told otherwise (hair pulled, "the eldest" beaten with the belt, raised
with the belt, a grandmother slapping "my 4 year old", yanked by the arm so hard, a mother who bites back,
"beat it out of him", beaten "by his father", pushed against the cupboard, hitting with whatever is at hand, a
parent seen strangling the other, parents who hit each other); a child afraid to go home or out in the cold at
night; a young person who sleeps at friends' because home is bad, "asking for myself" beside a blow; an ex who
waits for the mother despite a ban or asks the child where she lives; emotional abuse (a failure every night,
treated as air, angrier after a report, telling a mentor and it gets worse); being outed as blackmail; run
away without money; a parent who wishes she were not alive; waking with a stranger on top; a child sleeping in
the car with a parent. Danger now is 112: parents fighting right now with something smashed, a threat to throw
them off the balcony too, a toddler barely responding after a hot car, a small child in a nappy by a busy road
with nobody there, a young child home alone with both parents unreachable. Harmless look-alikes stay calm: a
bike in the shed, a tent in the garden, a teenager home alone, a glass of wine, a surprise kept, a doctor's
examination, a cat that follows her, trousers that do not fit, a plait, a pillow fight, brothers fighting, a
fine that makes a child afraid to go home, children playing in the snow, a dog that ran away."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Shut in or degrading punishment.
    "als ze niet luistert sluit mijn man haar op in de kelder, soms een hele middag",
    "my neighbour makes him sleep in the garage when he wets the bed, he is 7",
    "her stepmother makes her kneel on rice when she is rude",
    "mijn zus laat haar zoontje als straf in zijn natte luier liggen tot de middag",
    # A young child left alone.
    "het buurmeisje van 6 is 's nachts vaak alleen thuis omdat haar vader nachtdienst heeft",
    "mijn vriend laat de baby alleen thuis als hij boodschappen gaat doen, ze is 3 maanden",
    # A parent too drunk to care.
    "ik drink elke avond wijn om rustig te worden, soms zoveel dat ik de baby niet hoor",
    "at the visit the mother was passed out on the sofa with empty cans around, the toddler in a wet nappy",
    "de vader drinkt veel, de kinderen zorgen voor zichzelf en eten chips als avondeten",
    # Secrecy told by an adult.
    "mijn zoon van 7 zegt dat opa hem kietelt en dat het hun geheimpje is",
    "de trainer zegt dat ik het niet aan mijn ouders mag vertellen als ik bij hem op de kamer kom",
    "mijn stiefvader zegt dat als ik het aan iemand vertel dat mama dan weggaat. het gebeurt elke week",
    # An adult's touching or looking described.
    "mijn dochter van 5 zegt dat oom altijd aan haar plassertje zit als ze logeert",
    "de vriend van mijn moeder komt 's nachts bij mijn zusje in bed liggen en dat vindt ze eng",
    "mijn oom pakt me steeds vast op plekken waar ik dat niet wil",
    "the tennis coach makes the girls undress before the weigh in, my daughter is 11",
    "I caught my brother in law looking through the keyhole while my daughter was in the shower",
    "a man in the shelter follows her to the showers every night and says bad things",
    "de buurman vraagt steeds of ik binnen wil komen voor een snoepje en zegt dingen over mijn lichaam",
    "de buurman geeft me geld als ik langs kom, ik ben 12",
    # Exploitation by a boyfriend's friends, older men for a bed.
    "ik moet van mijn vriend met zijn neven naar bed anders moet ik alles terugbetalen",
    "she is 15 and sleeps at older men's flats in exchange for a place to sleep",
    # An injury that does not fit, a partner who answers for her.
    "the parents say the baby fell from the sofa but the fracture doesn't fit his development",
    "ze heeft blauwe plekken en haar man beantwoordt alle vragen voor haar",
    # Harm by a carer told otherwise.
    "als hij zijn huiswerk niet maakt, trek ik hem aan zijn oren. het gaat steeds verder",
    "als het misgaat sla ik de jongste met de riem",
    "zijn vader voedt hem op met de riem zegt hij",
    "my father in law keeps hitting my 4 year old when I am out",
    "the babysitter pulled her by the arm so hard that she screams when we touch it",
    "the bruises on her arms are from her boyfriend, he grabbed her too hard",
    "mijn vrouw bijt hem terug als hij bijt, hij zit vol bijtplekken",
    "my dad says he will beat it out of him now that my brother came out as gay",
    "mijn neef is na de training door zijn vader geslagen",
    "mijn stiefvader heeft mama gisteren tegen de muur geduwd",
    "mijn moeder slaat met alles wat ze vindt als ze boos is",
    "yesterday I saw my stepdad choke my mum in the kitchen",
    "ik hoor elke avond geschreeuw beneden. ze slaan elkaar soms",
    # Afraid to go home, out in the cold at night.
    "het jongetje van hiernaast durft niet naar huis, er wordt binnen geschreeuwd",
    "de kinderen van de overburen zitten 's avonds laat op de stoep in de regen",
    "my friend is scared to go home because of his dad",
    # Home bad, sleeping elsewhere; asked for myself.
    "thuis is het echt een hel. ik slaap zo veel mogelijk bij een vriendin",
    "mag je bellen als iemand je slaat? vraag voor mezelf",
    # An ex hunting the mother.
    "mijn ex wil me opwachten bij de school van de kinderen, hij heeft een straatverbod",
    "hij vraagt de kinderen steeds waar we wonen, wij zitten in de opvang",
    # Emotional abuse.
    "mijn moeder zegt elke dag dat ik een mislukking ben",
    "mijn ouders doen alsof ik lucht ben sinds ik gezakt ben",
    "jeugdzorg is geweest en nu is mijn moeder nog bozer op mij",
    "ik heb op school verteld over thuis maar het wordt alleen erger",
    # Outing as blackmail.
    "hij laat me gratis werken anders vertelt hij mijn familie dat ik lesbisch ben",
    # Run away; a parent who wishes she were not alive.
    "ik ben weggelopen en heb geen geld meer, ik ben 15",
    "my dad says he wishes he wasn't alive anymore, I'm 13",
    # Waking with a stranger on top; a child sleeping in the car.
    "I woke up at the party and there was a boy I don't know on top of me",
    "mijn leerling slaapt al weken met zijn moeder in de auto",
]

EMERGENCY = [
    "my parents are fighting in the kitchen right now and I heard glass smash",
    "hij stond op het balkon en zei dat hij ons ook van het balkon gooit",
    "help our baby was in the hot car for an hour and is barely responding",
    "er loopt een peuter in zijn pyjama op de rijweg, niemand te zien, ik ben er nu",
    "my nephew (3) is home alone, I can't reach his parents",
]

QUIET_TWINS = [
    # Shut in: a bike, a tent, fun.
    "ik sluit de hond op in de bijkeuken als er bezoek komt",
    "ik sluit zijn fiets op in de garage",
    "mijn zoon van 13 is vaak alleen thuis na school",
    "my son makes them sleep in the garden in a tent for fun",
    "ik laat hem nooit in de natte lakens liggen, ik verschoon meteen",
    # Alone: a teenager, a holiday.
    "mijn zoon van 16 is 's nachts soms alleen thuis als wij op stap zijn",
    # Drink: a glass of wine, children who make their own lunch.
    "ik drink soms een glas wijn en de baby slaapt dan al lang",
    "de kinderen zorgen voor zichzelf bij het smeren van hun brood, ze zijn 9 en 11",
    "we found empty bottles in the recycling bin after the party",
    # Secrets: a surprise.
    "mijn dochter zegt dat papa en zij een geheimpje hebben, het is een verrassing voor mijn verjaardag",
    # Touching or looking: a doctor, a cat, a child's own play.
    "de huisarts keek naar haar plassertje omdat het rood was",
    "our cat follows her to the bathroom every morning",
    "mijn zoontje komt 's nachts bij ons in bed liggen",
    # Injury: clothes that do not fit.
    "zijn broek past niet bij zijn leeftijd, hij groeit zo snel",
    # Carer: a plait, a pillow fight, brothers.
    "ik trek aan haar haren als ik een vlecht maak",
    "mijn kinderen van 7 en 9 slaan elkaar soms met kussens",
    "mijn zoons slaan elkaar soms om de playstation",
    "we hebben de tafel tegen de muur geduwd voor het feest",
    # Afraid to go home: a fine, playing in the snow, a party.
    "ik durf niet naar huis met mijn rapport, mijn vader wordt boos",
    "de kinderen spelen 's avonds buiten in de sneeuw",
    "mijn dochter wil niet naar huis van het feestje",
    # An ex: picking up.
    "mijn ex wacht de kinderen op bij school om ze op te halen",
    # Emotional: a mentor and a move.
    "ik heb de mentor verteld over thuis dat we gaan verhuizen",
    # Run away: a dog.
    "onze hond is weggelopen en we hebben geen geld voor een advertentie",
    # A child sleeping in the car on a trip.
    "he sleeps in the car with his dad on the long drive to our holiday",
]

URGENT_NOT_NOW = [
    "mijn kleindochter van 5 is vaak alleen thuis als haar moeder 's avonds werkt",
    "de kinderen van de buren staan vaak 's avonds buiten in de kou",
]

(
    test_s55c_rules_raise_an_alarm,
    test_s55c_danger_now_is_an_emergency,
    test_s55c_harmless_twins_stay_below_urgent,
    test_s55c_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s55c_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
