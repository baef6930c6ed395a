"""Safety triage, round s51 part H: abuse and neglect by parents, partners and carers told by parents and
professionals, often minimised or as a side remark to another question, which the rules missed in the blind
tuning sets long_tune16, parents_tune18, safety_tune33, safety_tune36 and short_tune11, generalised into
families and pinned here with own sentences: a child shut in a cellar or a dog crate as punishment; food
locked away from a hungry child; a carer or taxi driver who slaps and says "don't tell"; bruises again and
again from a respite home or daycare on a child who cannot talk or crawl; a baby who barely grows told with
neglect (forgotten feeds, only tea or water, a filthy home, a wet nappy); a parent addicted to pills or drink
who no longer looks after the children; a drive weaving or smelling of beer with the children (Dutch,
English, Polish); a child called names and kept up at night or without food over schoolwork; something
thrown past a child's head; grabbed by the throat with words in between; daily messages that he will hurt
me; a parent afraid of what she might do to the baby; money for food withheld as punishment; a girl who
refuses visits, gripped too hard or made to sleep in her father's bed. Each with harmless twins."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Shut in a cellar or a dog crate as punishment (Dutch with a typing slip, English).
    "mijn schoonmoeder heeft mijn dochter van 5 opgeslote in de schuur omdat ze had gejokt",
    "een kleuter vertelde dat hij bij papa in de kooi moet als hij niet luistert",
    "mijn nichtje zei dat ze thuis in de bench wordt gezet als ze huilt",
    "my neighbour puts her son in the dog crate when he is naughty",
    # Food locked away from a hungry child (Dutch, English).
    "mijn man heeft een hangslot op de voorraadkast gedaan, onze dochter van 10 heeft vaak honger",
    "als straf doet haar moeder de keukenkasten op slot en krijgt ze geen eten",
    "her stepdad locks the fridge so she goes to bed hungry",
    # A carer or taxi driver who slaps and silences (Dutch, English).
    "de begeleider op de woongroep geeft mijn zoon klappen als hij schreeuwt",
    "de oppas geeft haar een tik en zegt dat ze het aan niemand mag vertellen",
    "the bus escort slapped my daughter and told her not to tell anyone",
    # Bruises again from care (Dutch, English).
    "onze zoon komt elke keer van de dagbesteding terug met blauwe plekken op zijn armen, hij praat niet",
    "mijn dochter van 1 heeft alweer bloeduitstortingen na de gastouder",
    "my non verbal son keeps coming back from respite with bruises on his back",
    # A baby not growing with neglect (Dutch, English).
    "mijn buurvrouw vergeet vaak haar baby te voeden, hij is pas 3 maanden",
    "de zuigeling is bijna niet gegroeid en het huis is erg vervuild",
    "mijn schoonzus geeft de baby van 4 maanden alleen maar water omdat ze geen melk kan betalen",
    "the baby is not gaining weight and the flat is filthy, the mother seems absent",
    "my cousin only gives her 3 month old water because she thinks he is too fat",
    # A parent addicted who no longer looks after the children (Dutch, English).
    "mijn man drinkt elke dag en zorgt niet meer voor onze kinderen",
    "my wife is addicted to painkillers and no longer looks after the kids",
    # A drive weaving or smelling of drink with the children (Dutch, English, Polish).
    "mijn ex reed met de kinderen slingerend over de dijk en had bier op",
    "mijn dochter zei dat de auto van haar vader naar drank stonk toen hij haar ophaalde, hij drinkt veel",
    "my son said his dad was swerving all over the road with them and had been drinking beer",
    "ojciec wiózł dzieci samochodem zygzakiem, bo dużo pije",
    "syn powiedział, że w samochodzie czuć było alkoholem, kiedy tata ich odwoził",
    # Names and kept up or without food over schoolwork (Dutch, English).
    "mijn man scheldt onze dochter uit voor debiel en laat haar tot middernacht rekenen",
    "mijn vader laat mijn broertje soms zonder avondeten als straf als hij het fout heeft",
    "her dad calls her stupid and keeps her up until midnight studying without dinner",
    # Something thrown past the head (Dutch, English).
    "mijn vriend gooide gisteren een glas rakelings langs het hoofd van mijn zoon",
    "hij was boos en smeet een mok tegen haar gezicht",
    "my partner threw a plate past my daughter's head last night",
    # Grabbed by the throat with words in between (Dutch, English).
    "mijn man pakte me gisteren in de keuken bij de keel",
    "he grabbed me in front of our kids by the throat",
    # Daily messages that he will hurt me (Dutch, English).
    "mijn ex-vriend appt al weken dat hij mij iets zal aandoen als ik aangifte doe",
    "my ex texts me every night saying he will hurt me if I keep the kids",
    # Afraid of what I might do to the baby (Dutch, English).
    "ik word zo woedend als mijn dochtertje blijft huilen, ik ben bang voor wat ik ga doen",
    "i get so angry with my baby that i am afraid of what i might do",
    # Money for food withheld as punishment (Dutch, English).
    "mijn vriend geeft me geen huishoudgeld als ik tegen hem in ga, de kinderen hebben honger",
    "he gives me no money for food unless i do what he says",
    # Refuses visits, gripped too hard or made to sleep in his bed (Dutch, English).
    "mijn dochter van 11 wil niet meer naar haar vader, ze moet daar bij hem in bed slapen",
    "mijn zoon van 13 weigert naar zijn vader te gaan, hij zegt dat papa hem heel hard vastpakt",
    "my 12 year old refuses to go to her dad's, she has to sleep in his bed there",
]

EMERGENCY = [
    # Danger now: a child shut in the cellar, something thrown now, the mother about to lose it.
    "help, mijn vriend heeft mijn zoontje nu in de kelder opgeslote",
    "hij gooit nu borden langs het hoofd van de kinderen",
    "i am so angry at my baby right now that i am scared of what i will do",
]

QUIET_TWINS = [
    # A puppy in its crate, a game of hide and seek.
    "de puppy moet 's nachts in de bench als hij stout is",
    "we speelden verstoppertje en mijn zoon had zichzelf opgesloten in de schuur",
    # A child lock against a toddler, a lock on the medicine cupboard.
    "we hebben een kinderslot op de koelkast gezet omdat de peuter alles eruit haalt, geen honger hoor",
    "we put a lock on the fridge because our toddler kept opening it, he is not hungry",
    # A pat on the shoulder, a game of tag, a surprise kept.
    "de begeleider geeft hem een tikje op de schouder als hij goed werkt",
    "de juf speelt tikkertje en zegt dat de kinderen het niet mogen verklappen wie de tikker is",
    # Paint or eczema from daycare.
    "mijn dochter komt steeds van de opvang terug met verf op haar armen",
    "my son came home from nursery again with eczema on his cheeks",
    # A baby with reflux and a doctor on it, extra water on a hot day.
    "onze baby van 3 maanden komt nauwelijks aan, de kinderarts kijkt mee want het is reflux",
    "mag ik mijn baby van 7 maanden bij warm weer naast de fles wat water geven",
    "my 4 month old is not gaining much weight, the paediatrician thinks it is a tongue tie",
    # Care shared by arrangement.
    "mijn ex drinkt en zorgt niet meer voor de kinderen, ze wonen nu bij mij en het gaat goed",
    # Weaving on ice, a spilled bottle.
    "ik reed met de kinderen slingerend over de weg door de ijzel, we hadden bier gehaald voor opa",
    "jechałam z dziećmi zygzakiem, bo była gołoledź",
    # A bookworm reading late.
    "mijn zoon leest graag en ik laat hem in de vakantie tot middernacht lezen",
    # A ball, a pillow fight, a toddler throwing his own plate.
    "de bal vloog rakelings langs het hoofd van mijn dochter bij voetbal",
    "mijn peuter gooide zijn bord langs mijn hoofd tijdens het eten",
    # Judo, a cat.
    "bij judo pakte de trainer me in de oefening bij de keel, dat hoort zo",
    # Pain from braces, messages about pick-up times.
    "de orthodontist schreef dat de beugel in het begin pijn zal doen",
    "my ex texts me every day that he will pick up the kids at six",
    # Afraid of doing it wrong.
    "ik ben bang dat ik het verkeerd doe met mijn baby",
    "i am afraid that what i do is not enough for my baby",
    # A teenager's pocket money.
    "mijn zoon krijgt geen zakgeld als hij niet luistert",
    # A toddler in the parents' bed after a nightmare.
    "mijn dochter van 3 slaapt soms bij papa in bed na een nachtmerrie",
]

URGENT_NOT_NOW = [
    # The same dangers told as past or without a now: a person soon, not 112.
    "mijn vriend heeft mijn zoontje vorige week in de kelder opgeslote",
    "hij gooide vorig jaar een bord langs het hoofd van mijn dochter",
    "sometimes i get so angry at my baby that i am scared of what i might do",
]

(
    test_s51h_rules_raise_an_alarm,
    test_s51h_danger_now_is_an_emergency,
    test_s51h_harmless_twins_stay_below_urgent,
    test_s51h_patterns_pass_their_gates,
) = round_tests(ALARM + URGENT_NOT_NOW, EMERGENCY, QUIET_TWINS)


test_s51h_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
