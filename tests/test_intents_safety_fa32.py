"""Safety triage, round fa32: harmless messages that the rules alone raised to urgent or emergency, written by
someone who never saw the rules, as families of harmless readings pinned here with own sentences: a magnet in
a young child's mouth taken out or spat out and nothing swallowed; a fight in a video game between brothers,
sisters or friends; a pet gone instead of a child; a story to write for school about a missing child; a young
child's dramatic "ik wil dood" over a small thing, laughed off; "helemaal los" at a concert, a party or a
wedding; "ik sla mijn hoofd tegen de muur" called a saying; a child who locked himself in the toilet by
accident; a pupil who does not want to go home yet because she wants to finish her drawing. Each with alarm
twins of the same family that must still raise (Dutch, English): a magnet swallowed or in doubt, a blow to
"me" or by an adult around a game, a child gone for days, "vermist" of one's own daughter, a teenager's or a
daily wish to die, "helemaal los" with blows or fear, head-banging after a bad mark or till it bleeds, a child
locked in as punishment, not wanting to go home because of a drunk or angry parent."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A blow to the writer or by an adult, with a game in the sentence (Dutch).
    "mijn broer slaat mij elke dag in elkaar als we gamen",
    "mijn vader slaat mijn broer in elkaar als hij te lang gamet",
    "ik sla mijn broer helemaal in elkaar",
    # A child of one's own missing, a child gone and a pet too (Dutch).
    "mijn dochter is vermist",
    "mijn dochter is vermist sinds ze naar school ging om haar verhaal in te leveren",
    "mijn dochter van 14 is al twee dagen weg, de kat ook",
    # A wish to die from a teenager, or every day (Dutch).
    "mijn zusje van 14 zegt dat ze dood wil en lacht het weg",
    "mijn zusje zegt elke dag dat ze dood wil",
    "mijn zoon van 12 schreeuwde ik wil dood, vijf minuten later zat hij weer te gamen",
    # Head against the wall after a bad mark, till it bleeds, in anger (Dutch).
    "ik sla mijn hoofd tegen de muur als ik een slecht cijfer heb",
    "ik sla mijn hoofd tegen de muur tot het bloedt, en dat is geen uitdrukking",
    "ik sla mijn hoofd tegen de muur als ik boos ben",
    # Locked in by an adult as punishment (Dutch).
    "mijn stiefvader heeft mijn broertje opgesloten in de wc als straf",
    # Not home because of a drunk, angry or feared parent (Dutch).
    "ik wil niet naar huis want papa is dronken",
    "ze wil nog niet naar huis omdat haar vader dan boos wordt",
    "een leerling wil niet naar huis omdat ze bang is voor haar stiefvader",
]

EMERGENCY = [
    # A magnet swallowed, or a doubt about the rest (Dutch).
    "hij heeft het magneetje ingeslikt",
    "mijn zoon had een magneetje in zijn mond en ik denk dat hij het heeft ingeslikt",
    "ze had een magneetje in haar mond, ik heb er een uitgehaald maar ze heeft er ook een ingeslikt",
    "ze had een batterij in haar mond, ik heb hem eruit gehaald maar ik weet niet of ze niks heeft ingeslikt",
    # A young child gone for days (Dutch).
    "mijn zoon van 6 is al twee dagen weg",
    # "Helemaal los" with blows or fear, now (Dutch).
    "mijn man gaat nu helemaal los, hij slaat alles kapot",
    "hij gaat nu helemaal los en ik ben bang",
    # Locked in with pills (Dutch).
    "mijn zoon heeft zich opgesloten in de badkamer met pillen",
]

# The same dangers told without a now: urgent, no 112.
URGENT_NOT_NOW = [
    "mijn dochter is vermist",
    "ik sla mijn hoofd tegen de muur als ik een slecht cijfer heb",
]

QUIET_TWINS = [
    # A magnet in the mouth taken out or spat out, nothing swallowed (Dutch).
    "mijn zoontje had een magneetje in zn mond maar ik heb t er meteen uitgehaald, hij heeft niks ingeslikt "
    "gelukkig",
    "mijn dochter had een magneetje in haar mond maar ik heb het er direct uitgehaald, ze heeft "
    "niks ingeslikt",
    "hij had een magneet in zijn mond, hij heeft hem gelukkig zelf uitgespuugd",
    # A fight in a video game (Dutch, English).
    "we zitten nu te gamen en ik sla mn broer helemaal in elkaar in tekken 😂",
    "we zitten te gamen en mijn zus slaat mijn broertje helemaal in elkaar in mortal kombat haha",
    "ik sla mijn beste vriend elke keer in elkaar met tekken op de playstation",
    "we were gaming and i beat up my brother in street fighter lol",
    # A pet gone (Dutch, English).
    "mijn kat is al twee dagen weg, waar kan ik t beste zoeken? ze is wel gechipt",
    "onze hond is al drie dagen weg, hebben jullie tips om hem te vinden?",
    "mijn konijn is sinds gisteren weg, het hok stond open",
    "our cat has been missing for two days, should we put up posters",
    "my cat is missing since yesterday",
    # A story to write for school about a missing child (Dutch, English).
    "voor school moeten we een verhaal schrijven over een kind dat vermist raakt, hebben jullie "
    "tips voor een "
    "spannend begin?",
    "voor nederlands moet ik een verhaal schrijven over een meisje dat vermist raakt, hoe begin ik",
    "mijn zoon moet voor school een opstel schrijven over een jongen die spoorloos is, hoe help ik hem",
    "for school we have to write a story about a boy who goes missing, any tips",
    # A young child's dramatic wish to die over a small thing, laughed off (Dutch, English).
    "ik wil dood zei mn zusje omdat ze haar ijsje liet vallen, drama queen 🙄 tien seconden later "
    "zat ze alweer "
    "te lachen",
    "ik wil dood riep mijn broertje van 5 toen zijn toren omviel, een minuut later was hij weer aan "
    "het spelen",
    "my little sister screamed i want to die because her balloon popped, ten seconds later she was "
    "laughing again",
    "mijn dochter van 4 zei ik wil dood omdat ze geen snoepje kreeg, drama queen, twee minuten "
    "later lachte ze weer",
    # "Helemaal los" at a concert, a party, a wedding (Dutch).
    "ik ging helemaal los met headbangen op het metalconcert, nu heb ik nekpijn haha",
    "we gingen helemaal los op het feest van mijn nicht, nu ben ik zo moe",
    "mijn dochter ging net helemaal los op de dansvloer bij de bruiloft",
    "ik ging helemaal los op het festival en nu heb ik geen stem meer",
    # "Ik sla mijn hoofd tegen de muur" called a saying (Dutch).
    "mijn dochter zegt 'ik sla mijn hoofd tegen de muur' als ze haar wiskunde niet snapt, gewoon "
    "een uitdrukking "
    "toch",
    "mijn zoon roept altijd ik sla mijn hoofd tegen de muur bij zijn huiswerk, bij wijze van "
    "spreken natuurlijk",
    "ik sla mijn hoofd tegen de muur van die belastingformulieren, figuurlijk dan haha",
    # Locked in by accident (Dutch, English).
    "mn broertje had zichzelf per ongeluk opgesloten in de wc, papa kreeg de deur zo weer open",
    "onze zoon van 4 had zich per ongeluk opgesloten in de wc en huilde, na vijf minuten was de deur open",
    "my son accidentally locked himself in the toilet, we got the door open quickly",
    # Not home yet because of something to finish or to enjoy (Dutch, English).
    "een jongen van de bso wil nog niet naar huis omdat hij zijn lego toren nog af wil bouwen",
    "mijn dochter wil nog niet naar huis want het is zo gezellig bij haar vriendinnetje",
    "a pupil said she didnt want to go home yet because she wanted to finish her painting",
    # Three that the backstop raised until it learned this round's twins (docs/routing.md, "Thirty-second
    # session", item 8).
    "ons zoontje had een magneetje in zijn mond, mijn man heeft het eruit gehaald en hij heeft "
    "niets doorgeslikt",
    "mijn dochter had zichzelf per ongeluk in de badkamer opgesloten, de buurman kreeg de deur open",
    "een leerling zei vandaag ik wil nog niet naar huis, omdat ze haar tekening nog af wilde maken, "
    "zo leuk als een kind zo enthousiast is",
]

(
    test_fa32_rules_raise_an_alarm,
    test_fa32_danger_now_is_an_emergency,
    test_fa32_harmless_twins_stay_below_urgent,
    test_fa32_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_fa32_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
