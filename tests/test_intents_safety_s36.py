"""Safety triage, round s36: what the rules and a backstop trained without the set missed in learner_tune7 and
long_tune13 (`bench/safety_model.py misses`), generalised into families and pinned here with own sentences:
bleeding with belly pain in pregnancy; a baby in the womb that moves less; standing on a bridge with "I can't
go on"; pills saved up to take (tonight); a pupil who "would rather not be there any more"; a knife shown or
grabbed with the words that he would stab or "open up" someone; a beating with the belt; a partner who gave a
child a blow for it, with words between; a nude photo and money demanded "or they send it"; a child asked to
take her shirt off on the webcam; an adult who says not to show his messages to the parents; an older
brother's secret games under the blankets, a child who points at her lower belly; a mother's boyfriend who
walks into the bathroom while she showers and comments on her body; a man who asks a child to his room; a
daughter to be married to a cousin (Dutch, English, Ukrainian, Polish); a woman who fled and whose husband now
knows where she lives; a parent gone for days, a child of twelve caring for the little ones; a mother after
the birth who says the baby is not theirs; boys who wait after school to beat a child, a bloody nose; a threat
to "do something" to her, a fist in her face; a minor sleeping at changing addresses; a family sleeping in the
car for nights; a minor with nowhere to sleep tonight in a learner's word order. Danger now: the bleeding, the
bridge and the pills tonight. Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Bleeding with belly pain in pregnancy (Dutch, English).
    "ik ben 12 weken zwanger en heb krampen in mijn buik en bloedverlies",
    "i am 20 weeks pregnant and i have pain in my belly and bleeding",
    # The baby moves less (Dutch, English).
    "ik ben 34 weken zwanger en het kindje beweegt sinds vanochtend veel minder",
    "i'm 36 weeks pregnant and the baby is moving a lot less since last night",
    # Pills saved up (English, Dutch).
    "i have been saving up sleeping pills so i can end things",
    "ik heb pillen gespaard en ga ze allemaal innemen",
    # Rather not be there (Dutch, English).
    "onze dochter schreef in haar dagboek dat ze er liever niet meer zou zijn",
    "my son told his mentor he would rather not be here anymore",
    # A knife with a threat (Dutch, English).
    "mijn zoon van 12 pakte een keukenmes en zei dat hij zijn zus zou steken",
    "een jongen uit de klas liet een zakmes zien en dreigde dat hij hem zou neersteken",
    "a boy at school showed my son a knife and said that he would stab him after class",
    # The belt (Dutch, English).
    "mijn vriend geeft mijn zoon een pak slaag met de riem als hij niet luistert",
    "her stepfather disciplines her with the belt when she is late",
    # A blow for it, with words between (Dutch).
    "mijn vriend heeft mijn dochter gisteren een harde klap voor gegeven omdat ze morste",
    "toen mijn zoon huilde heeft mijn man hem daarom een mep gegeven",
    # Money or the photo goes out (Dutch, English).
    "ik heb een naaktfoto gestuurd en nu eisen ze 300 euro anders sturen ze de foto naar mijn klas",
    "someone has a nude of me and they want 200 euros or they will send the pics to my family",
    # Asked to undress on the webcam (Dutch, English).
    "iemand uit een game vroeg of mijn dochter haar trui wilde uittrekken voor de camera",
    "a man on discord asked my son to take off his shirt on webcam",
    # Not to show the parents (Dutch, English).
    "de coach stuurt haar berichten en zegt dat ze die niet aan haar ouders mag laten zien",
    "her teacher messages her at night and told her not to show her parents the messages",
    # Secret games under the blankets, pointing at the belly (Dutch, English).
    "mijn dochter van 5 zegt dat haar neef van 15 spelletjes doet onder het dekbed en dat het geheim is",
    "my daughter said her older cousin plays games under the covers with her and it is a secret",
    "toen ik vroeg waar hij haar aanraakte wees ze naar haar plasser en zei ze dat het geheim was",
    # Walks in while showering (Dutch, English).
    "de vriend van mijn moeder komt de badkamer binnen terwijl ik douche, ik ben 14",
    "my mums boyfriend keeps making comments about my body when she is at work",
    # A man asks a child to his room (Dutch, English).
    "een man in ons asielzoekerscentrum neemt mijn zoon van 8 mee naar zijn kamer",
    "a guy in our building asks my daughter to come up to his flat and gives her sweets",
    # Married to a cousin (Dutch, English, Ukrainian, Polish).
    "mijn ouders willen dat ik in Turkije ga trouwen met mijn neef maar ik wil niet, ik ben 16",
    "my parents decided i must marry my cousin in pakistan this summer",
    "мені 16, батьки змушують мене вийти заміж за двоюрідного брата",
    "mam 16 lat i rodzina chce mnie wydać za kuzyna, nie chcę",
    # Fled and he knows where she lives (Dutch, English).
    "ik zit met de kinderen in de opvang en nu weet mijn ex waar we zitten, ik ben zo bang",
    "we fled from my husband last month and now he knows where we live, i am scared",
    # A parent gone for days (Dutch, English).
    "mijn vader is al drie dagen weg en we hebben niks te eten, ik ben 11",
    "my mum goes away for days and i have to look after my brothers, there is no food, im 12",
    # The baby is not ours (Dutch, English).
    "sinds de bevalling gelooft mijn vriendin dat het kindje verwisseld is",
    "since the birth my wife keeps saying the baby is not ours and she does not sleep",
    # Waiting after school to beat him (Dutch, English).
    "een groep jongens wacht hem elke dag op na school en schopt hem dan",
    "older kids wait for my son after school and beat him, he came home with a bloody nose",
    "ze schoppen mijn zoon elke dag na school en gisteren had hij een bloedneus",
    # A threat to do something to her, a fist in her face (Dutch, English).
    "mijn man dreigde dat hij me iets zou aandoen als ik bij hem wegga",
    "he held his fist in my face when i asked for money",
    # A minor at changing addresses (Dutch, English).
    "mijn zoon van 16 slaapt al weken op wisselende adressen, soms bij vrienden",
    "my 15 year old daughter is staying at different addresses every night since she left home",
    "mijn dochter van 16 slaapt soms bij iemand die ze kent, ze wil niet zeggen wie",
    # Sleeping in the car with the children (Dutch, English).
    "we slapen al vijf nachten in de auto met onze twee kinderen",
    "we have been sleeping in the car with my kids for two weeks",
    # Nowhere tonight, a minor (Dutch, English).
    "ik ben 15 en vannacht ik weet niet waar ik moet slapen, thuis is niet veilig",
    "im 16 and tonight i dont know where to sleep, my friend said no",
    # A cold shower as a punishment (Dutch, English).
    "de moeder straft haar dochter met ijskoude douches",
    "my boyfriend holds my son under a cold shower when he has an accident",
    # A passport held, watched by brothers (Dutch, English).
    "mijn paspoort ligt bij mijn oom en ik mag niet meer alleen naar buiten",
    "my brothers took my passport and they say i have to marry in the summer",
]

EMERGENCY = [
    # Bleeding with belly pain in pregnancy.
    "ik ben 8 weken zwanger, ik heb buikpijn en bloed, ik ben alleen thuis",
    "i am 14 weeks pregnant, cramps in my stomach and bleeding right now",
    # On a bridge (Dutch, English).
    "ik zit nu op de spoorbrug en ik kan niet meer",
    "im standing on the bridge now and i cant do this anymore",
    # Pills saved up, tonight (English, Dutch).
    "tonight i will take all the pills i have been saving, nobody will miss me",
    "vannacht ga ik de slaappillen die ik heb verzameld allemaal innemen",
]

QUIET_TWINS = [
    # Blood and a belly, not pregnant; a little blood asked about.
    "ik ben 16 weken zwanger en heb een beetje bloed verloren, moet ik bellen?",
    "mijn dochter heeft pijn in haar buik en bloed bij de ontlasting, ze is niet zwanger",
    # The baby moves less because of little room; a baby in a cot.
    "is it normal that the baby moves less in the last weeks of pregnancy, less room?",
    "onze baby beweegt minder in zijn slaap sinds hij een slaapzak heeft",
    # A photo on a bridge; waiting for the bus.
    "ik sta op brug te wachten op mijn vriend, ik kan niet meer wachten",
    "im on the bridge and i cant go on walking, my feet hurt",
    # Saving pills for a holiday.
    "ik spaar de pillen van de apotheek voor de vakantie",
    # Rather not be at a party.
    "hij zou er het liefst niet meer zijn bij de vergadering van de club",
    # A knife in the kitchen; a play.
    "mijn zoon pakte een mes om brood te snijden en zei dat hij hem zou helpen",
    # A belt for the trousers; a black belt.
    "mijn zoon krijgt zijn zwarte band met karate",
    "hij doet zijn riem om voor school",
    # A high five; a blow between siblings.
    "mijn vriend heeft mijn zoon een high five gegeven voor zijn rapport",
    # A photo sent for money, no threat.
    "ik heb een foto van mezelf verkocht voor 20 euro op een fotosite",
    # A shirt for the doctor; a game.
    "de dokter vroeg of ze haar shirt wilde uittrekken voor het onderzoek",
    # A surprise for the parents.
    "de trainer zegt dat hij het cadeau voor mama niet aan haar mag laten zien, het is een verrassing",
    # Games with a tablet under the blankets.
    "mijn dochter speelt spelletjes onder de dekens op haar tablet, het is ons geheim dat ze dat mag",
    # Comments on her body in a gym lesson.
    "de juf gaf opmerkingen over mijn houding bij gym",
    # Grandpa takes the child to his room to play.
    "opa neemt haar mee naar zijn kamer om te spelen",
    # A cousin's wedding.
    "mijn neef gaat trouwen met een meisje uit Marokko, wij gaan naar de bruiloft",
    # A trashtalker in a game.
    "in fortnite zei iemand dat hij weet waar ik woon maar het was een grapje",
    # A parent away for work.
    "mijn vader gaat soms weg voor dagen voor zijn werk, dan past oma op ons",
    # An adoption.
    "mijn vrouw zegt dat de baby niet van ons is als ze huilt, grapje natuurlijk",
    # A bloody nose from football after school.
    "ze spelen voetbal met mijn zoon na school en gisteren had hij een bloedneus van de bal",
    # Staying with friends at a sleepover.
    "mijn dochter van 15 slaapt dit weekend bij verschillende vrienden op een logeerfeest",
    # A car on holiday.
    "we slapen al drie nachten in de auto met de kinderen op onze roadtrip door Frankrijk",
    # A threat in a film.
    "in de film dreigde hij dat hij haar iets zou aandoen",
    # A cold shower after swimming; a passport in the safe.
    "mijn zoon neemt elke ochtend een ijskoude douche na het zwemmen, is dat gezond",
    "mijn paspoort ligt bij mijn vader in de kluis voor de vakantie, ik mag niet meer alleen reizen",
    # A sleepover tonight.
    "ik ben 14 en vannacht weet ik niet waar ik slaap op kamp",
]


(
    test_s36_rules_raise_an_alarm,
    test_s36_danger_now_is_an_emergency,
    test_s36_harmless_twins_stay_below_urgent,
    test_s36_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
