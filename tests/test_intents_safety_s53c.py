"""Safety triage, round s53 part C: physical abuse and cruel or degrading punishment of a child by a parent,
step-parent, grandparent or carer, in Dutch and English, as the blind tuning sets of the thirty-fourth session
told it (safety_tune41-43, youth_tune29, long_tune17, english_tune17, parents_tune20): often inside an
everyday question or told as "normal". A child held under a cold shower or tap as a punishment; standing on
cold tiles in a shed, a dirty nappy on the head, sleeping in a cupboard, shut in a dark cellar or a bathroom
for crying, put outside at night; a slipper, a belt or a spoon on the bottom, a hard smack at home; burned
with a cigarette, a lighter or a herb, a hand pressed on the stove; thrown to the ground or onto the changing
mat, grabbed by the neck, pulled by the hair, handled roughly by a carer; an adult who hits "our son"; a child
dropped by a drunk adult; a bone threatened to be broken, "something will happen to you if ..."; forced
marriage abroad, being "cured" abroad or not allowed back, a blow over a relationship; a child tied to the bed
during a meltdown; bruises covered with a story, injuries again "from a fall", a black eye where an adult
shouts; a child who hides from a parent's partner with bruises. Danger now: a child just hit and bleeding,
locked in a cellar until tomorrow, taken to the airport to be married, collapsed after food was withheld. Calm
stay: ordinary discipline (time-out, no phone), a cold shower against the heat, a child who hits a parent,
accidents explained and checked, past events over and handled, cultural questions without a harm told."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Cold water as a punishment.
    "Mijn vriend houdt onze dochter van 5 onder de koude kraan als ze liegt, hij zegt dat het haar leert.",
    "My partner holds our son's head under the cold shower when he wets the bed as a punishment.",
    # Degrading punishments.
    "Als ze stout zijn moeten ze van mijn man op de koude vloer in de garage staan, soms een half uur.",
    (
        "Onze dochter van 3 moet van haar vader met haar natte onderbroek op haar hoofd in de gang staan als "
        "ze in haar broek plast."
    ),
    (
        "My mother makes my 4 year old stand in the corner with his dirty nappy on his head when "
        "he has an accident."
    ),
    "Bij zijn opa moest hij in de kelderkast slapen omdat hij brutaal was, hij is 7.",
    # A thing on the body, a hard smack.
    "Mijn moeder geeft mijn zoon van 4 een tik met de houten lepel op zijn handen als hij niet luistert.",
    (
        "My husband smacks our 5 year old with a shoe on the bottom when she is naughty, that's "
        "how he was raised."
    ),
    "Mijn schoonmoeder gaf hem een flinke klap toen hij zijn bord niet leeg at, hij is 3.",
    # Burned.
    "Mijn ex heeft haar met een aansteker gebrand toen ze niet wilde luisteren.",
    "Her grandmother burned a candle on her hand to 'clean' her, my daughter is 7 and has a blister.",
    "Mijn zoon van 6 vertelde dat papa boos was en zijn hand op de kookplaat drukte.",
    # Thrown, grabbed, handled roughly; an adult who hits our son.
    "Mijn stiefvader duwde mijn broertje tegen de muur en nu heeft hij een bult. Mama zegt niks.",
    "Her stepdad threw her to the floor because she talked back, she is 12.",
    "Mijn vader pakt mijn zusje van 6 bij haar keel als hij dronken is.",
    "my husband hits our son when he is angry",
    "Onze oppas is ruw met de kinderen, ze pakt ze hard bij de arm en ze huilen als ze komt.",
    # Dropped by a drunk adult.
    "Mijn vriend was dronken en liet onze baby vallen, ze heeft een hechting nodig gehad.",
    "My ex dropped our son down the stairs when he was drunk, he needed stitches.",
    # Threats.
    "Mijn man zegt dat hij haar de arm breekt als ze nog een keer liegt, ze is 9.",
    "Her father says he will break her fingers if she fails her exams again, she is 14.",
    "Haar vader zei dat er iets met haar gaat gebeuren als ze niet met die man trouwt.",
    "He told me if I don't keep the baby something will happen to me and the kids.",
    # Honour: married off, kept abroad, cured abroad, a blow over a relationship.
    "Mijn ouders zeggen dat ik deze zomer in Marokko moet trouwen, ik ben 16 en ik wil niet.",
    (
        "My parents are taking me to Pakistan this summer and I'm afraid I won't be allowed to "
        "come back. I'm 16."
    ),
    "Mijn broer zegt dat ze me in het buitenland gaan genezen omdat ik homo ben. Ik ben 15.",
    "Mijn vader sloeg me toen hij erachter kwam dat ik een vriendje heb, ik ben 16.",
    # Shut in, put out.
    "Mijn stiefmoeder sluit me al dagen op in mijn kamer en ik mag niet naar school.",
    "Mijn vriend zet haar 's nachts buiten de deur als ze blijft huilen, ze is 5.",
    "De vriend van mijn moeder sluit mijn zusje in de badkamer op als ze blijft huilen.",
    # Blows and broken bones, tied to the bed.
    "My dad hits my little brother when he gets angry and last month my brother had a broken arm.",
    "Mijn vriend bindt onze zoon van 7 aan zijn bed vast als hij driftig is, is dat goed?",
    "We tie our son (8) to his bed with straps when he has a meltdown, is there a better way?",
    # Signs: covered up, again a fall, a black eye, hiding.
    "ik heb striemen op mn rug en ik zeg tegen de juf dat ik van de trap ben gevallen. dat is niet waar",
    "I have bruises on my arms and I tell everyone they are from football. That's not true, I'm 13.",
    "Voor de derde keer deze maand komt hij met een blauwe plek op school, hij zegt dat hij gevallen is.",
    "Our neighbour's boy (5) has a black eye and we hear his dad yelling every night.",
    (
        "Mijn dochter van 6 verstopt zich als de vriend van mijn ex komt en ze heeft blauwe "
        "plekken op haar armen."
    ),
]

EMERGENCY = [
    (
        "my husband just hit my son with a belt because of his grades, he is 9 and his back is bleeding. "
        "I'm scared he will go on"
    ),
    "mijn vriend heeft net mijn dochter van 4 geslagen, ze bloedt uit haar neus en hij is nog steeds boos",
    "mijn stiefmoeder heeft me in de schuur opgesloten en zegt dat ik er pas morgen uit mag. ik ben 10",
    (
        "Een leerling (15) zegt dat haar vader buiten in de auto wacht om haar naar Schiphol te brengen, ze "
        "moet daar trouwen en is doodsbang."
    ),
    (
        "Tijdens gym zakte een jongen van 12 in elkaar, hij zegt dat hij al drie dagen niks heeft gegeten "
        "omdat zijn vader hem straft."
    ),
]

QUIET_TWINS = [
    # A cold shower against the heat or after sport.
    "Mijn zoon van 6 wil in deze hitte steeds onder de koude douche, is dat goed voor zijn huid?",
    "Is a cold shower okay for my 8 year old during the heatwave? He loves it.",
    "Mijn zoon van 12 neemt na het voetballen altijd een koude douche, is dat gezond?",
    # Ordinary discipline.
    (
        "Mijn dochter van 6 luistert niet, ze krijgt dan een time-out van vijf minuten op de trap. "
        "Is dat te streng?"
    ),
    "Als mijn zoon van 14 niet luistert moet hij zijn telefoon een dag inleveren. Werkt dat?",
    "Our son (10) lies a lot, we took away his phone for a week. Is that a reasonable punishment?",
    "Wij slaan onze kinderen nooit, ook niet met de slipper, zo doen wij dat thuis. Hoe leg ik regels uit?",
    "Mijn zoon van 4 zette vanochtend zijn onderbroek op zijn hoofd en liep zo door het huis, haha.",
    # Knocks and burns by accident, checked.
    "Mijn zoon van 8 kreeg een flinke klap toen hij van zijn fiets viel. Moet hij naar de huisarts?",
    "My daughter got a hard knock from the ball at football, her nose is a bit swollen.",
    "Ik heb me vanochtend verbrand met de krultang, hoe verzorg ik dat?",
    "My son burned his hand on the stove yesterday by accident, the GP checked it and it is healing.",
    (
        "Mijn man liet de baby per ongeluk van de commode vallen, de huisarts heeft haar nagekeken "
        "en alles is goed."
    ),
    (
        "Mijn ex heeft gisteren ons zoontje laten vallen, per ongeluk, hij heeft een buil maar de huisarts "
        "zegt dat het goed is."
    ),
    "Mijn dochter van 9 brak vorige winter haar arm bij het skien, nu is ze bang om te gaan. Tips?",
    "Mijn zoon van 7 heeft zijn arm gebroken op de trampoline en hij slaat nu boos om zich heen. Normaal?",
    # A young child who throws himself down, siblings who play, a child who hits a parent.
    "Mijn zoon van 3 gooit zichzelf op de grond als hij zijn zin niet krijgt. Hoe reageer ik?",
    "Mijn zoon duwde zijn broertje op de grond tijdens het stoeien, ze lachten allebei.",
    "My 6 year old hits me when he is angry. How do I handle that?",
    # Words that are no threat.
    "I'll break my neck on all this Lego one day, how do I get my kids to tidy up?",
    "Wat als er iets met mij gebeurt, wie zorgt er dan voor de kinderen? Ik wil een voogd regelen.",
    # Weddings chosen, cultural questions.
    (
        "Mijn dochter van 25 gaat deze zomer in Marokko trouwen met haar vriend, ze zijn erg verliefd. Hoe "
        "regel ik een visum?"
    ),
    "Is het in Turkije gebruikelijk dat de familie meebeslist over een huwelijk? Ik schrijf een werkstuk.",
    # A teenager who shuts himself in, a child who wants to play outside, a car seat, a shy child, a
    # judo club.
    "Mijn zoon van 15 sluit zich de hele dag op in zijn kamer en wil niet naar school. Is dat een depressie?",
    "Mijn dochter van 5 wil steeds buiten spelen als het al donker is. Vanaf welke leeftijd mag dat?",
    "Hoe vaak mag je een kind in de autostoel vastmaken op een lange rit?",
    "Ons zoontje van 4 verstopt zich onder de tafel als opa komt, hij is verlegen. Hoe help ik hem?",
    "Mijn zoon van 12 zit op judo en moet daar elke week vechten, hij vindt het heerlijk.",
    "Mijn collega op de BSO pakt een kind hard bij de arm bij het oversteken van de weg, terecht toch?",
    # Bruises and a black eye explained.
    "Mijn zoon heeft blauwe plekken van voetbal, dat klopt ook echt, hij is keeper.",
    "My daughter came home with a black eye from a ball at school, she cried a bit but is fine.",
    "My son (9) dropped his phone when he was tired. Can it be repaired?",
]

URGENT_NOT_NOW = [
    # Told without a now: a person soon, not 112.
    "Mijn man zegt dat hij onze zoon een vinger breekt als hij nog een keer een onvoldoende haalt.",
    "My husband grabs our daughter by the neck when she talks back. She is 10.",
    (
        "Mijn ouders nemen me deze zomer mee naar het land van herkomst en ik ben bang dat ik niet "
        "terug mag komen."
    ),
]

(
    test_s53c_rules_raise_an_alarm,
    test_s53c_danger_now_is_an_emergency,
    test_s53c_harmless_twins_stay_below_urgent,
    test_s53c_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s53c_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
