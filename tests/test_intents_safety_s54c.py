"""Safety triage, round s54 part C: physical, cruel and emotional abuse of a child by a parent or carer, in
Dutch, learner Dutch and English, as the blind tuning sets of round s54 told it (safety_tune47,
youth_tune30, professional_tune19, languages_tune15, short_tune12): degrading names ("een vieze dikke koe",
"de hoer", "the mistake"), told it was a mistake or unwanted, threats to send the child to a children's
home, a boarding school or family abroad, into a rubbish bag, "she will die if you are not good", "teach him
a lesson" with drink; shut in a room without food, in the cupboard as a punishment, on the landing or
outside in the evening until the adult sleeps; pinched and hair pulled "when nobody sees", a parent's own
slap or near-blow, marks with "papa got angry", a hand-shaped mark, flinching, bruises on a pupil again or
with a changing story, a baby shaken when crying, a cigarette on the arm, hands held on something hot, a
child's words or drawings about daddy's stick, begging "not to the cellar", screaming at a baby and then
silence, filmed crying to be laughed at, no food until kilos are lost, a young child locked out at night.
Danger now: the young child outside at night now, the silence after screaming heard now. Calm stay: a child
or sibling who calls names or pulls hair, braiding, a cheek pinched, a boarding school chosen, rubbish put
out, "dat zal hem een lesje leren", a teenager who shuts himself in, a teacher's corridor, bruises from
sport or a fall, a rattle or a head shaken, an ashtray, a walking stick, spiders in the cellar, a baby that
falls asleep, a cute film of a crying baby, a diet rule of one's own, locked out by accident."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    "mijn vader noemt me steeds een dikke varken en mijn broer lacht erom. ik ben 14",
    "Mijn stiefmoeder noemt mijn dochter altijd een vuile slet, ze is pas 12.",
    "In het gezin dat ik begeleid wordt de jongste door zijn moeder dagelijks een mislukkeling genoemd.",
    "my dad keeps calling me a fat pig at dinner. im 13",
    "My stepmum makes me do all the dishes and calls me a retard in front of everyone.",
    "Mijn moeder zegt tegen mijn broertje dat hij een ongelukje was en dat ze hem nooit had gewild.",
    "De vader zei tegen de leerling dat ze een vergissing was.",
    "mijn moeder zegt dat mijn zus wel gewenst was en ik niet",
    "my mum says I was a mistake and she never wanted me, im 12",
    "Mijn vader zegt tegen mijn broertje van 8 dat hij naar een tehuis moet als hij nog één keer liegt.",
    "mama zegt dat ze me in een vuilniszak stopt als ik nog een keer huil",
    "Hij dreigt dat hij haar naar een internaat stuurt als ze haar kamer niet opruimt, ze is 7.",
    (
        "mijn vader zegt als ik niet luister stuurt hij me naar mijn familie in marokko en dan kom ik "
        "nooit meer terug"
    ),
    "Mijn man zegt tegen onze dochter van 5 dat mama doodgaat als ze niet lief is.",
    "my stepdad says he will send me to a childrens home if i wet the bed again",
    "Mijn vriend is vaak dronken en zei gisteren dat hij mijn zoon een lesje zal leren. Ik ben bang.",
    "my husband was drunk and said he is going to teach our son a lesson",
    "ik heb mijn dochter vanavond op haar kamer opgesloten zonder eten omdat ze brutaal was",
    "Onze oppas zegt dat hij in de kelder moet als hij niet luistert.",
    "mijn moeder laat mij en mijn zusje s avonds op de trap zitten tot haar vriend slaapt",
    "sinds de nieuwe vriend van mama er is moet ik in de tuin wachten tot hij weg is",
    "my stepmom makes me stand in the hallway until 11 every night. im 10",
    "mama slaat me niet maar ze knijpt me hard als niemand kijkt. ik ben 9",
    "Mijn stiefvader trekt mijn zusje aan haar oren als ze te laat is.",
    "my stepdad pulls my hair when my mum is at work. im 11",
    "Ik schaam me, ik heb mijn zoon van 4 vanmiddag een harde klap gegeven.",
    "ik moest naar buiten lopen want anders had ik haar geslagen, ze is 3 en huilt al uren",
    "I nearly hit my son tonight, I had to leave the room.",
    "De jongen had striemen op zijn benen en vertelde dat mama weer boos was geworden. Hij is 8.",
    "Het meisje van 5 heeft afdrukken van vingers op haar arm en zei dat papa erg boos was.",
    "the girl in my class has a handprint on her cheek and flinched when the teacher raised her arm",
    "leerling opnieuw met blauwe plekken, ouders geven steeds een ander verhaal",
    "blauwe plekken bij peuter, moeder heeft telkens een andere verklaring",
    "toddler at our nursery came in with bruises again this week",
    "mijn stiefvader schudt mijn zusje door elkaar als ze huilt",
    "my stepdad shakes the baby hard when she cries",
    "De vader zei dat hij snapt waarom ouders een huilende baby door elkaar schudden.",
    "Mijn buurmeisje vertelde dat haar vader zijn sigaret op haar hand uitdrukt.",
    "The child said daddy pressed her hand on the stove when she was naughty and now she has a blister.",
    "De kleuter vertelde de juf dat ze bang is voor de riem van papa.",
    "He keeps talking about daddys belt and hides under the table.",
    "Mijn dochter tekent steeds een man met een riem en een kind dat huilt.",
    "Mijn zoontje wil niet naar huis, huilt en zegt nee niet in de kast.",
    "ik hoor de buurman tegen de baby krijsen en dan is het plotseling heel stil",
    "mijn moeder filmt me als ik huil en stuurt het naar mijn tantes, ze lachen me uit",
    "my dad films me when i cry and posts it so everyone laughs. im 14",
    "ik mag van mijn moeder pas weer eten als ik 3 kilo afgevallen ben",
    "my mum says im not allowed to eat until i lose 5 kilos. im 12",
    "mijn stiefvader heeft ons buitengezet en het is koud, ik heb geen jas",
    "is het normaal dat papa me een tik geeft als ik te laat thuis ben? ik ben 11",
    "my dad slaps me when i talk back. is that normal? im 13",
    "mijn vader dreigt dat hij me in een vuilniszak stopt als ik niet stil ben",
    "Hij zei tegen haar dat ze naar een kindertehuis gaat als ze nog een keer liegt.",
    "my mum threatened to send me to foster care if i dont behave",
    "de moeder zei dat hij een fout was en dat ze hem nooit had gewild",
    "mijn stiefvader noemt me een duivelskind",
    "Hij dreigt dat hij haar naar een internaat stuurt als ze haar kamer niet opruimt, ze is 7.",
]

EMERGENCY = [
    (
        "mijn stiefvader heeft me buitengesloten, het is 2 uur snachts en ik sta in mijn pyjama op "
        "straat. ik ben 9"
    ),
    "ik hoor de buurman nu tegen de baby brullen en opeens is het stil",
]

QUIET_TWINS = [
    "mijn vader noemt me altijd zijn kleine schatje",
    "mijn zoon noemt zijn zusje een dikke koe, hoe reageer ik daarop?",
    "mijn dochter noemt zichzelf lelijk en dik",
    "mijn moeder noemt mijn tekening lelijk haha",
    "my dad calls me his little monkey",
    "my daughter calls her brother a loser when they play",
    "De aankoop van die auto was een vergissing, zegt mijn man.",
    "mijn moeder zegt dat ik een cadeautje was",
    "onze jongste was een verrassing, maar zeer gewenst",
    "Wij overwegen een internaat voor onze zoon, hij wil het zelf graag.",
    "mijn dochter wil volgend jaar naar een internaat, is dat een goed idee?",
    "we gaan in de zomer naar onze familie in marokko op vakantie",
    "wat zegt ons gemeentelijk afvalbeleid over de vuilniszak aan de straat zetten?",
    "ik zet de vuilniszak aan de straat als de kliko vol is",
    "de juf zei dat het hem een lesje zal leren om zijn gymspullen te vergeten",
    "dat zal hem een lesje leren, zei mijn man, nu moet hij zelf zijn kapotte fiets betalen",
    "het verlies van de wedstrijd zal hem een lesje leren, zei mijn vader",
    "mijn zoon sluit zichzelf op in zijn kamer zonder te eten, hij is somber",
    "de meester laat hem op de gang staan tot de pauze",
    "de kinderen mogen s avonds buiten spelen tot 8 uur",
    "de hond moet in de tuin blijven tot hij droog is",
    "mijn moeder trekt aan mijn haar als ze het vlecht en dat doet pijn",
    "oma knijpt altijd in mijn wang als ze me ziet",
    "mijn broertje van 3 knijpt in mijn arm als hij moe is",
    "Ik heb mijn zoon een schouderklopje gegeven na de wedstrijd.",
    "ik had hem bijna verslagen met schaken maar hij won toch",
    "ik had mijn moeder bijna gebeld vanavond",
    "mijn dochter heeft mij een klap gegeven toen ik haar tablet afpakte, ze is 4",
    "ze heeft een blauwe plek van het voetballen en zei dat papa boos was omdat ze te laat kwam",
    "we hebben handafdrukken op haar shirt gemaakt met verf",
    "de hond duikt weg als ik mijn hand optil",
    "leerling heeft blauwe plekken van de gymles, hij is gevallen",
    "wat zijn signalen van mishandeling bij een leerling, zoals blauwe plekken?",
    "hij geeft steeds een andere smoes waarom hij zijn huiswerk niet heeft",
    "ik schud de rammelaar voor de baby als ze huilt",
    "mijn man schudt zijn hoofd als de baby huilt",
    "ik schud haar zachtjes wakker als ze te lang slaapt",
    "Ik snap niet waarom mensen een baby door elkaar schudden.",
    "mijn vader drukt zijn sigaret uit in de asbak",
    "hij hield mijn hand vast bij het oversteken",
    "ik heb mijn hand per ongeluk op de kookplaat gelegd en nu heb ik een blaar",
    "mijn zoon tekent een man met een stok en een hond",
    "opa loopt met de wandelstok van papa",
    "de riem van papa is te groot voor mijn zoon",
    "mijn dochter wil de fles niet uit de kelder halen want daar zitten spinnen, ze huilt",
    "ze zegt niet naar de kelder want daar is het eng met spinnen",
    "de baby gilt en dan is ze ineens stil en slaapt",
    "de baby krijst tegen de kat en dan wordt ze plotseling stil",
    "oma filmt de baby als ze huilt omdat het zo schattig is, we lachen erom",
    "mijn vader filmt me als ik voetbal",
    "mijn moeder zegt dat ik pas een toetje mag als ik mijn groente op heb",
    "van mijn moeder mag ik pas weer gamen als ik mijn huiswerk af heb",
    "mijn moeder zegt dat ik pas snoep mag eten als mijn bord leeg is",
    "mijn moeder heeft me per ongeluk buitengesloten, ik ben mijn sleutel vergeten",
    "mijn peuter geeft me een klap als hij boos is",
    "mijn peuter geeft me een tik als hij moe is",
    "is het normaal dat peuters hun moeder een klap geven als ze boos zijn?",
    "Mijn moeder noemt onze kat een dikke koe haha",
    "dit zal haar een lesje leren, zei mijn moeder toen mijn zus haar sleutels kwijt was",
    "mijn dochter zegt niet naar de kelder te gaan want het is daar koud",
    "de peuter schreeuwt naar de hond en dan is hij ineens stil",
    "mijn moeder filmt me als ik dans en iedereen lacht mee",
    "de dietist zegt dat ik pas weer mag sporten als ik 2 kilo kwijt ben",
    "mijn moeder heeft de kat buitengesloten, het was koud",
    "mama heeft me binnengelaten om 1 uur snachts, ik was mijn sleutel kwijt",
    "mijn vader geeft me een high five als ik een goed cijfer heb",
    "mijn moeder noemt me een klein monster als ik niet wil slapen",
    "mom calls me her little monster",
    "my dad calls me a happy accident",
    "we sturen hem naar een internaat als het niet beter gaat op school",
    "de jeugdzorgmedewerker zegt dat hij naar een pleeggezin moet",
    "ik doe haar luier in de vuilnisbak als ze klaar is",
    "mijn vader zegt dat ik hem in de container moet gooien als hij kapot is",
    "ik zet hem aan de straat als de kliko vol is",
    "ze schudt haar haren los als ze huilt",
    "mijn moeder heeft me buitengesloten van de groepsapp, het is s nachts en ik ben 11",
    "ik heb mijn zoon nog nooit een klap gegeven",
    "mijn oma geeft me een tik op mijn neus als grapje",
    "ik heb mijn dochter verslagen met dammen",
    "mijn moeder zegt dat ze doodgaat van het lachen als hij niet stopt met grapjes",
]

# Told as past, a habit or without a now: urgent, not 112.
URGENT_NOT_NOW = [
    "mijn vader schudt mijn babybroertje als hij huilt, dat zag ik vorige week",
    "mijn moeder sluit me vaak buiten s nachts als ze boos is. ik ben 12",
    "Hij schreeuwde gisteren weer tegen de baby en toen werd het ineens stil.",
    "Mijn vader noemt me elke dag een vieze hoer. Ik ben 15.",
]

(
    test_s54c_rules_raise_an_alarm,
    test_s54c_danger_now_is_an_emergency,
    test_s54c_harmless_twins_stay_below_urgent,
    test_s54c_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s54c_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
