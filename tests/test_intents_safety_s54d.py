"""Safety triage, round s54 part D: violence between adults at home seen or heard by children, threats (also
between young people), stalking, honour-related violence, forced marriage and female genital mutilation, in
Dutch and English, from the blind tuning sets of the thirty-fifth session (safety_tune45-48, youth_tune30,
professional_tune19, short_tune12), generalised into families and pinned here with own sentences: a fight
heard now with glass or plates breaking by a frightened child; a fight with shouting and throwing told as what
happens at home; someone hiding while he searches for her; a gun just taken out of the cupboard; an ex who
chases the car and tries to ram it off the road, a man following a young person in the street; waylaid for
money and beaten, a picture of a knife or a gun sent with "morgen ben je dood" or "must die", a knife brought
"for me", "afgerekend" tonight, an address posted with a threat to come, a threat in a group chat to wait and
beat her up, a drill group that will "get" him, boys with knives waiting for him; forced to marry, honour to
be "restored", "shamed the family", a betrothal to a cousin never met, "ze vinden me waar ik ook ga", uncles
who will come and get a son who came out, a sister who stays abroad to marry, a girl left behind abroad,
locked in since the parents learned of a boyfriend; girls to be "gereinigd" or "made a woman" on a summer
trip, a "procedure" booked for a girl by the in-laws; holes punched in doors with the children hiding, a child
under the bed with hands over the ears, a partner who pushed her while pregnant, blows from her husband,
"nobody will believe you" with fear of his rage, an ex at the door who kicked in the window, a child between
fighting parents, sunglasses in the rain after banging and screaming at night, a small child's "papa boos,
mama au" or "papa slaat mama" played with dolls, a partner who threatens told bare; a man who will come back
with a knife, "come out now or we come in", a mother under influence who screams she will take the child. When
the danger is now (glass breaking now, hiding, a gun out, chased, knives waiting, a knife promised and the
door locked) it is an emergency. Harmless look-alikes stay calm: a party, a glass dropped, hide-and-seek, a
shooting club or a cake knife, followers online, a dog running after, paying at the till, judged on marks, a
drill as music or a fire drill, a word of honour, a wedding planned with joy, parents who pick a child up, a
holiday abroad, a house cleaned for the holiday, a tonsil operation, holes drilled for shelves, hiding from
thunder, sunglasses in the sun, an ex who threatens to go to a lawyer."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A fight with shouting and throwing told as what happens at home.
    "mijn man en ik hebben vaak ruzie met geschreeuw en gegooi met borden, onze dochter van 4 hoort alles",
    "bij elke ruzie gaan er glazen kapot en de kinderen zitten dan op de trap te huilen",
    # Waylaid for money and beaten.
    "ik word na school steeds opgewacht door twee jongens uit de derde die geld willen en me schoppen",
    "some older boys keep waiting for me at the bike shed and beat me up if I have no money",
    # A picture of a weapon with a death wish.
    "mijn dochter kreeg op insta een foto van een pistool met 'morgen ben je dood'",
    "someone in my class sent me a photo of a knife and said I'm dead tomorrow",
    # A knife brought "for me", "afgerekend" tonight, a group-chat threat, a drill group.
    "een jongen uit mijn klas zegt dat hij morgen een mes meeneemt voor mij",
    "mijn zoon zegt dat hij dit weekend wordt afgerekend door jongens uit de wijk",
    "ze dreigen in de klassenapp mijn zoon na de training op te wachten en in elkaar te slaan",
    "mijn neef zit in een drillgroep en jongens van een andere wijk zeggen dat ze hem gaan steken",
    # An address posted with a threat.
    "ze hebben mijn adres in de groepsapp gezet met 'we komen langs'",
    # Forced marriage and honour.
    "mijn ouders dwingen me om te trouwen met iemand uit hun dorp",
    "my family is forcing me to marry a man I have never met",
    "mijn broer zegt dat hij de eer van de familie gaat herstellen als ik met die jongen blijf",
    "my cousin says I shamed the family by going out with a boy",
    "mijn vader heeft mijn huwelijk geregeld met een neef, ik wil niet",
    "als ik wegloop zeggen mijn broers dat ze me vinden waar ik ook ben",
    "ze zeggen dat mijn nichtje daar blijft om te trouwen, ze is 15",
    "een leerling van mij is in de zomer achtergelaten bij familie in marokko",
    "mijn ouders sluiten me op sinds ze weten dat ik een vriend heb",
    "ik ben bang dat ze me naar turkije sturen omdat ik een vriendje heb",
    "ik ben bi en dat hebben ze ontdekt, nu zegt mijn neef dat hij me komt halen",
    # Female genital mutilation.
    "oma wil dat mijn dochters in de zomervakantie besneden worden in somalie",
    "the aunt said my niece will be made a woman when they visit the village this summer",
    "my husbands family has arranged a ceremony for our daughter, they want her to be cut",
    # Violence between adults at home.
    "mijn vriend slaat gaten in de muur als hij kwaad is en onze zoon verstopt zich dan onder zijn bed",
    "my husband punched a hole in the door again, the kids were crying upstairs",
    "mijn ex heeft me tijdens de zwangerschap een keer geslagen en de kinderen waren erbij",
    "een cliënte vertelde dat ze soms een schop krijgt van haar man",
    "mijn partner zegt dat niemand me zal geloven en ik ben bang voor zijn woede",
    "mijn ex staat elke dag ongevraagd bij de voordeur en gisteren heeft hij het raam ingeslagen",
    "ik moet steeds tussen mijn ouders staan als ze vechten, ik ben 13",
    "een kleuter zegt dat hij wakker werd van bonken en gillen en dat mama huilde",
    "mijn zoontje van 3 zegt steeds 'papa sla mama au'",
    "in de poppenhoek zegt een meisje dat mama altijd huilt als papa boos is",
    "moeder belt: haar ex-partner bedreigt haar, er zijn drie kinderen",
    # Parents fighting told by a child; a man who keeps following her home.
    "mama en haar vriend vechten weer en ik hoor haar huilen",
    "my mum and her boyfriend hit each other again, i am 10",
    "some man has been following me home from school all week",
    "een man volgt me elke dag vanaf school naar huis, ik ben 12",
    # A knife picture with a name, an address posted in English, a girl left behind, a cutting trip.
    "mijn dochter kreeg een foto van een mes met haar naam erbij",
    "someone posted my address on snap and said see you tonight",
    "my friend says her family will leave her behind in somalia after the summer",
    "mijn nichtje van 7 gaat deze zomer naar soedan voor de besnijdenis",
    # An injury seen on a mother after fights; taken abroad and not allowed back; a girl to be cut;
    # "dan ben je dood".
    "de buren maken elke nacht ruzie en vanochtend zag ik de vrouw met een dikke lip",
    "mijn ouders nemen me deze zomer mee naar pakistan en dan mag ik niet meer terug",
    "my aunt wants to cut my little sister when we go back home for the holidays",
    "ze zeggen dat ze hem na school komen opwachten en dat hij dan dood is",
    # A mother under influence who screams she will take the child.
    "mijn zus komt dronken verhaal halen en schreeuwt dat ze haar dochter meeneemt, het kind woont bij ons",
]

EMERGENCY = [
    # A fight heard now with breaking.
    "ik ben 11 en ze vechten beneden en ik hoor borden breken, ik ben bang",
    "ik ben 9 en papa schreeuwt tegen mama en er gaat iets kapot",
    "my mum and her boyfriend are screaming and something just smashed downstairs, im scared",
    # Hiding while he searches.
    "ik zit verstopt onder mijn bed en mijn stiefvader zoekt me",
    "im hiding in the bathroom, my dad is looking for me",
    # A gun taken out.
    "mijn man heeft net het geweer uit de kluis gehaald",
    # Chased now.
    "mijn ex rijdt achter ons aan en probeert ons klem te rijden, de kinderen zitten achterin",
    "there is a man following me since the bus stop, i am 13",
    "een man in een busje rijdt al tien minuten achter me aan, ik ben 13",
    # Knives waiting; a brother at the gate with a knife.
    "er staan jongens met messen bij het station te wachten op mijn broertje, hij belt me nu",
    "my sister's brother-in-law is waiting outside the school with a knife right now",
    # A knife promised, in the bathroom now.
    "hij is net vertrokken en zei dat hij terugkomt met een mes, we zitten nu opgesloten in de badkamer",
    # Come out now or we come in.
    "mijn ooms staan voor de deur en zeggen dat ik nu naar buiten moet komen of ze komen binnen",
]

QUIET_TWINS = [
    # A glass dropped, a party, a habitual film.
    "we schreeuwen van plezier op het feest en er gaat een glas kapot",
    "oeps er gaat een glas kapot bij de afwas, de kinderen helpen mee",
    "in de film schreeuwen ze en er gaat glas kapot, is dat geschikt voor mijn dochter van 12?",
    # A quarrel without throwing.
    "mijn partner en ik hebben soms ruzie over de vaat, de kinderen merken dat wel",
    "we hebben een kussengevecht gehad en er ging een glas kapot, de kinderen vonden het leuk",
    "my parents are screaming with joy because something smashed the record at the party",
    # Hide-and-seek.
    "ik verstop me in de kast bij verstoppertje en papa zoekt me",
    "im hiding behind the sofa for hide and seek and my dad is looking for me",
    "ik verstop me in de kast, mijn broer zoekt me bij het spelletje",
    # A shooting club, a cake knife, cleaning.
    "mijn vader heeft het geweer uit de kluis gehaald om het schoon te maken voor de schietvereniging",
    "mijn vader heeft het mes uit de la gehaald voor de taart",
    "mijn oom heeft zijn jachtgeweer uit de auto gehaald, hij gaat jagen",
    # Followers online, a dog, a race.
    "a guy keeps following me on instagram, should I block him?",
    "er loopt een hond achter me aan sinds het park, wat moet ik doen",
    "mijn broertje fietst achter me aan naar school",
    "mijn ouders vechten voor de voogdij over mijn broertje",
    "my parents fight every night about money, nobody gets hurt, i am 14",
    "mijn ouders vechten om mij bij de rechter, ik ben 12",
    "papa en mama vechten om de afstandsbediening, zo grappig",
    "a girl keeps following me on tiktok and liking everything",
    "mijn zoon gaat deze zomer naar turkije voor de besnijdenis, hoe bereid ik hem voor?",
    "we leave her behind in spain with grandma for two weeks of holiday",
    "they want to cut my sisters hair short for the wedding",
    "we nemen haar deze zomer mee naar marokko naar oma, daarna gaat ze terug naar school",
    "ik word opgewacht door mijn oma bij school en dan gaan we geld halen",
    "hij wordt in de fietsenstalling opgewacht en zijn pet wordt afgepakt, hoe pak ik dat pesten aan?",
    "mijn zoon komt straks terug met zijn vrienden van het voetbal",
    "mijn vriend zegt dat niemand me gelooft dat ik die vis gevangen heb, haha",
    "kom naar buiten of we komen binnen, zeiden mijn vriendjes om te voetballen",
    "ik heb mijn adres in de groepsapp gezet voor de bezorging, we komen om 6 uur",
    "we shared our address in the group chat for the party, see you tonight",
    "ik ben uit de kast gekomen en mijn ouders komen me halen van het station, ze zijn zo lief",
    "my mother in law booked a dental procedure for her, our daughter has a cavity",
    "grandma booked a procedure for my daughter at the ear doctor",
    # Paying at the till, judged on marks, school.
    "ik word afgerekend op mijn cijfers, dat vind ik stressvol",
    "heb je al afgerekend bij de kassa?",
    "we worden op school afgerekend op resultaten",
    # A knife for the cooking class, a picture of a cake knife.
    "in het kookboek staat een foto van een mes bij het recept, morgen koken we soep",
    "ik ben morgen dood na die training haha",
    # An address for a party; a drill as music or a fire drill.
    "ik heb mijn adres in de groepsapp gezet voor het feest, vanavond komen we langs",
    "mijn zoon maakt drill muziek met zijn vrienden, is dat erg?",
    "op school was vandaag een brandoefening",
    # A wedding planned with joy, a word of honour, friends who find you.
    "mijn ouders hebben mijn bruiloft geregeld en het wordt prachtig",
    "op mijn erewoord, ik kom morgen op tijd",
    "mijn vrienden vinden me waar ik ook ben op het festival",
    # Parents who pick a child up, a holiday abroad, a relative staying abroad.
    "mijn broers komen me halen na de training",
    "mijn ouders komen me halen van school, ik ben 15",
    "mijn oma blijft in marokko wonen bij haar zus",
    "we gaan deze zomer op vakantie naar turkije, ik vind het leuk",
    # A house cleaned for the holiday, a tonsil operation, a first period.
    "het huis moet gereinigd worden voor de vakantie, oma komt logeren",
    "we booked a procedure for her tonsils at the hospital next week",
    "my daughter felt like a woman after her first period this summer",
    # Holes drilled, a teenager who punches the wall over gaming, a doll game, hiding from thunder, sunglasses
    # in the sun.
    "mijn zoon van 15 slaat gaten in de muur als ik zijn playstation afpak",
    "he punched holes in the wall with a drill to hang the shelves",
    "mijn dochter speelt met haar poppen 'papa slaat mama', thuis gebeurt dat niet",
    "mijn man boort gaten in de muur voor de nieuwe planken",
    "de kinderen kruipen onder de tafel als het onweert",
    "mama heeft een zonnebril op omdat het zo zonnig is op het strand",
    # An ex who threatens a lawyer; a partner joking.
    "mijn ex dreigt met een advocaat omdat ik de kinderen later breng",
    "haha mijn man zegt dat niemand mij gelooft over die enorme vis die ik gevangen heb",
    # Dolls and play without violence; papa boos told mildly.
    "mijn dochter speelt met haar poppen dat papa en mama gaan trouwen",
    "the kids play outside when my husband comes back with his friends",
]

URGENT_NOT_NOW = [
    # The dangers told as habit or without a now: a person soon, not 112.
    "als mijn ouders ruzie hebben gaan er borden kapot en verstop ik me op mijn kamer",
    "mijn vriend slaat gaten in de deuren als hij boos is, de kinderen zien het",
    "een meisje uit mijn klas is na de zomer achtergelaten in pakistan",
]

(
    test_s54d_rules_raise_an_alarm,
    test_s54d_danger_now_is_an_emergency,
    test_s54d_harmless_twins_stay_below_urgent,
    test_s54d_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s54d_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
