"""Safety triage, round s52 part B: a young person's own danger and parents' side remarks that the full router
called calm in four blind tuning sets (safety_tune38, safety_tune40, parents_tune19, everyday_tune13),
generalised into families and pinned here with own sentences: self-harm told with a shrug or called a habit, a
friend's arms full of lines; a dose asked "for a friend"; a suicide joke that was meant; a way researched "how
and where"; the medicine cabinet emptied just now; thoughts of one step by the track; standing on the bridge
again; a parent who says the child should have died or calls it names every day; the mother's boyfriend who
wants a cuddle or he tells; "things a father should not do"; running for a dealer under threat, working off a
robbery; out of foster care at eighteen with nothing next week, roaming the streets, nowhere to sleep tonight;
no power and a parent never there; "you're next" with a photo of a knife; a chokehold until he nearly fainted;
"niet doen papa" cried in her sleep; cold water, the balcony or the cellar as punishment; a parent who drinks
and turns on the child; young children left alone every evening; a classmate's nude forwarded. Each with
harmless twins that must stay calm, and the overdose and the chokehold told as past, which stay urgent."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Self-harm shrugged off, or called a habit (Dutch, English).
    "heb vannacht mijn pols weer opengekrast, boeit niet",
    "cut my arm again last night whatever",
    "mijn vriendin doet al maanden aan snijden en niemand weet het",
    # A friend's arms full of lines, waved away (Dutch, English).
    "haar onderarmen zitten vol lijntjes en ze draagt altijd lange mouwen",
    "her forearms are covered in little cuts and she says it's nothing",
    # A dose asked for a friend, or "how many ... does it take" (Dutch, English).
    "hoeveel slaappillen is dodelijk, vraag voor een vriendin",
    "how many sleeping pills does it take",
    # A suicide joke that was meant (Dutch, English).
    "ik zei voor de grap dat ik voor de trein zou springen maar ik meen het eigenlijk echt",
    "everyone laughed when i said i'd jump off the roof but i wasn't joking",
    # A way researched, done with it (Dutch, English).
    "ik kan niet meer, ik heb al bedacht hoe en wanneer",
    "i'm done with everything and i've worked out how and where",
    # Thoughts of one step by the track, the bridge stood on again (Dutch, English).
    "elke keer als ik op het perron sta. 1 stapje en klaar",
    "ik zie het niet meer zitten, heb deze maand al drie keer op de rand van het viaduct gestaan",
    # A parent who says the child should have died, called names every day (Dutch, English).
    "mijn vader roept steeds dat hij me had moeten laten weghalen, ik ben 13",
    "my mom keeps saying she wishes i was never born, every day",
    "ik word iedere dag uitgescholden door mijn stiefvader en ik ben pas 12",
    # Cuddle or he tells; things a father should not do (Dutch, English).
    "mijn oom zegt dat ik op zijn schoot moet zitten anders vertelt hij mijn ouders dat ik rook",
    "my stepdad says i have to hug him or he'll tell my mom about my boyfriend",
    "mijn stiefvader doet dingen met mij die ik niet wil, ik ben 11",
    # Running for a dealer under threat, working off a robbery (Dutch, English).
    "ik loop voor een gozer uit de wijk en als ik stop doen ze mijn broertje wat",
    "if i say no they will hurt my little sister, i'm 14 and they make me deliver stuff",
    "ze hebben mijn telefoon afgepakt en nu moet ik voor die jongens dealen om de schuld af te lossen",
    # Out of foster care at eighteen with nothing, roaming, nowhere to sleep tonight (Dutch, English).
    "ben net 18 en moet morgen weg uit de leefgroep, heb geen slaapplek",
    "sinds ik ben weggelopen van huis zwerf ik door de stad, ik ben 16",
    "waar moet ik vanavond heen slapen",
    # No power and a parent never there (Dutch).
    "papa is er bijna nooit, we zitten al een week zonder stroom en ik ben 12",
    # "You're next" with a knife (Dutch, English).
    "iemand stuurde mijn zoon een foto van een mes: jij bent de volgende",
    "a kid sent my daughter a picture of a gun with you're next",
    # A chokehold until he nearly fainted (Dutch, English).
    "mijn ex had zijn hand om haar keel tot ze bijna flauwviel",
    "her uncle held him in a chokehold until he nearly passed out",
    # "Niet doen papa" in her sleep (Dutch).
    "ons zoontje van 4 gilt in zijn slaap 'hou op papa' en wil niet meer naar zijn vader",
    # Cold water, the balcony or the cellar as punishment (Dutch, English).
    "mijn schoonmoeder zet hem onder de koude douche als hij huilt",
    "haar stiefvader laat haar uren in de schuur zitten als straf",
    "my partner pours cold water over her when she cries",
    # A parent who drinks and turns on the child, names (Dutch, English).
    "mijn vriend zuipt in het weekend en wordt dan agressief tegen mijn zoon",
    "my husband gets drunk and turns nasty to our daughter",
    "mijn moeder noemt mij steeds uit voor mislukkeling",
    # Young children left alone every evening (Dutch, English).
    "mijn moeder laat mij en mijn broertje van 5 elke nacht alleen, ik ben 9",
    "my mom leaves us alone every night and i'm 8",
    # A classmate's nude forwarded (English, Dutch).
    "my daughter got a nude of a boy in her class and shared it in the group",
    "mijn zoon heeft een naaktfoto van een meisje uit zijn team doorgestuurd naar vrienden",
]

EMERGENCY = [
    # The medicine cabinet emptied just now (Dutch, English).
    "ik heb net alles ingenomen uit de medicijnkast en ik word slaperig",
    "i just swallowed everything from the medicine cabinet and now i feel dizzy",
]

QUIET_TWINS = [
    # A knee opened in a fall, shrugged off; a scratch card.
    "heb mijn knie weer opengehaald met skaten lol maakt niet uit",
    "mijn wondje is weer opengegaan maar boeit niet, het is bijna genezen",
    "mijn opa doet aan krassen op kraslotjes, elke week",
    # Arms full of lines from the cat, a pen, brambles, mosquito bites.
    "zijn armen zitten vol met lijntjes van zijn balpen",
    "mijn dochter heeft haar armen vol met lijntjes getekend met stift",
    "zijn benen zitten vol krassen van de bramen bij het kamp",
    "my son's legs are covered in mosquito bites and scratches",
    # A dose for a child's fever, a question for a leaflet.
    "hoeveel paracetamol is te veel voor mijn dochter van 6 met koorts",
    "how many tylenol can a 5 year old take for a fever",
    "how many days does it take for the antibiotics to work",
    # Meant a joke about other things, a diving board.
    "ik zei dat ik de juf saai vond en ik meende het wel",
    "ik heb grapjes gemaakt over van de duikplank springen en ik meende het echt",
    # How and where for a driving licence, a trip.
    "ik ben klaar met school en heb uitgezocht hoe en waar ik mijn rijbewijs haal",
    # A train spotter, a late train, a model railway.
    "ik moet steeds aan de trein denken als ik langs het spoor fiets, ik wil machinist worden",
    "onze zoon speelt met zijn modeltrein, nog 1 stap",
    # A bridge for the view, fishing.
    "we hebben al een paar keer op de brug gestaan om naar de boten te kijken",
    "ik heb drie keer op het dak gestaan om de goot schoon te maken",
    # A hard birth; a child cross with a sibling.
    "mijn moeder zegt dat ik bij de geboorte bijna was gestorven, ik was te vroeg",
    "ik word elke dag uitgescholden door een jongen uit mijn klas",
    # A cuddle without a threat; children teasing.
    "mijn opa wil altijd knuffelen en dat vind ik een beetje raar",
    "mijn zus zegt dat ik haar moet knuffelen anders vertelt ze mama dat ik snoep heb gepakt",
    # An ex who forgets things.
    "mijn ex doet dingen die een vader niet hoort te doen, hij vergeet steeds haar verjaardag",
    "ze doet expres dingen die niet mogen, zoals water op de grond gooien",
    # A relay race, a sponsored run, a job to pay a broken window.
    "de jongen voor wie ik loop in de estafette is geblesseerd",
    "hij moet voor de buurman werken om de kapotte ruit terug te betalen",
    # Out of foster care with a room found, or next month.
    "ik ben 18 geworden en ga volgende week uit het pleeggezin naar de kamer die ik heb gevonden",
    "ik word 18 en moet volgende maand weg uit het pleeggezin, ik heb nog geen woning, wie regelt dat",
    # Thoughts that wander, a festival, a camp.
    "mijn gedachten zwerven rond tijdens de les",
    "waar kan ik vannacht slapen op de camping, mijn tent is lek",
    # A storm cut.
    "er is geen stroom door de storm, ik ben 12 en mama is aan het werk",
    # A queue, a game.
    "jij bent de volgende die mag kiezen welk spel we spelen",
    "in de rij bij de kapper: je bent de volgende, zei de kapper met de schaar",
    # Judo.
    "bij judo leerde hij een wurggreep tot zijn maatje bijna flauwviel, mag dat wel",
    # Tickling; a nightmare about a monster.
    "als papa haar kietelt roept ze lachend 'niet doen papa'",
    "mijn dochter praat in haar slaap over een monster en roept 'stop'",
    # A time-out on the stairs, a cool shower in the heat, plants on the balcony.
    "als hij een driftbui heeft laat ik hem even op de trap zitten tot hij rustig is",
    "bij het zwembad gooit hij een emmer koud water over haar heen en ze lachen allebei",
    "we laten de plantjes op het balkon staan als het vriest",
    # A glass of wine, a child mean to a sibling.
    "mijn man drinkt elke avond een glas wijn en wordt dan gezellig tegen de kinderen",
    "mijn zoon wordt gemeen tegen zijn zusje als hij moe is",
    # Falling asleep alone, a teenager home alone.
    "mama laat ons elke avond alleen in slaap vallen, ik ben 8",
    "mijn ouders laten me elke avond een uurtje alleen, ik ben 16",
    # A question what happens if a nude is shared.
    "what happens if a nude of a classmate is shared at school, asking for a lesson",
]

URGENT_NOT_NOW = [
    # The same dangers told as past or without a now: a person soon, not 112.
    "vorige maand heb ik alles uit de medicijnkast ingenomen, niemand weet het",
    "two weeks ago i took everything in the medicine cabinet, nobody knows",
    "de nieuwe vriend van mijn ex hield hem vorig weekend in een nekklem tot hij bijna flauwviel",
]

(
    test_s52b_rules_raise_an_alarm,
    test_s52b_danger_now_is_an_emergency,
    test_s52b_harmless_twins_stay_below_urgent,
    test_s52b_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s52b_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
